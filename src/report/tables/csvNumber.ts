import { formatNumber, formatPercent, formatPercentagePoints } from "../../text/numbers";
import type { ReportTableColumn, ReportTableUnit } from "./reportTable";

/** A number rounded to `places` fraction digits as the document rounds it (half away from zero, on its decimal digits). */
function rounded(value: number, places: number): number {
  // formatNumber's English form has "," between groups and "." before the fraction only.
  return Number(formatNumber(value, "en", { maxFractionDigits: places }).replaceAll(",", ""));
}

/**
 * A percentage as the document shows it ("91.5%", "+2 pp"), as a number: the digits without
 * the unit. Where the document writes "<0.1" or ">99.9" (a share that is not 0 and not all),
 * the percentage gets the fraction digits it needs not to read as 0 or 100.
 */
function shownPercent(rate: number, shown: string): number {
  const digits = shown.replace(/[^\d.<>]/g, "");
  const sign = rate < 0 ? -1 : 1;
  if (!digits.startsWith("<") && !digits.startsWith(">")) return sign * Number(digits);
  const percent = Math.abs(rate) * 100;
  for (let places = 2; places < 20; places++) {
    const value = rounded(percent, places);
    if (value !== 0 && value !== 100) return sign * value;
  }
  return sign * percent;
}

/**
 * The number a CSV cell of a report table holds, rounded as the document shows it: counts
 * exact; shares and rates as percentages (0.915 is 91.5, under a header "Share, %");
 * differences of rates in percentage points; fractional counts to 2 digits; days to 1.
 * Null (no value) stays null, an empty cell.
 *
 * @internal
 */
export function csvNumber(value: number | null, role: ReportTableColumn["role"], unit: ReportTableUnit): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (role === "share" || (role === "value" && unit === "rate")) return shownPercent(value, formatPercent(value, "en"));
  if (role === "difference" && unit === "rate") return shownPercent(value, formatPercentagePoints(value, "en"));
  if (unit === "number") return rounded(value, 2);
  if (unit === "days") return rounded(value, 1);
  return value;
}
