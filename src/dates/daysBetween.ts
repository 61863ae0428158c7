import type { CivilDate } from "../model/civilDate";
import { invalidDates } from "./civilDate";
import { dayDifference } from "./dayNumber";
import { isCivilDate } from "./isCivilDate";

/**
 * The number of calendar days from `from` to `to`: positive when `to` is later, negative
 * when earlier, 0 on the same day. Issued on 20 February, implemented on 11 April: 50 days.
 * Exact integer arithmetic on day numbers, the same in every process time zone. (date-fns's
 * `differenceInCalendarDays` is off by one around 0000-02-29: it reads year 0 as 1900.)
 * Throws an {@link OpcatError} (`schema.invalid_date`, with `params.argument`) when an
 * argument is not a civil date.
 *
 * @example
 * ```ts
 * import { civilDate, daysBetween } from "opcat-npm";
 *
 * daysBetween(civilDate("2023-02-20"), civilDate("2023-04-11"));
 * //=> 50
 * daysBetween(civilDate("2024-03-01"), civilDate("2024-02-28"));
 * //=> -2
 * ```
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  if (!isCivilDate(from) || !isCivilDate(to)) throw invalidDates({ from, to });
  return dayDifference(from, to);
}
