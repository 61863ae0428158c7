// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { compareCivilDates } from "../../src/dates/compareCivilDates";
import { daysBetween } from "../../src/dates/daysBetween";
import { d, countDays, anyCivilDate } from "./calendar";

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
