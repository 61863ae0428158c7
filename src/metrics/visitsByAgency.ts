import { runMetric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";
import { visitsByFacilityField } from "./visitsByFacilityField";

/**
 * The metric of {@link visitsByAgency}.
 *
 * @internal
 */
export const visitsByAgencyMetric = /* @__PURE__ */ visitsByFacilityField("visits.byAgency", "agency", "agencies");

/**
 * `visits.byAgency`: the visits counted by {@link visitsTotal}, by the agency that runs
 * their facilities. A visit covering facilities of two agencies counts once for each, so
 * the figures can add up to more than the total; a visit to two facilities of one agency
 * counts once. Every agency of the profile is listed (0 when none); facilities missing
 * from the register count under {@link UNREGISTERED}.
 *
 * @example
 * ```ts
 * import { civilDate, visitsByAgency } from "opcat-npm";
 *
 * const byAgency = visitsByAgency(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [
 *       { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" },
 *       { id: "F-2", name: "Police unit", type: "police_unit", agency: "interior", region: "KZ-71" },
 *       { id: "F-3", name: "Children's home", type: "childrens_home", agency: "education", region: "KZ-75" },
 *     ],
 *     visits: [
 *       { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1", "F-2", "F-3"] },
 *       { id: "V-2", type: "special", startedOn: civilDate("2023-03-01"), facilityIds: ["F-1"] },
 *     ],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * [byAgency.interior, byAgency.education, byAgency.health];
 * //=> [2, 1, 0]
 * ```
 */
export function visitsByAgency(data: ReportData, options: MetricOptions): Record<string, number> {
  return runMetric(visitsByAgencyMetric, data, options);
}
