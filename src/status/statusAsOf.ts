import { invalidDates } from "../dates/civilDate";
import { allEntries } from "../errors/optionProblems";
import { isCivilDate } from "../dates/isCivilDate";
import { OpcatError } from "../errors/OpcatError";
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
 * Throws an {@link OpcatError} for a `date` that is not a civil date (`schema.invalid_date`)
 * or a recommendation whose history is not a list of `{ status, on }` (`schema.invalid_type`).
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
  if (!isCivilDate(date)) throw invalidDates({ date });
  const given: unknown = recommendation;
  let history: unknown;
  let sound: boolean;
  try {
    history = typeof given === "object" && given !== null ? (given as RecommendationHistory).history : given;
    sound = history === undefined || history === null || (Array.isArray(history) && allEntries(history, (change) => typeof change === "object" && change !== null && typeof (change as { status?: unknown }).status === "string" && isCivilDate((change as { on?: unknown }).on)));
  } catch {
    sound = false;
  }
  if (!sound || typeof given !== "object" || given === null) {
    throw new OpcatError([{ code: "schema.invalid_type", path: ["history"], message: "recommendation must be an object whose history lists { status, on } changes", params: { argument: "recommendation", expected: "history of status changes" } }]);
  }
  return statusOn({ history: history as RecommendationHistory["history"] }, date);
}

/**
 * {@link statusAsOf} unchecked, for the library's loops over records it has read already.
 *
 * @internal
 */
export function statusOn(recommendation: RecommendationHistory, date: CivilDate): RecommendationStatus {
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
