// The CSV text of cells (src/report/render/csvText.ts): the mark ' before text a spreadsheet
// would read as a formula, and reading it off again; RFC 4180 quoting; numbers as numbers.
// Expected cells written out by hand from the rule in docs/io.md.
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { csvRecord, readSpreadsheetText, spreadsheetText } from "../../src/csv/csvText";

describe("spreadsheetText: the mark before a formula", () => {
  it.each<[string, string]>([
    ["=1+1", "'=1+1"],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t", "'\t"],
    ["\tIVS", "'\tIVS"],
    ["\rIVS", "'\rIVS"],
    ["\nIVS", "'\nIVS"],
    [" \u00A0=1", "' \u00A0=1"],
    ["＝1", "'＝1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠A", "'＠A"],
    ["'=1", "''=1"],
    ["''-1", "'''-1"],
    ["a;=b", "a;'=b"],
    ["a; -b", "a;' -b"],
    ["a\r\n=b", "a\r\n'=b"],
    ["a\r=b\n@c", "a\r'=b\n'@c"],
    ["=a;+b", "'=a;'+b"],
  ])("%j is written %j", (text, cell) => {
    expect(spreadsheetText(text)).toBe(cell);
    expect(readSpreadsheetText(cell)).toBe(text);
  });

  it.each(["IVS", "", "'", "'Ivanov", "a-b", "a=b", "ИВС, -1", "a;b", "a;'b", "a\n b", "Шымкент - 2", " ", "a\r\n", "1-2", "e-mail"])("%j is written as it is, and read as it is", (text) => {
    expect(spreadsheetText(text)).toBe(text);
    expect(readSpreadsheetText(text)).toBe(text);
  });

  it("reads a mark that is not before a formula as text: a person's leading apostrophe is kept", () => {
    expect(readSpreadsheetText("'Ivanov")).toBe("'Ivanov");
    expect(readSpreadsheetText("a;'b")).toBe("a;'b");
    // The mark must stand where a cell may start: after a comma it is text.
    expect(readSpreadsheetText("a,'=b")).toBe("a,'=b");
  });

  const pieces = fc.constantFrom("=", "+", "-", "@", "＝", "'", "''", ";", "\r", "\n", "\t", " ", "\u00A0", ",", "a", "1");
  propertyTest.prop([fc.oneof(fc.array(pieces, { maxLength: 16 }).map((parts) => parts.join("")), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }))], { numRuns: 3000 })(
    "any string reads back as itself, and no place where a cell may start begins a formula",
    (text) => {
      const cell = spreadsheetText(text);
      expect(readSpreadsheetText(cell)).toBe(text);
      expect(cell).not.toMatch(/^(?:[\t\r\n]|[^\S\r\n]*[=+\-@＝＋－＠])/);
      expect(cell).not.toMatch(/[;\r\n][^\S\r\n]*[=+\-@＝＋－＠]/);
    },
  );

  it("stays linear on long runs of what it looks at", () => {
    const text = `${"'".repeat(200_000)}${" ".repeat(200_000)}${";".repeat(200_000)}=`;
    expect(readSpreadsheetText(spreadsheetText(text))).toBe(text);
  });
});

describe("csvRecord", () => {
  it("text marked and quoted as RFC 4180 says; numbers (negative too) and null as they are", () => {
    expect(csvRecord(["=SUM(A1,B1)", -5, null, 0.25, "plain", -0])).toBe(`"'=SUM(A1,B1)",-5,,0.25,plain,-0\r\n`);
  });

  it("a record of one empty field is written as a quoted empty field", () => {
    expect(csvRecord([""])).toBe('""\r\n');
    expect(csvRecord([null])).toBe('""\r\n');
  });
});
