import { argumentProblem, languageProblems, listProblems, profileProblems, throwIfProblems } from "../errors/optionProblems";
import { fallbackTags } from "../text/fallbackTags";
import { isBuiltInTag } from "../text/packOf";
import type { LanguagePack } from "../text/types";
import type { Labels, ListName, Profile } from "./profile";

/**
 * The label of a code from one of a profile's lists in a language: a built-in language or a
 * language pack takes the first label along its fallback chain (then English, then the
 * profile's first language), so a profile labelled only in `ka` and `en` reads in English
 * in a Russian report; any other tag (`"ka"`) takes that label alone. A code that is not in
 * the list, or a tag the profile has no label in, is returned unchanged, so a table never
 * shows an empty cell; the validator reports unknown codes (`schema.unknown_code`).
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
export function label(profile: Profile, list: ListName, code: string, lang: string | LanguagePack): string {
  // A language tag the profile has no label in gives the code, as an unknown code does; a
  // `lang` that is neither text nor a language pack is refused.
  throwIfProblems([
    ...profileProblems(profile, "profile", []),
    ...listProblems(list),
    ...(typeof code === "string" ? [] : [argumentProblem("schema.invalid_type", "code", [], "text", code)]),
    ...(typeof lang === "string" ? [] : languageProblems(lang)),
  ]);
  return labelOf(profile, list, code, lang);
}

/**
 * The text of labels in `lang`: along the language's fallback chain (the pack, its
 * fallbacks, English), else in the first language the profile declares, else undefined.
 *
 * @internal
 */
export function labelIn(labels: Labels, lang: string | LanguagePack, languages: readonly string[]): string | undefined {
  // A tag without a pack names a label directly, and nothing stands in for it.
  if (typeof lang === "string" && !isBuiltInTag(lang)) return Object.prototype.hasOwnProperty.call(labels, lang) ? labels[lang] : undefined;
  for (const tag of fallbackTags(lang)) {
    const text = Object.prototype.hasOwnProperty.call(labels, tag) ? labels[tag] : undefined;
    if (text !== undefined) return text;
  }
  const first = languages.find((tag) => Object.prototype.hasOwnProperty.call(labels, tag));
  return first === undefined ? undefined : labels[first];
}

/**
 * {@link label} unchecked, for the library's renderers, which check their profile once.
 *
 * @internal
 */
export function labelOf(profile: Profile, list: ListName, code: string, lang: string | LanguagePack): string {
  const entries: readonly { readonly code: string; readonly labels: Labels }[] = profile.lists[list];
  const entry = entries.find((candidate) => candidate.code === code);
  return (entry === undefined ? undefined : labelIn(entry.labels, lang, profile.languages)) ?? code;
}

/**
 * The profile's name in `lang` (see {@link labelIn}), or its id.
 *
 * @internal
 */
export function profileName(profile: Profile, lang: string | LanguagePack): string {
  return labelIn(profile.name, lang, profile.languages) ?? profile.id;
}
