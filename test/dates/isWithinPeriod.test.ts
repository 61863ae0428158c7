// @time-zones: the date functions
import { test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isWithinPeriod } from "../../src/dates/isWithinPeriod";
import { d, countDays, anyCivilDate } from "./calendar";

const period = (from: string, to: string) => ({ from: d(from), to: d(to) });

describe("isWithinPeriod", () => {
  const year2023 = period("2023-01-01", "2023-12-31");

  it.each([
    ["2023-01-01", true], // first day included
    ["2023-12-31", true], // last day included
    ["2023-06-15", true],
    ["2022-12-31", false],
    ["2024-01-01", false],
    ["0023-06-15", false],
    ["9999-12-31", false],
  ])("in the year 2023: %s is %s", (date, expected) => {
    expect(isWithinPeriod(d(date), year2023)).toBe(expected);
  });

  it("includes a leap day in a February period and excludes the days around it", () => {
    const february2024 = period("2024-02-01", "2024-02-29");
    expect(isWithinPeriod(d("2024-02-29"), february2024)).toBe(true);
    expect(isWithinPeriod(d("2024-03-01"), february2024)).toBe(false);
    expect(isWithinPeriod(d("2024-01-31"), february2024)).toBe(false);
  });

  it("holds a single-day period", () => {
    const day = period("2018-11-04", "2018-11-04");
    expect(isWithinPeriod(d("2018-11-04"), day)).toBe(true);
    expect(isWithinPeriod(d("2018-11-03"), day)).toBe(false);
    expect(isWithinPeriod(d("2018-11-05"), day)).toBe(false);
  });

  it("contains no date when from is after to", () => {
    const reversed = period("2023-12-31", "2023-01-01");
    for (const date of ["2023-01-01", "2023-06-15", "2023-12-31", "2022-12-31", "2024-01-01"]) {
      expect(isWithinPeriod(d(date), reversed)).toBe(false);
    }
  });

  it("compares across centuries and before 1970", () => {
    expect(isWithinPeriod(d("1969-12-31"), period("1969-01-01", "1970-01-01"))).toBe(true);
    expect(isWithinPeriod(d("0050-06-01"), period("1950-01-01", "1950-12-31"))).toBe(false);
    expect(isWithinPeriod(d("0050-06-01"), period("0001-01-01", "0099-12-31"))).toBe(true);
    expect(isWithinPeriod(d("0999-12-31"), period("1000-01-01", "1999-12-31"))).toBe(false);
  });

  propertyTest.prop([anyCivilDate, anyCivilDate, anyCivilDate], { numRuns: 300 })("agrees with the hand-walked day counts", (date, from, to) => {
    const n = countDays(date);
    expect(isWithinPeriod(date, { from, to })).toBe(countDays(from) <= n && n <= countDays(to));
  });

  propertyTest.prop([anyCivilDate, anyCivilDate])("always holds both ends of a period whose from is not after its to", (a, b) => {
    const [from, to] = countDays(a) <= countDays(b) ? [a, b] : [b, a];
    expect(isWithinPeriod(from, { from, to })).toBe(true);
    expect(isWithinPeriod(to, { from, to })).toBe(true);
  });
});
