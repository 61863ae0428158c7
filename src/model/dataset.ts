import * as z from "zod";
import { accountabilityActionSchema } from "./accountabilityAction";
import { ANY_CODES, type CodeSchemas } from "./codeSchemas";
import { facilitySchema } from "./facility";
import { Period } from "./period";
import { recommendationSchema } from "./recommendation";
import { ReportedFigures } from "./reportedFigures";
import { Visit } from "./visit";

/**
 * The format tag of version 1 of the data contract.
 *
 * @example
 * ```ts
 * import { DATASET_FORMAT } from "opcat-npm";
 *
 * DATASET_FORMAT;
 * //=> "opcat-npm/dataset@1"
 * ```
 */
export const DATASET_FORMAT = "opcat-npm/dataset@1";

/**
 * Builds the {@link Dataset} schema with the given code checks.
 *
 * @internal
 */
export function datasetSchema(codes: CodeSchemas = ANY_CODES) {
  return z.looseObject({
    format: z.literal(DATASET_FORMAT),
    profile: codes.profile,
    period: Period,
    facilities: z.array(facilitySchema(codes)),
    visits: z.array(Visit),
    recommendations: z.array(recommendationSchema(codes)),
    accountability: z.array(accountabilityActionSchema(codes)),
    reported: ReportedFigures.nullish(),
  });
}

/**
 * A whole dataset in the contract `opcat-npm/dataset@1`: the profile whose code lists it
 * uses, the reporting `period`, the four collections (each required, possibly empty) and
 * optionally the `reported` figures as published. This schema checks the shape of every
 * record; {@link schemasFor} adds a profile's code lists.
 *
 * @example
 * ```ts
 * import { Dataset } from "opcat-npm";
 *
 * const result = Dataset.safeParse({
 *   format: "opcat-npm/dataset@1",
 *   profile: "kz",
 *   period: { from: "2023-01-01", to: "2023-12-31" },
 *   facilities: [],
 *   visits: [{ id: "V-1", type: "periodic", startedOn: "2023-13-01", facilityIds: ["F-1"] }],
 *   recommendations: [],
 *   accountability: [],
 * });
 * result.error?.issues[0]?.path;
 * //=> ["visits", 0, "startedOn"]
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Dataset = /* @__PURE__ */ (() => datasetSchema())();

/**
 * A dataset (see the {@link Dataset} schema).
 *
 * @example
 * ```ts
 * import { civilDate, type Dataset } from "opcat-npm";
 *
 * const empty: Dataset = {
 *   format: "opcat-npm/dataset@1",
 *   profile: "kz",
 *   period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *   facilities: [],
 *   visits: [],
 *   recommendations: [],
 *   accountability: [],
 * };
 * empty.visits.length;
 * //=> 0
 * ```
 */
export type Dataset = z.infer<typeof Dataset>;
