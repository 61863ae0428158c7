// @time-zones: the golden hash must hold in every zone
import { createHash } from "node:crypto";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { CivilDate } from "../../src/model/civilDate";
import type { Recommendation } from "../../src/model/recommendation";
import type { Visit } from "../../src/model/visit";
import type { ReportData } from "../../src/metrics/reportData";
import { accumulateReport, buildReport } from "../../src/report/buildReport";
import { Report } from "../../src/report/report";
import { createReportBuilder, finishReport, mergeReportAccumulators } from "../../src/report/reportBuilder";
import { arbitraryCase, type GeneratedCase, type GeneratedDataset } from "../fixtures/arbitraryDataset";
import { referenceReport } from "./referenceReport";

const NUM_RUNS = 150;

/** Random sort keys for permutations and splits: enough for every record of a generated dataset. */
const keys = fc.array(fc.nat(), { minLength: 64, maxLength: 64 });

function permuted<T>(items: readonly T[], sortKeys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: sortKeys[i % sortKeys.length]!, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ item }) => item);
}

function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** The part of a dataset whose records `choose` sends to `part`: the same period and the whole register. */
function partOf(dataset: GeneratedDataset, choose: (index: number) => number, part: number): ReportData {
  let index = 0;
  const pick = <T>(items: readonly T[]): T[] => items.filter(() => choose(index++) === part);
  return { period: dataset.period, facilities: dataset.facilities, visits: pick(dataset.visits), recommendations: pick(dataset.recommendations), accountability: pick(dataset.accountability) };
}

