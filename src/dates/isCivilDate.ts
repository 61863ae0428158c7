import type { CivilDate } from "../model/civilDate";

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
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
  if (typeof value !== "string") return false;
  const match = SHAPE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= monthLength;
}
