// The CSV text of cells (src/csv/csvText.ts): the mark ' before text a spreadsheet
// would read as a formula, and reading it off again; RFC 4180 quoting; numbers as numbers.
// Expected cells written out by hand from the rule in docs/io.md.
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { csvRecord, decimalText, formattedCsvRecord, readSpreadsheetText, spreadsheetText } from "../../src/csv/csvText";

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

describe("decimalText and the cells of numbers", () => {
  it.each<[number, string]>([
    [1e-7, "0.0000001"],
    [1.5e21, "1500000000000000000000"],
    [1e21, "1000000000000000000000"],
    [0.1, "0.1"],
    [-2.5e-8, "-0.000000025"],
    [1.234e-5, "0.00001234"],
    [-1.5e22, "-15000000000000000000000"],
    [1.2345e22, "12345000000000000000000"],
    [0, "0"],
    [42, "42"],
    [-0.5, "-0.5"],
    [2 / 3, "0.6666666666666666"],
    [5e-324, `0.${"0".repeat(323)}5`],
  ])("decimalText(%s) is %s", (value, text) => {
    expect(decimalText(value)).toBe(text);
  });

  it("the largest double: 17976931348623157 and 292 zeros", () => {
    expect(decimalText(Number.MAX_VALUE)).toBe(`17976931348623157${"0".repeat(292)}`);
  });

  propertyTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], { numRuns: 2000 })("reads back as the same number, and never has an exponent", (value) => {
    const text = decimalText(value);
    expect(Number(text)).toBe(value === 0 ? 0 : value);
    expect(text).not.toMatch(/e/i);
    expect(text).toMatch(/^-?\d+(?:\.\d+)?$/);
  });

  it("csvRecord: null is an empty cell, a number a plain decimal (a negative one too), a string itself", () => {
    expect(csvRecord([null, 1e-7, 3, -0.5, "Astana", ""])).toBe(",0.0000001,3,-0.5,Astana,\r\n");
  });

  it("formattedCsvRecord with `;` and a decimal comma: numbers take the comma, a field holding `;` is quoted, one holding `,` is not", () => {
    const ru = { delimiter: ";", decimal: "," } as const;
    expect(formattedCsvRecord([null, 1e-7, 3, -0.5, "Астана; Алматы", "Доля, %", '"q"'], ru)).toBe(';0,0000001;3;-0,5;"Астана; Алматы";Доля, %;"""q"""\r\n');
    expect(formattedCsvRecord([""], ru)).toBe('""\r\n');
  });
});
