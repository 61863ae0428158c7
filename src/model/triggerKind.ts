import * as z from "zod";

/**
 * What prompted a special visit.
 *
 * @example
 * ```ts
 * import { TRIGGER_KINDS } from "opcat-npm";
 *
 * TRIGGER_KINDS.length;
 * //=> 4
 * TRIGGER_KINDS[0];
 * //=> "complaint"
 * ```
 */
export const TRIGGER_KINDS = ["complaint", "media", "incident", "other"] as const;

/**
 * A special-visit trigger kind (schema and type). Any other value is rejected.
 *
 * @example
 * ```ts
 * import { TriggerKind } from "opcat-npm";
 *
 * TriggerKind.safeParse("complaint").success;
 * //=> true
 * TriggerKind.safeParse("rumour").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const TriggerKind = /* @__PURE__ */ (() => z.enum(TRIGGER_KINDS))();

/**
 * A special-visit trigger kind: one of {@link TRIGGER_KINDS}.
 *
 * @example
 * ```ts
 * import type { TriggerKind } from "opcat-npm";
 *
 * const code: TriggerKind = "complaint";
 * code;
 * //=> "complaint"
 * ```
 */
export type TriggerKind = z.infer<typeof TriggerKind>;