describe("buildReport over generated valid datasets", () => {
  propertyTest.prop([arbitraryCase], { numRuns: NUM_RUNS })("equals the reference implementation of DESIGN §4, and passes the Report schema", ({ dataset, options }) => {
    const report = buildReport(dataset, options);
    const { reconciliation: _reconciliation, ...figures } = report;
    expect(figures).toEqual(referenceReport(dataset, options));
    expect(Report.safeParse(report).success).toBe(true);
  });

  propertyTest.prop([arbitraryCase, keys, keys, keys, keys], { numRuns: NUM_RUNS })("(a) does not depend on the order of any collection", ({ dataset, options }, k1, k2, k3, k4) => {
    const shuffled = {
      ...dataset,
      facilities: permuted(dataset.facilities, k1),
      visits: permuted(dataset.visits, k2),
      recommendations: permuted(dataset.recommendations, k3),
      accountability: permuted(dataset.accountability, k4),
    };
    const report = buildReport(dataset, options);
    expect(buildReport(shuffled, options)).toEqual(report);
    // Byte for byte too: key order does not follow the input order.
    expect(JSON.stringify(buildReport(shuffled, options))).toBe(JSON.stringify(report));
  });

  propertyTest.prop([arbitraryCase], { numRuns: NUM_RUNS })("(b) has breakdowns that add up", ({ dataset, options }) => {
    const report = buildReport(dataset, options);
    expect(sum(report.visits.byType)).toBe(report.visits.total);
    expect(sum(report.visits.byMonth)).toBe(report.visits.total);
    expect(sum(report.recommendations.byStatus)).toBe(report.recommendations.total);
    expect(sum(report.recommendations.byAgency)).toBe(report.recommendations.total);
    expect(sum(report.facilities.byAgency)).toBe(report.facilities.monitored);
    expect(sum(report.facilities.byType)).toBe(report.facilities.monitored);
    expect(sum(report.facilities.byRegion)).toBe(report.facilities.monitored);
    expect(sum(report.accountability.officials.byInitiator)).toBe(report.accountability.officials.total);
    expect(sum(report.accountability.officials.byMeasure)).toBe(report.accountability.officials.total);
    // Multi-counted breakdowns are at least the total (each counted record has an agency, a region, a theme).
    expect(sum(report.visits.byAgency)).toBeGreaterThanOrEqual(report.visits.total);
    expect(sum(report.visits.byRegion)).toBeGreaterThanOrEqual(report.visits.total);
    expect(sum(report.recommendations.byTheme)).toBeGreaterThanOrEqual(report.recommendations.total);
    expect(report.recommendations.overdue).toBeLessThanOrEqual(report.recommendations.total);
    expect(report.recommendations.daysToImplement.count).toBeLessThanOrEqual(report.recommendations.total);
    expect(report.recommendations.escalations.issued).toBeLessThanOrEqual(report.recommendations.total);
  });

  const splits = fc.array(fc.nat(2), { minLength: 64, maxLength: 64 });

  propertyTest.prop([arbitraryCase, splits], { numRuns: NUM_RUNS })("(c) is the merge of the reports of two parts, non-additive figures included", ({ dataset, options }, split) => {
    const choose = (i: number): number => split[i]! % 2;
    const a = accumulateReport(partOf(dataset, choose, 0), options);
    const b = accumulateReport(partOf(dataset, choose, 1), options);
    const merged = finishReport(mergeReportAccumulators(a, b), dataset.reported);
    const whole = buildReport(dataset, options);
    expect(merged).toEqual(whole);
    // Spelled out, the figures that do not add up across parts:
    expect(merged.facilities.monitored).toBe(whole.facilities.monitored);
    expect(merged.facilities.coverage).toEqual(whole.facilities.coverage);
    expect(merged.recommendations.daysToImplement).toEqual(whole.recommendations.daysToImplement);
    expect(merged.recommendations.escalations.escalated).toBe(whole.recommendations.escalations.escalated);
  });

  propertyTest.prop([arbitraryCase, splits], { numRuns: NUM_RUNS })("(c) merges three parts the same in either association order, without changing them", ({ dataset, options }, split) => {
    const choose = (i: number): number => split[i]!;
    const [a, b, c] = [0, 1, 2].map((part) => accumulateReport(partOf(dataset, choose, part), options)) as [ReturnType<typeof accumulateReport>, ReturnType<typeof accumulateReport>, ReturnType<typeof accumulateReport>];
    const before = structuredClone([a, b, c]);
    const left = mergeReportAccumulators(mergeReportAccumulators(a, b), c);
    const right = mergeReportAccumulators(a, mergeReportAccumulators(b, c));
    const whole = buildReport(dataset, options);
    expect(finishReport(left, dataset.reported)).toEqual(whole);
    expect(finishReport(right, dataset.reported)).toEqual(whole);
    expect([a, b, c]).toEqual(before);
    // Reading a report off an accumulator does not change it either.
    expect(structuredClone(left)).toEqual(left);
    const leftBefore = structuredClone(left);
    finishReport(left, dataset.reported);
    expect(left).toEqual(leftBefore);
  });

  propertyTest.prop([arbitraryCase], { numRuns: NUM_RUNS })("(d) has rates that are null or in [0, 1], numerator ≤ denominator", ({ dataset, options }) => {
    const report = buildReport(dataset, options);
    for (const rate of [report.facilities.coverage, report.recommendations.implementation]) {
      expect(rate.numerator).toBeGreaterThanOrEqual(0);
      expect(rate.numerator).toBeLessThanOrEqual(rate.denominator);
      if (rate.denominator === 0) expect(rate.rate).toBeNull();
      else {
        expect(rate.rate).toBe(rate.numerator / rate.denominator);
        expect(rate.rate).toBeGreaterThanOrEqual(0);
        expect(rate.rate).toBeLessThanOrEqual(1);
      }
    }
  });

  propertyTest.prop([arbitraryCase], { numRuns: NUM_RUNS })("(f) never changes its input (deep-frozen, and compared with a copy)", ({ dataset, options }) => {
    const copy = structuredClone({ dataset, options });
    const frozen = deepFreeze(structuredClone({ dataset, options }));
    const report = buildReport(frozen.dataset, frozen.options);
    expect(frozen).toEqual(copy);
    expect(report).toEqual(buildReport(dataset, options));
    expect({ dataset, options }).toEqual(copy);
  });

  propertyTest.prop([arbitraryCase, keys], { numRuns: NUM_RUNS })("(g) createReportBuilder fed record by record, collections interleaved, equals buildReport", ({ dataset, options }, order) => {
    const builder = createReportBuilder(dataset, options);
    const steps = permuted(
      [
        ...dataset.visits.map((v) => () => { builder.addVisit(v); }),
        ...dataset.recommendations.map((r) => () => { builder.addRecommendation(r); }),
        ...dataset.accountability.map((a) => () => { builder.addAccountabilityAction(a); }),
      ],
      order,
    );
    for (const step of steps) step();
    const whole = buildReport(dataset, options);
    expect(builder.report(dataset.reported)).toEqual(whole);
    // The snapshot accumulator reads the same, and later additions do not change it.
    const snapshot = builder.accumulator();
    expect(finishReport(snapshot, dataset.reported)).toEqual(whole);
    for (const step of steps) step();
    expect(finishReport(snapshot, dataset.reported)).toEqual(whole);
  });
});

