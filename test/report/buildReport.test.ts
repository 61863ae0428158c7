// @time-zones: the period, asOf and the months of the report
import { readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import type { MetricOptions } from "../../src/metrics/metricContext";
import type { CivilDate } from "../../src/model/civilDate";
import { Dataset } from "../../src/model/dataset";
import { accumulateReport, buildReport } from "../../src/report/buildReport";
import { Report } from "../../src/report/report";
import { createReportBuilder, finishReport, mergeReportAccumulators } from "../../src/report/reportBuilder";
import { opcatErrorOf } from "../metrics/helpers";
import { referenceReport, type PlainDataset } from "./referenceReport";

// The example dataset, read twice: as plain JSON for the independent recount, and parsed with
// the Dataset schema for buildReport.
const raw: unknown = JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8"));
const plain = raw as PlainDataset & { reported: unknown };
const dataset = Dataset.parse(raw);

const d = (text: string) => text as CivilDate;
const PRESENTED = d("2024-11-08");
const LATER = d("2025-12-31");

const report = buildReport(dataset, { asOf: PRESENTED });

describe("buildReport on examples/data/kz-2023.json, as of 2024-11-08", () => {
  it("passes the Report schema", () => {
    const parsed = Report.safeParse(report);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.success).toBe(true);
  });

  it("has the period, asOf, profile and parameters it was built with", () => {
    expect(report.format).toBe("opcat-npm/report@1");
    expect(report.profile).toBe("kz");
    expect(report.period).toEqual({ from: "2023-01-01", to: "2023-12-31" });
    expect(report.asOf).toBe("2024-11-08");
    expect(report.parameters).toEqual({ partialWeight: 0, excludeWithdrawn: false });
  });

  it("reads 461 visits: 422 periodic, 33 special, 6 intermediate", () => {
    expect(report.visits.total).toBe(461);
    expect(report.visits.byType).toEqual({ periodic: 422, intermediate: 6, special: 33 });
  });

  it("reads 474 facilities monitored, under exactly the six agencies of the consolidated report", () => {
    expect(report.facilities.monitored).toBe(474);
    const withMonitored = Object.entries(report.facilities.byAgency)
      .filter(([, count]) => count > 0)
      .map(([agency]) => agency);
    expect(new Set(withMonitored)).toEqual(new Set(["interior", "education", "labour_social_protection", "health", "defence", "national_security"]));
    expect(withMonitored).toHaveLength(6);
  });

  it("reads 40 % implemented as of 2024-11-08", () => {
    expect(report.recommendations.implementation.rate).toBe(0.4);
  });

  it("reads a higher implementation rate as of 2025-12-31, as a plain loop over the JSON finds", () => {
    // Recount: recommendations issued in 2023 whose last history entry on or before 2025-12-31 is implemented.
    let counted = 0;
    let implemented = 0;
    for (const r of plain.recommendations) {
      if (r.issuedOn < "2023-01-01" || r.issuedOn > "2023-12-31") continue;
      counted++;
      let status = "issued";
      for (const change of r.history ?? []) if (change.on <= LATER) status = change.status;
      if (status === "implemented") implemented++;
    }
    const later = buildReport(dataset, { asOf: LATER }).recommendations.implementation;
    expect(later).toEqual({ numerator: implemented, denominator: counted, rate: implemented / counted });
    expect(later.rate).toBeGreaterThan(0.4);
  });

  it("reads officials held liable: 258 on the Commissioner's office's initiative, 17 on NPM participants'", () => {
    expect(report.accountability.officials.byInitiator).toEqual({ commissioner_office: 258, npm_participant: 17 });
    expect(report.accountability.officials.total).toBe(275);
  });

  it("reconciles with the published figures, showing the 6 visits the published types leave out", () => {
    expect(report.reconciliation.checks).toEqual([
      { code: "reported.parts_short_of_total", key: "visits.byType", total: 461, sumOfParts: 455, gap: 6, unreported: ["intermediate"], computedUnreported: 6 },
    ]);
    // 3,125 recommendations recorded for the "more than 3,000" published.
    expect(report.reconciliation.figures).toEqual([
      { key: "visits.total", reported: 461, computed: 461, difference: 0 },
      { key: "visits.byType.periodic", reported: 422, computed: 422, difference: 0 },
      { key: "visits.byType.special", reported: 33, computed: 33, difference: 0 },
      { key: "facilities.monitored", reported: 474, computed: 474, difference: 0 },
      { key: "recommendations.total", reported: 3000, computed: 3125, difference: 125 },
      { key: "recommendations.implementation.rate", reported: 0.4, computed: 0.4, difference: 0 },
      { key: "accountability.officials.byInitiator.commissioner_office", reported: 258, computed: 258, difference: 0 },
      { key: "accountability.officials.byInitiator.npm_participant", reported: 17, computed: 17, difference: 0 },
    ]);
  });
});

describe("every figure of the report on the example, recounted independently (test/report/referenceReport.ts)", () => {
  it.each<[string, MetricOptions]>([
    ["as of 2024-11-08", { asOf: PRESENTED }],
    ["as of 2025-12-31, partialWeight 0.5, withdrawn excluded", { asOf: LATER, partialWeight: 0.5, excludeWithdrawn: true }],
    ["as of 2023-09-30 (inside the period), partialWeight 1", { asOf: d("2023-09-30"), partialWeight: 1 }],
    ["for the first half of 2023, as of 2024-11-08", { asOf: PRESENTED, period: { from: d("2023-01-01"), to: d("2023-06-30") } }],
  ])("%s", (_label, options) => {
    const built = buildReport(dataset, options);
    const { reconciliation: _reconciliation, ...figures } = built;
    expect(figures).toEqual(referenceReport(plain, options));
    expect(Report.safeParse(built).success).toBe(true);
  });

  it("the recount agrees with the headline figures it is checked against", () => {
    const reference = referenceReport(plain, { asOf: PRESENTED });
    expect([reference.visits.total, reference.facilities.monitored, reference.recommendations.total, reference.recommendations.implementation.rate]).toEqual([461, 474, 3125, 0.4]);
  });
});

