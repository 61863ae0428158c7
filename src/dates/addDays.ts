import { OpcatError } from "../errors/OpcatError";
import type { CivilDate } from "../model/civilDate";
import { civilDateFromDayNumber, dayNumber } from "./dayNumber";
import { invalidDates } from "./civilDate";
import { isCivilDate } from "./isCivilDate";

/**
 * The civil date `days` days after `date` (before it when `days` is negative). A fraction of
 * a day is dropped toward zero (−1.5 days is −1 day). Throws an {@link OpcatError} with code
 * `date.out_of_range` when `days` is not a finite number or the result would fall outside
 * the years 0000–9999 that a civil date can name; `schema.invalid_date` when `date` is not
 * a civil date, `schema.invalid_type` when `days` is not a number.
 *
 * @example
 * ```ts
 * import { addDays, civilDate } from "opcat-npm";
 *
 * addDays(civilDate("2023-02-20"), 90);
 * //=> "2023-05-21"
 * addDays(civilDate("2024-03-01"), -1);
 * //=> "2024-02-29"
 * addDays(civilDate("9999-12-31"), 1);
 * //=> throws
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  if (!isCivilDate(date)) throw invalidDates({ date });
  if (typeof days !== "number") throw new OpcatError([{ code: "schema.invalid_type", path: [], message: `days must be a number, not ${typeof days}`, params: { argument: "days", expected: "number", received: typeof days } }]);
  const result = Number.isFinite(days) ? civilDateFromDayNumber(dayNumber(date) + Math.trunc(days)) : undefined;
  if (result !== undefined && isCivilDate(result)) return result;
  throw new OpcatError([
    {
      code: "date.out_of_range",
      path: [],
      message: `Cannot add ${String(days)} days to ${date}: the result is not a date between 0000-01-01 and 9999-12-31`,
      params: { date, days },
    },
  ]);
}
