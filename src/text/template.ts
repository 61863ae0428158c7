import { formatNumber } from "./numbers";
import { pluralForm } from "./plural";
import { packOf } from "./packOf";
import type { TextLanguage } from "./types";

// The one placeholder syntax of every text of the library: `{name}` for a value, or
// `{name|form|form…}` for a number with the form its plural category takes, `#` standing for
// the number (forms in the order of the language's plural categories: English one|other,
// Russian one|few|many, Kazakh one form).
const PLACEHOLDER = /\{(\w+)(\|[^{}]*)?\}/g;


/**
 * The names of a template's placeholders, read from its literal type by the type checker:
 * `TemplateNames<"{n|# visit|# visits} to {name}">` is `"n" | "name"`.
 *
 * @example
 * ```ts
 * import type { TemplateNames } from "opcat-npm";
 *
 * const name: TemplateNames<"Visit “{id}” on {date}"> = "date";
 * name;
 * //=> "date"
 * ```
 */
export type TemplateNames<S extends string> = S extends `${string}{${infer Body}}${infer Rest}` ? (Body extends `${infer Name}|${string}` ? Name : Body) | TemplateNames<Rest> : never;

/**
 * The names of a template's counted placeholders (`{name|form|…}`), which take a number.
 *
 * @example
 * ```ts
 * import type { CountedTemplateNames } from "opcat-npm";
 *
 * const name: CountedTemplateNames<"{n|# visit|# visits} to {name}"> = "n";
 * name;
 * //=> "n"
 * ```
 */
export type CountedTemplateNames<S extends string> = S extends `${string}{${infer Body}}${infer Rest}` ? (Body extends `${infer Name}|${string}` ? Name : never) | CountedTemplateNames<Rest> : never;

/**
 * The params a template takes, from its literal type: a text or number for `{name}`, a
 * number for a counted `{name|…}`. For a union of templates (a text in every language), the
 * params of all of them.
 *
 * @example
 * ```ts
 * import type { TemplateParamsOf } from "opcat-npm";
 *
 * const params: TemplateParamsOf<"{n|# visit|# visits} to {name}"> = { n: 2, name: "IVS" };
 * params.n;
 * //=> 2
 * ```
 */
export type TemplateParamsOf<S extends string> = { readonly [N in TemplateNames<S>]: N extends CountedTemplateNames<S> ? number : string | number };

/**
 * The values a template takes: texts as they are, numbers formatted for the language.
 *
 * @internal
 */
export type TemplateParams = Readonly<Record<string, string | number>>;

/**
 * Every placeholder of a template replaced by what `fill` returns for its name and its
 * plural forms (undefined for a plain `{name}`): the one parser of the template syntax.
 *
 * @internal
 */
export function replacePlaceholders(template: string, fill: (name: string, forms: readonly string[] | undefined) => string): string {
  return template.replace(PLACEHOLDER, (_match, name: string, forms: string | undefined) => fill(name, forms === undefined ? undefined : forms.slice(1).split("|")));
}

/**
 * The names of a template's placeholders, in order, each once, and whether it is counted
 * (takes plural forms): for checking a language pack's texts against the catalogue's.
 *
 * @internal
 */
export function placeholdersOf(template: string): ReadonlyMap<string, { readonly counted: boolean; readonly forms: number }> {
  const names = new Map<string, { counted: boolean; forms: number }>();
  replacePlaceholders(template, (name, forms) => {
    const seen = names.get(name);
    const counted = forms !== undefined || seen?.counted === true;
    names.set(name, { counted, forms: Math.max(seen?.forms ?? 0, forms?.length ?? 0) });
    return "";
  });
  return names;
}

/**
 * Fills a template of the library's catalogues: `{name}` becomes the param (a number
 * formatted for `lang`), `{name|# form|# forms}` the form of the number's plural category
 * with `#` replaced by the number. The forms are those of `formsLang` (default `lang`): the
 * language the template is written in, when a fallback stood in for a text `lang` lacks. A
 * missing param is a bug of the caller (the type checker and {@link defineLanguagePack}
 * rule it out): it throws.
 *
 * @internal
 */
export function fillTemplate(template: string, params: TemplateParams, lang: TextLanguage, formsLang: TextLanguage = lang): string {
  return replacePlaceholders(template, (name, forms) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (value === undefined) throw new Error(`fillTemplate: no value for {${name}} in "${template}"`);
    const text = typeof value === "number" ? formatNumber(value, lang) : value;
    if (forms === undefined) return text;
    if (typeof value !== "number") throw new Error(`fillTemplate: {${name}} takes plural forms but is not a number in "${template}"`);
    return pluralForm(forms, value, formsLang).split("#").join(text);
  });
}

/**
 * A pattern of a language pack (a date's, a number's) with its `{name}`s replaced; a name
 * without a value is left out.
 *
 * @internal
 */
export function fillPattern(pattern: string, values: Readonly<Record<string, string>>): string {
  return replacePlaceholders(pattern, (name) => (Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? "") : ""));
}

/**
 * Joins items as a list in running text by the language's list style: "a, b and c",
 * "a, b и c", "a, b және c".
 *
 * @internal
 */
export function joinList(items: readonly string[], lang: TextLanguage): string {
  if (items.length <= 1) return items.join("");
  const { separator, last } = packOf(lang).lists;
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1] ?? ""}`;
}

/**
 * The text with its first letter capitalised (Unicode case mapping, not the locale's).
 *
 * @internal
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
