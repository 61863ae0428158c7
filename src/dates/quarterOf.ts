import { getQuarter } from "date-fns";
import type { CivilDate } from "../model/civilDate";
import { invalidDates } from "./civilDate";
import { isCivilDate } from "./isCivilDate";
import { toUtcDate } from "./toUtcDate";

/**
 * The calendar quarter of a civil date, as `YYYY-Qn` (January–March is Q1).
 * Throws an {@link OpcatError} (`schema.invalid_date`, with `params.argument`) when an
 * argument is not a civil date.
 *
 * @example
 * ```ts
 * import { civilDate, quarterOf } from "opcat-npm";
 *
 * quarterOf(civilDate("2023-02-14"));
 * //=> "2023-Q1"
 * quarterOf(civilDate("2023-10-01"));
 * //=> "2023-Q4"
 * ```
 */
export function quarterOf(date: CivilDate): string {
  if (!isCivilDate(date)) throw invalidDates({ date });
  return `${date.slice(0, 4)}-Q${String(getQuarter(toUtcDate(date)))}`;
}
