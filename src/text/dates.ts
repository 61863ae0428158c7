import type { CivilDate } from "../model/civilDate";
import type { Period } from "../model/period";
import { capitalise, fillPattern } from "./template";
import { packOf } from "./packOf";
import type { DateForm, TextLanguage } from "./types";

// Dates in running text, in each language's official style, read off the civil date's own
// digits: no Date object, no time zone, no locale data (date-fns's kk locale writes
// "8-ші қараша 2024 ж.", not the official "2024 жылғы 8 қараша").

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

function written(parts: DateParts, form: DateForm): string {
  return fillPattern(form.pattern, { day: parts.day, month: monthAt(form.months, parts.month), year: parts.year });
}

/**
 * The phrase a date stands in: on its own (`date`), after "as of" (`asOf`), before "by"
 * (`by`). Languages that decline dates write each differently (Kazakh "2024 жылғы 8
 * қарашадағы жағдай бойынша", "2025 жылғы 31 желтоқсанға дейін").
 *
 * @internal
 */
export type DateUse = "date" | "asOf" | "by";

/**
 * A civil date in running text: `en` "8 November 2024", `ru` "8 ноября 2024 года", `kk`
 * "2024 жылғы 8 қараша"; with `use` `asOf` or `by`, in the form the language gives the date
 * in those phrases (Kazakh "2024 жылғы 8 қарашадағы", "… қарашаға"). Read off the date's
 * digits, so the same in every time zone and engine. The year is written without leading
 * zeros.
 *
 * @internal
 */
export function formatDate(date: CivilDate, lang: TextLanguage, use: DateUse = "date"): string {
  const dates = packOf(lang).dates;
  return written(partsOf(date), (use === "date" ? undefined : dates[use]) ?? dates.date);
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
 * A period as a range: `en` "1 January – 31 December 2023", `ru` "с 1 января по 31 декабря
 * 2023 года", `kk` "2023 жылғы 1 қаңтар – 31 желтоқсан"; the year is written once when both
 * ends share it, else at each end. One day: that date.
 *
 * @internal
 */
export function formatPeriod(period: Period, lang: TextLanguage): string {
  if (period.from === period.to) return formatDate(period.from, lang);
  const { dates } = packOf(lang);
  const from = partsOf(period.from);
  const to = partsOf(period.to);
  const months = dates.date.months;
  return fillPattern(from.year === to.year ? dates.period.sameYear : dates.period.otherYears, {
    from: written(from, dates.date),
    to: written(to, dates.date),
    fromDay: from.day,
    fromMonth: monthAt(months, from.month),
    toDay: to.day,
    toMonth: monthAt(months, to.month),
    year: from.year,
  });
}

/**
 * The name of a month (`YYYY-MM`) for a table row: "January", "Январь", "Қаңтар"; with its
 * year when `withYear` ("January 2023", "Январь 2023 года", "2023 жылғы қаңтар"). Not a
 * month key: the key itself.
 *
 * @internal
 */
export function formatMonth(key: string, lang: TextLanguage, withYear: boolean): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = match === null ? 0 : Number(match[2]);
  if (match === null || month < 1 || month > 12) return key;
  const { dates } = packOf(lang);
  const name = monthAt(dates.months, month);
  return fillPattern(withYear ? dates.monthWithYear : dates.month, { month: name, Month: capitalise(name), year: (match[1] ?? "").replace(/^0+(?=\d)/, "") });
}
