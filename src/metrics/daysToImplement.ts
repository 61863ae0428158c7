import { dayDifference } from "../dates/dayNumber";
import { addCounts, increment, type Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import { quartilesOfHistogram, type Quartiles } from "./quartiles";
import type { ReportData } from "./reportData";

/**
 * The metric of {@link daysToImplement}.
 *
 * @internal
 */
export const daysToImplementMetric: Metric<"recommendations", Counts<number>, Quartiles> = {
  key: "recommendations.daysToImplement",
  accumulator: {
    name: "recommendations.daysToImplement",
    source: "recommendations",
    start: () => new Map(),
    add: (state, recommendation, facts) => {
      if (facts.implementedOn !== undefined) increment(state, dayDifference(recommendation.issuedOn, facts.implementedOn));
    },
    merge: addCounts,
  },
  finish: (state) => quartilesOfHistogram(state),
};

/**
 * `recommendations.daysToImplement`: how long implementation took, over the
 * recommendations counted by {@link recommendationsTotal} that have an `implemented` entry
 * on or before `asOf`: the days from `issuedOn` to the first such entry (even if the status
 * changed again later). Returns `{ count, median, q1, q3 }`: the median of an even count is
 * the mean of the two middle values; `q1` and `q3` are the medians of the lower and upper
 * halves (⌊n/2⌋ values each, the middle value of an odd count in neither; one value is its
 * own q1 and q3). With none implemented: count 0 and null figures.
 *
 * @example
 * ```ts
 * import { civilDate, daysToImplement } from "opcat-npm";
 *
 * const implementedAfter = (id: string, on: string) => ({
 *   id, addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-03-01"),
 *   history: [{ status: "implemented", on: civilDate(on) }],
 * } as const);
 * daysToImplement(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       implementedAfter("R-1", "2023-03-11"),
 *       implementedAfter("R-2", "2023-03-21"),
 *       implementedAfter("R-3", "2023-03-31"),
 *       implementedAfter("R-4", "2023-04-30"),
 *       implementedAfter("R-5", "2024-12-01"),
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> { count: 4, median: 25, q1: 15, q3: 45 }
 * ```
 */
export function daysToImplement(data: ReportData, options: MetricOptions): Quartiles {
  return runMetric(daysToImplementMetric, data, options);
}
