import * as z from "zod";

/**
 * Who initiated an accountability action: the Commissioner's office (its regional
 * representatives) or NPM participants.
 *
 * @example
 * ```ts
 * import { ACCOUNTABILITY_INITIATORS } from "opcat-npm";
 *
 * ACCOUNTABILITY_INITIATORS.length;
 * //=> 2
 * ACCOUNTABILITY_INITIATORS[0];
 * //=> "commissioner_office"
 * ```
 */
export const ACCOUNTABILITY_INITIATORS = ["commissioner_office", "npm_participant"] as const;

/**
 * An accountability initiator code (schema and type). Any other value is rejected.
 *
 * @example
 * ```ts
 * import { AccountabilityInitiator } from "opcat-npm";
 *
 * AccountabilityInitiator.safeParse("npm_participant").success;
 * //=> true
 * AccountabilityInitiator.safeParse("prosecutor").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const AccountabilityInitiator = /* @__PURE__ */ (() => z.enum(ACCOUNTABILITY_INITIATORS))();

/**
 * An accountability initiator code: one of {@link ACCOUNTABILITY_INITIATORS}.
 *
 * @example
 * ```ts
 * import type { AccountabilityInitiator } from "opcat-npm";
 *
 * const code: AccountabilityInitiator = "npm_participant";
 * code;
 * //=> "npm_participant"
 * ```
 */
export type AccountabilityInitiator = z.infer<typeof AccountabilityInitiator>;
