import type { Language } from "../model/language";
import { BUILT_IN_PACKS } from "./builtInPacks";
import { fallbackEntries } from "./fallbackTags";
import type { LanguagePack, TextLanguage } from "./types";

/**
 * The pack of a `lang` the caller has checked: a built-in tag's pack, or the pack itself.
 *
 * @internal
 */
export function packOf(lang: TextLanguage): LanguagePack {
  return typeof lang === "string" ? BUILT_IN_PACKS[lang] : lang;
}

/**
 * Whether a pack is one of the built-in ones, whose texts are the catalogues' columns.
 *
 * @internal
 */
export function builtInTagOf(pack: LanguagePack): Language | undefined {
  const tag = pack.tag;
  return (tag === "en" || tag === "ru" || tag === "kk") && BUILT_IN_PACKS[tag] === pack ? tag : undefined;
}

/**
 * The packs whose texts a language's text is looked up in, in order (see
 * {@link fallbackEntries}): the pack, its fallback chain depth first, English last.
 *
 * @internal
 */
export function fallbackChain(lang: TextLanguage): readonly LanguagePack[] {
  return fallbackEntries(lang).map(packOf);
}

/**
 * Whether a text is the tag of a built-in language.
 *
 * @internal
 */
export function isBuiltInTag(tag: string): tag is Language {
  return tag === "en" || tag === "ru" || tag === "kk";
}
