import * as z from "zod";
import { AccountabilityInitiator } from "./accountabilityInitiator";
import { AccountabilityMeasure } from "./accountabilityMeasure";
import { CivilDate } from "./civilDate";
import { ANY_CODES, type CodeSchemas } from "./codeSchemas";
import { Identifier } from "./identifier";

/**
 * Builds the {@link AccountabilityAction} schema with the given code checks.
 *
 * @internal
 */
export function accountabilityActionSchema(codes: CodeSchemas = ANY_CODES) {
  return z.looseObject({
    id: Identifier,
    decidedOn: CivilDate,
    initiator: AccountabilityInitiator,
    measure: AccountabilityMeasure,
    officials: z.int().min(1),
    visitId: Identifier.nullish(),
    facilityId: Identifier.nullish(),
    agency: codes.agency.nullish(),
  });
}

/**
 * A decision holding officials liable. It counts `officials` (a whole number from 1 up) and
 * never names them. The links to a visit, facility and agency are optional.
 *
 * @example
 * ```ts
 * import { AccountabilityAction } from "opcat-npm";
 *
 * AccountabilityAction.safeParse({
 *   id: "A-001",
 *   decidedOn: "2023-06-01",
 *   initiator: "commissioner_office",
 *   measure: "disciplinary",
 *   officials: 2,
 *   agency: "interior",
 * }).success;
 * //=> true
 * AccountabilityAction.safeParse({ id: "A-002", decidedOn: "2023-06-01", initiator: "npm_participant", measure: "criminal", officials: 0 }).error?.issues[0]?.path;
 * //=> ["officials"]
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const AccountabilityAction = /* @__PURE__ */ (() => accountabilityActionSchema())();

/**
 * An accountability action record (see the {@link AccountabilityAction} schema).
 *
 * @example
 * ```ts
 * import { civilDate, type AccountabilityAction } from "opcat-npm";
 *
 * const action: AccountabilityAction = {
 *   id: "A-001",
 *   decidedOn: civilDate("2023-06-01"),
 *   initiator: "npm_participant",
 *   measure: "administrative",
 *   officials: 1,
 * };
 * action.officials;
 * //=> 1
 * ```
 */
export type AccountabilityAction = z.infer<typeof AccountabilityAction>;
