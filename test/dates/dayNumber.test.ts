// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { civilDateFromDayNumber, dayNumber } from "../../src/dates/dayNumber";
import { toUtcDate } from "../../src/dates/toUtcDate";
import { d, countDays, dateAfterYearZero, anyCivilDate } from "./calendar";

const EPOCH = countDays("1970-01-01");

// Day numbers worked out by hand (and well known: 2024-01-01 is 1704067200 s after the epoch).
const KNOWN: readonly (readonly [string, number])[] = [
  ["1970-01-01", 0],
  ["1970-01-02", 1],
  ["1969-12-31", -1],
  ["1970-12-31", 364],
  ["1971-01-01", 365],
  ["2000-01-01", 10_957], // 30 × 365 + 7 leap days (1972 … 1996)
  ["2000-02-29", 10_957 + 31 + 28],
  ["2000-03-01", 11_017],
  ["2018-01-01", 17_532], // 10,957 + 18 × 365 + 5 leap days (2000 … 2016)
  ["2018-11-04", 17_839], // Sao Paulo DST switch at midnight: 17,532 + 304 + 3
  ["2019-02-16", 17_943], // Sao Paulo DST end: 17,532 + 365 + 31 + 15
  ["2019-02-17", 17_944],
  ["2024-01-01", 19_723],
  ["2024-02-29", 19_782],
  ["2024-03-01", 19_783], // Almaty moved from UTC+6 to UTC+5
  ["1900-01-01", -25_567], // 70 × 365 + 17 leap days (1904 … 1968), before 1970
  ["1900-03-01", -25_567 + 59],
  ["0001-01-01", -719_162],
  ["0000-01-01", -719_528], // year 0 is a leap year: 366 days before 0001-01-01
  ["0050-01-01", -701_265], // 0001-01-01 + 49 × 365 + 12 leap days: not 1950 (-7305)
  ["0050-03-01", -701_206],
  ["0099-12-31", -683_004],
  ["0100-01-01", -683_003], // 0001-01-01 + 99 × 365 + 24 leap days (0004 … 0096)
  ["9999-12-31", 2_932_896],
];

describe("the hand-walked calendar of this test", () => {
  it("puts 1970-01-01 719,528 days after 0000-01-01", () => {
    expect(EPOCH).toBe(719_528);
  });
});

describe("dayNumber", () => {
  it.each(KNOWN)("numbers %s as %i", (date, expected) => {
    expect(dayNumber(d(date))).toBe(expected);
  });

  it("does not map years 0–99 to 1900–1999", () => {
    expect(dayNumber(d("0050-03-01"))).not.toBe(dayNumber(d("1950-03-01")));
    expect(dayNumber(d("1950-03-01"))).toBe(-7246); // -(20 × 365 + 5) + 59
    expect(dayNumber(d("0000-02-29")) + 1).toBe(dayNumber(d("0000-03-01")));
  });

  propertyTest.prop([anyCivilDate], { numRuns: 300 })("equals the hand-walked count of days from 1970-01-01", (date) => {
    expect(dayNumber(date)).toBe(countDays(date) - EPOCH);
  });

  propertyTest.prop([anyCivilDate])("is an integer and grows by one from each day to the next", (date) => {
    const next = dateAfterYearZero(countDays(date) + 1);
    fc.pre(next.length === 10);
    expect(Number.isInteger(dayNumber(date))).toBe(true);
    expect(dayNumber(next) - dayNumber(date)).toBe(1);
  });
});

describe("civilDateFromDayNumber", () => {
  it.each(KNOWN)("gives %s for %i", (expected, days) => {
    expect(civilDateFromDayNumber(days)).toBe(expected);
  });

  propertyTest.prop([fc.integer({ min: -EPOCH, max: countDays("9999-12-31") - EPOCH })], { numRuns: 300 })(
    "equals the hand-walked date for every day number of years 0000–9999",
    (days) => {
      expect(civilDateFromDayNumber(days)).toBe(dateAfterYearZero(days + EPOCH));
    },
  );

  propertyTest.prop([anyCivilDate], { numRuns: 300 })("inverts dayNumber", (date) => {
    expect(civilDateFromDayNumber(dayNumber(date))).toBe(date);
  });
});

describe("toUtcDate", () => {
  it.each(KNOWN)("gives midnight UTC of %s", (date, days) => {
    const moment = toUtcDate(d(date));
    expect(moment.getTime()).toBe(days * 86_400_000);
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    // UTCDate's local getters read UTC, whatever the process time zone.
    expect([moment.getFullYear(), moment.getMonth() + 1, moment.getDate(), moment.getHours(), moment.getMinutes()]).toEqual([year, month, day, 0, 0]);
    expect([moment.getUTCFullYear(), moment.getUTCMonth() + 1, moment.getUTCDate()]).toEqual([year, month, day]);
  });
});
