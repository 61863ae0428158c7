import * as z from "zod";
import { CivilDate } from "./civilDate";
import { Count } from "./count";
import { Identifier } from "./identifier";
import { VisitTrigger } from "./visitTrigger";
import { VisitType } from "./visitType";

/**
 * A preventive visit by an NPM group to one or more facilities (`facilityIds`, at least
 * one). `endedOn`, `followUpOf`, `trigger`, `announced` and `teamSize` are optional here;
 * rules that relate fields or records (an intermediate visit needs `followUpOf`, a visit
 * cannot end before it starts, ...) belong to the validator. Unknown keys are kept.
 *
 * @example
 * ```ts
 * import { Visit } from "opcat-npm";
 *
 * Visit.safeParse({
 *   id: "V-0001",
 *   type: "periodic",
 *   startedOn: "2023-02-14",
 *   endedOn: "2023-02-15",
 *   facilityIds: ["F-0001", "F-0002"],
 *   teamSize: 3,
 * }).success;
 * //=> true
 * Visit.safeParse({ id: "V-0002", type: "periodic", startedOn: "2023-02-14", facilityIds: [] }).error?.issues[0]?.path;
 * //=> ["facilityIds"]
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Visit = /* @__PURE__ */ (() => z.looseObject({
  id: Identifier,
  type: VisitType,
  startedOn: CivilDate,
  endedOn: CivilDate.nullish(),
  facilityIds: z.array(Identifier).min(1),
  followUpOf: Identifier.nullish(),
  trigger: VisitTrigger.nullish(),
  announced: z.boolean().nullish(),
  teamSize: Count.nullish(),
}))();

/**
 * A visit record (see the {@link Visit} schema).
 *
 * @example
 * ```ts
 * import { civilDate, type Visit } from "opcat-npm";
 *
 * const visit: Visit = {
 *   id: "V-0001",
 *   type: "special",
 *   startedOn: civilDate("2023-02-14"),
 *   facilityIds: ["F-0001"],
 *   trigger: { kind: "complaint", receivedOn: civilDate("2023-02-10") },
 * };
 * visit.facilityIds.length;
 * //=> 1
 * ```
 */
export type Visit = z.infer<typeof Visit>;
