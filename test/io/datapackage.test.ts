// datapackageDescriptor (src/io/datapackage.ts): the Frictionless Tabular Data Package of a
// dataset folder in CSV form. The example dataset, turned into CSV files by the converter of
// test/io/frictionless.ts, passes the Frictionless-compatible check of that file; broken
// copies fail it with exactly the errors put in. Structural facts are checked by hand
// against DESIGN §2-§3.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvColumns } from "../../src/io/csvColumns";
import { datapackageDescriptor, REFERENCES, type DataPackageDescriptor, type TableSchemaField } from "../../src/io/datapackage";
import type { CollectionName } from "../../src/model/findUnknownKeys";
import type { Language } from "../../src/model/language";
import { defineProfile } from "../../src/profiles/defineProfile";
import { kz } from "../../src/profiles/kz";
import { AGENCIES, FACILITY_TYPES, REGIONS } from "../fixtures/kzDesignCodes";
import { opcatErrorOf } from "../metrics/helpers";
import { checkDataPackage, csvRows, writeCsv, type FrictionlessError } from "./frictionless";

const COLLECTIONS = ["facilities", "visits", "recommendations", "accountability"] as const satisfies readonly CollectionName[];
type JsonRecord = Record<string, unknown>;
type JsonDataset = Record<CollectionName, JsonRecord[]>;

const example = JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8")) as JsonDataset;

