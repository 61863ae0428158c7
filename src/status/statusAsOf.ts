import type { CivilDate } from "../model/civilDate";
import type { RecommendationStatus } from "../model/recommendationStatus";

/**
 * What {@link statusAsOf} needs of a recommendation: its history of status changes.
 * Any {@link Recommendation} fits.
 *
 * @example
 * ```ts
 * import { civilDate, type RecommendationHistory } from "opcat-npm";
 *
 * const record: RecommendationHistory = { history: [{ status: "accepted", on: civilDate("2023-03-01") }] };
 * record.history?.length;
 * //=> 1
 * ```
 */
export interface RecommendationHistory {
  readonly history?: readonly { readonly status: RecommendationStatus; readonly on: CivilDate }[] | null | undefined;
}

/**
 * The status of a recommendation as of a civil date: the status of the latest history entry
 * dated on or before `date`, and `issued` when there is none. Entries on the same day count
 * in list order (the later one wins), so an out-of-order history still gives the status of
 * the latest date. Pure and zod-free; it never reads the clock.
 *
 * @example
 * ```ts
 * import { civilDate, statusAsOf } from "opcat-npm";
 *
 * const recommendation = {
 *   history: [
 *     { status: "accepted", on: civilDate("2023-03-01") },
 *     { status: "implemented", on: civilDate("2023-04-11") },
 *   ],
 * } as const;
 * statusAsOf(recommendation, civilDate("2023-02-28"));
 * //=> "issued"
 * statusAsOf(recommendation, civilDate("2023-03-01"));
 * //=> "accepted"
 * statusAsOf(recommendation, civilDate("2024-11-08"));
 * //=> "implemented"
 * ```
 */
export function statusAsOf(recommendation: RecommendationHistory, date: CivilDate): RecommendationStatus {
  let status: RecommendationStatus = "issued";
  let latest: CivilDate | undefined;
  for (const change of recommendation.history ?? []) {
    if (change.on <= date && (latest === undefined || change.on >= latest)) {
      status = change.status;
      latest = change.on;
    }
  }
  return status;
}