describe("(e) the report JSON does not depend on the process time zone", () => {
  // Run under TZ=UTC, Asia/Almaty and America/Sao_Paulo (vitest projects): each run must give these
  // bytes. The golden hash was computed once, under TZ=UTC, from buildReport (fast-check 4.11's
  // sample for this seed); a deliberate change of a figure's definition, or of the arbitrary,
  // changes it: recompute it then under any one time zone and check the three agree. With
  // visits.byFacilityType and visits.byTypeAndFacilityType deleted, the bytes still hash to the
  // earlier b95d0251…f08a60 (114,733 characters): the report gained those keys, nothing else.
  const GOLDEN_SHA256 = "15a416bc2e93c33e536440b3ecc8f039d44700f408dddbceafd35119157b56a4";
  const GOLDEN_LENGTH = 185_733;

  it("gives the golden bytes for a fixed sample of generated datasets", () => {
    const sample: GeneratedCase[] = fc.sample(arbitraryCase, { seed: 20241108, numRuns: 40 });
    const text = sample.map(({ dataset, options }) => JSON.stringify(buildReport(dataset, options))).join("\n");
    const hash = createHash("sha256").update(text).digest("hex");
    expect([hash, text.length]).toEqual([GOLDEN_SHA256, GOLDEN_LENGTH]);
  });

  // Hand-built around the midnight DST switches of America/Sao_Paulo (2018-11-04 had no local
  // midnight; 2019-02-16 had two) and the change of Asia/Almaty from UTC+6 to UTC+5 on 2024-03-01:
  // a day count or a month read through local time would be off by one in one of the projects.
  const d = (text: string) => text as CivilDate;
  const implementedOn = (id: string, issuedOn: string, on: string, dueOn?: string): Recommendation => ({
    id,
    addressee: "interior",
    level: "facility",
    themes: ["food"],
    issuedOn: d(issuedOn),
    ...(dueOn === undefined ? {} : { dueOn: d(dueOn) }),
    history: [{ status: "implemented", on: d(on) }],
  });
  const visitOn = (id: string, startedOn: string): Visit => ({ id, type: "periodic", startedOn: d(startedOn), facilityIds: ["F-1"] });

  it("counts days and months around the Sao Paulo DST switches exactly", () => {
    const report = buildReport(
      {
        period: { from: d("2018-11-01"), to: d("2019-02-28") },
        facilities: [],
        visits: [visitOn("V-1", "2018-11-04"), visitOn("V-2", "2019-02-16"), visitOn("V-3", "2018-11-30"), visitOn("V-4", "2018-12-01"), visitOn("V-5", "2019-02-28"), visitOn("V-6", "2019-03-01")],
        recommendations: [
          implementedOn("R-1", "2018-11-03", "2018-11-05"), // 2 days over the missing midnight
          implementedOn("R-2", "2019-02-15", "2019-02-17"), // 2 days over the doubled midnight
          implementedOn("R-3", "2018-11-04", "2019-02-16"), // 30 + 31 + 31 + 12 = 104 days
          { id: "R-4", addressee: "interior", level: "facility", themes: ["food"], issuedOn: d("2018-11-04"), dueOn: d("2019-03-30") }, // due the day before asOf: overdue
          { id: "R-5", addressee: "interior", level: "facility", themes: ["food"], issuedOn: d("2018-11-04"), dueOn: d("2019-03-31") }, // due on asOf: not overdue
        ],
        accountability: [],
      },
      { asOf: d("2019-03-31") },
    );
    // Visits by month: November V-1, V-3; December V-4; February V-2, V-5; V-6 (March) is after the period.
    expect(report.visits.byMonth).toEqual({ "2018-11": 2, "2018-12": 1, "2019-01": 0, "2019-02": 2 });
    // Days 2, 2, 104: median 2, q1 2 (lower half: 2), q3 104 (upper half: 104).
    expect(report.recommendations.daysToImplement).toEqual({ count: 3, median: 2, q1: 2, q3: 104 });
    expect(report.recommendations.overdue).toBe(1);
  });

  it("counts days and months around the Almaty offset change exactly", () => {
    const report = buildReport(
      {
        period: { from: d("2024-02-01"), to: d("2024-03-31") },
        facilities: [],
        visits: [visitOn("V-1", "2024-02-29"), visitOn("V-2", "2024-03-01")],
        recommendations: [
          implementedOn("R-1", "2024-02-29", "2024-03-01"), // 1 day
          implementedOn("R-2", "2024-02-28", "2024-03-02"), // 2024 is a leap year: 3 days
          implementedOn("R-3", "2024-02-01", "2024-03-01"), // 29 days
          implementedOn("R-4", "2024-03-01", "2024-03-01"), // 0 days
        ],
        accountability: [],
      },
      { asOf: d("2024-11-08") },
    );
    expect(report.visits.byMonth).toEqual({ "2024-02": 1, "2024-03": 1 });
    // Days 0, 1, 3, 29: median 2, q1 (0 + 1) / 2 = 0.5, q3 (3 + 29) / 2 = 16.
    expect(report.recommendations.daysToImplement).toEqual({ count: 4, median: 2, q1: 0.5, q3: 16 });
  });
});
