import * as z from "zod";

/**
 * The form of a code from a profile's code lists (agencies, facility types, regions,
 * themes): a letter or digit, then letters, digits, `_`, `-` or `.`, at most 64 characters.
 * Whether the code is in the profile's list is checked by {@link schemasFor} and the
 * validator, since the model itself is country-agnostic.
 *
 * @example
 * ```ts
 * import { CODE_PATTERN } from "opcat-npm";
 *
 * CODE_PATTERN.test("KZ-71");
 * //=> true
 * CODE_PATTERN.test("__proto__");
 * //=> false
 * ```
 */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * A code from one of a profile's code lists, such as `"interior"` or `"KZ-71"`.
 *
 * @example
 * ```ts
 * import { Code } from "opcat-npm";
 *
 * Code.safeParse("temporary_detention_facility").success;
 * //=> true
 * Code.safeParse("").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Code = /* @__PURE__ */ (() => z.string().regex(CODE_PATTERN, { error: "Not a code: letters, digits, _ - . only", abort: true }))();

/**
 * A code from one of a profile's code lists (see the {@link Code} schema).
 *
 * @example
 * ```ts
 * import type { Code } from "opcat-npm";
 *
 * const region: Code = "KZ-71";
 * region;
 * //=> "KZ-71"
 * ```
 */
export type Code = z.infer<typeof Code>;
