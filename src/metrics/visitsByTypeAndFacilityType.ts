import { VISIT_TYPES, type VisitType } from "../model/visitType";
import { addCounts, increment, valuesByCode, type Counts } from "./counts";
import { runMetric, type Accumulator, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";
import { UNREGISTERED } from "./unregistered";

/**
 * The visits counted by type, then by the types of the facilities they covered: each visit
 * once under its type for each distinct facility type (a facility missing from the register
 * under {@link UNREGISTERED}).
 *
 * @internal
 */
export const visitsByTypeAndFacilityTypeCounts: Accumulator<"visits", Record<VisitType, Counts>> = {
  name: "visits.byTypeAndFacilityType",
  source: "visits",
  start: () => ({ periodic: new Map(), intermediate: new Map(), special: new Map() }),
  add: (state, visit, facts) => {
    const counts = state[visit.type];
    const seen = new Set<string>();
    for (const facility of facts.facilities) {
      const type = facility === undefined ? UNREGISTERED : facility.type;
      if (seen.has(type)) continue;
      seen.add(type);
      increment(counts, type);
    }
  },
  merge: (a, b) => ({ periodic: addCounts(a.periodic, b.periodic), intermediate: addCounts(a.intermediate, b.intermediate), special: addCounts(a.special, b.special) }),
};

/**
 * The metric of {@link visitsByTypeAndFacilityType}.
 *
 * @internal
 */
export const visitsByTypeAndFacilityTypeMetric: Metric<"visits", Record<VisitType, Counts>, Record<VisitType, Record<string, number>>> = {
  key: "visits.byTypeAndFacilityType",
  accumulator: visitsByTypeAndFacilityTypeCounts,
  finish: (state, context) => {
    // Every visit type lists the same facility types: the profile's, then any other found.
    const codes = context.profile.lists.facilityTypes.map((entry) => entry.code);
    const known = new Set(codes);
    const others = [...new Set(VISIT_TYPES.flatMap((type) => [...state[type].keys()]))].filter((code) => !known.has(code)).sort();
    const all = [...codes, ...others];
    return Object.fromEntries(VISIT_TYPES.map((type) => [type, valuesByCode(state[type], all, () => 0)])) as Record<VisitType, Record<string, number>>;
  },
};

/**
 * `visits.byTypeAndFacilityType`: the visits counted by {@link visitsTotal}, by their type
 * (periodic, intermediate, special), then by the type of the facilities they covered. A
 * visit covering facilities of two types counts once for each of them, under its own visit
 * type, so a visit type's row can add up to more than its count in {@link visitsByType}; a
 * visit to two facilities of one type counts once. Summed over the visit types, a facility
 * type's counts give {@link visitsByFacilityType}. Every visit type is listed, each with
 * every facility type of the profile (0 when none), then any other found (facilities
 * missing from the register under {@link UNREGISTERED}) in code-point order, the same in
 * every visit type. Empty data: every count 0.
 *
 * @example
 * ```ts
 * import { civilDate, visitsByTypeAndFacilityType } from "opcat-npm";
 *
 * const cross = visitsByTypeAndFacilityType(
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
 * // V-1 counts once for the two IVS and once for the children's home.
 * [cross.periodic.temporary_detention_facility, cross.periodic.childrens_home, cross.special.temporary_detention_facility, cross.intermediate.childrens_home];
 * //=> [1, 1, 1, 0]
 * ```
 */
export function visitsByTypeAndFacilityType(data: ReportData, options: MetricOptions): Record<VisitType, Record<string, number>> {
  return runMetric(visitsByTypeAndFacilityTypeMetric, data, options);
}
