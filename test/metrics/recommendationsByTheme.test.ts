// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { recommendationsByTheme } from "../../src/metrics/recommendationsByTheme";
import { AS_OF, d, data, rec, THEME_ZEROS } from "./helpers";

const RECOMMENDATIONS = [
  rec("R-1", "2023-02-20", { themes: ["detention_conditions", "sanitation"] }), // two themes: once for each
  rec("R-2", "2023-05-02", { themes: ["sanitation"] }),
  rec("R-3", "2023-06-01", { themes: ["food", "food"] }), // a theme listed twice: once for it
  rec("R-4", "2022-12-31", { themes: ["medical_care"] }), // before the period
  rec("R-5", "2023-11-01", { level: "agency", escalates: ["R-1"], themes: ["detention_conditions"] }),
  rec("R-6", "2024-01-01", { themes: ["food"] }), // after the period
];

describe("recommendationsByTheme", () => {
  it("counts each counted recommendation once for each distinct theme", () => {
    // detention_conditions; sanitation; food: R-3 (once). 5 in all for 4 recommendations.
    expect(recommendationsByTheme(data({ recommendations: RECOMMENDATIONS }), { asOf: AS_OF })).toEqual({ ...THEME_ZEROS, detention_conditions: 2, sanitation: 2, food: 1 });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-05-31.
    expect(recommendationsByTheme(data({ recommendations: RECOMMENDATIONS }), { asOf: d("2023-05-31") })).toEqual({ ...THEME_ZEROS, detention_conditions: 1, sanitation: 2 });
  });

  it("lists every theme at 0 on empty data", () => {
    expect(recommendationsByTheme(data(), { asOf: AS_OF })).toEqual(THEME_ZEROS);
  });
});
