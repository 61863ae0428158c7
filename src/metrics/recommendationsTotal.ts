import type { Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import { recommendationStatusCounts } from "./recommendationStatusCounts";
import type { ReportData } from "./reportData";

/**
 * The metric of {@link recommendationsTotal}.
 *
 * @internal
 */
export const recommendationsTotalMetric: Metric<"recommendations", Counts, number> = {
  key: "recommendations.total",
  accumulator: recommendationStatusCounts,
  finish: (state) => {
    let total = 0;
    for (const count of state.values()) total += count;
    return total;
  },
};

/**
 * `recommendations.total`: the number of recommendations whose `issuedOn` lies in the
 * period (and not after `asOf`), at facility and agency level alike. Empty data: 0.
 *
 * @example
 * ```ts
 * import { civilDate, recommendationsTotal } from "opcat-npm";
 *
 * recommendationsTotal(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       { id: "R-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20") },
 *       { id: "R-2", addressee: "interior", level: "agency", themes: ["food"], issuedOn: civilDate("2023-11-01"), escalates: ["R-1"] },
 *       { id: "R-3", addressee: "health", level: "facility", themes: ["medical_care"], issuedOn: civilDate("2022-12-30") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> 2
 * ```
 */
export function recommendationsTotal(data: ReportData, options: MetricOptions): number {
  return runMetric(recommendationsTotalMetric, data, options);
}
