// Small hand-built records for the metric tests, and the checks every metric shares (bad options).
// Expected values in the tests are worked out by hand from DESIGN §4 and each metric's TSDoc.
import { describe, expect, it } from "vitest";
import { OpcatError } from "../../src/errors/OpcatError";
import type { AccountabilityAction } from "../../src/model/accountabilityAction";
import type { CivilDate } from "../../src/model/civilDate";
import type { Facility } from "../../src/model/facility";
import type { Period } from "../../src/model/period";
import type { Recommendation } from "../../src/model/recommendation";
import type { RecommendationStatus } from "../../src/model/recommendationStatus";
import type { Visit } from "../../src/model/visit";
import type { MetricOptions } from "../../src/metrics/metricContext";
import type { ReportData } from "../../src/metrics/reportData";
import { AGENCIES, FACILITY_TYPES, REGIONS, THEMES } from "../fixtures/kzDesignCodes";

/** A civil date, unchecked (the fixtures are written by hand). */
export const d = (text: string): CivilDate => text as CivilDate;

export const YEAR_2023: Period = { from: d("2023-01-01"), to: d("2023-12-31") };
/** The day the 2023 report was presented. */
export const AS_OF = d("2024-11-08");

/** An object with every code of a list at 0: the breakdowns list every code of the profile. */
export function zeros(codes: readonly string[]): Record<string, number> {
  return Object.fromEntries(codes.map((code) => [code, 0]));
}
export const AGENCY_ZEROS = zeros(AGENCIES);
export const REGION_ZEROS = zeros(REGIONS.map(([code]) => code));
export const TYPE_ZEROS = zeros(FACILITY_TYPES.map(([code]) => code));
export const THEME_ZEROS = zeros(THEMES);
export const STATUS_ZEROS = zeros(["issued", "accepted", "in_progress", "partially_implemented", "implemented", "not_implemented", "rejected", "withdrawn"]);

export function facility(id: string, type: string, agency: string, region: string, extra: Partial<Facility> = {}): Facility {
  return { id, name: `Facility ${id}`, type, agency, region, ...extra };
}

export function visit(id: string, type: Visit["type"], startedOn: string, facilityIds: readonly string[], extra: Partial<Visit> = {}): Visit {
  return { id, type, startedOn: d(startedOn), facilityIds: [...facilityIds], ...extra };
}

export const at = (status: RecommendationStatus, on: string): { status: RecommendationStatus; on: CivilDate } => ({ status, on: d(on) });

/** A facility-level recommendation to `interior` on `food`, unless `extra` says otherwise. */
export function rec(id: string, issuedOn: string, extra: Partial<Recommendation> = {}): Recommendation {
  return { id, addressee: "interior", level: "facility", themes: ["food"], issuedOn: d(issuedOn), ...extra };
}

export function action(
  id: string,
  decidedOn: string,
  initiator: AccountabilityAction["initiator"],
  measure: AccountabilityAction["measure"],
  officials: number,
): AccountabilityAction {
  return { id, decidedOn: d(decidedOn), initiator, measure, officials };
}

export function data(parts: Partial<ReportData> = {}): ReportData {
  return { period: YEAR_2023, facilities: [], visits: [], recommendations: [], accountability: [], ...parts };
}

/** The OpcatError a call throws (fails the test when it throws something else, or nothing). */
export function opcatErrorOf(call: () => unknown): OpcatError {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OpcatError);
  return caught as OpcatError;
}

type AnyMetric = (data: ReportData, options: MetricOptions) => unknown;

/**
 * The option checks every metric shares (metricContext.ts): asOf required and a civil date,
 * the period in order, partialWeight in [0, 1], excludeWithdrawn a boolean. Code and path are
 * asserted, never the message.
 */
