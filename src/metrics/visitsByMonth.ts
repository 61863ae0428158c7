import { addCounts, increment, type Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricContext, MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";

/** Every month `YYYY-MM` from the month of the period's start to that of the last day counted. */
function monthsOf(context: MetricContext): string[] {
  const months: string[] = [];
  let year = Number(context.period.from.slice(0, 4));
  let month = Number(context.period.from.slice(5, 7));
  const last = context.until.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    if (key > last) break;
    months.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/**
 * The metric of {@link visitsByMonth}.
 *
 * @internal
 */
export const visitsByMonthMetric: Metric<"visits", Counts, Record<string, number>> = {
  key: "visits.byMonth",
  accumulator: {
    name: "visits.byMonth",
    source: "visits",
    start: () => new Map(),
    add: (state, visit) => {
      increment(state, visit.startedOn.slice(0, 7));
    },
    merge: addCounts,
  },
  finish: (state, context) => Object.fromEntries(monthsOf(context).map((month) => [month, state.get(month) ?? 0])),
};

/**
 * `visits.byMonth`: the visits counted by {@link visitsTotal}, by the month of `startedOn`
 * (`YYYY-MM`, the civil date's own month: no time zone is involved). Every month from the
 * period's first to the month of its last day counted (the earlier of the period's end
 * and `asOf`) is listed, in order, 0 when there was no visit.
 *
 * @example
 * ```ts
 * import { civilDate, visitsByMonth } from "opcat-npm";
 *
 * visitsByMonth(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-03-31") },
 *     facilities: [],
 *     visits: [
 *       { id: "V-1", type: "periodic", startedOn: civilDate("2023-01-31"), facilityIds: ["F-1"] },
 *       { id: "V-2", type: "periodic", startedOn: civilDate("2023-03-01"), facilityIds: ["F-1"] },
 *       { id: "V-3", type: "special", startedOn: civilDate("2023-03-31"), facilityIds: ["F-2"] },
 *     ],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> { "2023-01": 1, "2023-02": 0, "2023-03": 2 }
 * ```
 */
export function visitsByMonth(data: ReportData, options: MetricOptions): Record<string, number> {
  return runMetric(visitsByMonthMetric, data, options);
}
