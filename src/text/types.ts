import type { Language } from "../model/language";

/**
 * A CLDR plural category.
 *
 * @example
 * ```ts
 * import type { PluralCategory } from "opcat-npm";
 *
 * const category: PluralCategory = "few";
 * category;
 * //=> "few"
 * ```
 */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/**
 * How a language chooses the form of a word after a number. `categories` lists, in order,
 * the forms its texts write in a counted placeholder (`{n|# visit|# visits}` is English
 * one|other); `select` gives the category of a number (CLDR's rule, written as a function so
 * that it is the same in every engine, not read from the engine's ICU data); `formOf` names,
 * for a category that has no form of its own, the one whose form it takes (Russian fractions,
 * CLDR "other", take the "few" form: "1,5 визита"). A category with neither takes the last form.
 *
 * @example
 * ```ts
 * import type { PluralRule } from "opcat-npm";
 *
 * const english: PluralRule = { categories: ["one", "other"], select: (n) => (n === 1 ? "one" : "other") };
 * english.select(461);
 * //=> "other"
 * ```
 */
export interface PluralRule {
  /** The categories the texts write forms for, in the order they write them. */
  readonly categories: readonly PluralCategory[];
  /** The category of a number. */
  readonly select: (value: number) => PluralCategory;
  /** For a category without a form of its own, the category whose form it takes. */
  readonly formOf?: Readonly<Partial<Record<PluralCategory, PluralCategory>>> | undefined;
}

/**
 * How a language writes numbers: the group separator ("," or a no-break space), the decimal
 * sign, and the patterns of a percentage and of percentage points, `{n}` standing for the
 * number with its sign ("{n}%", "{n} %", "{n} п. п.").
 *
 * @example
 * ```ts
 * import type { NumberSymbols } from "opcat-npm";
 *
 * const french: NumberSymbols = { group: "\u202F", decimal: ",", percent: "{n}\u00A0%", percentagePoints: "{n}\u00A0pt" };
 * french.decimal;
 * //=> ","
 * ```
 */
export interface NumberSymbols {
  readonly group: string;
  readonly decimal: string;
  readonly percent: string;
  readonly percentagePoints: string;
}

/**
 * A date written in one form: a pattern with `{day}`, `{month}` and `{year}`, and the twelve
 * month names that form uses (January first).
 *
 * @example
 * ```ts
 * import type { DateForm } from "opcat-npm";
 *
 * const form: DateForm = { pattern: "{day} {month} {year}", months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] };
 * form.months.length;
 * //=> 12
 * ```
 */
export interface DateForm {
  readonly pattern: string;
  readonly months: readonly string[];
}

/**
 * How a language writes dates, read off a civil date's digits (no `Date`, no time zone, no
 * locale data):
 *
 * - `date`: a date in running text ("8 November 2024", "8 ноября 2024 года");
 * - `asOf` and `by`: the date in the phrases "as of …" and "by …", where the language
 *   declines it (Kazakh "2024 жылғы 8 қарашадағы", "… желтоқсанға дейін"); `date` when absent;
 * - `period`: a range, `sameYear` when both ends share the year (`{fromDay}`, `{fromMonth}`,
 *   `{toDay}`, `{toMonth}` in the form of `date`, `{from}`, `{to}` whole dates, `{year}`),
 *   `otherYears` else (`{from}`, `{to}`);
 * - `month` and `monthWithYear`: a month as a table row ("January", "January 2023"), with
 *   `{month}` from `months` (the name on its own), `{Month}` the same capitalised, `{year}`.
 *
 * @example
 * ```ts
 * import { languagePack } from "opcat-npm";
 *
 * languagePack("ru").dates.date.pattern;
 * //=> "{day} {month} {year} года"
 * ```
 */
export interface DateStyle {
  readonly date: DateForm;
  readonly asOf?: DateForm | undefined;
  readonly by?: DateForm | undefined;
  readonly period: { readonly sameYear: string; readonly otherYears: string };
  readonly months: readonly string[];
  readonly month: string;
  readonly monthWithYear: string;
}

/**
 * How a language joins the items of a list in running text: "a, b and c" is
 * `{ separator: ", ", last: " and " }`.
 *
 * @example
 * ```ts
 * import type { ListStyle } from "opcat-npm";
 *
 * const russian: ListStyle = { separator: ", ", last: " и " };
 * russian.last;
 * //=> " и "
 * ```
 */
export interface ListStyle {
  readonly separator: string;
  readonly last: string;
}

/**
 * The texts of a language pack: for each catalogue (`report`, `followUp`, `issues`, …; see
 * {@link TEXT_CATALOGUES}), texts by key, in the catalogues' template syntax. A key left out
 * is taken from the pack's fallback languages.
 *
 * @example
 * ```ts
 * import type { PackTexts } from "opcat-npm";
 *
 * const texts: PackTexts = { report: { total: "Усього" } };
 * texts.report?.total;
 * //=> "Усього"
 * ```
 */
export type PackTexts = Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;

/**
 * A language the library writes in: its BCP 47 tag, its name in itself, the languages whose
 * texts stand in for those it lacks (in order, built-in tags or other packs; English is the
 * last resort of every chain), its plural rule, number symbols, date style, list style and
 * texts. `en`, `ru` and `kk` are built in ({@link languagePack}); build another with
 * {@link defineLanguagePack}, which checks it, and pass it wherever a `lang` is taken.
 *
 * @example
 * ```ts
 * import { languagePack } from "opcat-npm";
 *
 * const kazakh = languagePack("kk");
 * [kazakh.tag, kazakh.name, kazakh.numbers.decimal];
 * //=> ["kk", "Қазақ тілі", ","]
 * ```
 */
export interface LanguagePack {
  readonly tag: string;
  readonly name: string;
  readonly fallback: readonly (Language | LanguagePack)[];
  readonly plural: PluralRule;
  readonly numbers: NumberSymbols;
  readonly dates: DateStyle;
  readonly lists: ListStyle;
  readonly texts: PackTexts;
}

/**
 * What a `lang` option takes: a built-in language's tag (`"en"`, `"ru"`, `"kk"`) or a
 * {@link LanguagePack}.
 *
 * @example
 * ```ts
 * import type { TextLanguage } from "opcat-npm";
 *
 * const lang: TextLanguage = "kk";
 * lang;
 * //=> "kk"
 * ```
 */
export type TextLanguage = Language | LanguagePack;
