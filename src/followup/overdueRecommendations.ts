import type { CivilDate } from "../model/civilDate";
import { readingRecords } from "../metrics/dataArgument";
import type { Period } from "../model/period";
import type { RecommendationLevel } from "../model/recommendationLevel";
import type { RecommendationStatus } from "../model/recommendationStatus";
import type { ReportData } from "../metrics/reportData";
import { periodProblems, throwIfProblems } from "../errors/optionProblems";
import { registerById } from "../metrics/registerById";
import { asOfProblems, choiceProblems, compareText, integerProblems, issueWindow, readFollowUpArguments } from "./options";
import { scanRecommendations } from "./scan";

/**
 * A recommendation that is overdue as of `asOf`, with what the office needs to act on it.
 * `agency` is the addressee; `region` and `facilityName` come from the facility register
 * (null for an agency-level recommendation, or a facility the register lacks);
 * `daysOverdue` is `daysBetween(dueOn, asOf)`, at least 1; `escalatedBy` and `escalatedOn`
 * name the first agency-level recommendation issued on or before `asOf` that escalates it
 * (null when none does yet).
 *
 * @example
 * ```ts
 * import { civilDate, type OverdueRecommendation } from "opcat-npm";
 *
 * const row: OverdueRecommendation = {
 *   id: "R-1",
 *   level: "facility",
 *   agency: "interior",
 *   facilityId: "F-1",
 *   facilityName: "IVS of the Astana police department",
 *   region: "KZ-71",
 *   visitId: "V-1",
 *   themes: ["food"],
 *   issuedOn: civilDate("2023-02-20"),
 *   dueOn: civilDate("2023-05-20"),
 *   daysOverdue: 538,
 *   status: "accepted",
 *   escalatedBy: null,
 *   escalatedOn: null,
 * };
 * row.daysOverdue;
 * //=> 538
 * ```
 */
export interface OverdueRecommendation {
  readonly id: string;
  readonly level: RecommendationLevel;
  readonly agency: string;
  readonly facilityId: string | null;
  readonly facilityName: string | null;
  readonly region: string | null;
  readonly visitId: string | null;
  readonly themes: readonly string[];
  readonly issuedOn: CivilDate;
  readonly dueOn: CivilDate;
  readonly daysOverdue: number;
  readonly status: RecommendationStatus;
  readonly escalatedBy: string | null;
  readonly escalatedOn: CivilDate | null;
}

/**
 * The orders {@link overdueRecommendations} can sort by: `daysOverdue` (most overdue first),
 * `agency`, `facility` or `region` (grouped by that code in code-point order, entries
 * without one last, most overdue first within a group), or `id`. Ties are broken by days
 * overdue (most first) and then by id, so the order is total and the same everywhere.
 *
 * @example
 * ```ts
 * import { OVERDUE_SORTS } from "opcat-npm";
 *
 * OVERDUE_SORTS;
 * //=> ["daysOverdue", "agency", "facility", "region", "id"]
 * ```
 */
export const OVERDUE_SORTS = ["daysOverdue", "agency", "facility", "region", "id"] as const;

/**
 * One of {@link OVERDUE_SORTS}.
 *
 * @example
 * ```ts
 * import type { OverdueSort } from "opcat-npm";
 *
 * const sortBy: OverdueSort = "agency";
 * sortBy;
 * //=> "agency"
 * ```
 */
export type OverdueSort = (typeof OVERDUE_SORTS)[number];

/**
 * The options of {@link overdueRecommendations}: `asOf` (required: the day statuses are
 * read at, never the clock), `graceDays` (default 0: a whole number of days a due date may
 * pass before the recommendation is listed), `period` (optional: only recommendations
 * issued in it), `sortBy` (default `daysOverdue`).
 *
 * @example
 * ```ts
 * import { civilDate, type OverdueOptions } from "opcat-npm";
 *
 * const options: OverdueOptions = { asOf: civilDate("2024-11-08"), graceDays: 30, sortBy: "region" };
 * options.graceDays;
 * //=> 30
 * ```
 */
export interface OverdueOptions {
  readonly asOf: CivilDate;
  readonly graceDays?: number | undefined;
  readonly period?: Period | undefined;
  readonly sortBy?: OverdueSort | undefined;
}

function byDaysThenId(a: OverdueRecommendation, b: OverdueRecommendation): number {
  return b.daysOverdue - a.daysOverdue || compareText(a.id, b.id);
}

