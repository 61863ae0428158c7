import type { CivilDate } from "../model/civilDate";

const MS_PER_DAY = 86_400_000;

/** The value of two or four ASCII digits of `text` from `start`. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/**
 * The number of days from 1970-01-01 to a civil date (negative before it). Integer
 * arithmetic only (days from the civil calendar, counted in 400-year eras of 146,097
 * days), so the same in every process time zone and with no `Date` at all: it runs once
 * per recommendation in a report.
 *
 * @internal
 */
export function dayNumber(date: CivilDate): number {
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  // Years counted from March, so that the leap day ends the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The days from one civil date to another, unchecked: {@link daysBetween} for the
 * library's loops over dates it has read already.
 *
 * @internal
 */
export function dayDifference(from: CivilDate, to: CivilDate): number {
  return dayNumber(to) - dayNumber(from);
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
