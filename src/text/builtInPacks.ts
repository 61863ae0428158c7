import type { Language } from "../model/language";
import type { LanguagePack, PluralCategory } from "./types";

// The built-in languages' rules, written here rather than read from Intl so that every
// engine and version writes the same characters (CLDR's rules and symbols, fixed).

const NO_BREAK_SPACE = "\u00A0";

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
// Russian: the genitive after a day ("8 ноября"), the nominative for a month on its own.
const RU_MONTHS_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const RU_MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const KK_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
];
// Kazakh locative + -ғы/-гі ("8 қарашадағы жағдай бойынша": as of 8 November), by vowel
// harmony and the last sound: -дағы/-дегі after vowels and voiced sounds, -тегі after к.
const KK_MONTHS_LOCATIVE = [
  "қаңтардағы",
  "ақпандағы",
  "наурыздағы",
  "сәуірдегі",
  "мамырдағы",
  "маусымдағы",
  "шілдедегі",
  "тамыздағы",
  "қыркүйектегі",
  "қазандағы",
  "қарашадағы",
  "желтоқсандағы",
];
// Kazakh dative ("31 желтоқсанға дейін": by 31 December): -ға/-ге, -ке after к.
const KK_MONTHS_DATIVE = [
  "қаңтарға",
  "ақпанға",
  "наурызға",
  "сәуірге",
  "мамырға",
  "маусымға",
  "шілдеге",
  "тамызға",
  "қыркүйекке",
  "қазанға",
  "қарашаға",
  "желтоқсанға",
];

/** CLDR's Russian rule for integers; any fraction is "other". */
function russianCategory(value: number): PluralCategory {
  const n = Math.abs(value);
  if (!Number.isInteger(n)) return "other";
  const lastDigit = n % 10;
  const lastTwo = n % 100;
  if (lastDigit === 1 && lastTwo !== 11) return "one";
  if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14))
    return "few";
  return "many";
}

const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/**
 * The built-in language packs: the rules of English, Russian and Kazakh (Cyrillic). Their
 * texts are the columns of the library's catalogues, so `texts` is empty here.
 *
 * @internal
 */
// A PURE-marked arrow, so that bundlers drop the packs with the text layer when it is unused.
export const BUILT_IN_PACKS: { readonly [L in Language]: LanguagePack } =
  /* @__PURE__ */ (() =>
    deepFreeze({
      en: {
        tag: "en",
        name: "English",
        fallback: [],
        plural: {
          categories: ["one", "other"],
          select: (n: number) => (Math.abs(n) === 1 ? "one" : "other"),
        },
        numbers: {
          group: ",",
          decimal: ".",
          percent: "{n}%",
          percentagePoints: `{n}${NO_BREAK_SPACE}pp`,
        },
        dates: {
          date: { pattern: "{day} {month} {year}", months: EN_MONTHS },
          period: {
            sameYear: "{fromDay} {fromMonth} – {to}",
            otherYears: "{from} – {to}",
          },
          months: EN_MONTHS,
          month: "{Month}",
          monthWithYear: "{Month} {year}",
        },
        lists: { separator: ", ", last: " and " },
        texts: {},
      },
      ru: {
        tag: "ru",
        name: "Русский язык",
        fallback: [],
        plural: {
          categories: ["one", "few", "many"],
          select: russianCategory,
          formOf: { other: "few" },
        },
        numbers: {
          group: NO_BREAK_SPACE,
          decimal: ",",
          percent: `{n}${NO_BREAK_SPACE}%`,
          percentagePoints: `{n}${NO_BREAK_SPACE}п.${NO_BREAK_SPACE}п.`,
        },
        dates: {
          date: {
            pattern: "{day} {month} {year} года",
            months: RU_MONTHS_GENITIVE,
          },
          period: {
            sameYear: "с {fromDay} {fromMonth} по {to}",
            otherYears: "с {from} по {to}",
          },
          months: RU_MONTHS,
          month: "{Month}",
          monthWithYear: "{Month} {year} года",
        },
        lists: { separator: ", ", last: " и " },
        texts: {},
      },
      kk: {
        tag: "kk",
        name: "Қазақ тілі",
        fallback: [],
        // CLDR's rule; Kazakh nouns stay singular after a numeral, so its texts write one form,
        // which every category takes.
        plural: {
          categories: ["one", "other"],
          select: (n: number) => (Math.abs(n) === 1 ? "one" : "other"),
        },
        numbers: {
          group: NO_BREAK_SPACE,
          decimal: ",",
          percent: `{n}${NO_BREAK_SPACE}%`,
          percentagePoints: `{n}${NO_BREAK_SPACE}п.${NO_BREAK_SPACE}т.`,
        },
        dates: {
          date: { pattern: "{year} жылғы {day} {month}", months: KK_MONTHS },
          asOf: {
            pattern: "{year} жылғы {day} {month}",
            months: KK_MONTHS_LOCATIVE,
          },
          by: {
            pattern: "{year} жылғы {day} {month}",
            months: KK_MONTHS_DATIVE,
          },
          period: {
            sameYear: "{from} – {toDay} {toMonth}",
            otherYears: "{from} – {to}",
          },
          months: KK_MONTHS,
          month: "{Month}",
          monthWithYear: "{year} жылғы {month}",
        },
        lists: { separator: ", ", last: " және " },
        texts: {},
      },
    } satisfies { readonly [L in Language]: LanguagePack }))();
