// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { recommendationsByAgency } from "../../src/metrics/recommendationsByAgency";
import { AGENCY_ZEROS, AS_OF, d, data, rec } from "./helpers";

const RECOMMENDATIONS = [
  rec("R-1", "2023-02-20", { addressee: "interior" }),
  rec("R-2", "2023-11-01", { addressee: "interior", level: "agency", escalates: ["R-1"] }),
  rec("R-3", "2023-05-02", { addressee: "health", themes: ["medical_care", "sanitation"] }), // two themes, one addressee
  rec("R-4", "2024-01-01", { addressee: "education" }), // after the period
  rec("R-5", "2022-12-31", { addressee: "defence" }), // before it
];

describe("recommendationsByAgency", () => {
  it("counts the counted recommendations by addressee, adding up to the total", () => {
    // interior; health: R-3. 3 = recommendations.total.
    expect(recommendationsByAgency(data({ recommendations: RECOMMENDATIONS }), { asOf: AS_OF })).toEqual({ ...AGENCY_ZEROS, interior: 2, health: 1 });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-06-30: R-1 (interior), R-3 (health).
    expect(recommendationsByAgency(data({ recommendations: RECOMMENDATIONS }), { asOf: d("2023-06-30") })).toEqual({ ...AGENCY_ZEROS, interior: 1, health: 1 });
  });

  it("lists every agency at 0 on empty data", () => {
    expect(recommendationsByAgency(data(), { asOf: AS_OF })).toEqual(AGENCY_ZEROS);
  });
});
