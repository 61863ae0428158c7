import { periodProblems, throwIfProblems } from "../errors/optionProblems";
import type { CivilDate } from "../model/civilDate";
import { invalidDates } from "./civilDate";
import { isCivilDate } from "./isCivilDate";

/**
 * Whether a civil date lies in a period, both ends included. A period whose `from` is after
 * its `to` contains no date.
 *
 * @example
 * ```ts
 * import { civilDate, isWithinPeriod } from "opcat-npm";
 *
 * const year2023 = { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") };
 * isWithinPeriod(civilDate("2023-12-31"), year2023);
 * //=> true
 * isWithinPeriod(civilDate("2024-01-01"), year2023);
 * //=> false
 * ```
 */
export function isWithinPeriod(date: CivilDate, period: { readonly from: CivilDate; readonly to: CivilDate }): boolean {
  throwIfProblems([...(isCivilDate(date) ? [] : invalidDates({ date }).problems), ...periodProblems(period, undefined)]);
  return period.from <= date && date <= period.to;
}