/** Groups by a nullable code (null last), then most overdue first, then id. */
function byCode(code: (entry: OverdueRecommendation) => string | null): (a: OverdueRecommendation, b: OverdueRecommendation) => number {
  return (a, b) => {
    const x = code(a);
    const y = code(b);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return compareText(x, y);
    }
    return byDaysThenId(a, b);
  };
}

/**
 * The comparator of a sort order of {@link overdueRecommendations}.
 *
 * @internal
 */
export function overdueComparator(sortBy: OverdueSort): (a: OverdueRecommendation, b: OverdueRecommendation) => number {
  switch (sortBy) {
    case "agency":
      return byCode((entry) => entry.agency);
    case "facility":
      return byCode((entry) => entry.facilityId);
    case "region":
      return byCode((entry) => entry.region);
    case "id":
      return (a, b) => compareText(a.id, b.id);
    case "daysOverdue":
      return byDaysThenId;
  }
}

/**
 * Checks the options shared by the follow-up functions that list overdue recommendations.
 *
 * @internal
 */
export function overdueOptionProblems(options: OverdueOptions): ReturnType<typeof asOfProblems> {
  const { asOf, graceDays, period, sortBy } = options as { asOf?: unknown; graceDays?: unknown; period?: unknown; sortBy?: unknown };
  return [
    ...asOfProblems(asOf),
    ...(period === undefined ? [] : periodProblems(period, asOf)),
    ...integerProblems(graceDays, "graceDays", 0),
    ...choiceProblems(sortBy, "sortBy", OVERDUE_SORTS),
  ];
}

/**
 * Every recommendation overdue as of `asOf`, with its days overdue, agency, facility,
 * region and themes: the office's list of what to chase.
 *
 * Definition: the same as the report's `recommendations.overdue` ({@link recommendationsOverdue}):
 * `dueOn` before `asOf`, and the status as of `asOf` (the last history entry on or before
 * it) not `implemented`, `rejected` or `withdrawn`. A recommendation due on `asOf` itself is
 * not yet overdue; one without `dueOn` never is. The recommendations read are those issued
 * on or before `asOf` (whatever their period: a work plan chases every year's), or, with
 * `period`, those issued in it up to `asOf`, so that with the dataset's period and no grace
 * the list has exactly `recommendations.overdue` entries. With `graceDays` g, a
 * recommendation is listed only when `dueOn` + g is before `asOf` (days overdue more than
 * g). Agency-level (individualized) recommendations are listed too, with `level: "agency"`.
 *
 * `daysOverdue` is `daysBetween(dueOn, asOf)`; `escalatedBy` names the first agency-level
 * recommendation issued on or before `asOf` that escalates it (an escalation dated after
 * `asOf` does not count yet). Sorted by `sortBy` (see {@link OVERDUE_SORTS}). One pass over
 * the recommendations with Map lookups, then the sort. Pure; the input is not changed.
 * Throws an {@link OpcatError} listing every bad option: `schema.invalid_date` (asOf,
 * period), `date.period_order`, `date.as_of_before_period`, `schema.invalid_value`
 * (graceDays, sortBy).
 *
 * @example
 * ```ts
 * import { civilDate, overdueRecommendations } from "opcat-npm";
 *
 * const base = { addressee: "interior", level: "facility", facilityId: "F-1", themes: ["food"], issuedOn: civilDate("2023-02-20") } as const;
 * const overdue = overdueRecommendations(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *     visits: [],
 *     recommendations: [
 *       { ...base, id: "R-1", dueOn: civilDate("2024-10-09") },
 *       { ...base, id: "R-2", dueOn: civilDate("2023-05-20") },
 *       { ...base, id: "R-3", dueOn: civilDate("2024-11-08") },
 *       { ...base, id: "R-4", dueOn: civilDate("2023-05-20"), history: [{ status: "implemented", on: civilDate("2023-05-02") }] },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * overdue.map((row) => [row.id, row.daysOverdue, row.region]);
 * //=> [["R-2", 538, "KZ-71"], ["R-1", 30, "KZ-71"]]
 * ```
 */
export function overdueRecommendations(data: ReportData, options: OverdueOptions): OverdueRecommendation[] {
  const read = readFollowUpArguments<OverdueOptions>(data, options, ["facilities", "recommendations"], ["asOf", "graceDays", "period", "sortBy"]);
  throwIfProblems(overdueOptionProblems(read.options));
  return readingRecords(read.data, ["facilities", "recommendations"], () => {
    const window = issueWindow(read.options.asOf, read.options.period);
    const { overdue } = scanRecommendations(read.data, window, read.options.graceDays ?? 0, registerById(read.data.facilities));
    return overdue.sort(overdueComparator(read.options.sortBy ?? "daysOverdue"));
  });
}
