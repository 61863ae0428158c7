import { runMetric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";
import { visitsByFacilityField } from "./visitsByFacilityField";

/**
 * The metric of {@link visitsByRegion}.
 *
 * @internal
 */
export const visitsByRegionMetric = /* @__PURE__ */ visitsByFacilityField("visits.byRegion", "region", "regions");

/**
 * `visits.byRegion`: the visits counted by {@link visitsTotal}, by the region of their
 * facilities; a visit covering facilities in two regions counts once for each. Every
 * region of the profile is listed (0 when none); facilities missing from the register
 * count under {@link UNREGISTERED}.
 *
 * @example
 * ```ts
 * import { civilDate, visitsByRegion } from "opcat-npm";
 *
 * const byRegion = visitsByRegion(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [
 *       { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" },
 *       { id: "F-2", name: "Children's home", type: "childrens_home", agency: "education", region: "KZ-75" },
 *     ],
 *     visits: [
 *       { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1", "F-2"] },
 *       { id: "V-2", type: "periodic", startedOn: civilDate("2023-05-02"), facilityIds: ["F-9"] },
 *     ],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * [byRegion["KZ-71"], byRegion["KZ-75"], byRegion["KZ-79"], byRegion._unregistered];
 * //=> [1, 1, 0, 1]
 * ```
 */
export function visitsByRegion(data: ReportData, options: MetricOptions): Record<string, number> {
  return runMetric(visitsByRegionMetric, data, options);
}
