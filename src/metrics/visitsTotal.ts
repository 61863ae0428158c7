import type { Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";
import { visitTypeCounts } from "./visitTypeCounts";

/**
 * The metric of {@link visitsTotal}.
 *
 * @internal
 */
export const visitsTotalMetric: Metric<"visits", Counts, number> = {
  key: "visits.total",
  accumulator: visitTypeCounts,
  finish: (state) => {
    let total = 0;
    for (const count of state.values()) total += count;
    return total;
  },
};

/**
 * `visits.total`: the number of visits whose `startedOn` lies in the period (and not after
 * `asOf`). A visit to several facilities is one visit. Empty data: 0.
 *
 * @example
 * ```ts
 * import { civilDate, visitsTotal } from "opcat-npm";
 *
 * visitsTotal(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [
 *       { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1", "F-2"] },
 *       { id: "V-2", type: "special", startedOn: civilDate("2023-12-31"), facilityIds: ["F-1"] },
 *       { id: "V-3", type: "periodic", startedOn: civilDate("2024-01-10"), facilityIds: ["F-1"] },
 *     ],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> 2
 * ```
 */
export function visitsTotal(data: ReportData, options: MetricOptions): number {
  return runMetric(visitsTotalMetric, data, options);
}
