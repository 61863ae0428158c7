import * as z from "zod";

/**
 * The statuses a recommendation moves through. Before its first history entry a
 * recommendation is `issued`; `withdrawn` means no longer applicable (the facility closed).
 *
 * @example
 * ```ts
 * import { RECOMMENDATION_STATUSES } from "opcat-npm";
 *
 * RECOMMENDATION_STATUSES.length;
 * //=> 8
 * RECOMMENDATION_STATUSES[0];
 * //=> "issued"
 * ```
 */
export const RECOMMENDATION_STATUSES = ["issued", "accepted", "in_progress", "partially_implemented", "implemented", "not_implemented", "rejected", "withdrawn"] as const;

/**
 * A recommendation status code (schema and type). Any other value is rejected.
 *
 * @example
 * ```ts
 * import { RecommendationStatus } from "opcat-npm";
 *
 * RecommendationStatus.safeParse("implemented").success;
 * //=> true
 * RecommendationStatus.safeParse("done").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const RecommendationStatus = /* @__PURE__ */ (() => z.enum(RECOMMENDATION_STATUSES))();

/**
 * A recommendation status code: one of {@link RECOMMENDATION_STATUSES}.
 *
 * @example
 * ```ts
 * import type { RecommendationStatus } from "opcat-npm";
 *
 * const code: RecommendationStatus = "implemented";
 * code;
 * //=> "implemented"
 * ```
 */
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;
