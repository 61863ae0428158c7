import { union } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";

interface EscalationState {
  issued: number;
  readonly escalated: Set<string>;
}

/**
 * What {@link escalations} returns: individualized recommendations issued, and the
 * distinct recommendations they escalate.
 *
 * @example
 * ```ts
 * import type { Escalations } from "opcat-npm";
 *
 * const figures: Escalations = { issued: 12, escalated: 40 };
 * figures.escalated / figures.issued;
 * //=> 3.3333333333333335
 * ```
 */
export interface Escalations {
  readonly issued: number;
  readonly escalated: number;
}

/**
 * The metric of {@link escalations}.
 *
 * @internal
 */
export const escalationsMetric: Metric<"recommendations", EscalationState, Escalations> = {
  key: "recommendations.escalations",
  accumulator: {
    name: "recommendations.escalations",
    source: "recommendations",
    start: () => ({ issued: 0, escalated: new Set() }),
    add: (state, recommendation) => {
      if (recommendation.level !== "agency") return;
      state.issued++;
      for (const id of recommendation.escalates ?? []) state.escalated.add(id);
    },
    merge: (a, b) => ({ issued: a.issued + b.issued, escalated: union(a.escalated, b.escalated) }),
  },
  finish: (state) => ({ issued: state.issued, escalated: state.escalated.size }),
};

/**
 * `recommendations.escalations`: the individualized recommendations (`level: "agency"`,
 * sent to a ministry when its facilities do not act) counted by
 * {@link recommendationsTotal}, as `issued`, and the number of distinct recommendations
 * they escalate, as `escalated` (one escalated twice counts once; the escalated ones may
 * date from earlier periods). Empty data: both 0.
 *
 * @example
 * ```ts
 * import { civilDate, escalations } from "opcat-npm";
 *
 * const agencyLevel = (id: string, escalates: string[]) =>
 *   ({ id, addressee: "interior", level: "agency", themes: ["food"], issuedOn: civilDate("2023-11-01"), escalates }) as const;
 * escalations(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [agencyLevel("R-10", ["R-1", "R-2"]), agencyLevel("R-11", ["R-2", "R-3"])],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> { issued: 2, escalated: 3 }
 * ```
 */
export function escalations(data: ReportData, options: MetricOptions): Escalations {
  return runMetric(escalationsMetric, data, options);
}
