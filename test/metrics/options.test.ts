// @time-zones: asOf and the period are read as civil dates
// The option checks every metric shares (metricContext.ts), once for all metrics: asOf required
// and a civil date, the period in order, partialWeight in [0, 1], excludeWithdrawn a boolean.
// Code and path are asserted, never the message. Each case runs every metric and compares one
// table { metric: outcome }, so a failure names the metrics that differ.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OpcatError } from "../../src/errors/OpcatError";
import * as library from "../../src/index";
import type { MetricOptions } from "../../src/metrics/metricContext";
import type { ReportData } from "../../src/metrics/reportData";
import { action, AS_OF, d, data, facility, rec, visit } from "./helpers";

type AnyMetric = (data: ReportData, options: MetricOptions) => unknown;

/**
 * The metrics: what src/index.ts exports from src/metrics/<name>.ts under the file's own name
 * (rateOf and UNREGISTERED are not metrics). A metric added there is checked here too.
 */
function exportedMetrics(): [string, AnyMetric][] {
  const index = readFileSync(new URL("../../src/index.ts", import.meta.url), "utf8");
  const names = [...index.matchAll(/export\s*\{([^}]*)\}\s*from\s*"\.\/metrics\/(\w+)"/g)]
    .filter(([, names = "", file = ""]) => names.split(",").some((name) => name.trim() === file))
    .map(([, , file = ""]) => file);
  return names.map((name) => [name, (library as unknown as Record<string, AnyMetric>)[name] ?? (() => undefined)]);
}

const METRICS = exportedMetrics();

const sample = data({
  facilities: [facility("F-1", "temporary_detention_facility", "interior", "KZ-71")],
  visits: [visit("V-1", "periodic", "2023-02-14", ["F-1"])],
  recommendations: [rec("R-1", "2023-02-20")],
  accountability: [action("A-1", "2023-06-01", "commissioner_office", "disciplinary", 1)],
});
const asOptions = (value: Record<string, unknown>): MetricOptions => value as unknown as MetricOptions;
const reversed = { from: d("2023-12-31"), to: d("2023-01-01") };

/**
 * What a call did: "accepted", the OpcatError's [code, path] (and params when asked), or what
 * else it threw; a table of these per metric names the metric that differs.
 */
function outcome(call: () => unknown, withParams = false): unknown {
  try {
    call();
    return "accepted";
  } catch (error) {
    if (!(error instanceof OpcatError)) return `threw ${String(error)}`;
    return withParams ? [error.code, error.path, error.params] : [error.code, error.path];
  }
}
/** What each metric does: { metric: outcome }. */
function eachMetric(result: (metric: AnyMetric) => unknown): Record<string, unknown> {
  return Object.fromEntries(METRICS.map(([name, metric]) => [name, result(metric)]));
}
/** The same outcome for every metric. */
function allMetrics(expected: unknown): Record<string, unknown> {
  return Object.fromEntries(METRICS.map(([name]) => [name, expected]));
}

describe("the metrics", () => {
  it("are every function src/index.ts exports from src/metrics under its file's name", () => {
    // The nineteen of the 2023 report; a new metric joins the list without an edit here.
    expect(METRICS.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "daysToImplement",
        "escalations",
        "facilitiesByAgency",
        "facilitiesByRegion",
        "facilitiesByType",
        "facilitiesMonitored",
        "facilityCoverage",
        "implementationRate",
        "officialsHeldLiable",
        "recommendationsByAgency",
        "recommendationsByStatus",
        "recommendationsByTheme",
        "recommendationsOverdue",
        "recommendationsTotal",
        "visitsByAgency",
        "visitsByMonth",
        "visitsByRegion",
        "visitsByType",
        "visitsTotal",
      ]),
    );
    expect(eachMetric((metric) => typeof metric)).toEqual(allMetrics("function"));
    expect(eachMetric((metric) => outcome(() => metric(sample, { asOf: AS_OF })))).toEqual(allMetrics("accepted"));
  });
});

describe("every metric with bad options", () => {
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
    expect(eachMetric((metric) => outcome(() => metric(sample, asOptions(options))))).toEqual(allMetrics(["schema.invalid_date", ["asOf"]]));
  });

  it("a period that ends before it starts: date.period_order at period (from the options or the dataset)", () => {
    const fromOptions = eachMetric((metric) => outcome(() => metric(sample, { asOf: AS_OF, period: reversed })));
    expect(fromOptions).toEqual(allMetrics(["date.period_order", ["period"]]));
    const fromDataset = eachMetric((metric) => outcome(() => metric({ ...sample, period: reversed }, { asOf: AS_OF })));
    expect(fromDataset).toEqual(allMetrics(["date.period_order", ["period"]]));
  });

  it("asOf before the period starts: date.as_of_before_period at asOf (a report of a period not begun counts nothing)", () => {
    const before = eachMetric((metric) => outcome(() => metric(sample, { asOf: d("2022-12-31") }), true));
    expect(before).toEqual(allMetrics(["date.as_of_before_period", ["asOf"], { asOf: "2022-12-31", from: "2023-01-01" }]));
    expect(eachMetric((metric) => outcome(() => metric(sample, { asOf: d("2023-01-01") })))).toEqual(allMetrics("accepted"));
  });

  it("a one-day period is in order", () => {
    const oneDay = { from: d("2023-02-14"), to: d("2023-02-14") };
    expect(eachMetric((metric) => outcome(() => metric(sample, { asOf: AS_OF, period: oneDay })))).toEqual(allMetrics("accepted"));
  });

  it.each<[string, unknown]>([
    ["below 0", -0.1],
    ["above 1", 1.5],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a string", "0.5"],
  ])("partialWeight %s: schema.invalid_value at partialWeight", (_label, partialWeight) => {
    const outcomes = eachMetric((metric) => outcome(() => metric(sample, asOptions({ asOf: AS_OF, partialWeight }))));
    expect(outcomes).toEqual(allMetrics(["schema.invalid_value", ["partialWeight"]]));
  });

  it("partialWeight 0, 0.5 and 1 are accepted", () => {
    for (const partialWeight of [0, 0.5, 1]) {
      expect(eachMetric((metric) => outcome(() => metric(sample, { asOf: AS_OF, partialWeight })))).toEqual(allMetrics("accepted"));
    }
  });

  it("excludeWithdrawn not a boolean: schema.invalid_type at excludeWithdrawn", () => {
    const outcomes = eachMetric((metric) => outcome(() => metric(sample, asOptions({ asOf: AS_OF, excludeWithdrawn: "yes" }))));
    expect(outcomes).toEqual(allMetrics(["schema.invalid_type", ["excludeWithdrawn"]]));
  });

  it("lists every problem of the options at once", () => {
    const outcomes = eachMetric((metric) => {
      try {
        metric(sample, asOptions({ period: reversed, partialWeight: 2 }));
        return "accepted";
      } catch (error) {
        if (!(error instanceof OpcatError)) return `threw ${String(error)}`;
        return { problems: error.problems.map((problem) => [problem.code, problem.path]), first: [error.code, error.path] };
      }
    });
    expect(outcomes).toEqual(
      allMetrics({
        problems: [
          ["schema.invalid_date", ["asOf"]],
          ["date.period_order", ["period"]],
          ["schema.invalid_value", ["partialWeight"]],
        ],
        first: ["schema.invalid_date", ["asOf"]],
      }),
    );
  });
});
