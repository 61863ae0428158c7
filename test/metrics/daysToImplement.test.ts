// @time-zones: days from issue to implementation
import { describe, expect, it } from "vitest";
import { daysToImplement } from "../../src/metrics/daysToImplement";
import { AS_OF, at, d, data, rec } from "./helpers";

const RECOMMENDATIONS = [
  // 2023-02-20 → 2023-04-11: 8 days to the end of February, 31 in March, 11 in April = 50.
  rec("R-1", "2023-02-20", { history: [at("accepted", "2023-03-01"), at("implemented", "2023-04-11")] }),
  // The first implemented entry (2023-03-11) counts, not the second: 10.
  rec("R-2", "2023-03-01", { history: [at("accepted", "2023-03-05"), at("implemented", "2023-03-11"), at("in_progress", "2023-04-01"), at("implemented", "2023-05-01")] }),
  // Across the year end: 1.
  rec("R-3", "2023-12-31", { history: [at("implemented", "2024-01-01")] }),
  // Implemented the day it was issued: 0.
  rec("R-4", "2023-06-01", { history: [at("implemented", "2023-06-01")] }),
  // Implemented after asOf: not counted.
  rec("R-5", "2023-06-01", { history: [at("implemented", "2024-12-01")] }),
  // Issued before the period: not counted.
  rec("R-6", "2022-12-01", { history: [at("implemented", "2023-01-01")] }),
  // 2023-02-28 → 2024-02-29, over a leap day: 365 + 1 = 366.
  rec("R-7", "2023-02-28", { history: [at("implemented", "2024-02-29")] }),
  // Partially implemented only: not counted.
  rec("R-8", "2023-01-10", { history: [at("partially_implemented", "2023-02-01")] }),
  // Two implemented entries on one day: 15.
  rec("R-9", "2023-05-05", { history: [at("implemented", "2023-05-20"), at("implemented", "2023-05-20")] }),
  // Implemented, then changed again the same day (status not_implemented): still implemented once, after 30 days.
  rec("R-10", "2023-03-01", { history: [at("implemented", "2023-03-31"), at("not_implemented", "2023-03-31")] }),
  // Never implemented.
  rec("R-11", "2023-03-01", { history: [at("rejected", "2023-03-02")] }),
];
const DATA = data({ recommendations: RECOMMENDATIONS });

describe("daysToImplement", () => {
  it("gives count, median and quartiles of the days to the first implemented entry on or before asOf (odd count)", () => {
    // Days: R-1 50, R-2 10, R-3 1, R-4 0, R-7 366, R-9 15, R-10 30. Sorted: 0 1 10 | 15 | 30 50 366.
    // median 15; lower half (⌊7/2⌋ = 3 values) 0 1 10 → q1 1; upper half 30 50 366 → q3 50.
    expect(daysToImplement(DATA, { asOf: AS_OF })).toEqual({ count: 7, median: 15, q1: 1, q3: 50 });
  });

  it("takes the mean of the two middle values for an even count", () => {
    // As of 2024-02-28, R-7 (implemented 2024-02-29) drops out: 0 1 10 15 30 50.
    // median (10 + 15) / 2 = 12.5; q1 median of 0 1 10 = 1; q3 median of 15 30 50 = 30.
    expect(daysToImplement(DATA, { asOf: d("2024-02-28") })).toEqual({ count: 6, median: 12.5, q1: 1, q3: 30 });
  });

  it("counts only recommendations issued up to asOf when asOf is before the period's end", () => {
    // As of 2023-03-31, counted: R-1 (implemented later), R-2 10, R-7 (later), R-8 (never), R-10 30, R-11 (never).
    // 10 30: median 20, q1 10, q3 30.
    expect(daysToImplement(DATA, { asOf: d("2023-03-31") })).toEqual({ count: 2, median: 20, q1: 10, q3: 30 });
  });

  it("gives one value as its own median and quartiles", () => {
    const one = data({ recommendations: [rec("R-1", "2023-01-01", { history: [at("implemented", "2023-02-12")] })] });
    // 2023-01-01 → 2023-02-12: 31 + 11 = 42.
    expect(daysToImplement(one, { asOf: AS_OF })).toEqual({ count: 1, median: 42, q1: 42, q3: 42 });
  });

  it("halves four and five values as the TSDoc says", () => {
    const after = (id: string, issuedOn: string, on: string) => rec(id, issuedOn, { history: [at("implemented", on)] });
    // 10, 20, 30, 60 days from 2023-03-01: median 25, q1 (10 + 20) / 2 = 15, q3 (30 + 60) / 2 = 45.
    const four = data({ recommendations: [after("R-1", "2023-03-01", "2023-03-11"), after("R-2", "2023-03-01", "2023-03-21"), after("R-3", "2023-03-01", "2023-03-31"), after("R-4", "2023-03-01", "2023-04-30")] });
    expect(daysToImplement(four, { asOf: AS_OF })).toEqual({ count: 4, median: 25, q1: 15, q3: 45 });
    // 1, 2, 3, 4, 100 days from 2023-01-01: median 3, q1 (1 + 2) / 2 = 1.5, q3 (4 + 100) / 2 = 52.
    const five = data({
      recommendations: [
        after("R-1", "2023-01-01", "2023-01-02"),
        after("R-2", "2023-01-01", "2023-01-03"),
        after("R-3", "2023-01-01", "2023-01-04"),
        after("R-4", "2023-01-01", "2023-01-05"),
        after("R-5", "2023-01-01", "2023-04-11"),
      ],
    });
    expect(daysToImplement(five, { asOf: AS_OF })).toEqual({ count: 5, median: 3, q1: 1.5, q3: 52 });
  });

  it("is count 0 with null figures when nothing was implemented, and on empty data", () => {
    const none = data({ recommendations: [rec("R-1", "2023-01-01", { history: [at("partially_implemented", "2023-02-12")] })] });
    expect(daysToImplement(none, { asOf: AS_OF })).toEqual({ count: 0, median: null, q1: null, q3: null });
    expect(daysToImplement(data(), { asOf: AS_OF })).toEqual({ count: 0, median: null, q1: null, q3: null });
  });
});
