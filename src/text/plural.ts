import { packOf } from "./packOf";
import type { PluralCategory, TextLanguage } from "./types";

/**
 * The plural category of a number in a language, by the language pack's rule (the built-in
 * rules are CLDR's, written out so that they are the same in every engine). English: "one"
 * for 1, else "other". Russian, for integers: "one" when it ends in 1 but not 11 (1, 21,
 * 101, 461), "few" when it ends in 2–4 but not 12–14 (2, 22, 104), "many" otherwise (0, 5,
 * 11, 12, 111); any fraction is "other". Kazakh: "one" for 1, else "other" (its texts write
 * one form, which both take).
 *
 * @internal
 */
export function pluralCategory(value: number, lang: TextLanguage): PluralCategory {
  return packOf(lang).plural.select(value);
}

/**
 * The form for a number among `forms`, written in the order of the pack's plural categories
 * (English one|other, Russian one|few|many, Kazakh a single form). A category without a form
 * of its own takes the one its rule names (Russian fractions take the "few" form, the
 * genitive singular: "1,5 визита"), else the last form given.
 *
 * @internal
 */
export function pluralForm(forms: readonly string[], value: number, lang: TextLanguage): string {
  const { categories, select, formOf } = packOf(lang).plural;
  const category = select(value);
  let index = categories.indexOf(category);
  if (index < 0) {
    const stand = formOf?.[category];
    index = stand === undefined ? forms.length - 1 : categories.indexOf(stand);
  }
  if (index < 0) index = forms.length - 1;
  return forms[Math.min(index, forms.length - 1)] ?? "";
}
