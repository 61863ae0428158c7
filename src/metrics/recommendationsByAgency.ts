import { addCounts, countsByCode, increment, type Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";

/**
 * The metric of {@link recommendationsByAgency}.
 *
 * @internal
 */
export const recommendationsByAgencyMetric: Metric<"recommendations", Counts, Record<string, number>> = {
  key: "recommendations.byAgency",
  accumulator: {
    name: "recommendations.byAgency",
    source: "recommendations",
    start: () => new Map(),
    add: (state, recommendation) => {
      increment(state, recommendation.addressee);
    },
    merge: addCounts,
  },
  finish: (state, context) => countsByCode(state, context.profile.lists.agencies.map((entry) => entry.code)),
};

/**
 * `recommendations.byAgency`: the recommendations counted by {@link recommendationsTotal},
 * by `addressee`, the agency they were sent to (for a facility-level one usually the
 * agency that runs the facility). Every agency of the profile is listed, 0 when none; the
 * figures add up to the total.
 *
 * @example
 * ```ts
 * import { civilDate, recommendationsByAgency } from "opcat-npm";
 *
 * const byAgency = recommendationsByAgency(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       { id: "R-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20") },
 *       { id: "R-2", addressee: "interior", level: "agency", themes: ["food"], issuedOn: civilDate("2023-11-01"), escalates: ["R-1"] },
 *       { id: "R-3", addressee: "health", level: "facility", themes: ["medical_care"], issuedOn: civilDate("2023-05-02") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * [byAgency.interior, byAgency.health, byAgency.defence];
 * //=> [2, 1, 0]
 * ```
 */
export function recommendationsByAgency(data: ReportData, options: MetricOptions): Record<string, number> {
  return runMetric(recommendationsByAgencyMetric, data, options);
}
