import type { CivilDate } from "../model/civilDate";
import type { RecommendationStatus } from "../model/recommendationStatus";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";

/**
 * Whether a recommendation is overdue as of `asOf`: due before that day, and its status
 * then is not `implemented`, `rejected` or `withdrawn` (those need no more action).
 * A recommendation due on `asOf` itself is not yet overdue.
 *
 * @internal
 */
export function isOverdue(dueOn: CivilDate | null | undefined, status: RecommendationStatus, asOf: CivilDate): boolean {
  return dueOn !== undefined && dueOn !== null && dueOn < asOf && status !== "implemented" && status !== "rejected" && status !== "withdrawn";
}

/**
 * The metric of {@link recommendationsOverdue}.
 *
 * @internal
 */
export const recommendationsOverdueMetric: Metric<"recommendations", { count: number }, number> = {
  key: "recommendations.overdue",
  accumulator: {
    name: "recommendations.overdue",
    source: "recommendations",
    start: () => ({ count: 0 }),
    add: (state, recommendation, facts, context) => {
      if (isOverdue(recommendation.dueOn, facts.status, context.asOf)) state.count++;
    },
    merge: (a, b) => ({ count: a.count + b.count }),
  },
  finish: (state) => state.count,
};

/**
 * `recommendations.overdue`: how many of the recommendations counted by
 * {@link recommendationsTotal} are overdue as of `asOf`: `dueOn` before `asOf`, and status
 * as of `asOf` not `implemented`, `rejected` or `withdrawn`. Due on `asOf` itself is not
 * overdue; without `dueOn`, never overdue. Empty data: 0.
 *
 * @example
 * ```ts
 * import { civilDate, recommendationsOverdue } from "opcat-npm";
 *
 * const base = { addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20") } as const;
 * recommendationsOverdue(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       { ...base, id: "R-1", dueOn: civilDate("2023-05-20") },
 *       { ...base, id: "R-2", dueOn: civilDate("2023-05-20"), history: [{ status: "rejected", on: civilDate("2023-03-01") }] },
 *       { ...base, id: "R-3", dueOn: civilDate("2024-11-08") },
 *       { ...base, id: "R-4" },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> 1
 * ```
 */
export function recommendationsOverdue(data: ReportData, options: MetricOptions): number {
  return runMetric(recommendationsOverdueMetric, data, options);
}
