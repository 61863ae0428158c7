import type { CivilDate } from "../model/civilDate";

const MS_PER_DAY = 86_400_000;

/**
 * The number of days from 1970-01-01 to a civil date (negative before it). Pure integer
 * arithmetic in UTC, so the same in every process time zone; fast enough for hot loops.
 * `setUTCFullYear` is used because `Date.UTC` maps years 0–99 to 1900–1999.
 *
 * @internal
 */
export function dayNumber(date: CivilDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;
}

/**
 * The civil date `days` days after 1970-01-01: the inverse of {@link dayNumber}.
 *
 * @internal
 */
export function civilDateFromDayNumber(days: number): CivilDate {
  const moment = new Date(days * MS_PER_DAY);
  const year = String(moment.getUTCFullYear()).padStart(4, "0");
  const month = String(moment.getUTCMonth() + 1).padStart(2, "0");
  const day = String(moment.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}` as CivilDate;
}