export function describeBadOptions(name: string, metric: AnyMetric): void {
  describe(`${name} with bad options`, () => {
    const sample = data({
      facilities: [facility("F-1", "temporary_detention_facility", "interior", "KZ-71")],
      visits: [visit("V-1", "periodic", "2023-02-14", ["F-1"])],
      recommendations: [rec("R-1", "2023-02-20")],
      accountability: [action("A-1", "2023-06-01", "commissioner_office", "disciplinary", 1)],
    });
    const asOptions = (value: Record<string, unknown>): MetricOptions => value as unknown as MetricOptions;

    it.each<[string, Record<string, unknown>]>([
      ["missing", {}],
      ["undefined", { asOf: undefined }],
      ["null", { asOf: null }],
      ["not a calendar day", { asOf: "2023-02-29" }],
      ["in another format", { asOf: "08.11.2024" }],
      ["a Date object", { asOf: new Date(Date.UTC(2024, 10, 8)) }],
      ["a number", { asOf: 20241108 }],
      ["a date with a time", { asOf: "2024-11-08T00:00:00Z" }],
    ])("asOf %s: schema.invalid_date at asOf", (_label, options) => {
      const error = opcatErrorOf(() => metric(sample, asOptions(options)));
      expect(error.code).toBe("schema.invalid_date");
      expect(error.path).toEqual(["asOf"]);
    });

    it("a period that ends before it starts: date.period_order at period (from the options or the dataset)", () => {
      const reversed = { from: d("2023-12-31"), to: d("2023-01-01") };
      const fromOptions = opcatErrorOf(() => metric(sample, { asOf: AS_OF, period: reversed }));
      expect([fromOptions.code, fromOptions.path]).toEqual(["date.period_order", ["period"]]);
      const fromDataset = opcatErrorOf(() => metric({ ...sample, period: reversed }, { asOf: AS_OF }));
      expect([fromDataset.code, fromDataset.path]).toEqual(["date.period_order", ["period"]]);
    });

    it("asOf before the period starts: date.as_of_before_period at asOf (a report of a period not begun counts nothing)", () => {
      const error = opcatErrorOf(() => metric(sample, { asOf: d("2022-12-31") }));
      expect([error.code, error.path, error.params]).toEqual(["date.as_of_before_period", ["asOf"], { asOf: "2022-12-31", from: "2023-01-01" }]);
      expect(() => metric(sample, { asOf: d("2023-01-01") })).not.toThrow();
    });

    it("a one-day period is in order", () => {
      expect(() => metric(sample, { asOf: AS_OF, period: { from: d("2023-02-14"), to: d("2023-02-14") } })).not.toThrow();
    });

    it.each<[string, unknown]>([
      ["below 0", -0.1],
      ["above 1", 1.5],
      ["NaN", Number.NaN],
      ["Infinity", Number.POSITIVE_INFINITY],
      ["a string", "0.5"],
    ])("partialWeight %s: schema.invalid_value at partialWeight", (_label, partialWeight) => {
      const error = opcatErrorOf(() => metric(sample, asOptions({ asOf: AS_OF, partialWeight })));
      expect(error.code).toBe("schema.invalid_value");
      expect(error.path).toEqual(["partialWeight"]);
    });

    it("partialWeight 0, 0.5 and 1 are accepted", () => {
      for (const partialWeight of [0, 0.5, 1]) expect(() => metric(sample, { asOf: AS_OF, partialWeight })).not.toThrow();
    });

    it("excludeWithdrawn not a boolean: schema.invalid_type at excludeWithdrawn", () => {
      const error = opcatErrorOf(() => metric(sample, asOptions({ asOf: AS_OF, excludeWithdrawn: "yes" })));
      expect([error.code, error.path]).toEqual(["schema.invalid_type", ["excludeWithdrawn"]]);
    });

    it("lists every problem of the options at once", () => {
      const error = opcatErrorOf(() => metric(sample, asOptions({ period: { from: d("2023-12-31"), to: d("2023-01-01") }, partialWeight: 2 })));
      expect(error.problems.map((problem) => [problem.code, problem.path])).toEqual([
        ["schema.invalid_date", ["asOf"]],
        ["date.period_order", ["period"]],
        ["schema.invalid_value", ["partialWeight"]],
      ]);
      expect([error.code, error.path]).toEqual(["schema.invalid_date", ["asOf"]]);
    });
  });
}
