// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { recommendationsTotal } from "../../src/metrics/recommendationsTotal";
import { AS_OF, at, d, data, rec } from "./helpers";

const RECOMMENDATIONS = [
  rec("R-1", "2023-01-01"), // the period's first day
  rec("R-2", "2023-12-31"), // its last day
  rec("R-3", "2022-12-31"), // the day before: not counted
  rec("R-4", "2024-01-01"), // the day after: not counted
  rec("R-5", "2023-11-01", { level: "agency", escalates: ["R-1"] }), // agency level counts too
  rec("R-6", "2023-06-30", { history: [at("withdrawn", "2023-07-01")] }), // any status counts
];

describe("recommendationsTotal", () => {
  it("counts the recommendations issued in the period, at facility and agency level", () => {
    //
    expect(recommendationsTotal(data({ recommendations: RECOMMENDATIONS }), { asOf: AS_OF })).toBe(4);
  });

  it("ends the counting window at asOf, asOf itself included", () => {
    // Up to 2023-06-30: R-1 and R-6 (issued on asOf); up to 2023-06-29: R-1.
    expect(recommendationsTotal(data({ recommendations: RECOMMENDATIONS }), { asOf: d("2023-06-30") })).toBe(2);
    expect(recommendationsTotal(data({ recommendations: RECOMMENDATIONS }), { asOf: d("2023-06-29") })).toBe(1);
  });

  it("is 0 on empty data", () => {
    expect(recommendationsTotal(data(), { asOf: AS_OF })).toBe(0);
  });
});
