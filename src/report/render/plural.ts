import type { Language } from "../../model/language";

/**
 * A CLDR plural category, of those the library's languages use.
 *
 * @internal
 */
export type PluralCategory = "one" | "few" | "many" | "other";

/**
 * The CLDR plural category of a number in `lang`, computed here rather than by
 * `Intl.PluralRules` so that it is the same in every engine. English: "one" for 1, else
 * "other". Russian, for integers: "one" when it ends in 1 but not 11 (1, 21, 101, 461),
 * "few" when it ends in 2–4 but not 12–14 (2, 22, 104), "many" otherwise (0, 5, 11, 12,
 * 111); any fraction is "other". Kazakh: "one" for 1, else "other" (its nouns take one
 * form whatever the number). The sign is ignored.
 *
 * @internal
 */
export function pluralCategory(value: number, lang: Language): PluralCategory {
  const n = Math.abs(value);
  if (lang !== "ru") return n === 1 ? "one" : "other";
  if (!Number.isInteger(n)) return "other";
  const lastDigit = n % 10;
  const lastTwo = n % 100;
  if (lastDigit === 1 && lastTwo !== 11) return "one";
  if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) return "few";
  return "many";
}

/**
 * The form for a number among `forms`, written in the order of the catalogue: English
 * one|other, Russian one|few|many (a fraction takes the "few" form, the genitive singular:
 * "1,5 визита"), Kazakh a single form, since Kazakh nouns stay singular after a numeral.
 * Missing forms fall back to the last one given.
 *
 * @internal
 */
export function pluralForm(forms: readonly string[], value: number, lang: Language): string {
  const category = pluralCategory(value, lang);
  let index: number;
  if (lang === "kk") index = 0;
  else if (lang === "en") index = category === "one" ? 0 : 1;
  else index = category === "one" ? 0 : category === "many" ? 2 : 1;
  return forms[Math.min(index, forms.length - 1)] ?? "";
}
