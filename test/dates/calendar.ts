// An independent calendar for the date tests, walked by hand: a days-in-month table and the
// Gregorian leap rule. It never goes through Date, date-fns or the code under test.
import { fc } from "@fast-check/vitest";
import type { CivilDate } from "../../src/model/civilDate";

export const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const isLeap = (year: number): boolean => year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
export const yearLength = (year: number): number => (isLeap(year) ? 366 : 365);
export const monthLength = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
export const pad = (value: number, width: number): string => String(value).padStart(width, "0");
export const d = (text: string): CivilDate => text as CivilDate;
export const fromParts = (year: number, month: number, day: number): CivilDate => d(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
/** Days from 0000-01-01 to a date, counted year by year and month by month. */
export function countDays(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  let days = 0;
  for (let y = 0; y < year; y++) days += yearLength(y);
  for (let m = 1; m < month; m++) days += monthLength(year, m);
  return days + day - 1;
}
/** The date `days` days after 0000-01-01, walked year by year and month by month. */
export function dateAfterYearZero(days: number): CivilDate {
  let rest = days;
  let year = 0;
  while (rest >= yearLength(year)) rest -= yearLength(year++);
  let month = 1;
  while (rest >= monthLength(year, month)) rest -= monthLength(year, month++);
  return fromParts(year, month, rest + 1);
}
/** A real civil date in years `minYear`..`maxYear`, built from the table above. */
export const civilDateIn = (minYear: number, maxYear: number): fc.Arbitrary<CivilDate> =>
  fc.integer({ min: minYear, max: maxYear }).chain((year) =>
    fc.integer({ min: 1, max: 12 }).chain((month) => fc.integer({ min: 1, max: monthLength(year, month) }).map((day) => fromParts(year, month, day))),
  );
/** Any civil date 0000–9999, biased toward the traps: recent years, years 0–120, leap days, time-zone changes. */
export const anyCivilDate: fc.Arbitrary<CivilDate> = fc.oneof(
  civilDateIn(0, 9999),
  civilDateIn(1890, 2110),
  civilDateIn(0, 120),
  fc.constantFrom(
    ...["2024-02-28", "2024-02-29", "2024-03-01", "2023-02-28", "2023-03-01", "2000-02-29", "1900-02-28", "1900-03-01", "2018-11-03", "2018-11-04", "2019-02-16", "2019-02-17", "1969-12-31", "1970-01-01", "2023-12-31", "2024-01-01", "0000-01-01", "0000-02-29", "0001-01-01", "0050-03-01", "9999-12-31"].map(d),
  ),
);
/** A real civil date in years `minYear`..`maxYear`, with its year, month and day. */
export const datePartsIn = (minYear: number, maxYear: number) =>
  fc.integer({ min: minYear, max: maxYear }).chain((year) =>
    fc.integer({ min: 1, max: 12 }).chain((month) =>
      fc.integer({ min: 1, max: monthLength(year, month) }).map((day) => ({ year, month, day, date: d(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`) })),
    ),
  );
