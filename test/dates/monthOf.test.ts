// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { monthOf } from "../../src/dates/monthOf";
import { monthLength, pad, d, datePartsIn } from "./calendar";

// Real civil dates built from a days-in-month table and the Gregorian leap rule.

describe("monthOf", () => {
  it.each([
    ["2023-02-14", "2023-02"],
    ["2023-01-01", "2023-01"],
    ["2023-12-31", "2023-12"],
    ["2024-01-01", "2024-01"],
    ["2024-02-29", "2024-02"],
    ["2024-03-01", "2024-03"], // Almaty moved from UTC+6 to UTC+5 at its start
    ["2018-11-04", "2018-11"], // Sao Paulo: midnight did not exist
    ["2019-02-16", "2019-02"],
    ["2019-02-17", "2019-02"],
    ["2018-10-31", "2018-10"],
    ["1969-12-31", "1969-12"],
    ["1970-01-01", "1970-01"],
    ["0050-06-15", "0050-06"],
    ["0001-01-01", "0001-01"],
    ["9999-12-31", "9999-12"],
  ])("puts %s in %s", (date, expected) => {
    expect(monthOf(d(date))).toBe(expected);
  });

  propertyTest.prop([fc.oneof(datePartsIn(0, 9999), datePartsIn(1960, 2030), datePartsIn(0, 120))], { numRuns: 300 })(
    "is the four-digit year and two-digit month of the date",
    ({ year, month, date }) => {
      expect(monthOf(date)).toBe(`${pad(year, 4)}-${pad(month, 2)}`);
    },
  );

  propertyTest.prop([datePartsIn(1890, 2110)])("gives the same month to the first and last day of a month", ({ year, month }) => {
    const first = d(`${pad(year, 4)}-${pad(month, 2)}-01`);
    const last = d(`${pad(year, 4)}-${pad(month, 2)}-${pad(monthLength(year, month), 2)}`);
    expect(monthOf(first)).toBe(monthOf(last));
  });
});
