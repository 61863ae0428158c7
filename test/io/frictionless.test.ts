// The Frictionless-compatible checker of test/io/frictionless.ts catches each kind of
// violation, on small hand-written packages (so that the datapackage tests can trust a
// "no errors" from it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDataPackage, isCalendarDate, type CheckedPackage, type CheckedResource, type FrictionlessError } from "./frictionless";

const root = mkdtempSync(path.join(tmpdir(), "opcat-frictionless-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

let cases = 0;
/** Writes the files (name → text) in a fresh folder and checks them against the descriptor. */
function check(descriptor: CheckedPackage, files: Readonly<Record<string, string>>): FrictionlessError[] {
  const folder = path.join(root, `case-${String(++cases)}`);
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text, "utf8");
  return checkDataPackage(descriptor, folder);
}

/** [resource, row, field, type] of each error: the messages are for people. */
const brief = (errors: readonly FrictionlessError[]) => errors.map((error) => [error.resource, error.row, error.field, error.type]);

const people: CheckedResource = {
  name: "people",
  path: "people.csv",
  encoding: "utf-8",
  dialect: { delimiter: ",", header: true, quoteChar: '"', doubleQuote: true },
  schema: {
    fields: [
      { name: "id", type: "string", constraints: { required: true, unique: true, pattern: "P-[0-9]+" } },
      { name: "kind", type: "string", constraints: { required: true, enum: ["a", "b"] } },
      { name: "born", type: "date", format: "default" },
      { name: "size", type: "integer", constraints: { minimum: 1 } },
      { name: "active", type: "boolean", trueValues: ["true"], falseValues: ["false"] },
      { name: "parent", type: "string" },
    ],
    primaryKey: "id",
    foreignKeys: [{ fields: "parent", reference: { resource: "", fields: "id" } }],
    missingValues: [""],
  },
};

const pets: CheckedResource = {
  name: "pets",
  path: "pets.csv",
  schema: {
    fields: [
      { name: "id", type: "string", constraints: { required: true } },
      { name: "owner", type: "string" },
    ],
    primaryKey: "id",
    foreignKeys: [{ fields: "owner", reference: { resource: "people", fields: "id" } }],
  },
};

const PACKAGE: CheckedPackage = { profile: "tabular-data-package", resources: [people, pets] };
const HEADER = "id,kind,born,size,active,parent\r\n";
const GOOD_PEOPLE = `${HEADER}P-1,a,2024-02-29,3,true,\r\nP-2,b,,,false,P-1\r\n"P-3",a,1999-12-31,1,,P-2\r\n`;
const GOOD_PETS = "id,owner\r\nX,P-1\r\nY,\r\n";

describe("checkDataPackage (test/io/frictionless.ts)", () => {
  it("finds nothing wrong in sound files, with or without a byte-order mark, with LF or CRLF", () => {
    expect(check(PACKAGE, { "people.csv": GOOD_PEOPLE, "pets.csv": GOOD_PETS })).toEqual([]);
    expect(check(PACKAGE, { "people.csv": `\uFEFF${GOOD_PEOPLE}`, "pets.csv": `\uFEFF${GOOD_PETS.replaceAll("\r\n", "\n")}` })).toEqual([]);
  });

  it("a quoted cell with a comma, a quote and a line break is one cell", () => {
    const withText: CheckedPackage = {
      resources: [{ name: "notes", path: "notes.csv", schema: { fields: [{ name: "id" }, { name: "text", constraints: { pattern: "[\\s\\S]*\\S[\\s\\S]*" } }], primaryKey: "id" } }],
    };
    expect(check(withText, { "notes.csv": 'id,text\r\n1,"a, ""b""\r\nc"\r\n' })).toEqual([]);
  });

  it("a missing file: scheme-error, and the foreign keys into it are not checked", () => {
    expect(brief(check(PACKAGE, { "pets.csv": GOOD_PETS }))).toEqual([["people", null, null, "scheme-error"]]);
  });

  it("a file that is not UTF-8: encoding-error", () => {
    const folder = path.join(root, "latin1");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "pets.csv"), Buffer.from([0x69, 0x64, 0x2c, 0x6f, 0x77, 0x6e, 0x65, 0x72, 0x0d, 0x0a, 0xe9, 0x2c, 0x0d, 0x0a]));
    writeFileSync(path.join(folder, "people.csv"), GOOD_PEOPLE);
    expect(brief(checkDataPackage(PACKAGE, folder))).toEqual([["pets", null, null, "encoding-error"]]);
  });

  it("wrong header: a label renamed, swapped, missing or extra (and the rows are then not checked)", () => {
    const renamed = GOOD_PEOPLE.replace("born,", "birth,");
    expect(brief(check(PACKAGE, { "people.csv": renamed, "pets.csv": GOOD_PETS }))).toEqual([["people", 1, "born", "header-error"]]);
    const swapped = "owner,id\r\nP-1,X\r\n";
    expect(brief(check(PACKAGE, { "people.csv": GOOD_PEOPLE, "pets.csv": swapped }))).toEqual([
      ["pets", 1, "id", "header-error"],
      ["pets", 1, "owner", "header-error"],
    ]);
    expect(brief(check(PACKAGE, { "people.csv": GOOD_PEOPLE, "pets.csv": "id\r\nX\r\n" }))).toEqual([["pets", 1, "owner", "header-error"]]);
    expect(brief(check(PACKAGE, { "people.csv": GOOD_PEOPLE, "pets.csv": "id,owner,age\r\nX,P-1,3\r\n" }))).toEqual([["pets", 1, "age", "header-error"]]);
  });

  it("a row with too few or too many cells: cell-count-error", () => {
    expect(brief(check(PACKAGE, { "people.csv": GOOD_PEOPLE, "pets.csv": "id,owner\r\nX\r\nY,P-1,extra\r\n" }))).toEqual([
      ["pets", 2, null, "cell-count-error"],
      ["pets", 3, null, "cell-count-error"],
    ]);
  });

  it("wrong type: an integer, a boolean, a date that is not one", () => {
    const rows = `${HEADER}P-1,a,2023-02-29,3,true,\r\nP-2,a,2023-1-05,x,false,\r\nP-3,a,,2.5,yes,\r\nP-4,a,2024-13-01,,True,\r\n`;
    expect(brief(check(PACKAGE, { "people.csv": rows, "pets.csv": GOOD_PETS }))).toEqual([
      ["people", 2, "born", "type-error"],
      ["people", 3, "born", "type-error"],
      ["people", 3, "size", "type-error"],
      ["people", 4, "size", "type-error"],
      ["people", 4, "active", "type-error"],
      ["people", 5, "born", "type-error"],
      ["people", 5, "active", "type-error"],
    ]);
  });

  it("bad enum, pattern and minimum: constraint-error", () => {
    const rows = `${HEADER}P-1,c,,0,,\r\nQ-2,a,,,,\r\nP-3 ,A,,-1,,\r\n`;
    const errors = check(PACKAGE, { "people.csv": rows, "pets.csv": GOOD_PETS });
    expect(brief(errors)).toEqual([
      ["people", 2, "kind", "constraint-error"],
      ["people", 2, "size", "constraint-error"],
      ["people", 3, "id", "constraint-error"],
      ["people", 4, "id", "constraint-error"],
      ["people", 4, "kind", "constraint-error"],
      ["people", 4, "size", "constraint-error"],
    ]);
    expect(errors.map((error) => error.message.split(":")[0])).toEqual(["enum", "minimum", "pattern", "pattern", "enum", "minimum"]);
  });

  it("a pattern matches the whole value (XML Schema), not a part of it", () => {
    // "P-[0-9]+" would match inside "xP-1" and "P-1x" as a JavaScript search.
    const rows = `${HEADER}xP-1,a,,,,\r\nP-1x,a,,,,\r\nP-12,a,,,,\r\n`;
    expect(brief(check(PACKAGE, { "people.csv": rows, "pets.csv": GOOD_PETS.replace("P-1", "P-12") }))).toEqual([
      ["people", 2, "id", "constraint-error"],
      ["people", 3, "id", "constraint-error"],
    ]);
  });

  it("an alternation in a pattern is anchored as a whole", () => {
    const either: CheckedPackage = { resources: [{ name: "t", path: "t.csv", schema: { fields: [{ name: "id", constraints: { pattern: "a|b" } }] } }] };
    expect(brief(check(either, { "t.csv": "id\r\na\r\nb\r\nab\r\nxa\r\nbx\r\n" }))).toEqual([
      ["t", 4, "id", "constraint-error"],
      ["t", 5, "id", "constraint-error"],
      ["t", 6, "id", "constraint-error"],
    ]);
  });

  it("missing required: an empty required cell (and an empty primary key)", () => {
    const rows = `${HEADER},a,,,,\r\nP-2,,,,,\r\n`;
    expect(brief(check(PACKAGE, { "people.csv": rows, "pets.csv": "id,owner\r\n" }))).toEqual([
      ["people", 2, "id", "constraint-error"],
      ["people", 3, "kind", "constraint-error"],
      ["people", 2, "id", "primary-key-error"],
    ]);
  });

  it("duplicate key: unique-error on the unique field and primary-key-error", () => {
    const rows = `${HEADER}P-1,a,,,,\r\nP-2,a,,,,\r\nP-1,b,,,,\r\n`;
    expect(brief(check(PACKAGE, { "people.csv": rows, "pets.csv": GOOD_PETS }))).toEqual([
      ["people", 4, "id", "unique-error"],
      ["people", 4, "id", "primary-key-error"],
    ]);
    // A primary key without a unique constraint on its field.
    expect(brief(check(PACKAGE, { "people.csv": GOOD_PEOPLE, "pets.csv": "id,owner\r\nX,\r\nX,P-1\r\n" }))).toEqual([["pets", 3, "id", "primary-key-error"]]);
  });

  it("dangling foreign key: into another resource and into the same one (resource \"\"); an empty cell refers to nothing", () => {
    const rows = `${HEADER}P-1,a,,,,P-9\r\nP-2,a,,,,\r\n`;
    const errors = check(PACKAGE, { "people.csv": rows, "pets.csv": "id,owner\r\nX,P-2\r\nY,P-7\r\nZ,\r\n" });
    expect(brief(errors)).toEqual([
      ["people", 2, "parent", "foreign-key-error"],
      ["pets", 3, "owner", "foreign-key-error"],
    ]);
    expect(errors[1]?.message).toContain("P-7");
  });

  it("a custom missing value is an empty cell, and \"\" then is a value", () => {
    const dashed: CheckedPackage = {
      resources: [{ name: "t", path: "t.csv", schema: { fields: [{ name: "n", type: "integer", constraints: { required: true } }], missingValues: ["-"] } }],
    };
    expect(brief(check(dashed, { "t.csv": 'n\r\n1\r\n-\r\n""\r\n' }))).toEqual([
      ["t", 3, "n", "constraint-error"],
      ["t", 4, "n", "type-error"],
    ]);
  });

  it("default boolean values when the field gives none", () => {
    const flags: CheckedPackage = { resources: [{ name: "t", path: "t.csv", schema: { fields: [{ name: "b", type: "boolean" }] } }] };
    expect(brief(check(flags, { "t.csv": "b\r\ntrue\r\nTrue\r\n1\r\nFALSE\r\n0\r\nyes\r\n" }))).toEqual([["t", 7, "b", "type-error"]]);
  });

  it("descriptor errors: unknown type, pattern that does not compile, keys on no field, unknown referenced resource", () => {
    const bad: CheckedPackage = {
      profile: "data-package",
      resources: [
        {
          name: "t",
          path: "t.csv",
          schema: {
            fields: [
              { name: "a", type: "number" },
              { name: "b", constraints: { pattern: "(" } },
            ],
            primaryKey: "id",
            foreignKeys: [
              { fields: "c", reference: { resource: "", fields: "a" } },
              { fields: "a", reference: { resource: "nowhere", fields: "id" } },
            ],
          },
        },
      ],
    };
    const errors = check(bad, { "t.csv": "a,b\r\n" });
    expect(brief(errors)).toEqual([
      ["", null, null, "package-error"],
      ["t", null, "a", "schema-error"],
      ["t", null, "b", "schema-error"],
      ["t", null, null, "schema-error"],
      ["t", null, null, "schema-error"],
      ["t", null, null, "schema-error"],
    ]);
  });

  it("isCalendarDate: real days of the Gregorian calendar only", () => {
    expect(["2024-02-29", "2000-02-29", "1900-02-28", "2023-12-31", "0001-01-01"].map(isCalendarDate)).toEqual([true, true, true, true, true]);
    expect(["2023-02-29", "1900-02-29", "2023-04-31", "2023-00-10", "2023-01-00", "2023-1-01", "20230101", "2023-01-01T00:00"].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
