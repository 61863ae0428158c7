// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/dates/addDays";
import { OpcatError } from "../../src/errors/OpcatError";
import { daysBetween } from "../../src/dates/daysBetween";
import { isCivilDate } from "../../src/dates/isCivilDate";
import type { CivilDate } from "../../src/model/civilDate";
import { d, countDays, dateAfterYearZero, anyCivilDate } from "./calendar";

const FIRST_DAY = countDays("0000-01-01");
const LAST_DAY = countDays("9999-12-31");

/** `addDays(date, days)`, or undefined when it throws: the contract allows throwing, not a non-date. */
function resultOrThrown(date: CivilDate, days: number): unknown {
  try {
    return addDays(date, days);
  } catch {
    return undefined;
  }
}

describe("addDays", () => {
  it.each([
    // Worked by hand.
    ["2023-02-20", 90, "2023-05-21"], // 8 to 28 Feb, 31 to 31 Mar, 30 to 30 Apr, 21
    ["2023-02-14", 0, "2023-02-14"],
    ["2023-02-14", 1, "2023-02-15"],
    ["2023-02-14", -1, "2023-02-13"],
    ["2023-01-31", 1, "2023-02-01"],
    ["2023-02-01", -1, "2023-01-31"],
    ["2023-04-30", 1, "2023-05-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-28", 2, "2024-03-01"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-03-01", -2, "2024-02-28"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2023-03-01", -1, "2023-02-28"],
    ["2024-02-29", 365, "2025-02-28"],
    ["2024-02-29", 366, "2025-03-01"],
    ["2024-02-29", -366, "2023-02-28"],
    ["2024-02-29", 1461, "2028-02-29"],
    ["2024-01-31", 30, "2024-03-01"],
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-01-01", -1, "2023-12-31"],
    ["2023-01-01", 365, "2024-01-01"],
    ["2024-01-01", 366, "2025-01-01"],
    ["2023-12-25", 10, "2024-01-04"],
    ["2024-01-04", -10, "2023-12-25"],
    ["1900-02-28", 1, "1900-03-01"],
    ["2000-02-28", 1, "2000-02-29"],
    ["2100-02-28", 1, "2100-03-01"],
    ["1970-01-01", -1, "1969-12-31"],
    ["1969-12-31", 1, "1970-01-01"],
    ["1960-01-01", 3653, "1970-01-01"],
    ["0050-12-31", 1, "0051-01-01"],
    ["0050-03-01", -1, "0050-02-28"],
    ["0048-02-28", 1, "0048-02-29"],
    ["0099-12-31", 1, "0100-01-01"],
    ["0100-01-01", -1, "0099-12-31"],
    ["0001-01-01", 3_652_058, "9999-12-31"],
    ["9999-12-31", -3_652_058, "0001-01-01"],
  ])("%s plus %i days is %s", (date, days, expected) => {
    expect(addDays(d(date), days)).toBe(expected);
  });

  it("does not move across Almaty's change from UTC+6 to UTC+5 on 2024-03-01", () => {
    expect(addDays(d("2024-02-29"), 1)).toBe("2024-03-01");
    expect(addDays(d("2024-03-01"), 1)).toBe("2024-03-02");
    expect(addDays(d("2024-03-02"), -2)).toBe("2024-02-29");
    expect(addDays(d("2024-02-01"), 60)).toBe("2024-04-01");
  });

  it("does not move across Sao Paulo's midnight DST switches", () => {
    expect(addDays(d("2018-11-03"), 1)).toBe("2018-11-04");
    expect(addDays(d("2018-11-04"), 1)).toBe("2018-11-05");
    expect(addDays(d("2018-11-05"), -1)).toBe("2018-11-04");
    expect(addDays(d("2018-11-04"), -1)).toBe("2018-11-03");
    expect(addDays(d("2019-02-16"), 1)).toBe("2019-02-17");
    expect(addDays(d("2019-02-17"), -1)).toBe("2019-02-16");
    expect(addDays(d("2018-11-04"), 105)).toBe("2019-02-17");
  });

  it("steps over year 0's leap day", () => {
    expect(addDays(d("0000-02-28"), 1)).toBe("0000-02-29");
    expect(addDays(d("0000-02-29"), 1)).toBe("0000-03-01");
    expect(addDays(d("0000-03-01"), -1)).toBe("0000-02-29");
  });

  it("returns the same day for 0 and -0", () => {
    expect(addDays(d("2024-02-29"), 0)).toBe("2024-02-29");
    expect(addDays(d("2024-02-29"), -0)).toBe("2024-02-29");
  });

  it("drops a positive fraction of a day toward zero", () => {
    expect(addDays(d("2023-02-10"), 0.5)).toBe("2023-02-10");
    expect(addDays(d("2023-02-10"), 1.9)).toBe("2023-02-11");
    expect(addDays(d("2024-02-28"), 1.999)).toBe("2024-02-29");
  });

  // Regression: date-fns 4 rounds the sum, not the amount, so a negative fraction went a day too far.
  it("drops a negative fraction of a day toward zero", () => {
    expect(addDays(d("2023-02-10"), -0.5)).toBe("2023-02-10");
    expect(addDays(d("2023-02-10"), -1.5)).toBe("2023-02-09");
    expect(addDays(d("2023-03-01"), -0.5)).toBe("2023-03-01");
  });

  // Regression: a non-finite amount or a result past 0000–9999 came back typed as a CivilDate.
  it.each([
    ["2023-02-10", Number.NaN],
    ["2023-02-10", Number.POSITIVE_INFINITY],
    ["2023-02-10", Number.NEGATIVE_INFINITY],
    ["9999-12-31", 1],
    ["0000-01-01", -1],
  ])("never returns a string that is not a civil date (%s plus %s)", (date, days) => {
    const result = resultOrThrown(d(date), days);
    expect(result === undefined || isCivilDate(result), `addDays returned ${JSON.stringify(result)}`).toBe(true);
  });

  it("refuses them with a structured error", () => {
    let caught: unknown;
    try {
      addDays(d("9999-12-31"), 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OpcatError);
    expect(caught).toMatchObject({ code: "date.out_of_range", path: [], params: { date: "9999-12-31", days: 1 } });
    expect(() => addDays(d("2023-02-10"), Number.NaN)).toThrow(OpcatError);
  });

  propertyTest.prop([anyCivilDate, anyCivilDate], { numRuns: 300 })("reaches any date b from a in daysBetween(a, b) days, as the hand-walked calendar says", (a, b) => {
    const n = countDays(b) - countDays(a);
    expect(addDays(a, n)).toBe(b);
    expect(daysBetween(a, addDays(a, n))).toBe(n);
  });

  propertyTest.prop([anyCivilDate, fc.integer({ min: -800, max: 800 })], { numRuns: 300 })("agrees with the hand-walked calendar for short steps, and can be undone", (a, n) => {
    const target = countDays(a) + n;
    fc.pre(target >= FIRST_DAY && target <= LAST_DAY);
    const result = addDays(a, n);
    expect(result).toBe(dateAfterYearZero(target));
    expect(isCivilDate(result)).toBe(true);
    expect(daysBetween(a, result)).toBe(n);
    expect(addDays(result, -n)).toBe(a);
  });

  propertyTest.prop([anyCivilDate, fc.integer({ min: -4_000_000, max: 4_000_000 })])("satisfies daysBetween(a, addDays(a, n)) === n across the whole range", (a, n) => {
    const target = countDays(a) + n;
    fc.pre(target >= FIRST_DAY && target <= LAST_DAY);
    expect(daysBetween(a, addDays(a, n))).toBe(n);
  });
});