describe("the other ways to build the example's report", () => {
  it("accumulating the visits, the recommendations and the actions apart and merging gives the same report", () => {
    const base = { period: dataset.period, facilities: dataset.facilities, visits: [], recommendations: [], accountability: [] };
    const parts = [
      accumulateReport({ ...base, visits: dataset.visits }, { asOf: PRESENTED }),
      accumulateReport({ ...base, recommendations: dataset.recommendations }, { asOf: PRESENTED }),
      accumulateReport({ ...base, accountability: dataset.accountability }, { asOf: PRESENTED }),
    ] as const;
    const merged = mergeReportAccumulators(mergeReportAccumulators(parts[0], parts[1]), parts[2]);
    expect(finishReport(merged, dataset.reported)).toEqual(report);
  });

  it("an accumulator survives v8.serialize (as between worker threads), as its TSDoc says", () => {
    const accumulator = accumulateReport(dataset, { asOf: PRESENTED });
    const copy = deserialize(serialize(accumulator)) as typeof accumulator;
    expect(finishReport(copy, dataset.reported)).toEqual(report);
  });

  it("parts holding the facilities their visits cover, and the rest of the register in one of them, merge into the whole, as the ReportAccumulator TSDoc says", () => {
    // src/report/reportBuilder.ts, ReportAccumulator: parts split any way that together hold the
    // whole register, each with the facilities its visits cover, merge into the accumulator of
    // the whole. Split the example's visits in two halves; the facilities no visit covers go
    // with the second part.
    const half = Math.floor(dataset.visits.length / 2);
    const coveredBy = (visits: typeof dataset.visits) => new Set(visits.flatMap((v) => v.facilityIds));
    const first = coveredBy(dataset.visits.slice(0, half));
    const second = coveredBy(dataset.visits.slice(half));
    const part = (visits: typeof dataset.visits, keep: (id: string) => boolean) => ({ period: dataset.period, facilities: dataset.facilities.filter((f) => keep(f.id)), visits, recommendations: [], accountability: [] });
    const a = accumulateReport(part(dataset.visits.slice(0, half), (id) => first.has(id)), { asOf: PRESENTED });
    const b = accumulateReport(part(dataset.visits.slice(half), (id) => second.has(id) || !first.has(id)), { asOf: PRESENTED });
    const merged = finishReport(mergeReportAccumulators(a, b));
    const whole = buildReport({ ...dataset, recommendations: [], accountability: [], reported: null }, { asOf: PRESENTED });
    expect(merged.facilities.monitored).toBe(whole.facilities.monitored);
    expect(merged.facilities.byAgency).toEqual(whole.facilities.byAgency);
    expect(merged.visits.byRegion).toEqual(whole.visits.byRegion);
    expect(merged.facilities.coverage).toEqual({ numerator: 474, denominator: 529, rate: 474 / 529 });
    expect(merged).toEqual(whole);
  });

  it("parts that leave facilities of the register out of every part understate coverage's denominator (the TSDoc's condition matters)", () => {
    const half = Math.floor(dataset.visits.length / 2);
    const partOf = (visits: typeof dataset.visits) => {
      const covered = new Set(visits.flatMap((v) => v.facilityIds));
      return { period: dataset.period, facilities: dataset.facilities.filter((f) => covered.has(f.id)), visits, recommendations: [], accountability: [] };
    };
    const merged = finishReport(mergeReportAccumulators(accumulateReport(partOf(dataset.visits.slice(0, half)), { asOf: PRESENTED }), accumulateReport(partOf(dataset.visits.slice(half)), { asOf: PRESENTED })));
    // 475: the 474 monitored facilities plus the one covered only by a visit outside 2023.
    expect(merged.facilities.coverage.denominator).toBe(475);
    expect(merged.facilities.monitored).toBe(474);
  });

  it("a streaming builder gives the same report", () => {
    const builder = createReportBuilder(dataset, { asOf: PRESENTED });
    for (const r of dataset.recommendations) builder.addRecommendation(r);
    for (const a of dataset.accountability) builder.addAccountabilityAction(a);
    for (const v of dataset.visits) builder.addVisit(v);
    expect(builder.report(dataset.reported)).toEqual(report);
  });

  it("refuses to merge parts computed with different options: report.incompatible_parts", () => {
    const empty = { period: dataset.period, facilities: [], visits: [], recommendations: [], accountability: [] };
    const a = accumulateReport(empty, { asOf: PRESENTED });
    for (const options of [{ asOf: LATER }, { asOf: PRESENTED, partialWeight: 0.5 }, { asOf: PRESENTED, excludeWithdrawn: true }, { asOf: PRESENTED, period: { from: d("2023-01-01"), to: d("2023-06-30") } }]) {
      const error = opcatErrorOf(() => mergeReportAccumulators(a, accumulateReport(empty, options)));
      expect([error.code, error.path]).toEqual(["report.incompatible_parts", ["options"]]);
    }
  });

  it("throws an OpcatError for bad options, like every metric", () => {
    const error = opcatErrorOf(() => buildReport(dataset, {} as MetricOptions));
    expect([error.code, error.path]).toEqual(["schema.invalid_date", ["asOf"]]);
    const builderError = opcatErrorOf(() => createReportBuilder(dataset, { asOf: PRESENTED, partialWeight: 2 }));
    expect([builderError.code, builderError.path]).toEqual(["schema.invalid_value", ["partialWeight"]]);
  });
});