const root = mkdtempSync(path.join(tmpdir(), "opcat-datapackage-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The CSV rows (header first) of each collection of the example. */
function exampleRows(): Record<CollectionName, string[][]> {
  return Object.fromEntries(COLLECTIONS.map((collection) => [collection, csvRows(csvColumns(collection), example[collection])])) as Record<CollectionName, string[][]>;
}

/** Writes the rows as the four CSV files of a fresh folder (with a byte-order mark, as the template is). */
function writeFolder(name: string, rows: Readonly<Record<CollectionName, readonly (readonly string[])[]>>): string {
  const folder = path.join(root, name);
  mkdirSync(folder);
  for (const collection of COLLECTIONS) writeCsv(path.join(folder, `${collection}.csv`), rows[collection], true);
  return folder;
}

const brief = (errors: readonly FrictionlessError[]) => errors.map((error) => [error.resource, error.row, error.field, error.type]);

const field = (descriptor: DataPackageDescriptor, resource: CollectionName, name: string): TableSchemaField => {
  const found = descriptor.resources.find((candidate) => candidate.name === resource)?.schema.fields.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no field ${resource}.${name}`);
  return found;
};

const en = datapackageDescriptor(kz, "en");

describe("datapackageDescriptor on the example data (examples/data/kz-2023.json as CSV)", () => {
  let folder = "";
  beforeAll(() => {
    folder = writeFolder("example", exampleRows());
  });

  it("the converter loses nothing: every field of every record has a column", () => {
    for (const collection of COLLECTIONS) {
      const fields = new Set(csvColumns(collection).map((column) => column.field));
      const unknown = example[collection].flatMap((record) => Object.keys(record).filter((key) => !fields.has(key)));
      expect(unknown, collection).toEqual([]);
    }
  });

  it.each<Language>(["en", "ru", "kk"])("passes the Frictionless check with no error (lang %s)", (lang) => {
    expect(checkDataPackage(datapackageDescriptor(kz, lang), folder)).toEqual([]);
  });

  it("the foreign keys checked do refer to rows (the example has values in each key column)", () => {
    const rows = exampleRows();
    const filled = (collection: CollectionName, name: string): number => {
      const [header = [], ...data] = rows[collection];
      const column = header.indexOf(name);
      return data.filter((row) => (row[column] ?? "") !== "").length;
    };
    // Counted by hand in examples/data/kz-2023.json.
    expect(filled("visits", "followUpOf")).toBe(6);
    expect(filled("recommendations", "visitId")).toBe(3253);
    expect(filled("recommendations", "facilityId")).toBe(3253);
    expect(filled("recommendations", "repeatOf")).toBe(12);
    expect(filled("accountability", "visitId")).toBe(69);
    expect(filled("accountability", "facilityId")).toBe(69);
    expect(rows.facilities.length - 1).toBe(534);
    expect(rows.recommendations.length - 1).toBe(3261);
  });

  it("a broken copy (unknown facility id, invalid date, unknown code) fails with exactly those errors", () => {
    const rows = exampleRows();
    const set = (collection: CollectionName, index: number, name: string, value: string) => {
      const column = rows[collection][0]!.indexOf(name);
      expect(column).toBeGreaterThanOrEqual(0);
      rows[collection][index]![column] = value;
    };
    const facilityIds = new Set(example.facilities.map((facility) => facility.id));
    expect(facilityIds.has("F-9999")).toBe(false);
    // Rows: index 1 is the first data row, row 2 of the file.
    const recommendation = 1 + example.recommendations.findIndex((record) => typeof record.facilityId === "string");
    set("recommendations", recommendation, "facilityId", "F-9999");
    set("visits", 5, "startedOn", "2023-02-30");
    set("facilities", 3, "type", "prison");
    const errors = checkDataPackage(en, writeFolder("broken", rows));
    expect(brief(errors)).toEqual([
      ["facilities", 4, "type", "constraint-error"],
      ["visits", 6, "startedOn", "type-error"],
      ["recommendations", recommendation + 1, "facilityId", "foreign-key-error"],
    ]);
  });

  it("the patterns and enums of list, history and code cells reject what the contract rejects", () => {
    const rows = exampleRows();
    const set = (collection: CollectionName, index: number, name: string, value: string) => {
      rows[collection][index]![rows[collection][0]!.indexOf(name)] = value;
    };
    set("recommendations", 1, "themes", "food;no_such_theme");
    set("recommendations", 2, "themes", "food,sanitation");
    set("recommendations", 3, "history", "accepted@2023-03-01;done@2023-04-01");
    set("recommendations", 4, "history", "accepted 2023-03-01");
    set("visits", 1, "announced", "yes");
    set("visits", 2, "teamSize", "-1");
    set("accountability", 1, "officials", "0");
    set("accountability", 2, "measure", "Disciplinary");
    set("facilities", 1, "id", " ");
    set("facilities", 2, "region", "KZ-AST");
    const errors = checkDataPackage(en, writeFolder("patterns", rows));
    expect(brief(errors)).toEqual([
      // The blank id is not a value of the id pattern; F-0001 is then no facility's id.
      ["facilities", 2, "id", "constraint-error"],
      ["facilities", 3, "region", "constraint-error"],
      ["visits", 2, "announced", "type-error"],
      ["visits", 3, "teamSize", "constraint-error"],
      ["recommendations", 2, "themes", "constraint-error"],
      ["recommendations", 3, "themes", "constraint-error"],
      ["recommendations", 4, "history", "constraint-error"],
      ["recommendations", 5, "history", "constraint-error"],
      ["accountability", 2, "officials", "constraint-error"],
      ["accountability", 3, "measure", "constraint-error"],
      ...example.recommendations
        .map((record, index) => [record.facilityId, index] as const)
        .filter(([id]) => id === "F-0001")
        .map(([, index]) => ["recommendations", index + 2, "facilityId", "foreign-key-error"]),
      ...example.accountability
        .map((record, index) => [record.facilityId, index] as const)
        .filter(([id]) => id === "F-0001")
        .map(([, index]) => ["accountability", index + 2, "facilityId", "foreign-key-error"]),
    ]);
  });
});

describe("datapackageDescriptor: the package and its resources", () => {
  it("a Tabular Data Package named after the profile, with the four CSV files in order", () => {
    expect([en.profile, en.name]).toEqual(["tabular-data-package", "opcat-npm-kz"]);
    expect(en.resources.map((resource) => [resource.name, resource.path])).toEqual([
      ["facilities", "facilities.csv"],
      ["visits", "visits.csv"],
      ["recommendations", "recommendations.csv"],
      ["accountability", "accountability.csv"],
    ]);
    for (const resource of en.resources) {
      expect([resource.profile, resource.format, resource.mediatype, resource.encoding]).toEqual(["tabular-data-resource", "csv", "text/csv", "utf-8"]);
      expect(resource.dialect).toEqual({ delimiter: ",", header: true, quoteChar: '"', doubleQuote: true });
      expect(resource.schema.primaryKey).toBe("id");
      expect(resource.schema.missingValues).toEqual([""]);
      expect(field(en, resource.name, "id").constraints).toMatchObject({ required: true, unique: true });
    }
  });

  it("titles in en, ru and kk", () => {
    const titles = (lang: Language) => {
      const descriptor = datapackageDescriptor(kz, lang);
      return [descriptor.title, ...descriptor.resources.map((resource) => resource.title)];
    };
    expect(titles("en")).toEqual(["NPM records: Kazakhstan", "Facilities", "Preventive visits", "Recommendations", "Accountability actions"]);
    expect(titles("ru")).toEqual(["Данные НПМ: Казахстан", "Учреждения", "Превентивные визиты", "Рекомендации", "Привлечение к ответственности"]);
    expect(titles("kk")).toEqual(["ҰАТ деректері: Қазақстан", "Мекемелер", "Превентивтік барулар", "Ұсынымдар", "Жауапкершілікке тарту"]);
    for (const lang of ["en", "ru", "kk"] as const) {
      const descriptor = datapackageDescriptor(kz, lang);
      expect(descriptor.description).toContain("kz");
      expect(descriptor.description).toContain("opcat-npm validate");
      expect(descriptor.resources.every((resource) => resource.description.length > 0)).toBe(true);
    }
    expect(datapackageDescriptor(kz, "ru").description).toContain("README.csv");
  });

  it("the fields are the CSV columns, in the order of DESIGN §2", () => {
    const names = (resource: CollectionName) => en.resources.find((candidate) => candidate.name === resource)?.schema.fields.map((candidate) => candidate.name);
    expect(names("facilities")).toEqual(["id", "name", "type", "agency", "region", "capacity", "openedOn", "closedOn"]);
    expect(names("visits")).toEqual(["id", "type", "startedOn", "endedOn", "facilityIds", "followUpOf", "trigger.kind", "trigger.receivedOn", "announced", "teamSize"]);
    expect(names("recommendations")).toEqual(["id", "visitId", "facilityId", "addressee", "level", "themes", "text", "issuedOn", "dueOn", "escalates", "repeatOf", "history"]);
    expect(names("accountability")).toEqual(["id", "decidedOn", "initiator", "measure", "officials", "visitId", "facilityId", "agency"]);
    for (const collection of COLLECTIONS) expect(names(collection)).toEqual(csvColumns(collection).map((column) => column.name));
  });

  it("required fields are those DESIGN §2 requires", () => {
    const required = (resource: CollectionName) =>
      en.resources.find((candidate) => candidate.name === resource)?.schema.fields.filter((candidate) => candidate.constraints?.required === true).map((candidate) => candidate.name);
    expect(required("facilities")).toEqual(["id", "name", "type", "agency", "region"]);
    expect(required("visits")).toEqual(["id", "type", "startedOn", "facilityIds"]);
    expect(required("recommendations")).toEqual(["id", "addressee", "level", "themes", "issuedOn"]);
    expect(required("accountability")).toEqual(["id", "decidedOn", "initiator", "measure", "officials"]);
  });

  it("types: dates, integers with their minimum, booleans written true/false", () => {
    const types = (resource: CollectionName) => Object.fromEntries(en.resources.find((candidate) => candidate.name === resource)!.schema.fields.map((candidate) => [candidate.name, candidate.type]));
    expect(types("facilities")).toEqual({ id: "string", name: "string", type: "string", agency: "string", region: "string", capacity: "integer", openedOn: "date", closedOn: "date" });
    expect(types("visits")).toMatchObject({ startedOn: "date", endedOn: "date", "trigger.receivedOn": "date", announced: "boolean", teamSize: "integer", facilityIds: "string" });
    expect(types("recommendations")).toMatchObject({ issuedOn: "date", dueOn: "date", themes: "string", escalates: "string", history: "string" });
    expect(types("accountability")).toMatchObject({ decidedOn: "date", officials: "integer" });
    expect(field(en, "facilities", "capacity").constraints).toEqual({ minimum: 0 });
    expect(field(en, "visits", "teamSize").constraints).toEqual({ minimum: 0 });
    expect(field(en, "accountability", "officials").constraints).toEqual({ required: true, minimum: 1 });
    const announced = field(en, "visits", "announced");
    expect([announced.trueValues, announced.falseValues]).toEqual([["true"], ["false"]]);
    for (const resource of en.resources) for (const candidate of resource.schema.fields) expect(candidate.format).toBe("default");
  });

  it("primary key id everywhere; the foreign keys of the scalar references (REFERENCES), none on lists", () => {
    expect(REFERENCES).toEqual({
      facilities: {},
      visits: { facilityIds: "facilities", followUpOf: "visits" },
      recommendations: { visitId: "visits", facilityId: "facilities", escalates: "recommendations", repeatOf: "recommendations" },
      accountability: { visitId: "visits", facilityId: "facilities" },
    });
    const keys = (resource: CollectionName) => en.resources.find((candidate) => candidate.name === resource)?.schema.foreignKeys;
    const to = (fields: string, resource: string) => ({ fields, reference: { resource, fields: "id" } });
    expect(keys("facilities")).toEqual([]);
    expect(keys("visits")).toEqual([to("followUpOf", "")]);
    expect(keys("recommendations")).toEqual([to("visitId", "visits"), to("facilityId", "facilities"), to("repeatOf", "")]);
    expect(keys("accountability")).toEqual([to("visitId", "visits"), to("facilityId", "facilities")]);
    // The list references are described, not keyed.
    expect(field(en, "visits", "facilityIds").description).toContain("facilities.csv");
    expect(field(en, "recommendations", "escalates").description).toContain("recommendations.csv");
  });

  it("enum values are the profile's codes (DESIGN §3)", () => {
    const codes = (resource: CollectionName, name: string) => field(en, resource, name).constraints?.enum;
    expect(codes("facilities", "type")).toEqual(FACILITY_TYPES.map(([code]) => code));
    expect(codes("facilities", "agency")).toEqual(AGENCIES);
    expect(codes("facilities", "region")).toEqual(REGIONS.map(([code]) => code));
    expect(codes("visits", "type")).toEqual(["periodic", "intermediate", "special"]);
    expect(codes("visits", "trigger.kind")).toEqual(["complaint", "media", "incident", "other"]);
    expect(codes("recommendations", "addressee")).toEqual(AGENCIES);
    expect(codes("recommendations", "level")).toEqual(["facility", "agency"]);
    expect(codes("accountability", "initiator")).toEqual(["commissioner_office", "npm_participant"]);
    expect(codes("accountability", "measure")).toEqual(["disciplinary", "administrative", "criminal"]);
    expect(codes("accountability", "agency")).toEqual(AGENCIES);
    // And what each list of the kz profile holds.
    expect(codes("facilities", "type")).toEqual(kz.lists.facilityTypes.map((entry) => entry.code));
    expect(codes("facilities", "region")).toEqual(kz.lists.regions.map((entry) => entry.code));
  });

  it("themes and history: patterns over the whole cell, built from the codes", () => {
    const matches = (name: string, text: string) => new RegExp(`^(?:${field(en, "recommendations", name).constraints?.pattern ?? ""})$`, "u").test(text);
    expect(["food", "food;sanitation", "other;detention_conditions;food"].map((text) => matches("themes", text))).toEqual([true, true, true]);
    expect(["foo", "food;", ";food", "food,sanitation", "food; sanitation", "xfood", "foodx"].map((text) => matches("themes", text))).toEqual([false, false, false, false, false, false, false]);
    expect(["accepted@2023-03-01", "accepted@2023-03-01;implemented@2023-04-11", "withdrawn@2024-01-31"].map((text) => matches("history", text))).toEqual([true, true, true]);
    expect(["done@2023-03-01", "accepted@2023-3-1", "accepted 2023-03-01", "accepted@2023-03-01;", "accepted@2023-03-01,implemented@2023-04-11"].map((text) => matches("history", text))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("follows the profile: another profile's codes and name", () => {
    const L = (text: string) => ({ en: text, ru: `${text} (ru)`, kk: `${text} (kk)` });
    const demo = defineProfile({
      id: "demo",
      name: L("Demo"),
      lists: {
        agencies: [{ code: "justice", labels: L("Justice") }, { code: "health", labels: L("Health") }],
        facilityTypes: [{ code: "prison", defaultAgency: "justice", labels: L("Prison") }],
        regions: [{ code: "R1", labels: L("North") }],
        themes: [{ code: "food", labels: L("Food") }],
      },
      rules: { minTeamSize: 2, periodicCycleYears: 3 },
    });
    const descriptor = datapackageDescriptor(demo, "ru");
    expect([descriptor.name, descriptor.title]).toEqual(["opcat-npm-demo", "Данные НПМ: Demo (ru)"]);
    expect(field(descriptor, "facilities", "agency").constraints?.enum).toEqual(["justice", "health"]);
    expect(field(descriptor, "facilities", "type").constraints?.enum).toEqual(["prison"]);
    expect(field(descriptor, "recommendations", "themes").constraints?.pattern).toBe("(food)(;(food))*");
  });

  it("is plain JSON, and the same on every call", () => {
    expect(JSON.parse(JSON.stringify(en))).toEqual(en);
    expect(datapackageDescriptor(kz, "en")).toEqual(en);
  });

  it.each<[string, unknown]>([
    ["fr", "fr"],
    ["EN", "EN"],
    ["undefined", undefined],
    ["null", null],
    ["a number", 1],
  ])("a bad lang (%s) throws an OpcatError schema.invalid_value at lang", (_label, lang) => {
    const error = opcatErrorOf(() => datapackageDescriptor(kz, lang as Language));
    expect([error.code, error.path]).toEqual(["schema.invalid_value", ["lang"]]);
  });
});
