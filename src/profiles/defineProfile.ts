import { OpcatError } from "../errors/OpcatError";
import type { Profile, ProfileDefinition } from "./profile";
import { safeDefineProfile } from "./safeDefineProfile";

/**
 * Builds a country profile from its definition, with the integrity checks of
 * {@link safeDefineProfile}; throws an {@link OpcatError} listing every problem (each with a
 * `profile.*` code and a path) when the definition is not sound.
 *
 * @example
 * ```ts
 * import { defineProfile, label } from "opcat-npm";
 *
 * const labels = (en: string, ru: string, kk: string) => ({ en, ru, kk });
 * const kyrgyzstan = defineProfile({
 *   id: "kg",
 *   name: labels("Kyrgyzstan", "Кыргызстан", "Қырғызстан"),
 *   lists: {
 *     agencies: [{ code: "justice", labels: labels("Ministry of Justice", "Министерство юстиции", "Әділет министрлігі") }],
 *     facilityTypes: [{ code: "colony", defaultAgency: "justice", labels: labels("Colony", "Колония", "Колония") }],
 *     regions: [{ code: "KG-GB", labels: labels("Bishkek", "Бишкек", "Бішкек") }],
 *     themes: [{ code: "food", labels: labels("Food", "Питание", "Тамақтану") }],
 *   },
 *   rules: { minTeamSize: 2, periodicCycleYears: 3 },
 * });
 * label(kyrgyzstan, "regions", "KG-GB", "ru");
 * //=> "Бишкек"
 * defineProfile({ id: "" } as never);
 * //=> throws
 * ```
 */
export function defineProfile(definition: ProfileDefinition): Profile {
  const result = safeDefineProfile(definition);
  if (!result.success) throw new OpcatError(result.problems);
  return result.profile;
}
