import * as z from "zod";

/**
 * The three types of preventive visit known to Kazakh law, in the contract's order:
 * `periodic` (in the annual plan; "planned" in publications), `intermediate` (a follow-up
 * between periodic visits) and `special` (in response to a report of ill-treatment).
 *
 * @example
 * ```ts
 * import { VISIT_TYPES } from "opcat-npm";
 *
 * VISIT_TYPES.length;
 * //=> 3
 * VISIT_TYPES[0];
 * //=> "periodic"
 * ```
 */
export const VISIT_TYPES = ["periodic", "intermediate", "special"] as const;

/**
 * A visit type code (schema and type). Any other value is rejected.
 *
 * @example
 * ```ts
 * import { VisitType } from "opcat-npm";
 *
 * VisitType.safeParse("special").success;
 * //=> true
 * VisitType.safeParse("planned").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const VisitType = /* @__PURE__ */ (() => z.enum(VISIT_TYPES))();

/**
 * A visit type code: one of {@link VISIT_TYPES}.
 *
 * @example
 * ```ts
 * import type { VisitType } from "opcat-npm";
 *
 * const code: VisitType = "special";
 * code;
 * //=> "special"
 * ```
 */
export type VisitType = z.infer<typeof VisitType>;
