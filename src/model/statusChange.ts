import * as z from "zod";
import { CivilDate } from "./civilDate";
import { RecommendationStatus } from "./recommendationStatus";

/**
 * One entry of a recommendation's history: the status it took `on` a civil date.
 *
 * @example
 * ```ts
 * import { StatusChange } from "opcat-npm";
 *
 * StatusChange.safeParse({ status: "accepted", on: "2023-03-01" }).success;
 * //=> true
 * StatusChange.safeParse({ status: "accepted", on: "2023-02-30" }).error?.issues[0]?.path;
 * //=> ["on"]
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const StatusChange = /* @__PURE__ */ (() => z.looseObject({
  status: RecommendationStatus,
  on: CivilDate,
}))();

/**
 * A status change (see the {@link StatusChange} schema).
 *
 * @example
 * ```ts
 * import { civilDate, type StatusChange } from "opcat-npm";
 *
 * const change: StatusChange = { status: "implemented", on: civilDate("2023-04-11") };
 * change.status;
 * //=> "implemented"
 * ```
 */
export type StatusChange = z.infer<typeof StatusChange>;
