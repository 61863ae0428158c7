import { ACCOUNTABILITY_INITIATORS, type AccountabilityInitiator } from "../model/accountabilityInitiator";
import { ACCOUNTABILITY_MEASURES, type AccountabilityMeasure } from "../model/accountabilityMeasure";
import { addCounts, countsByCode, increment, type Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";

interface OfficialsState {
  readonly byInitiator: Counts;
  readonly byMeasure: Counts;
}

/**
 * What {@link officialsHeldLiable} returns: officials held liable in all, by who initiated
 * the decision and by the measure taken.
 *
 * @example
 * ```ts
 * import type { OfficialsHeldLiable } from "opcat-npm";
 *
 * const officials: OfficialsHeldLiable = {
 *   total: 275,
 *   byInitiator: { commissioner_office: 258, npm_participant: 17 },
 *   byMeasure: { disciplinary: 240, administrative: 30, criminal: 5 },
 * };
 * officials.byInitiator.commissioner_office + officials.byInitiator.npm_participant;
 * //=> 275
 * ```
 */
export interface OfficialsHeldLiable {
  readonly total: number;
  readonly byInitiator: Readonly<Record<AccountabilityInitiator, number>>;
  readonly byMeasure: Readonly<Record<AccountabilityMeasure, number>>;
}

/**
 * The metric of {@link officialsHeldLiable}.
 *
 * @internal
 */
export const officialsHeldLiableMetric: Metric<"accountability", OfficialsState, OfficialsHeldLiable> = {
  key: "accountability.officials",
  accumulator: {
    name: "accountability.officials",
    source: "accountability",
    start: () => ({ byInitiator: new Map(), byMeasure: new Map() }),
    add: (state, action) => {
      increment(state.byInitiator, action.initiator, action.officials);
      increment(state.byMeasure, action.measure, action.officials);
    },
    merge: (a, b) => ({ byInitiator: addCounts(a.byInitiator, b.byInitiator), byMeasure: addCounts(a.byMeasure, b.byMeasure) }),
  },
  finish: (state) => {
    let total = 0;
    for (const count of state.byInitiator.values()) total += count;
    return {
      total,
      byInitiator: countsByCode(state.byInitiator, ACCOUNTABILITY_INITIATORS) as Record<AccountabilityInitiator, number>,
      byMeasure: countsByCode(state.byMeasure, ACCOUNTABILITY_MEASURES) as Record<AccountabilityMeasure, number>,
    };
  },
};

/**
 * `accountability.officials`: the officials held liable by the accountability actions
 * decided in the period (and not after `asOf`): the sum of each action's `officials`,
 * in all (`total`), by initiator (the Commissioner's office or NPM participants) and by
 * measure (disciplinary, administrative, criminal). One action against three officials
 * counts 3. Every initiator and measure is listed, 0 when none; each breakdown adds up to
 * the total.
 *
 * @example
 * ```ts
 * import { civilDate, officialsHeldLiable } from "opcat-npm";
 *
 * officialsHeldLiable(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [],
 *     accountability: [
 *       { id: "A-1", decidedOn: civilDate("2023-06-01"), initiator: "commissioner_office", measure: "disciplinary", officials: 3 },
 *       { id: "A-2", decidedOn: civilDate("2023-09-15"), initiator: "npm_participant", measure: "administrative", officials: 1 },
 *       { id: "A-3", decidedOn: civilDate("2024-02-01"), initiator: "commissioner_office", measure: "criminal", officials: 2 },
 *     ],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> { total: 4, byInitiator: { commissioner_office: 3, npm_participant: 1 }, byMeasure: { disciplinary: 3, administrative: 1, criminal: 0 } }
 * ```
 */
export function officialsHeldLiable(data: ReportData, options: MetricOptions): OfficialsHeldLiable {
  return runMetric(officialsHeldLiableMetric, data, options);
}
