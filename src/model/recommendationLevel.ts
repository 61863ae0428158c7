import * as z from "zod";

/**
 * To whom a recommendation is addressed: a facility's management, or (`agency`) the ministry
 * itself, as an individualized recommendation that escalates unimplemented ones.
 *
 * @example
 * ```ts
 * import { RECOMMENDATION_LEVELS } from "opcat-npm";
 *
 * RECOMMENDATION_LEVELS.length;
 * //=> 2
 * RECOMMENDATION_LEVELS[0];
 * //=> "facility"
 * ```
 */
export const RECOMMENDATION_LEVELS = ["facility", "agency"] as const;

/**
 * A recommendation level (schema and type). Any other value is rejected.
 *
 * @example
 * ```ts
 * import { RecommendationLevel } from "opcat-npm";
 *
 * RecommendationLevel.safeParse("agency").success;
 * //=> true
 * RecommendationLevel.safeParse("ministry").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const RecommendationLevel = /* @__PURE__ */ (() => z.enum(RECOMMENDATION_LEVELS))();

/**
 * A recommendation level: one of {@link RECOMMENDATION_LEVELS}.
 *
 * @example
 * ```ts
 * import type { RecommendationLevel } from "opcat-npm";
 *
 * const code: RecommendationLevel = "agency";
 * code;
 * //=> "agency"
 * ```
 */
export type RecommendationLevel = z.infer<typeof RecommendationLevel>;
