import type { AccountabilityAction } from "../model/accountabilityAction";
import type { Facility } from "../model/facility";
import type { Period } from "../model/period";
import type { Recommendation } from "../model/recommendation";
import type { ReportedFigures } from "../model/reportedFigures";
import type { Visit } from "../model/visit";

/**
 * What the metrics read of a dataset: its period, its four collections and, for
 * reconciliation, the figures as published. A parsed {@link Dataset} is one; so is any
 * object with these fields, read-only arrays included. The metrics expect a dataset that
 * {@link validateDataset} accepts (no errors); see each metric for what it does otherwise.
 *
 * @example
 * ```ts
 * import { civilDate, type ReportData } from "opcat-npm";
 *
 * const empty: ReportData = {
 *   period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *   facilities: [],
 *   visits: [],
 *   recommendations: [],
 *   accountability: [],
 * };
 * empty.visits.length;
 * //=> 0
 * ```
 */
export interface ReportData {
  readonly period: Period;
  readonly facilities: readonly Facility[];
  readonly visits: readonly Visit[];
  readonly recommendations: readonly Recommendation[];
  readonly accountability: readonly AccountabilityAction[];
  readonly reported?: ReportedFigures | null | undefined;
}
