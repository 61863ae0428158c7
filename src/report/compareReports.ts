import type { Report } from "./report";
import { throwIfProblems } from "../errors/optionProblems";
import { reportProblems } from "./reportArgument";

/**
 * One figure of two reports side by side: `change` is current − previous (for a rate, in
 * rate points: 0.40 → 0.45 is 0.05), `relativeChange` is change / previous (null when
 * previous is 0 or either figure is missing or null). A figure only one report has (a
 * code of one profile only) has null on the other side.
 *
 * @example
 * ```ts
 * import type { FigureChange } from "opcat-npm";
 *
 * const visits: FigureChange = { key: "visits.total", kind: "count", previous: 400, current: 461, change: 61, relativeChange: 0.1525 };
 * visits.change;
 * //=> 61
 * ```
 */
export interface FigureChange {
  readonly key: string;
  /** `count`: a number of records or officials; `rate`: a share in [0, 1]; `days`: a duration statistic. */
  readonly kind: "count" | "rate" | "days";
  readonly previous: number | null;
  readonly current: number | null;
  readonly change: number | null;
  readonly relativeChange: number | null;
}

/**
 * What {@link compareReports} returns: the periods compared and every figure's change.
 *
 * @example
 * ```ts
 * import { civilDate, type ReportComparison } from "opcat-npm";
 *
 * const comparison: ReportComparison = {
 *   previous: { period: { from: civilDate("2022-01-01"), to: civilDate("2022-12-31") }, asOf: civilDate("2023-11-01") },
 *   current: { period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") }, asOf: civilDate("2024-11-08") },
 *   figures: [],
 * };
 * comparison.current.asOf;
 * //=> "2024-11-08"
 * ```
 */
export interface ReportComparison {
  readonly previous: { readonly period: Report["period"]; readonly asOf: Report["asOf"] };
  readonly current: { readonly period: Report["period"]; readonly asOf: Report["asOf"] };
  readonly figures: readonly FigureChange[];
}

type Leaf = { readonly kind: FigureChange["kind"]; readonly value: number | null };

/** Whether a period is at most twelve months long, so its months can be matched by month of the year. */
function withinOneYear(period: Report["period"]): boolean {
  const [fromYear, fromMonth] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))];
  const [toYear, toMonth] = [Number(period.to.slice(0, 4)), Number(period.to.slice(5, 7))];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) < 12;
}

function add(leaves: Map<string, Leaf>, key: string, kind: FigureChange["kind"], value: number | null): void {
  leaves.set(key, { kind, value });
}

function addCounts(leaves: Map<string, Leaf>, prefix: string, counts: Readonly<Record<string, number>>): void {
  for (const [code, count] of Object.entries(counts)) add(leaves, `${prefix}.${code}`, "count", count);
}

