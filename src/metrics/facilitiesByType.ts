import { facilitiesByField } from "./facilitiesByField";
import { runMetric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";

/**
 * The metric of {@link facilitiesByType}.
 *
 * @internal
 */
export const facilitiesByTypeMetric = /* @__PURE__ */ facilitiesByField("facilities.byType", "type", "facilityTypes");

/**
 * `facilities.byType`: the distinct facilities counted by {@link facilitiesMonitored}, by
 * its type in the register. Each facility counts once, so the figures add up to
 * `facilities.monitored`. Every code of the profile's facility types is listed (0 when none);
 * monitored facilities missing from the register count under {@link UNREGISTERED}.
 *
 * @example
 * ```ts
 * import { civilDate, facilitiesByType } from "opcat-npm";
 *
 * const figures = facilitiesByType(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [
 *       { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" },
 *       { id: "F-2", name: "Police unit", type: "police_unit", agency: "interior", region: "KZ-71" },
 *       { id: "F-3", name: "Children's home", type: "childrens_home", agency: "education", region: "KZ-75" },
 *     ],
 *     visits: [
 *       { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1", "F-2"] },
 *       { id: "V-2", type: "special", startedOn: civilDate("2023-03-01"), facilityIds: ["F-1", "F-3"] },
 *     ],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * [figures.temporary_detention_facility, figures.police_unit, figures.childrens_home, figures.penal_colony];
 * //=> [1, 1, 1, 0]
 * ```
 */
export function facilitiesByType(data: ReportData, options: MetricOptions): Record<string, number> {
  return runMetric(facilitiesByTypeMetric, data, options);
}
