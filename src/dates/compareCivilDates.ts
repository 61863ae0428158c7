import type { CivilDate } from "../model/civilDate";
import { invalidDates } from "./civilDate";
import { isCivilDate } from "./isCivilDate";

/**
 * Orders two civil dates: `-1` when `a` is earlier, `1` when later, `0` when the same day.
 * Usable directly as a sort comparator. Civil dates compare as strings, with no time zone.
 * Throws an {@link OpcatError} (`schema.invalid_date`, with `params.argument`) when an
 * argument is not a civil date.
 *
 * @example
 * ```ts
 * import { civilDate, compareCivilDates } from "opcat-npm";
 *
 * compareCivilDates(civilDate("2023-02-14"), civilDate("2023-11-01"));
 * //=> -1
 * [civilDate("2023-12-31"), civilDate("2023-01-01")].sort(compareCivilDates);
 * //=> ["2023-01-01", "2023-12-31"]
 * ```
 */
export function compareCivilDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  if (!isCivilDate(a) || !isCivilDate(b)) throw invalidDates({ a, b });
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
