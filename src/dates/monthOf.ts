import type { CivilDate } from "../model/civilDate";
import { invalidDates } from "./civilDate";
import { isCivilDate } from "./isCivilDate";

/**
 * The calendar month of a civil date, as `YYYY-MM` (the key of by-month tables).
 * Throws an {@link OpcatError} (`schema.invalid_date`, with `params.argument`) when an
 * argument is not a civil date.
 *
 * @example
 * ```ts
 * import { civilDate, monthOf } from "opcat-npm";
 *
 * monthOf(civilDate("2023-02-14"));
 * //=> "2023-02"
 * ```
 */
export function monthOf(date: CivilDate): string {
  if (!isCivilDate(date)) throw invalidDates({ date });
  return date.slice(0, 7);
}
