// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isCivilDate } from "../../src/dates/isCivilDate";
import { CivilDate } from "../../src/model/civilDate";
import { monthLength, pad } from "./calendar";

// An independent calendar rule: a days-in-month table and the Gregorian leap rule.

/** Whether `YYYY-MM-DD` digits name a real day, by the table above (the digits are ASCII). */
function isRealDay(year: string, month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= monthLength(Number(year), m);
}

const digit = fc.constantFrom(..."0123456789".split(""));
const digits = (count: number) => fc.array(digit, { minLength: count, maxLength: count }).map((list) => list.join(""));
const yearDigits = fc.oneof(
  digits(4),
  fc.integer({ min: 0, max: 9999 }).map((year) => pad(year, 4)),
  fc.constantFrom("0000", "0004", "0050", "0100", "0400", "1600", "1700", "1900", "2000", "2023", "2024", "2100", "2400"),
);
const monthDigits = fc.oneof(digits(2), fc.integer({ min: 0, max: 13 }).map((month) => pad(month, 2)));
const dayDigits = fc.oneof(digits(2), fc.integer({ min: 0, max: 32 }).map((day) => pad(day, 2)), fc.constantFrom("28", "29", "30", "31"));
const shapedParts = fc.tuple(yearDigits, monthDigits, dayDigits);

/** A real civil date, then one character inserted, replaced or removed. */
const nearMisses = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.nat({ max: 10 }),
    fc.constantFrom("insert", "replace", "remove"),
    fc.oneof(fc.constantFrom(" ", "\n", "\t", "T", "Z", "/", ".", "-", "+", "０", "２", "٢", "𝟐", "\u00a0", "\u200b"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })),
  )
  .map(([year, month, day, at, edit, char]) => {
    const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, monthLength(year, month)), 2)}`;
    if (edit === "insert") return text.slice(0, at) + char + text.slice(at);
    if (edit === "replace") return text.slice(0, at) + char + text.slice(at + 1);
    return text.slice(0, at) + text.slice(at + 1);
  });

describe("isCivilDate", () => {
  it.each([
    "2024-02-29", // leap year
    "2000-02-29", // divisible by 400
    "1600-02-29",
    "0004-02-29",
    "2023-01-31",
    "2023-02-28",
    "2023-03-31",
    "2023-04-30",
    "2023-06-30",
    "2023-09-30",
    "2023-11-30",
    "2023-12-31",
    "2024-01-01",
    "2024-03-01", // Almaty moved from UTC+6 to UTC+5
    "2018-11-04", // Sao Paulo: midnight did not exist
    "2019-02-16",
    "2019-02-17",
    "1970-01-01",
    "1969-12-31",
    "1900-03-01",
    "0001-01-01",
    "0050-06-15",
    "0099-12-31",
    "9999-12-31",
  ])("accepts the real day %s", (text) => {
    expect(isCivilDate(text)).toBe(true);
  });

  it.each([
    "2023-02-29", // not a leap year
    "1900-02-29", // divisible by 100, not by 400
    "2100-02-29",
    "0100-02-29",
    "2024-02-30",
    "2023-02-30",
    "2023-04-31",
    "2023-06-31",
    "2023-09-31",
    "2023-11-31",
    "2023-01-32",
    "2023-13-01",
    "2023-00-10",
    "2023-01-00",
    "0000-00-00",
    "9999-99-99",
  ])("rejects the impossible day %s", (text) => {
    expect(isCivilDate(text)).toBe(false);
  });

  it.each([
    "",
    "2023-2-9",
    "2023-02-9",
    "2023-2-09",
    "23-02-14",
    "12023-02-14",
    "+2023-02-14",
    "-2023-02-14",
    "+002023-02-14",
    "2023-02-14T00:00",
    "2023-02-14T00:00:00Z",
    "2023-02-14Z",
    " 2023-02-14",
    "2023-02-14 ",
    "2023-02-14\n",
    "\n2023-02-14",
    "2023-02-14\u0000",
    "２０２３-02-14", // full-width digits
    "2023-０２-14",
    "٢٠٢٣-٠٢-١٤", // Arabic-Indic digits
    "2023/02/14",
    "2023.02.14",
    "14.02.2023",
    "20230214",
    "2023-02",
    "2023",
    "2023-02-1a",
    "2023–02–14", // en dashes
    "2023-02-14-",
  ])("rejects the malformed string %j", (text) => {
    expect(isCivilDate(text)).toBe(false);
  });

  it.each([
    ["a number", 20230214],
    ["NaN", Number.NaN],
    ["null", null],
    ["undefined", undefined],
    ["true", true],
    ["an object", { date: "2023-02-14" }],
    ["an array", ["2023-02-14"]],
    ["a Date", new Date(Date.UTC(2023, 1, 14))],
    ["a String object", Object("2023-02-14") as unknown],
    ["an object whose toString is a date", { toString: () => "2023-02-14" }],
    ["a symbol", Symbol("2023-02-14")],
    ["a bigint", 20230214n],
  ])("rejects %s", (_label, value) => {
    expect(isCivilDate(value)).toBe(false);
  });

  it("narrows an unknown value to CivilDate", () => {
    const value: unknown = "2024-02-29";
    if (!isCivilDate(value)) throw new Error("2024-02-29 should be a civil date");
    const narrowed: CivilDate = value;
    expect(narrowed).toBe("2024-02-29");
  });

  propertyTest.prop([shapedParts], { numRuns: 500 })("on YYYY-MM-DD digit strings, accepts exactly the real days (hand rule and zod agree)", ([year, month, day]) => {
    const text = `${year}-${month}-${day}`;
    const expected = isRealDay(year, month, day);
    expect(isCivilDate(text)).toBe(expected);
    expect(CivilDate.safeParse(text).success).toBe(expected);
  });

  propertyTest.prop([fc.oneof(fc.string(), fc.string({ unit: "binary", maxLength: 14 }), fc.string({ unit: fc.constantFrom(..."0123456789-T: ０".split("")), maxLength: 12 }), nearMisses)], { numRuns: 500 })(
    "agrees with the CivilDate zod schema on arbitrary strings",
    (text) => {
      expect(isCivilDate(text)).toBe(CivilDate.safeParse(text).success);
    },
  );

  propertyTest.prop([fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withBoxedValues: true, withNullPrototype: true })])(
    "agrees with the CivilDate zod schema on arbitrary values, and never throws",
    (value) => {
      expect(isCivilDate(value)).toBe(CivilDate.safeParse(value).success);
    },
  );
});
