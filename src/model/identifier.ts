import * as z from "zod";

/**
 * A record identifier: a string with at least one character that is not white space.
 * Identifiers are unique within their collection (checked by the validator, not here).
 *
 * @example
 * ```ts
 * import { Identifier } from "opcat-npm";
 *
 * Identifier.safeParse("V-0001").success;
 * //=> true
 * Identifier.safeParse("").success;
 * //=> false
 * Identifier.safeParse("   ").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Identifier = /* @__PURE__ */ (() => z.string().regex(/\S/, { error: "Identifiers must not be empty" }))();

/**
 * A record identifier (see the {@link Identifier} schema).
 *
 * @example
 * ```ts
 * import type { Identifier } from "opcat-npm";
 *
 * const visitId: Identifier = "V-0001";
 * visitId;
 * //=> "V-0001"
 * ```
 */
export type Identifier = z.infer<typeof Identifier>;
