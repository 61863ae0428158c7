import type { Language, LanguageTexts } from "../model/language";
import { builtInTagOf, fallbackChain } from "./packOf";
import { fillTemplate, placeholdersOf, type TemplateParams, type TemplateParamsOf } from "./template";
import type { LanguagePack, TextLanguage } from "./types";

/**
 * A table of texts of one part of the library: its name (the key of a language pack's
 * `texts` that holds its texts) and, by key, the text in each built-in language in the one
 * template syntax (see {@link TemplateNames}). Every catalogue of the library has this form.
 *
 * @example
 * ```ts
 * import { TEXT_CATALOGUES, type TextCatalogue } from "opcat-npm";
 *
 * const report: TextCatalogue | undefined = TEXT_CATALOGUES.find((catalogue) => catalogue.name === "report");
 * report?.texts["total"]?.kk;
 * //=> "Барлығы"
 * ```
 */
export interface TextCatalogue<T extends Readonly<Record<string, Readonly<Record<Language, string>>>> = Readonly<Record<string, Readonly<Record<Language, string>>>>> {
  readonly name: string;
  readonly texts: T;
}

/**
 * A catalogue of texts, frozen.
 *
 * @internal
 */
export function defineCatalogue<const T extends Readonly<Record<string, LanguageTexts>>>(name: string, texts: T): TextCatalogue<T> {
  for (const entry of Object.values(texts)) Object.freeze(entry);
  return Object.freeze({ name, texts: Object.freeze(texts) });
}

/**
 * Where a text was found: the template and the pack it came from (the requested one, or
 * the fallback that stood in).
 *
 * @internal
 */
export interface FoundText {
  readonly template: string;
  readonly from: TextLanguage;
}

function ownText(texts: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return texts !== undefined && Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : undefined;
}

/**
 * The text of `key` in a pack alone: a built-in pack's column of the catalogue, or the
 * pack's own text; undefined when it has none.
 *
 * @internal
 */
export function packText(catalogue: TextCatalogue, key: string, pack: LanguagePack): string | undefined {
  const tag = builtInTagOf(pack);
  if (tag !== undefined) return Object.prototype.hasOwnProperty.call(catalogue.texts, key) ? catalogue.texts[key]?.[tag] : undefined;
  return ownText(pack.texts[catalogue.name], key);
}

/**
 * The template of `key` in `lang`, looked up along the language's fallback chain (the pack,
 * its fallbacks, English last).
 *
 * @internal
 */
export function findText(catalogue: TextCatalogue, key: string, lang: TextLanguage): FoundText {
  // A built-in language has every text: its column, with no chain to walk.
  const own = typeof lang === "string" && Object.prototype.hasOwnProperty.call(catalogue.texts, key) ? catalogue.texts[key]?.[lang] : undefined;
  if (own !== undefined) return { template: own, from: lang };
  for (const pack of fallbackChain(lang)) {
    const template = packText(catalogue, key, pack);
    if (template !== undefined) return { template, from: pack };
  }
  throw new Error(`findText: ${catalogue.name} has no text ${key}`);
}

/** The params of the text of `K` in every built-in language. */
type ParamsOfKey<T extends Readonly<Record<string, LanguageTexts>>, K extends keyof T> = TemplateParamsOf<T[K][Language]>;

/**
 * The params argument: optional for a text without placeholders.
 *
 * @internal
 */
export type ParamsArgument<T extends Readonly<Record<string, LanguageTexts>>, K extends keyof T> = keyof ParamsOfKey<T, K> extends never ? [params?: ParamsOfKey<T, K>] : [params: ParamsOfKey<T, K>];

/**
 * The text of a catalogue key in `lang` (along its fallback chain), its params filled in:
 * numbers written as `lang` writes them, plural forms chosen by the rule of the language the
 * text came from. The params are checked against the text's placeholders by the type checker.
 *
 * @internal
 */
export function textOf<T extends Readonly<Record<string, LanguageTexts>>, K extends keyof T & string>(
  catalogue: TextCatalogue<T>,
  key: K,
  lang: TextLanguage,
  ...[params]: ParamsArgument<T, K>
): string {
  return filledText(catalogue, key, lang, params ?? {});
}

/**
 * {@link textOf} with params the type checker does not check (a key named by data, such as
 * a table's declaration): a missing param throws when the text is filled.
 *
 * @internal
 */
export function filledText(catalogue: TextCatalogue, key: string, lang: TextLanguage, params: TemplateParams): string {
  const { template, from } = findText(catalogue, key, lang);
  return fillTemplate(template, params, lang, from);
}

/**
 * The keys of a catalogue whose texts take no params (for keys built from codes).
 *
 * @internal
 */
export type PlainKey<T extends Readonly<Record<string, LanguageTexts>>> = { [K in keyof T]: keyof ParamsOfKey<T, K> extends never ? K : never }[keyof T];

/**
 * Whether `key` is a key of the catalogue whose texts take no params.
 *
 * @internal
 */
export function isPlainKey<T extends Readonly<Record<string, LanguageTexts>>>(catalogue: TextCatalogue<T>, key: string): key is PlainKey<T> & string {
  if (!Object.prototype.hasOwnProperty.call(catalogue.texts, key)) return false;
  const texts = catalogue.texts[key] as LanguageTexts;
  return Object.values(texts).every((text) => placeholdersOf(text).size === 0);
}
