import { languageProblems, throwIfProblems } from "../errors/optionProblems";
import type { Language } from "../model/language";
import { BUILT_IN_PACKS } from "../text/builtInPacks";
import type { LanguagePack } from "../text/types";

/**
 * A built-in language's pack: its plural rule, number symbols, date and list styles (its
 * texts are the library's catalogues). Build a pack of your own with
 * {@link defineLanguagePack}. Throws an {@link OpcatError} (`schema.invalid_value`) for a tag
 * that is not built in.
 *
 * @example
 * ```ts
 * import { languagePack } from "opcat-npm";
 *
 * languagePack("ru").plural.select(22);
 * //=> "few"
 * languagePack("en").numbers.group;
 * //=> ","
 * ```
 */
export function languagePack(tag: Language): LanguagePack {
  // Only a tag: a pack given here has no built-in pack to return.
  throwIfProblems(languageProblems(typeof tag === "string" ? tag : null));
  return BUILT_IN_PACKS[tag];
}
