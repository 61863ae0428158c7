import type { CivilDate } from "../model/civilDate";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The value of the ASCII digit at `index`, or -1. Char codes, not a regex: this runs per date. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * Whether a value is a civil date: a string `YYYY-MM-DD` naming a real calendar day
 * (leap years by the Gregorian rule). Needs no zod, so it costs little to import.
 *
 * @example
 * ```ts
 * import { isCivilDate } from "opcat-npm";
 *
 * isCivilDate("2024-02-29");
 * //=> true
 * isCivilDate("2023-02-29");
 * //=> false
 * isCivilDate("2023-04-31");
 * //=> false
 * isCivilDate(20230214);
 * //=> false
 * ```
 */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y1 = digitAt(value, 0);
  const y2 = digitAt(value, 1);
  const y3 = digitAt(value, 2);
  const y4 = digitAt(value, 3);
  const m1 = digitAt(value, 5);
  const m2 = digitAt(value, 6);
  const d1 = digitAt(value, 8);
  const d2 = digitAt(value, 9);
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return false;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= monthLength;
}
