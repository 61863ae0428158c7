import { describe, expect, it } from "vitest";
import type { ReportedFigures } from "../../src/model/reportedFigures";
import { buildReport } from "../../src/report/buildReport";
import { reconcile } from "../../src/report/reconcile";
import { AS_OF, at, data, rec, visit } from "../metrics/helpers";

// Computed figures written by hand: 10 visits (7 periodic, 1 intermediate, 2 special), 9 facilities,
// 20 recommendations of which 5 implemented, officials 4 + 1.
const computed = {
  visits: { total: 10, byType: { periodic: 7, intermediate: 1, special: 2 } },
  facilities: { monitored: 9 },
  recommendations: { total: 20, implementation: { numerator: 5, denominator: 20, rate: 0.25 } },
  accountability: { officials: { byInitiator: { commissioner_office: 4, npm_participant: 1 } } },
};

describe("reconcile", () => {
  it("sets every published figure beside the computed one, difference = computed − published", () => {
    const reported: ReportedFigures = {
      visits: { total: 12, byType: { periodic: 7, intermediate: 1, special: 4 } },
      facilitiesMonitored: 8,
      recommendations: 25,
      implementationRate: 0.5,
      officials: { commissioner_office: 3, npm_participant: 1 },
    };
    expect(reconcile(computed, reported)).toEqual({
      figures: [
        { key: "visits.total", reported: 12, computed: 10, difference: -2 },
        { key: "visits.byType.periodic", reported: 7, computed: 7, difference: 0 },
        { key: "visits.byType.intermediate", reported: 1, computed: 1, difference: 0 },
        { key: "visits.byType.special", reported: 4, computed: 2, difference: -2 },
        { key: "facilities.monitored", reported: 8, computed: 9, difference: 1 },
        { key: "recommendations.total", reported: 25, computed: 20, difference: -5 },
        { key: "recommendations.implementation.rate", reported: 0.5, computed: 0.25, difference: -0.25 },
        { key: "accountability.officials.byInitiator.commissioner_office", reported: 3, computed: 4, difference: 1 },
        { key: "accountability.officials.byInitiator.npm_participant", reported: 1, computed: 1, difference: 0 },
      ],
      // 7 + 1 + 4 = 12: the published parts add up, no check.
      checks: [],
    });
  });

  it("reports published parts that exceed the published total", () => {
    // 8 + 4 = 12 > 10: gap −2; intermediate unpublished, of which the records hold 1.
    const result = reconcile(computed, { visits: { total: 10, byType: { periodic: 8, special: 4 } } });
    expect(result.checks).toEqual([{ code: "reported.parts_exceed_total", key: "visits.byType", total: 10, sumOfParts: 12, gap: -2, unreported: ["intermediate"], computedUnreported: 1 }]);
  });

  it("reports parts short of the total, with every unpublished type and its computed count", () => {
    // Only periodic published (6 of 10): intermediate and special unpublished, 1 + 2 = 3 in the records.
    const result = reconcile(computed, { visits: { total: 10, byType: { periodic: 6 } } });
    expect(result.checks).toEqual([{ code: "reported.parts_short_of_total", key: "visits.byType", total: 10, sumOfParts: 6, gap: 4, unreported: ["intermediate", "special"], computedUnreported: 3 }]);
  });

  it("checks nothing without both a published total and published parts", () => {
    expect(reconcile(computed, { visits: { total: 10 } }).checks).toEqual([]);
    expect(reconcile(computed, { visits: { byType: { periodic: 1 } } }).checks).toEqual([]);
    expect(reconcile(computed, { visits: { total: 10, byType: {} } }).checks).toEqual([]);
  });

  it("gives no figures and no checks when nothing is published", () => {
    expect(reconcile(computed, undefined)).toEqual({ figures: [], checks: [] });
    expect(reconcile(computed, null)).toEqual({ figures: [], checks: [] });
    expect(reconcile(computed, {})).toEqual({ figures: [], checks: [] });
  });

  it("gives a null difference when the computed rate is null", () => {
    const nothingCounted = { ...computed, recommendations: { total: 0, implementation: { numerator: 0, denominator: 0, rate: null } } };
    expect(reconcile(nothingCounted, { implementationRate: 0.4 }).figures).toEqual([{ key: "recommendations.implementation.rate", reported: 0.4, computed: null, difference: null }]);
  });

  it("is what buildReport puts in report.reconciliation", () => {
    // 2 visits counted (V-3 is in 2024), 1 recommendation implemented of 2.
    const report = buildReport(
      data({
        visits: [visit("V-1", "periodic", "2023-02-01", ["F-1"]), visit("V-2", "special", "2023-03-01", ["F-1"]), visit("V-3", "periodic", "2024-03-01", ["F-1"])],
        recommendations: [rec("R-1", "2023-02-20", { history: [at("implemented", "2023-05-01")] }), rec("R-2", "2023-02-20")],
        reported: { visits: { total: 3, byType: { periodic: 2 } }, implementationRate: 0.4 },
      }),
      { asOf: AS_OF },
    );
    expect(report.reconciliation).toEqual({
      figures: [
        { key: "visits.total", reported: 3, computed: 2, difference: -1 },
        { key: "visits.byType.periodic", reported: 2, computed: 1, difference: -1 },
        { key: "recommendations.implementation.rate", reported: 0.4, computed: 0.5, difference: 0.5 - 0.4 },
      ],
      checks: [{ code: "reported.parts_short_of_total", key: "visits.byType", total: 3, sumOfParts: 2, gap: 1, unreported: ["intermediate", "special"], computedUnreported: 1 }],
    });
  });
});
