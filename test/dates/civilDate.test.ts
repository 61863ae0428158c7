// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import { OpcatError } from "../../src/errors/OpcatError";
import { CivilDate } from "../../src/model/civilDate";

/** Calls `civilDate` with any value (as plain JavaScript callers can) and returns what it threw. */
function thrownBy(value: unknown): unknown {
  try {
    civilDate(value as string);
  } catch (error) {
    return error;
  }
  throw new Error(`civilDate accepted ${String(value)}`);
}

/** Checks the error thrown for `value` against the public contract of `civilDate`. */
function expectInvalidDateError(value: unknown): OpcatError {
  const error = thrownBy(value);
  expect(error).toBeInstanceOf(OpcatError);
  expect(error).toBeInstanceOf(Error);
  const opcatError = error as OpcatError;
  expect(opcatError.name).toBe("OpcatError");
  expect(opcatError.code).toBe("schema.invalid_date");
  expect(opcatError.path).toEqual([]);
  expect(Object.keys(opcatError.params)).toEqual(["value"]);
  expect(opcatError.params.value).toBe(value);
  expect(opcatError.problems).toHaveLength(1);
  expect(opcatError.problems[0]).toMatchObject({ code: "schema.invalid_date", path: [], params: { value } });
  expect(opcatError.message.startsWith("schema.invalid_date: ")).toBe(true);
  return opcatError;
}

describe("civilDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2023-04-30", "2023-12-31", "2024-01-01", "2024-03-01", "2018-11-04", "2019-02-17", "1969-12-31", "0001-01-01", "0050-01-01", "9999-12-31"])(
    "returns %s unchanged",
    (text) => {
      expect(civilDate(text)).toBe(text);
    },
  );

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2100-02-29",
    "2023-04-31",
    "2023-02-30",
    "2023-13-01",
    "2023-00-01",
    "2023-01-00",
    "2023-2-9",
    "2023-02-14T00:00",
    " 2023-02-14",
    "2023-02-14 ",
    "2023-02-14\n",
    "２０２３-02-14",
    "",
    "08.11.2024",
    "20230214",
  ])("throws an OpcatError schema.invalid_date for %j", (text) => {
    const error = expectInvalidDateError(text);
    expect(error.message).toContain(JSON.stringify(text));
  });

  it.each([
    ["a number", 20230214],
    ["null", null],
    ["undefined", undefined],
    ["a boolean", false],
    ["an object", { year: 2023, month: 2, day: 14 }],
    ["an array", ["2023-02-14"]],
    ["a Date", new Date(Date.UTC(2023, 1, 14))],
    ["a String object", Object("2023-02-14") as unknown],
  ])("throws an OpcatError schema.invalid_date for %s, keeping the value itself in params", (_label, value) => {
    expectInvalidDateError(value);
  });

  it("names the wrong type in the message of a non-string", () => {
    expect(expectInvalidDateError(20230214).message).toContain("number");
    expect(expectInvalidDateError({}).message).toContain("object");
  });

  it("keeps the message short for a huge input, and the whole input in params", () => {
    const huge = "9".repeat(1_000_000);
    const error = expectInvalidDateError(huge);
    expect(error.message.length).toBeLessThan(200);
    expect(error.params.value).toBe(huge);
  });

  it("can be caught as an Error and told apart by its code", () => {
    expect(() => civilDate("2023-02-29")).toThrow(OpcatError);
    expect(() => civilDate("2023-02-29")).toThrow(/^schema\.invalid_date: /);
  });

  const digitsAndDashes = fc.string({ unit: fc.constantFrom(..."0123456789-".split("")), minLength: 10, maxLength: 10 });
  // Real days, built from a days-in-month table and the Gregorian leap rule.
  const monthLength = (year: number, month: number): number =>
    month === 2 ? (year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const realDay = fc.integer({ min: 0, max: 9999 }).chain((year) =>
    fc.integer({ min: 1, max: 12 }).chain((month) =>
      fc.integer({ min: 1, max: monthLength(year, month) }).map((day) => [String(year).padStart(4, "0"), String(month).padStart(2, "0"), String(day).padStart(2, "0")].join("-")),
    ),
  );

  propertyTest.prop([realDay])("returns every real day of years 0000–9999 unchanged", (text) => {
    expect(civilDate(text)).toBe(text);
  });

  propertyTest.prop([fc.oneof(realDay, digitsAndDashes, fc.string(), fc.string({ unit: "binary" }))], { numRuns: 300 })(
    "returns exactly the strings the CivilDate schema accepts and throws the coded error for the rest",
    (text) => {
      if (CivilDate.safeParse(text).success) {
        expect(civilDate(text)).toBe(text);
      } else {
        expectInvalidDateError(text);
      }
    },
  );
});
