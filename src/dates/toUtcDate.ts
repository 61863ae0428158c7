import { UTCDate } from "@date-fns/utc";
import type { CivilDate } from "../model/civilDate";
import { dayNumber } from "./dayNumber";

/**
 * The civil date as a date-fns `UTCDate` at midnight UTC: date-fns then computes in UTC
 * whatever the process time zone, so a civil date stays the same day.
 *
 * @internal
 */
export function toUtcDate(date: CivilDate): UTCDate {
  return new UTCDate(dayNumber(date) * 86_400_000);
}
