import type { OpcatProblem } from "../errors/OpcatError";
import { LANGUAGES } from "../model/language";
import { checkProfileDefinition } from "./checkProfileDefinition";
import { CONTRACT_LISTS } from "./contractLists";
import { copyFacilityTypes, copyLabels, copyLegacy, copyList } from "./frozenCopies";
import type { Profile, ProfileDefinition } from "./profile";

/**
 * The result of {@link safeDefineProfile}: the profile, or every problem found.
 *
 * @example
 * ```ts
 * import { safeDefineProfile, type ProfileResult } from "opcat-npm";
 *
 * const result: ProfileResult = safeDefineProfile({});
 * result.success;
 * //=> false
 * ```
 */
export type ProfileResult =
  | { readonly success: true; readonly profile: Profile }
  | { readonly success: false; readonly problems: readonly [OpcatProblem, ...OpcatProblem[]] };

/**
 * Checks a profile definition and builds the profile, without throwing. The checks: the id
 * and every code are well-formed codes, no list repeats a code, the country's own lists
 * (agencies, facility types, regions, themes) are not empty, every code has a non-blank
 * label in `en`, `ru` and `kk`, every facility type's default agency is an agency, the
 * contract's lists keep exactly the contract's codes, the rule parameters are whole numbers
 * from 1 up, and legacy region codes point to current regions. Contract lists left out
 * take {@link CONTRACT_LISTS}. The profile is a frozen copy; the definition is not touched.
 *
 * @example
 * ```ts
 * import { safeDefineProfile } from "opcat-npm";
 *
 * const labels = (text: string) => ({ en: text, ru: text, kk: text });
 * const result = safeDefineProfile({
 *   id: "demo",
 *   name: labels("Demo"),
 *   lists: {
 *     agencies: [{ code: "justice", labels: labels("Justice") }],
 *     facilityTypes: [{ code: "prison", defaultAgency: "health", labels: labels("Prison") }],
 *     regions: [{ code: "R1", labels: { en: "Region 1", ru: "Регион 1", kk: "" } }],
 *     themes: [{ code: "food", labels: labels("Food") }],
 *   },
 *   rules: { minTeamSize: 2, periodicCycleYears: 2 },
 * });
 * result.success ? [] : result.problems.map((problem) => [problem.code, problem.path.join(".")]);
 * //=> [["profile.missing_label", "lists.regions.0.labels.kk"], ["profile.unknown_default_agency", "lists.facilityTypes.0.defaultAgency"]]
 * ```
 */
export function safeDefineProfile(definition: unknown): ProfileResult {
  try {
    return defineChecked(definition);
  } catch {
    // Only a getter or proxy in the definition gets here.
    return { success: false, problems: [{ code: "schema.unreadable", path: [], message: "The profile definition could not be read: a getter or proxy threw", params: { argument: "definition" } }] };
  }
}

function defineChecked(definition: unknown): ProfileResult {
  const problems = checkProfileDefinition(definition);
  const [first, ...rest] = problems;
  if (first !== undefined) return { success: false, problems: [first, ...rest] };
  // The checks above guarantee the shape the type promises.
  const sound = definition as ProfileDefinition;
  const { lists } = sound;
  const profile: Profile = {
    id: sound.id,
    languages: Object.freeze([...(sound.languages ?? LANGUAGES)]),
    name: copyLabels(sound.name),
    lists: Object.freeze({
      agencies: copyList(lists.agencies),
      facilityTypes: copyFacilityTypes(lists.facilityTypes),
      regions: copyList(lists.regions),
      themes: copyList(lists.themes),
      visitTypes: copyList(lists.visitTypes ?? CONTRACT_LISTS.visitTypes),
      statuses: copyList(lists.statuses ?? CONTRACT_LISTS.statuses),
      measures: copyList(lists.measures ?? CONTRACT_LISTS.measures),
      initiators: copyList(lists.initiators ?? CONTRACT_LISTS.initiators),
      triggerKinds: copyList(lists.triggerKinds ?? CONTRACT_LISTS.triggerKinds),
      levels: copyList(lists.levels ?? CONTRACT_LISTS.levels),
    }),
    rules: Object.freeze({ minTeamSize: sound.rules.minTeamSize, periodicCycleYears: sound.rules.periodicCycleYears }),
    legacyRegionCodes: copyLegacy(sound.legacyRegionCodes ?? []),
  };
  return { success: true, profile: Object.freeze(profile) };
}
