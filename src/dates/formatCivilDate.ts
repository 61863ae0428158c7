import type { CivilDate } from "../model/civilDate";
import { languageProblems, throwIfProblems } from "../errors/optionProblems";
import { formatDate } from "../text/dates";
import type { TextLanguage } from "../text/types";
import { invalidDates } from "./civilDate";
import { isCivilDate } from "./isCivilDate";

/**
 * A civil date written out for readers, in the official style of the language (the one the
 * report, the follow-up and the summary use): `en` "8 November 2024", `ru` "8 ноября 2024
 * года", `kk` "2024 жылғы 8 қараша", or a language pack's date style. Read off the date's
 * digits, so the same in every process time zone and engine. A date in the year 0000 is
 * written as it is (`0000-02-28`): no calendar names that year.
 * Throws an {@link OpcatError} (`schema.invalid_date`, `schema.invalid_value`) for a date
 * that is not a civil date or a `lang` that is not `en`, `ru`, `kk` or a language pack.
 *
 * @example
 * ```ts
 * import { civilDate, formatCivilDate } from "opcat-npm";
 *
 * formatCivilDate(civilDate("2024-11-08"), "en");
 * //=> "8 November 2024"
 * formatCivilDate(civilDate("2024-11-08"), "ru");
 * //=> "8 ноября 2024 года"
 * formatCivilDate(civilDate("2024-11-08"), "kk");
 * //=> "2024 жылғы 8 қараша"
 * ```
 */
export function formatCivilDate(date: CivilDate, lang: TextLanguage): string {
  if (!isCivilDate(date)) throw invalidDates({ date });
  throwIfProblems(languageProblems(lang));
  if (date.startsWith("0000")) return date;
  return formatDate(date, lang);
}
