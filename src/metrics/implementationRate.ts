import type { Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import { rateOf, type Rate } from "./rate";
import { recommendationStatusCounts } from "./recommendationStatusCounts";
import type { ReportData } from "./reportData";

/**
 * The metric of {@link implementationRate}.
 *
 * @internal
 */
export const implementationRateMetric: Metric<"recommendations", Counts, Rate> = {
  key: "recommendations.implementation",
  accumulator: recommendationStatusCounts,
  finish: (state, context) => {
    let total = 0;
    for (const count of state.values()) total += count;
    const implemented = state.get("implemented") ?? 0;
    const partially = state.get("partially_implemented") ?? 0;
    const withdrawn = context.excludeWithdrawn ? (state.get("withdrawn") ?? 0) : 0;
    return rateOf(implemented + partially * context.partialWeight, total - withdrawn);
  },
};

/**
 * `recommendations.implementation`: the share of the recommendations counted by
 * {@link recommendationsTotal} that were implemented as of `asOf`. Numerator: those whose
 * status as of `asOf` is `implemented`, plus `partialWeight` (default 0) for each
 * `partially_implemented` one. Denominator: all counted, minus the `withdrawn` ones when
 * `excludeWithdrawn` is set. Rate null when nothing is counted.
 *
 * @example
 * ```ts
 * import { civilDate, implementationRate, type ReportData } from "opcat-npm";
 *
 * const status = (value: "implemented" | "partially_implemented" | "withdrawn") => [{ status: value, on: civilDate("2023-06-01") }];
 * const data: ReportData = {
 *   period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *   facilities: [],
 *   visits: [],
 *   recommendations: [
 *     { id: "R-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20"), history: status("implemented") },
 *     { id: "R-2", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20"), history: status("partially_implemented") },
 *     { id: "R-3", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20"), history: status("withdrawn") },
 *     { id: "R-4", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20") },
 *   ],
 *   accountability: [],
 * };
 * implementationRate(data, { asOf: civilDate("2024-11-08") });
 * //=> { numerator: 1, denominator: 4, rate: 0.25 }
 * implementationRate(data, { asOf: civilDate("2024-11-08"), partialWeight: 0.5, excludeWithdrawn: true });
 * //=> { numerator: 1.5, denominator: 3, rate: 0.5 }
 * ```
 */
export function implementationRate(data: ReportData, options: MetricOptions): Rate {
  return runMetric(implementationRateMetric, data, options);
}
