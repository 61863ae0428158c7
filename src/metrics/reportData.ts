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
  readonly facilities: readonly ReadonlyDeep<Facility>[];
  readonly visits: readonly ReadonlyDeep<Visit>[];
  readonly recommendations: readonly ReadonlyDeep<Recommendation>[];
  readonly accountability: readonly ReadonlyDeep<AccountabilityAction>[];
  readonly reported?: ReadonlyDeep<ReportedFigures> | null | undefined;
}

/**
 * A record type with every array and object read-only, all the way down: what the metrics
 * accept, so frozen data or `as const` literals pass as well as parsed datasets.
 *
 * @example
 * ```ts
 * import { civilDate, type ReadonlyDeep, type Visit } from "opcat-npm";
 *
 * const visit: ReadonlyDeep<Visit> = { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] } as const;
 * visit.facilityIds.length;
 * //=> 1
 * ```
 */
export type ReadonlyDeep<T> = unknown extends T
  ? T
  : T extends string | number | boolean | bigint | symbol | null | undefined
    ? T
    : T extends readonly (infer Item)[]
      ? readonly ReadonlyDeep<Item>[]
      : { readonly [Key in keyof T]: ReadonlyDeep<T[Key]> };
