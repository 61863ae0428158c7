// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { daysBetween } from "../../src/dates/daysBetween";
import { d, countDays, dateAfterYearZero, anyCivilDate } from "./calendar";

describe("the hand-walked calendar of this test", () => {
  it("counts the days between well-known dates", () => {
    expect(countDays("0000-01-01")).toBe(0);
    expect(countDays("0001-01-01")).toBe(366); // year 0 is a leap year
    expect(countDays("1970-01-01") - countDays("0001-01-01")).toBe(719_162);
    expect(countDays("2024-01-01") - countDays("1970-01-01")).toBe(19_723); // 1704067200 s / 86400
    expect(dateAfterYearZero(countDays("2024-02-29"))).toBe("2024-02-29");
  });
});

describe("daysBetween", () => {
  it.each([
    // Worked by hand: the rest of the first month, whole months, then the days of the last.
    ["2023-02-20", "2023-04-11", 50], // 8 + 31 + 11
    ["2024-03-01", "2024-02-28", -2],
    ["2023-02-14", "2023-02-14", 0],
    ["2023-02-14", "2023-02-15", 1],
    ["2023-02-15", "2023-02-14", -1],
    ["2023-02-28", "2023-03-01", 1],
    ["2024-02-28", "2024-03-01", 2],
    ["2024-02-29", "2025-02-28", 365],
    ["2024-02-29", "2028-02-29", 1461],
    ["2023-12-31", "2024-01-01", 1],
    ["2024-01-01", "2023-12-31", -1],
    ["2023-01-01", "2024-01-01", 365],
    ["2024-01-01", "2025-01-01", 366],
    ["2023-01-01", "2023-12-31", 364],
    ["1900-02-28", "1900-03-01", 1],
    ["2000-02-28", "2000-03-01", 2],
    ["1900-01-01", "2000-01-01", 36_524],
    ["2000-01-01", "2100-01-01", 36_525],
    ["1969-12-31", "1970-01-01", 1],
    ["1970-01-01", "1969-12-31", -1],
    ["1960-01-01", "1970-01-01", 3653], // 1960, 1964, 1968 are leap years
    ["0050-01-01", "0051-01-01", 365],
    ["0048-01-01", "0049-01-01", 366],
    ["0099-12-31", "0100-01-01", 1],
    ["0050-06-01", "1950-06-01", 693_960], // 1900 × 365 + 460 leap days (475 fourth years − 19 centuries + 4 four-hundreds)
    ["0001-01-01", "9999-12-31", 3_652_058],
    ["9999-12-31", "0001-01-01", -3_652_058],
  ])("from %s to %s is %i days", (from, to, expected) => {
    expect(daysBetween(d(from), d(to))).toBe(expected);
  });

  it("does not move across Almaty's change from UTC+6 to UTC+5 on 2024-03-01", () => {
    expect(daysBetween(d("2024-02-29"), d("2024-03-01"))).toBe(1);
    expect(daysBetween(d("2024-03-01"), d("2024-02-29"))).toBe(-1);
    expect(daysBetween(d("2024-02-01"), d("2024-04-01"))).toBe(60); // 29 + 31
    expect(daysBetween(d("2024-03-01"), d("2024-03-02"))).toBe(1);
  });

  it("does not move across Sao Paulo's midnight DST switches", () => {
    expect(daysBetween(d("2018-11-03"), d("2018-11-04"))).toBe(1);
    expect(daysBetween(d("2018-11-04"), d("2018-11-05"))).toBe(1);
    expect(daysBetween(d("2018-11-03"), d("2018-11-05"))).toBe(2);
    expect(daysBetween(d("2019-02-16"), d("2019-02-17"))).toBe(1);
    expect(daysBetween(d("2019-02-17"), d("2019-02-16"))).toBe(-1);
    expect(daysBetween(d("2018-11-04"), d("2019-02-17"))).toBe(105); // 26 + 31 + 31 + 17
  });

  it("returns 0, not -0, for the same day", () => {
    expect(Object.is(daysBetween(d("2024-02-29"), d("2024-02-29")), 0)).toBe(true);
    expect(Object.is(daysBetween(d("0050-01-01"), d("0050-01-01")), 0)).toBe(true);
  });

  // Regression: date-fns read year 0 as 1900, so 0000-02-29 was taken for 1 March.
  it("counts the days to and from 0000-02-29", () => {
    expect(daysBetween(d("0000-02-28"), d("0000-02-29"))).toBe(1); // gives 2
    expect(daysBetween(d("0000-02-29"), d("0000-03-01"))).toBe(1); // gives 0
    expect(daysBetween(d("1970-01-01"), d("0000-02-29"))).toBe(-719_469); // gives -719,468
  });

  it("counts the other days of year 0 (a leap year) correctly", () => {
    expect(daysBetween(d("0000-01-01"), d("0001-01-01"))).toBe(366);
    expect(daysBetween(d("0000-02-28"), d("0000-03-01"))).toBe(2);
    expect(daysBetween(d("0000-01-01"), d("1970-01-01"))).toBe(719_528);
  });

  propertyTest.prop([anyCivilDate, anyCivilDate], { numRuns: 300 })("equals the difference of the hand-walked day counts", (from, to) => {
    expect(daysBetween(from, to)).toBe(countDays(to) - countDays(from));
  });

  propertyTest.prop([anyCivilDate, anyCivilDate])("is antisymmetric", (a, b) => {
    expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
  });

  propertyTest.prop([anyCivilDate, anyCivilDate, anyCivilDate])("adds up along a chain of dates", (a, b, c) => {
    expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
  });

  propertyTest.prop([anyCivilDate])("is an integer, and 1 from a day to the next", (a) => {
    const next = dateAfterYearZero(countDays(a) + 1);
    fc.pre(next.length === 10);
    expect(Number.isInteger(daysBetween(a, next))).toBe(true);
    expect(daysBetween(a, next)).toBe(1);
  });
});
