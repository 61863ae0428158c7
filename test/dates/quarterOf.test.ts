// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { quarterOf } from "../../src/dates/quarterOf";
import { pad, d, datePartsIn } from "./calendar";

// Real civil dates built from a days-in-month table and the Gregorian leap rule.

describe("quarterOf", () => {
  it.each([
    ["2023-02-14", "2023-Q1"],
    ["2023-01-01", "2023-Q1"],
    ["2023-03-31", "2023-Q1"],
    ["2023-04-01", "2023-Q2"],
    ["2023-06-30", "2023-Q2"],
    ["2023-07-01", "2023-Q3"],
    ["2023-09-30", "2023-Q3"],
    ["2023-10-01", "2023-Q4"],
    ["2023-12-31", "2023-Q4"],
    ["2024-01-01", "2024-Q1"],
    ["2024-02-29", "2024-Q1"],
    ["2024-03-01", "2024-Q1"], // Almaty moved from UTC+6 to UTC+5
    ["2024-03-31", "2024-Q1"],
    ["2024-04-01", "2024-Q2"],
    ["2018-11-04", "2018-Q4"], // Sao Paulo: midnight did not exist
    ["2019-02-17", "2019-Q1"],
    ["1969-12-31", "1969-Q4"],
    ["1970-01-01", "1970-Q1"],
    ["1900-03-31", "1900-Q1"],
    ["0050-11-01", "0050-Q4"],
    ["0001-01-01", "0001-Q1"],
    ["0099-12-31", "0099-Q4"],
    ["9999-12-31", "9999-Q4"],
  ])("puts %s in %s", (date, expected) => {
    expect(quarterOf(d(date))).toBe(expected);
  });

  it("maps each month to its quarter", () => {
    const quarters = Array.from({ length: 12 }, (_, index) => quarterOf(d(`2023-${pad(index + 1, 2)}-15`)));
    expect(quarters).toEqual(["2023-Q1", "2023-Q1", "2023-Q1", "2023-Q2", "2023-Q2", "2023-Q2", "2023-Q3", "2023-Q3", "2023-Q3", "2023-Q4", "2023-Q4", "2023-Q4"]);
  });

  const QUARTER_OF_MONTH = ["Q1", "Q1", "Q1", "Q2", "Q2", "Q2", "Q3", "Q3", "Q3", "Q4", "Q4", "Q4"];

  propertyTest.prop([fc.oneof(datePartsIn(0, 9999), datePartsIn(1960, 2030), datePartsIn(0, 120))], { numRuns: 300 })(
    "is the four-digit year and the quarter of the month, by a table",
    ({ year, month, date }) => {
      expect(quarterOf(date)).toBe(`${pad(year, 4)}-${QUARTER_OF_MONTH[month - 1]!}`);
    },
  );
});
