import { addDays as addDaysToDate } from "date-fns";
import type { CivilDate } from "../model/civilDate";
import { civilDateFromDayNumber } from "./dayNumber";
import { toUtcDate } from "./toUtcDate";

/**
 * The civil date `days` days after `date` (before it when `days` is negative). A fraction
 * of a day is dropped toward zero, as date-fns does.
 *
 * @example
 * ```ts
 * import { addDays, civilDate } from "opcat-npm";
 *
 * addDays(civilDate("2023-02-20"), 90);
 * //=> "2023-05-21"
 * addDays(civilDate("2024-03-01"), -1);
 * //=> "2024-02-29"
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return civilDateFromDayNumber(addDaysToDate(toUtcDate(date), days).getTime() / 86_400_000);
}
