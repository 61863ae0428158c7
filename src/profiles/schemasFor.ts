import { profileProblems, throwIfProblems } from "../errors/optionProblems";
import { Code } from "../model/code";
import type { CodeSchemas } from "../model/codeSchemas";
import { accountabilityActionSchema } from "../model/accountabilityAction";
import { datasetSchema } from "../model/dataset";
import { facilitySchema } from "../model/facility";
import { recommendationSchema } from "../model/recommendation";
import type { ListName, Profile } from "./profile";

function codeIn(profile: Profile, list: ListName) {
  const codes = new Set<string>(profile.lists[list].map((entry) => entry.code));
  return Code.refine((value) => codes.has(value), {
    error: (issue) => `Unknown code in ${list} of profile ${profile.id}: ${String(issue.input)}`,
    params: { opcatCode: "schema.unknown_code", list, profile: profile.id },
  });
}

/**
 * The zod schemas of the entities whose fields take a profile's codes, checking those codes
 * against the profile's lists: agencies (`agency`, `addressee`), facility types, regions and
 * themes, and the dataset's `profile` against the profile's id. An unknown code is a zod
 * issue with code `custom`, the path to the field, and `params.opcatCode`
 * `"schema.unknown_code"` with the list's name. The inferred types are those of the plain
 * {@link Facility}, {@link Recommendation}, {@link AccountabilityAction} and {@link Dataset}.
 * Throws an {@link OpcatError} (`schema.invalid_value`) for a `profile` that is not one.
 *
 * @example
 * ```ts
 * import { kz, schemasFor } from "opcat-npm";
 *
 * const schemas = schemasFor(kz);
 * const result = schemas.Facility.safeParse({ id: "F-1", name: "IVS", type: "police_unit", agency: "interior", region: "KZ-AST" });
 * result.error?.issues[0]?.path;
 * //=> ["region"]
 * result.error?.issues[0]?.message;
 * //=> "Unknown code in regions of profile kz: KZ-AST"
 * schemas.Facility.safeParse({ id: "F-1", name: "IVS", type: "police_unit", agency: "interior", region: "KZ-71" }).success;
 * //=> true
 * ```
 */
export function schemasFor(profile: Profile) {
  throwIfProblems(profileProblems(profile, "profile", []));
  const codes: CodeSchemas = {
    profile: Code.refine((value) => value === profile.id, {
      error: (issue) => `This dataset is for profile ${String(issue.input)}, not ${profile.id}`,
      params: { opcatCode: "schema.unknown_code", list: "profiles", profile: profile.id },
    }),
    agency: codeIn(profile, "agencies"),
    facilityType: codeIn(profile, "facilityTypes"),
    region: codeIn(profile, "regions"),
    theme: codeIn(profile, "themes"),
  };
  return {
    Facility: facilitySchema(codes),
    Recommendation: recommendationSchema(codes),
    AccountabilityAction: accountabilityActionSchema(codes),
    Dataset: datasetSchema(codes),
  };
}
