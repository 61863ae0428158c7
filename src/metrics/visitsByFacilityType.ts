import { VISIT_TYPES, type VisitType } from "../model/visitType";
import { countsByCode, increment, type Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";
import { visitsByTypeAndFacilityTypeCounts } from "./visitsByTypeAndFacilityType";

/**
 * The metric of {@link visitsByFacilityType}.
 *
 * @internal
 */
export const visitsByFacilityTypeMetric: Metric<"visits", Record<VisitType, Counts>, Record<string, number>> = {
  key: "visits.byFacilityType",
  accumulator: visitsByTypeAndFacilityTypeCounts,
  finish: (state, context) => {
    // A visit has one type: the counts of the visit types add up to the visits of each facility type.
    const counts: Counts = new Map();
    for (const type of VISIT_TYPES) for (const [code, count] of state[type]) increment(counts, code, count);
    return countsByCode(
      counts,
      context.profile.lists.facilityTypes.map((entry) => entry.code),
    );
  },
};

/**
 * `visits.byFacilityType`: the visits counted by {@link visitsTotal}, by the type of the
 * facilities they covered (in the register). A visit covering facilities of two types counts
 * once for each, so the figures can add up to more than the total, as in
 * {@link visitsByAgency}; a visit to two facilities of one type counts once. Every facility
 * type of the profile is listed (0 when none), then any other found in code-point order;
 * facilities missing from the register count under {@link UNREGISTERED}. Empty data: every
 * facility type at 0. By visit type: {@link visitsByTypeAndFacilityType}.
 *
 * @example
 * ```ts
 * import { civilDate, visitsByFacilityType } from "opcat-npm";
 *
 * const byType = visitsByFacilityType(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [
 *       { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" },
 *       { id: "F-2", name: "IVS no. 2", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" },
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
 * // 2 visits: V-1 counts once for the two IVS and once for the children's home, V-2 once.
 * [byType.temporary_detention_facility, byType.childrens_home, byType.penal_colony];
 * //=> [2, 1, 0]
 * ```
 */
export function visitsByFacilityType(data: ReportData, options: MetricOptions): Record<string, number> {
  return runMetric(visitsByFacilityTypeMetric, data, options);
}
