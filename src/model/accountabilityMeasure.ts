import * as z from "zod";

/**
 * The kinds of liability an accountability action imposes on officials.
 *
 * @example
 * ```ts
 * import { ACCOUNTABILITY_MEASURES } from "opcat-npm";
 *
 * ACCOUNTABILITY_MEASURES.length;
 * //=> 3
 * ACCOUNTABILITY_MEASURES[0];
 * //=> "disciplinary"
 * ```
 */
export const ACCOUNTABILITY_MEASURES = ["disciplinary", "administrative", "criminal"] as const;

/**
 * An accountability measure code (schema and type). Any other value is rejected.
 *
 * @example
 * ```ts
 * import { AccountabilityMeasure } from "opcat-npm";
 *
 * AccountabilityMeasure.safeParse("criminal").success;
 * //=> true
 * AccountabilityMeasure.safeParse("civil").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const AccountabilityMeasure = /* @__PURE__ */ (() => z.enum(ACCOUNTABILITY_MEASURES))();

/**
 * An accountability measure code: one of {@link ACCOUNTABILITY_MEASURES}.
 *
 * @example
 * ```ts
 * import type { AccountabilityMeasure } from "opcat-npm";
 *
 * const code: AccountabilityMeasure = "criminal";
 * code;
 * //=> "criminal"
 * ```
 */
export type AccountabilityMeasure = z.infer<typeof AccountabilityMeasure>;
