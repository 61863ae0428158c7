import type { CivilDate } from "../../model/civilDate";
import type { Language } from "../../model/language";
import type { Period } from "../../model/period";

// Dates in running text, in each language's official style, from the civil date's own
// digits: no Date object, no time zone, no locale data (date-fns's kk locale writes
// "8-ші қараша 2024 ж.", not the official "2024 жылғы 8 қараша").

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
// Russian: the genitive after a day ("8 ноября"), the nominative for a month on its own.
const RU_MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"] as const;
const RU_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"] as const;
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"] as const;
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
] as const;

// Kazakh dative ("31 желтоқсанға дейін": by 31 December), by vowel harmony and the last
// sound: -ға/-ге, -ке after к.
const KK_MONTHS_DATIVE = ["қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға", "шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға"] as const;

interface DateParts {
  readonly year: string;
  readonly month: number;
  readonly day: string;
}

function partsOf(date: CivilDate): DateParts {
  const year = date.slice(0, 4).replace(/^0+(?=\d)/, "");
  return { year, month: Number(date.slice(5, 7)), day: String(Number(date.slice(8, 10))) };
}

function monthAt(names: readonly string[], month: number): string {
  return names[month - 1] ?? String(month);
}

/**
 * A civil date in running text: `en` "8 November 2024", `ru` "8 ноября 2024 года", `kk`
 * "2024 жылғы 8 қараша". Read off the date's digits, so the same in every time zone and
 * engine. The year is written without leading zeros.
 *
 * @internal
 */
export function formatDate(date: CivilDate, lang: Language): string {
  const { year, month, day } = partsOf(date);
  if (lang === "en") return `${day} ${monthAt(EN_MONTHS, month)} ${year}`;
  if (lang === "ru") return `${day} ${monthAt(RU_MONTHS_GENITIVE, month)} ${year} года`;
  return `${year} жылғы ${day} ${monthAt(KK_MONTHS, month)}`;
}

/**
 * The Kazakh date in the attributive locative, for "as of": "2024 жылғы 8 қарашадағы"
 * (followed by "жағдай бойынша").
 *
 * @internal
 */
export function formatKazakhDateAttributive(date: CivilDate): string {
  const { year, month, day } = partsOf(date);
  return `${year} жылғы ${day} ${monthAt(KK_MONTHS_LOCATIVE, month)}`;
}

/**
 * A date in Kazakh in the dative, for "by" ("2025 жылғы 31 желтоқсанға дейін"): the form of
 * {@link formatDate} with the month in the dative.
 *
 * @internal
 */
export function formatKazakhDateDative(date: CivilDate): string {
  const { year, month, day } = partsOf(date);
  return `${year} жылғы ${day} ${monthAt(KK_MONTHS_DATIVE, month)}`;
}

/**
 * Whether a period is one whole calendar year; its year, or null.
 *
 * @internal
 */
export function calendarYearOf(period: Period): string | null {
  const year = period.from.slice(0, 4);
  return period.from.slice(5) === "01-01" && period.to === `${year}-12-31` ? year.replace(/^0+(?=\d)/, "") : null;
}

/**
 * A period as a range for a title: `en` "1 January – 31 December 2023", `ru` "с 1 января
 * по 31 декабря 2023 года", `kk` "2023 жылғы 1 қаңтар – 31 желтоқсан"; the year is written
 * once when both ends share it, else at each end. One day: that date.
 *
 * @internal
 */
export function formatPeriod(period: Period, lang: Language): string {
  const from = partsOf(period.from);
  const to = partsOf(period.to);
  if (period.from === period.to) return formatDate(period.from, lang);
  const sameYear = from.year === to.year;
  if (lang === "en") {
    const start = sameYear ? `${from.day} ${monthAt(EN_MONTHS, from.month)}` : formatDate(period.from, lang);
    return `${start} – ${formatDate(period.to, lang)}`;
  }
  if (lang === "ru") {
    const start = sameYear ? `${from.day} ${monthAt(RU_MONTHS_GENITIVE, from.month)}` : formatDate(period.from, lang);
    return `с ${start} по ${formatDate(period.to, lang)}`;
  }
  const end = sameYear ? `${to.day} ${monthAt(KK_MONTHS, to.month)}` : formatDate(period.to, lang);
  return `${formatDate(period.from, lang)} – ${end}`;
}

/**
 * The name of a month (`YYYY-MM`) for a table row, capitalised: "January", "Январь",
 * "Қаңтар"; with its year when `withYear` ("January 2023", "Январь 2023 года",
 * "2023 жылғы қаңтар"). Not a month key: the key itself.
 *
 * @internal
 */
export function formatMonth(key: string, lang: Language, withYear: boolean): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = match === null ? 0 : Number(match[2]);
  if (match === null || month < 1 || month > 12) return key;
  const year = (match[1] ?? "").replace(/^0+(?=\d)/, "");
  const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  if (lang === "en") return withYear ? `${monthAt(EN_MONTHS, month)} ${year}` : monthAt(EN_MONTHS, month);
  if (lang === "ru") return capitalised(withYear ? `${monthAt(RU_MONTHS, month)} ${year} года` : monthAt(RU_MONTHS, month));
  return withYear ? `${year} жылғы ${monthAt(KK_MONTHS, month)}` : capitalised(monthAt(KK_MONTHS, month));
}
