import * as z from "zod";
import { CivilDate } from "./civilDate";
import { ANY_CODES, type CodeSchemas } from "./codeSchemas";
import { Count } from "./count";
import { Identifier } from "./identifier";
import { NonBlankText } from "./nonBlankText";

/**
 * Builds the {@link Facility} schema with the given code checks.
 *
 * @internal
 */
export function facilitySchema(codes: CodeSchemas = ANY_CODES) {
  return z.looseObject({
    id: Identifier,
    name: NonBlankText,
    type: codes.facilityType,
    agency: codes.agency,
    region: codes.region,
    capacity: Count.nullish(),
    openedOn: CivilDate.nullish(),
    closedOn: CivilDate.nullish(),
  });
}

/**
 * A place where people are or may be deprived of liberty, run by a supervising `agency`
 * and lying in a `region`. `capacity`, `openedOn` and `closedOn` are optional (omitted or
 * `null`). Unknown keys are kept, never dropped.
 *
 * @example
 * ```ts
 * import { Facility } from "opcat-npm";
 *
 * const result = Facility.safeParse({
 *   id: "F-0001",
 *   name: "IVS of the Astana police department",
 *   type: "temporary_detention_facility",
 *   agency: "interior",
 *   region: "KZ-71",
 *   capacity: 40,
 *   closedOn: null,
 * });
 * result.success;
 * //=> true
 * Facility.safeParse({ id: "F-0002", name: "IVS", type: "police_unit", agency: "interior", region: "KZ-71", capacity: -1 }).error?.issues[0]?.path;
 * //=> ["capacity"]
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Facility = /* @__PURE__ */ (() => facilitySchema())();

/**
 * A facility record (see the {@link Facility} schema).
 *
 * @example
 * ```ts
 * import type { Facility } from "opcat-npm";
 *
 * const facility: Facility = {
 *   id: "F-0001",
 *   name: "IVS of the Astana police department",
 *   type: "temporary_detention_facility",
 *   agency: "interior",
 *   region: "KZ-71",
 * };
 * facility.region;
 * //=> "KZ-71"
 * ```
 */
export type Facility = z.infer<typeof Facility>;
