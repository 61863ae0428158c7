import { labelOf } from "./label";
import { languageProblems, listProblems, profileProblems, throwIfProblems } from "../errors/optionProblems";
import type { LanguagePack } from "../text/types";
import type { ListName, Profile } from "./profile";

/**
 * A code with its label in one language: an option of a select box.
 *
 * @example
 * ```ts
 * import type { LabelledCode } from "opcat-npm";
 *
 * const option: LabelledCode = { code: "health", label: "Ministry of Health" };
 * option.label;
 * //=> "Ministry of Health"
 * ```
 */
export interface LabelledCode {
  readonly code: string;
  readonly label: string;
}

/**
 * Every code of one of a profile's lists with its label in one language, in the profile's
 * order: what a form's select box needs.
 * Throws an {@link OpcatError} for a `profile` that is not one (`schema.invalid_value`), an
 * unknown `list` or a `lang` other than `en`, `ru`, `kk`.
 *
 * @example
 * ```ts
 * import { kz, labelledCodes } from "opcat-npm";
 *
 * labelledCodes(kz, "measures", "ru");
 * //=> [{ code: "disciplinary", label: "Дисциплинарная" }, { code: "administrative", label: "Административная" }, { code: "criminal", label: "Уголовная" }]
 * ```
 */
export function labelledCodes(profile: Profile, list: ListName, lang: string | LanguagePack): LabelledCode[] {
  throwIfProblems([...profileProblems(profile, "profile", []), ...listProblems(list), ...(typeof lang === "string" ? [] : languageProblems(lang))]);
  const entries: readonly { readonly code: string }[] = profile.lists[list];
  return entries.map((entry) => ({ code: entry.code, label: labelOf(profile, list, entry.code, lang) }));
}
