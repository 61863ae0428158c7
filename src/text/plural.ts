import { packOf } from "./packOf";
import type { TextLanguage } from "./types";

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
