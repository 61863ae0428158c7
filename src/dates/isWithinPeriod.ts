import { readFields } from "../errors/optionProblems";
import type { CivilDate } from "../model/civilDate";
import { invalidDates } from "./civilDate";
import { isCivilDate } from "./isCivilDate";

/**
 * Whether a civil date lies in a period, both ends included. A period whose `from` is after
 * its `to` contains no date. Throws an {@link OpcatError} (`schema.invalid_date`, with
 * `params.argument`) when the date or an end of the period is not a civil date.
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
  // Read once, so that a getter cannot answer the check and the comparison differently.
  const { from, to } = readFields(period, ["from", "to"], "period", false).fields;
  if (!isCivilDate(date) || !isCivilDate(from) || !isCivilDate(to)) throw invalidDates({ date, "period.from": from, "period.to": to });
  return from <= date && date <= to;
}
