import { format } from "date-fns";
import { enGB, kk, ru } from "date-fns/locale";
import type { CivilDate } from "../model/civilDate";
import type { Language } from "../model/language";
import { languageProblems, throwIfProblems } from "../errors/optionProblems";
import { invalidDates } from "./civilDate";
import { isCivilDate } from "./isCivilDate";
import { toUtcDate } from "./toUtcDate";

const LOCALES = { en: enGB, ru, kk } as const;

/**
 * A civil date written out for readers in `en`, `ru` or `kk` (date-fns's long date form
 * of that locale). The same in every process time zone. A date in the year 0000 is written
 * as it is (`0000-02-28`), since date-fns would call that year 1.
 * Throws an {@link OpcatError} (`schema.invalid_date`, `schema.invalid_value`) for a date
 * that is not a civil date or a `lang` other than `en`, `ru` and `kk`.
 *
 * @example
 * ```ts
 * import { civilDate, formatCivilDate } from "opcat-npm";
 *
 * formatCivilDate(civilDate("2024-11-08"), "en");
 * //=> "8 November 2024"
 * formatCivilDate(civilDate("2024-11-08"), "ru");
 * //=> "8 ноября 2024 г."
 * formatCivilDate(civilDate("2024-11-08"), "kk");
 * //=> "8-ші қараша 2024 ж."
 * ```
 */
export function formatCivilDate(date: CivilDate, lang: Language): string {
  if (!isCivilDate(date)) throw invalidDates({ date });
  throwIfProblems(languageProblems(lang));
  if (date.startsWith("0000")) return date;
  return format(toUtcDate(date), "PPP", { locale: LOCALES[lang] });
}
