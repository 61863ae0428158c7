import { argumentProblem, languageProblems, listProblems, profileProblems, throwIfProblems } from "../errors/optionProblems";
import type { Language } from "../model/language";
import type { ListName, Profile } from "./profile";

/**
 * The label of a code from one of a profile's lists, in `en`, `ru` or `kk`. A code that is
 * not in the list is returned unchanged, so a table never shows an empty cell; the validator
 * reports such codes (`schema.unknown_code`).
 * Throws an {@link OpcatError} for a `profile` that is not one (`schema.invalid_value`), an
 * unknown `list`, a `code` or `lang` that is not text.
 *
 * @example
 * ```ts
 * import { kz, label } from "opcat-npm";
 *
 * label(kz, "regions", "KZ-75", "ru");
 * //=> "город Алматы"
 * label(kz, "visitTypes", "periodic", "en");
 * //=> "Periodic (planned)"
 * label(kz, "themes", "no_such_theme", "kk");
 * //=> "no_such_theme"
 * ```
 */
export function label(profile: Profile, list: ListName, code: string, lang: Language): string {
  // A language the profile has no label in gives the code, as an unknown code does; a `lang`
  // that is not even text is refused.
  throwIfProblems([
    ...profileProblems(profile, "profile", []),
    ...listProblems(list),
    ...(typeof code === "string" ? [] : [argumentProblem("schema.invalid_type", "code", [], "text", code)]),
    ...(typeof lang === "string" ? [] : languageProblems(lang)),
  ]);
  return labelOf(profile, list, code, lang);
}

/**
 * {@link label} unchecked, for the library's renderers, which check their profile once.
 *
 * @internal
 */
export function labelOf(profile: Profile, list: ListName, code: string, lang: Language): string {
  const entries: readonly { readonly code: string; readonly labels: Readonly<Record<Language, string>> }[] = profile.lists[list];
  return entries.find((entry) => entry.code === code)?.labels[lang] ?? code;
}
