import * as z from "zod";
import { CivilDate } from "./civilDate";
import { ANY_CODES, type CodeSchemas } from "./codeSchemas";
import { Identifier } from "./identifier";
import { RecommendationLevel } from "./recommendationLevel";
import { StatusChange } from "./statusChange";

/**
 * Builds the {@link Recommendation} schema with the given code checks.
 *
 * @internal
 */
export function recommendationSchema(codes: CodeSchemas = ANY_CODES) {
  return z.looseObject({
    id: Identifier,
    visitId: Identifier.nullish(),
    facilityId: Identifier.nullish(),
    addressee: codes.agency,
    level: RecommendationLevel,
    themes: z.array(codes.theme).min(1),
    text: z.string().nullish(),
    issuedOn: CivilDate,
    dueOn: CivilDate.nullish(),
    escalates: z.array(Identifier).nullish(),
    repeatOf: Identifier.nullish(),
    history: z.array(StatusChange).nullish(),
  });
}

/**
 * A recommendation issued after a visit to the agency responsible (`addressee`), on one or
 * more `themes`. `level: "agency"` marks an individualized recommendation to the ministry
 * that `escalates` unimplemented ones. `history` lists status changes in date order; before
 * the first the status is `issued` (see {@link statusAsOf}). Unknown keys are kept.
 *
 * @example
 * ```ts
 * import { Recommendation } from "opcat-npm";
 *
 * Recommendation.safeParse({
 *   id: "R-00001",
 *   visitId: "V-0001",
 *   facilityId: "F-0001",
 *   addressee: "interior",
 *   level: "facility",
 *   themes: ["detention_conditions", "sanitation"],
 *   issuedOn: "2023-02-20",
 *   dueOn: "2023-05-20",
 *   history: [{ status: "accepted", on: "2023-03-01" }],
 * }).success;
 * //=> true
 * Recommendation.safeParse({ id: "R-2", addressee: "interior", level: "facility", themes: [], issuedOn: "2023-02-20" }).error?.issues[0]?.path;
 * //=> ["themes"]
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Recommendation = /* @__PURE__ */ (() => recommendationSchema())();

/**
 * A recommendation record (see the {@link Recommendation} schema).
 *
 * @example
 * ```ts
 * import { civilDate, type Recommendation } from "opcat-npm";
 *
 * const escalation: Recommendation = {
 *   id: "R-00900",
 *   addressee: "interior",
 *   level: "agency",
 *   themes: ["detention_conditions"],
 *   issuedOn: civilDate("2023-11-01"),
 *   escalates: ["R-00001", "R-00002"],
 * };
 * escalation.escalates?.length;
 * //=> 2
 * ```
 */
export type Recommendation = z.infer<typeof Recommendation>;
