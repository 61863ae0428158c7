import { RECOMMENDATION_STATUSES, type RecommendationStatus } from "../model/recommendationStatus";
import { countsByCode, type Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import { recommendationStatusCounts } from "./recommendationStatusCounts";
import type { ReportData } from "./reportData";

/**
 * The metric of {@link recommendationsByStatus}.
 *
 * @internal
 */
export const recommendationsByStatusMetric: Metric<"recommendations", Counts, Record<RecommendationStatus, number>> = {
  key: "recommendations.byStatus",
  accumulator: recommendationStatusCounts,
  finish: (state) => countsByCode(state, RECOMMENDATION_STATUSES),
};

/**
 * `recommendations.byStatus`: the recommendations counted by {@link recommendationsTotal},
 * by their status as of `asOf`: the last history entry on or before `asOf` (of two on the
 * same day, the later in the list), else `issued`. Changes after `asOf` are ignored. Every
 * status is listed, 0 when none; the figures add up to the total.
 *
 * @example
 * ```ts
 * import { civilDate, recommendationsByStatus } from "opcat-npm";
 *
 * const byStatus = recommendationsByStatus(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       {
 *         id: "R-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20"),
 *         history: [{ status: "accepted", on: civilDate("2023-03-01") }, { status: "implemented", on: civilDate("2024-12-01") }],
 *       },
 *       { id: "R-2", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * [byStatus.accepted, byStatus.issued, byStatus.implemented];
 * //=> [1, 1, 0]
 * ```
 */
export function recommendationsByStatus(data: ReportData, options: MetricOptions): Record<RecommendationStatus, number> {
  return runMetric(recommendationsByStatusMetric, data, options);
}
