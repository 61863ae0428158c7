import { VISIT_TYPES, type VisitType } from "../model/visitType";
import { countsByCode, type Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";
import { visitTypeCounts } from "./visitTypeCounts";

/**
 * The metric of {@link visitsByType}.
 *
 * @internal
 */
export const visitsByTypeMetric: Metric<"visits", Counts, Record<VisitType, number>> = {
  key: "visits.byType",
  accumulator: visitTypeCounts,
  finish: (state) => countsByCode(state, VISIT_TYPES),
};

/**
 * `visits.byType`: the visits counted by {@link visitsTotal}, by type: `periodic`
 * (published as "planned"), `intermediate` ("follow-up") and `special`. Every type is
 * listed, 0 when there is none; the three add up to the total.
 *
 * @example
 * ```ts
 * import { civilDate, visitsByType } from "opcat-npm";
 *
 * visitsByType(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [
 *       { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] },
 *       { id: "V-2", type: "special", startedOn: civilDate("2023-03-01"), facilityIds: ["F-1"] },
 *       { id: "V-3", type: "periodic", startedOn: civilDate("2023-04-20"), facilityIds: ["F-2"] },
 *     ],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> { periodic: 2, intermediate: 0, special: 1 }
 * ```
 */
export function visitsByType(data: ReportData, options: MetricOptions): Record<VisitType, number> {
  return runMetric(visitsByTypeMetric, data, options);
}
