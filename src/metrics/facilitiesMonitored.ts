import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import { monitoredFacilities } from "./monitoredFacilities";
import type { ReportData } from "./reportData";

/**
 * The metric of {@link facilitiesMonitored}.
 *
 * @internal
 */
export const facilitiesMonitoredMetric: Metric<"visits", Set<string>, number> = {
  key: "facilities.monitored",
  accumulator: monitoredFacilities,
  finish: (state) => state.size,
};

/**
 * `facilities.monitored`: the number of distinct facilities covered by at least one visit
 * counted by {@link visitsTotal}. A facility visited three times counts once; a visit to
 * a police unit and its IVS counts two facilities, which is how 461 visits covered 474
 * facilities in 2023. Empty data: 0.
 *
 * @example
 * ```ts
 * import { civilDate, facilitiesMonitored } from "opcat-npm";
 *
 * facilitiesMonitored(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [
 *       { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1", "F-2"] },
 *       { id: "V-2", type: "intermediate", startedOn: civilDate("2023-06-01"), facilityIds: ["F-1"], followUpOf: "V-1" },
 *       { id: "V-3", type: "periodic", startedOn: civilDate("2024-01-10"), facilityIds: ["F-3"] },
 *     ],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> 2
 * ```
 */
export function facilitiesMonitored(data: ReportData, options: MetricOptions): number {
  return runMetric(facilitiesMonitoredMetric, data, options);
}
