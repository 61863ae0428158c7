import type { Language } from "../../model/language";
import { formatNumber } from "./numbers";
import { pluralForm } from "./plural";

/**
 * The values a template takes: texts as they are, numbers formatted for the language.
 *
 * @internal
 */
export type TemplateParams = Readonly<Record<string, string | number>>;

// The placeholder syntax of the validator's messages (src/validate/messages.ts): `{name}`,
// or `{name|form|form…}` for a number with the form its plural category takes, `#` standing
// for the number (English one|other, Russian one|few|many, Kazakh a single form).
const PLACEHOLDER = /\{(\w+)(\|[^{}]*)?\}/g;

/**
 * Fills a template of the report's catalogue: `{name}` becomes the param (a number
 * formatted for `lang`), `{name|# form|# forms}` the form of the number's plural category
 * with `#` replaced by the number. A missing param is a bug of the renderer: it throws.
 *
 * @internal
 */
export function fillTemplate(template: string, params: TemplateParams, lang: Language): string {
  return template.replace(PLACEHOLDER, (_match, name: string, forms: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) throw new Error(`renderReport: no value for {${name}} in "${template}"`);
    const value = params[name];
    if (value === undefined) throw new Error(`renderReport: no value for {${name}} in "${template}"`);
    const text = typeof value === "number" ? formatNumber(value, lang) : value;
    if (forms === undefined) return text;
    if (typeof value !== "number") throw new Error(`renderReport: {${name}} takes plural forms but is not a number in "${template}"`);
    return pluralForm(forms.slice(1).split("|"), value, lang).split("#").join(text);
  });
}

/**
 * Joins items as a list in running text: "a, b and c", "a, b и c", "a, b және c".
 *
 * @internal
 */
export function joinList(items: readonly string[], lang: Language): string {
  const and = { en: "and", ru: "и", kk: "және" }[lang];
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1] ?? ""}`;
}

/**
 * The text with its first letter capitalised (Unicode case mapping, not the locale's).
 *
 * @internal
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