/** Every figure of a report that can be compared, by key, in the report's order. */
function figuresOf(report: Report, byMonthOfYear: boolean): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const { visits, facilities, recommendations, accountability } = report;
  add(leaves, "visits.total", "count", visits.total);
  addCounts(leaves, "visits.byType", visits.byType);
  addCounts(leaves, "visits.byAgency", visits.byAgency);
  addCounts(leaves, "visits.byRegion", visits.byRegion);
  if (byMonthOfYear) {
    for (const [month, count] of Object.entries(visits.byMonth)) add(leaves, `visits.byMonth.${month.slice(5, 7)}`, "count", count);
  }
  add(leaves, "facilities.monitored", "count", facilities.monitored);
  addCounts(leaves, "facilities.byAgency", facilities.byAgency);
  addCounts(leaves, "facilities.byType", facilities.byType);
  addCounts(leaves, "facilities.byRegion", facilities.byRegion);
  add(leaves, "facilities.coverage.rate", "rate", facilities.coverage.rate);
  add(leaves, "recommendations.total", "count", recommendations.total);
  addCounts(leaves, "recommendations.byStatus", recommendations.byStatus);
  addCounts(leaves, "recommendations.byTheme", recommendations.byTheme);
  addCounts(leaves, "recommendations.byAgency", recommendations.byAgency);
  add(leaves, "recommendations.implementation.rate", "rate", recommendations.implementation.rate);
  add(leaves, "recommendations.overdue", "count", recommendations.overdue);
  const days = recommendations.daysToImplement;
  add(leaves, "recommendations.daysToImplement.count", "count", days.count);
  add(leaves, "recommendations.daysToImplement.median", "days", days.median);
  add(leaves, "recommendations.daysToImplement.q1", "days", days.q1);
  add(leaves, "recommendations.daysToImplement.q3", "days", days.q3);
  add(leaves, "recommendations.escalations.issued", "count", recommendations.escalations.issued);
  add(leaves, "recommendations.escalations.escalated", "count", recommendations.escalations.escalated);
  add(leaves, "accountability.officials.total", "count", accountability.officials.total);
  addCounts(leaves, "accountability.officials.byInitiator", accountability.officials.byInitiator);
  addCounts(leaves, "accountability.officials.byMeasure", accountability.officials.byMeasure);
  return leaves;
}

/**
 * Year over year: every count, rate and duration figure of two reports side by side, with
 * the change and the relative change (see {@link FigureChange}). Figures are keyed as in
 * the report (`visits.byType.periodic`, `recommendations.implementation.rate`, ...), in
 * the current report's order, then those only the previous one has. Visits by month are
 * matched by month of the year (`visits.byMonth.03`) when both periods are at most twelve
 * months long, and left out otherwise. Neither report is changed.
 * Throws an {@link OpcatError} for an argument that is not a report (`schema.invalid_value`
 * at `format`, `schema.invalid_type` at the first wrong value, `params.argument` naming it).
 *
 * @example
 * ```ts
 * import { buildReport, civilDate, compareReports } from "opcat-npm";
 *
 * const year = (y: number, visits: number) =>
 *   buildReport(
 *     {
 *       period: { from: civilDate(`${y}-01-01`), to: civilDate(`${y}-12-31`) },
 *       facilities: [],
 *       visits: Array.from({ length: visits }, (_, i) => ({ id: `V-${i}`, type: "periodic" as const, startedOn: civilDate(`${y}-03-01`), facilityIds: ["F-1"] })),
 *       recommendations: [],
 *       accountability: [],
 *     },
 *     { asOf: civilDate(`${y + 1}-06-30`) },
 *   );
 * const comparison = compareReports(year(2022, 4), year(2023, 5));
 * comparison.figures.find((figure) => figure.key === "visits.total");
 * //=> { key: "visits.total", kind: "count", previous: 4, current: 5, change: 1, relativeChange: 0.25 }
 * comparison.figures.find((figure) => figure.key === "visits.byMonth.03")?.change;
 * //=> 1
 * ```
 */
export function compareReports(previous: Report, current: Report): ReportComparison {
  throwIfProblems([...reportProblems(previous, "previous"), ...reportProblems(current, "current")]);
  const byMonthOfYear = withinOneYear(previous.period) && withinOneYear(current.period);
  const before = figuresOf(previous, byMonthOfYear);
  const after = figuresOf(current, byMonthOfYear);
  const keys = [...after.keys(), ...[...before.keys()].filter((key) => !after.has(key))];
  const figures = keys.map((key): FigureChange => {
    const was = before.get(key);
    const is = after.get(key);
    const p = was?.value ?? null;
    const c = is?.value ?? null;
    const change = p === null || c === null ? null : c - p;
    return { key, kind: (is ?? was)?.kind ?? "count", previous: p, current: c, change, relativeChange: change === null || p === 0 || p === null ? null : change / p };
  });
  return {
    previous: { period: { ...previous.period }, asOf: previous.asOf },
    current: { period: { ...current.period }, asOf: current.asOf },
    figures,
  };
}
