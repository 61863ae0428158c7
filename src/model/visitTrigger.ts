import * as z from "zod";
import { CivilDate } from "./civilDate";
import { TriggerKind } from "./triggerKind";

/**
 * What prompted a special visit, and when the NPM received it.
 *
 * @example
 * ```ts
 * import { VisitTrigger } from "opcat-npm";
 *
 * VisitTrigger.safeParse({ kind: "complaint", receivedOn: "2023-02-10" }).success;
 * //=> true
 * VisitTrigger.safeParse({ kind: "rumour", receivedOn: "2023-02-10" }).error?.issues[0]?.path;
 * //=> ["kind"]
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const VisitTrigger = /* @__PURE__ */ (() => z.looseObject({
  kind: TriggerKind,
  receivedOn: CivilDate,
}))();

/**
 * The trigger of a special visit (see the {@link VisitTrigger} schema).
 *
 * @example
 * ```ts
 * import { civilDate, type VisitTrigger } from "opcat-npm";
 *
 * const trigger: VisitTrigger = { kind: "media", receivedOn: civilDate("2023-02-10") };
 * trigger.kind;
 * //=> "media"
 * ```
 */
export type VisitTrigger = z.infer<typeof VisitTrigger>;
