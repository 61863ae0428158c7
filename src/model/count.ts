import * as z from "zod";

/**
 * A count: a whole number from 0 up (a capacity, a team size, a published figure).
 * Fractions, negatives, `NaN` and numbers beyond `Number.MAX_SAFE_INTEGER` are rejected.
 *
 * @example
 * ```ts
 * import { Count } from "opcat-npm";
 *
 * Count.safeParse(40).success;
 * //=> true
 * Count.safeParse(-1).success;
 * //=> false
 * Count.safeParse(2.5).success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Count = /* @__PURE__ */ (() => z.int().min(0))();

/**
 * A whole number from 0 up (see the {@link Count} schema).
 *
 * @example
 * ```ts
 * import type { Count } from "opcat-npm";
 *
 * const capacity: Count = 40;
 * capacity;
 * //=> 40
 * ```
 */
export type Count = z.infer<typeof Count>;
