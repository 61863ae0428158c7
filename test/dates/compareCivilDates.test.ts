import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { compareCivilDates } from "../../src/dates/compareCivilDates";
import { daysBetween } from "../../src/dates/daysBetween";
import type { CivilDate } from "../../src/model/civilDate";

// An independent calendar, walked by hand: a days-in-month table and the Gregorian leap rule.
// It never goes through Date, date-fns or the code under test.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
const yearLength = (year: number): number => (isLeap(year) ? 366 : 365);
const monthLength = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
const pad = (value: number, width: number): string => String(value).padStart(width, "0");
const d = (text: string): CivilDate => text as CivilDate;
const fromParts = (year: number, month: number, day: number): CivilDate => d(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

/** Days from 0000-01-01 to a date, counted year by year and month by month. */
function countDays(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  let days = 0;
  for (let y = 0; y < year; y++) days += yearLength(y);
  for (let m = 1; m < month; m++) days += monthLength(year, m);
  return days + day - 1;
}

/** A real civil date in years `minYear`..`maxYear`, built from the table above. */
const civilDateIn = (minYear: number, maxYear: number): fc.Arbitrary<CivilDate> =>
  fc.integer({ min: minYear, max: maxYear }).chain((year) =>
    fc.integer({ min: 1, max: 12 }).chain((month) => fc.integer({ min: 1, max: monthLength(year, month) }).map((day) => fromParts(year, month, day))),
  );

/** Any civil date 0000–9999, biased toward the traps: recent years, years 0–120, leap days, time-zone changes. */
const anyCivilDate: fc.Arbitrary<CivilDate> = fc.oneof(
  civilDateIn(0, 9999),
  civilDateIn(1890, 2110),
  civilDateIn(0, 120),
  fc.constantFrom(
    ...["2024-02-28", "2024-02-29", "2024-03-01", "2023-02-28", "2023-03-01", "2000-02-29", "1900-02-28", "1900-03-01", "2018-11-03", "2018-11-04", "2019-02-16", "2019-02-17", "1969-12-31", "1970-01-01", "2023-12-31", "2024-01-01", "0000-01-01", "0000-02-29", "0001-01-01", "0050-03-01", "9999-12-31"].map(d),
  ),
);


describe("compareCivilDates", () => {
  it.each([
    ["2023-02-14", "2023-11-01", -1],
    ["2023-11-01", "2023-02-14", 1],
    ["2023-02-14", "2023-02-14", 0],
    ["2023-12-31", "2024-01-01", -1],
    ["2024-01-01", "2023-12-31", 1],
    ["2024-02-29", "2024-03-01", -1],
    ["2024-03-01", "2024-02-29", 1],
    ["2018-11-04", "2018-11-03", 1],
    ["2019-02-16", "2019-02-17", -1],
    ["1969-12-31", "1970-01-01", -1],
    ["1900-03-01", "1900-02-28", 1],
    ["0050-06-01", "1950-01-01", -1],
    ["0999-12-31", "1000-01-01", -1],
    ["0001-01-01", "9999-12-31", -1],
    ["2023-09-30", "2023-10-01", -1],
  ])("compares %s with %s as %i", (a, b, expected) => {
    expect(compareCivilDates(d(a), d(b))).toBe(expected);
  });

  it("sorts dates in calendar order as a comparator", () => {
    const shuffled = ["2024-03-01", "0050-06-01", "2023-12-31", "1969-12-31", "2024-02-29", "1950-01-01", "2024-01-01", "1970-01-01", "2024-02-29"].map(d);
    expect([...shuffled].sort(compareCivilDates)).toEqual(["0050-06-01", "1950-01-01", "1969-12-31", "1970-01-01", "2023-12-31", "2024-01-01", "2024-02-29", "2024-02-29", "2024-03-01"]);
  });

  propertyTest.prop([anyCivilDate, anyCivilDate], { numRuns: 300 })("gives the sign of the hand-walked difference, and of daysBetween", (a, b) => {
    const expected = Math.sign(countDays(a) - countDays(b));
    expect(compareCivilDates(a, b)).toBe(expected);
    expect(compareCivilDates(a, b)).toBe(Math.sign(daysBetween(b, a)));
  });

  propertyTest.prop([anyCivilDate, anyCivilDate])("is antisymmetric, and 0 only for the same day", (a, b) => {
    expect(compareCivilDates(a, b)).toBe(-compareCivilDates(b, a) || 0);
    expect(compareCivilDates(a, a)).toBe(0);
    expect(compareCivilDates(a, b) === 0).toBe(a === b);
  });

  propertyTest.prop([fc.array(anyCivilDate, { maxLength: 30 })])("sorts like the hand-walked day counts", (dates) => {
    const expected = [...dates].sort((x, y) => countDays(x) - countDays(y));
    expect([...dates].sort(compareCivilDates)).toEqual(expected);
  });
});
