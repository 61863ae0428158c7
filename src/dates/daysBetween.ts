import { differenceInCalendarDays } from "date-fns";
import type { CivilDate } from "../model/civilDate";
import { toUtcDate } from "./toUtcDate";

/**
 * The number of calendar days from `from` to `to`: positive when `to` is later, negative
 * when earlier, 0 on the same day. Issued on 20 February, implemented on 11 April: 50 days.
 * The same in every process time zone (computed by date-fns in UTC).
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
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}
