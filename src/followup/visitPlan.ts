import { dayDifference } from "../dates/dayNumber";
import { readingRecords } from "../metrics/dataArgument";
import { isCivilDate } from "../dates/isCivilDate";
import type { OpcatProblem } from "../errors/OpcatError";
import type { CivilDate } from "../model/civilDate";
import type { Facility } from "../model/facility";
import type { Period } from "../model/period";
import type { VisitType } from "../model/visitType";
import { increment, valuesByCode, type Counts } from "../metrics/counts";
import { quartilesOfHistogram, type Quartiles } from "../metrics/quartiles";
import { rateOf, type Rate } from "../metrics/rate";
import type { ReadonlyDeep, ReportData } from "../metrics/reportData";
import { UNREGISTERED } from "../metrics/unregistered";
import type { Profile } from "../profiles/profile";
import { optionProblem, periodProblems, throwIfProblems } from "../errors/optionProblems";
import { registerById } from "../metrics/registerById";
import { asOfProblems, compareText, integerProblems, issueWindow, profileOf, readFollowUpArguments } from "./options";
import type { OverdueRecommendation } from "./overdueRecommendations";
import { scanRecommendations } from "./scan";

/**
 * The options of {@link visitPlan}: `asOf` (required), `horizon` (default `asOf`: the last
 * day of the planning horizon, on or after `asOf`), `period` (default the dataset's: the
 * window of the response times and the coverage), `minOverdueForVisit` (default 3: the
 * fewest overdue recommendations that make a facility a candidate for an intermediate
 * visit), `graceDays` (default 0, as in {@link overdueRecommendations}) and `profile`
 * (default `kz`: the periodic cycle, and the codes of the breakdowns).
 *
 * @example
 * ```ts
 * import { civilDate, type VisitPlanOptions } from "opcat-npm";
 *
 * const options: VisitPlanOptions = { asOf: civilDate("2024-11-08"), horizon: civilDate("2025-12-31") };
 * options.horizon;
 * //=> "2025-12-31"
 * ```
 */
export interface VisitPlanOptions {
  readonly asOf: CivilDate;
  readonly horizon?: CivilDate | undefined;
  readonly period?: Period | undefined;
  readonly minOverdueForVisit?: number | undefined;
  readonly graceDays?: number | undefined;
  readonly profile?: Profile | undefined;
}

/**
 * Why a facility is due a periodic visit: `never_visited` (no visit of any type on or
 * before `asOf`), `no_periodic_visit` (visited, but never periodically), `cycle_elapsed`
 * (its periodic cycle ended before `asOf`), `due_in_horizon` (its cycle ends between
 * `asOf` and the horizon, both included).
 *
 * @example
 * ```ts
 * import { PERIODIC_VISIT_REASONS } from "opcat-npm";
 *
 * PERIODIC_VISIT_REASONS;
 * //=> ["never_visited", "no_periodic_visit", "cycle_elapsed", "due_in_horizon"]
 * ```
 */
export const PERIODIC_VISIT_REASONS = ["never_visited", "no_periodic_visit", "cycle_elapsed", "due_in_horizon"] as const;

/**
 * One of {@link PERIODIC_VISIT_REASONS}.
 *
 * @example
 * ```ts
 * import type { PeriodicVisitReason } from "opcat-npm";
 *
 * const reason: PeriodicVisitReason = "cycle_elapsed";
 * reason;
 * //=> "cycle_elapsed"
 * ```
 */
export type PeriodicVisitReason = (typeof PERIODIC_VISIT_REASONS)[number];

/**
 * A facility of the register, as the visit plan lists it.
 *
 * @example
 * ```ts
 * import type { PlannedFacility } from "opcat-npm";
 *
 * const facility: PlannedFacility = { facilityId: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71", lastVisitOn: null };
 * facility.lastVisitOn;
 * //=> null
 * ```
 */
export interface PlannedFacility {
  readonly facilityId: string;
  readonly name: string;
  readonly type: string;
  readonly agency: string;
  readonly region: string;
  /** The start of its last visit of any type on or before `asOf`, or null. */
  readonly lastVisitOn: CivilDate | null;
}

/**
 * A facility due a periodic visit, with the reason, the start of its last periodic visit
 * and the day its cycle ends (`dueOn`: null when it had no periodic visit), and its
 * `closedOn` when it closes within the horizon.
 *
 * @example
 * ```ts
 * import { civilDate, type PeriodicVisitDue } from "opcat-npm";
 *
 * const due: PeriodicVisitDue = {
 *   facilityId: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71",
 *   lastVisitOn: civilDate("2020-05-04"), lastPeriodicVisitOn: civilDate("2020-05-04"), dueOn: civilDate("2024-05-04"),
 *   reason: "cycle_elapsed", closedOn: null,
 * };
 * due.reason;
 * //=> "cycle_elapsed"
 * ```
 */
export interface PeriodicVisitDue extends PlannedFacility {
  readonly reason: PeriodicVisitReason;
  readonly lastPeriodicVisitOn: CivilDate | null;
  readonly dueOn: CivilDate | null;
  readonly closedOn: CivilDate | null;
}

/**
 * A facility with many overdue recommendations: a candidate for an intermediate
 * (follow-up) visit. `overdue` counts them, `maxDaysOverdue` is the most overdue's days,
 * `lastVisitType` the type of its last visit.
 *
 * @example
 * ```ts
 * import { civilDate, type IntermediateVisitCandidate } from "opcat-npm";
 *
 * const candidate: IntermediateVisitCandidate = {
 *   facilityId: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71",
 *   lastVisitOn: civilDate("2023-02-14"), lastVisitType: "periodic", overdue: 4, maxDaysOverdue: 538,
 * };
 * candidate.overdue;
 * //=> 4
 * ```
 */
export interface IntermediateVisitCandidate extends PlannedFacility {
  readonly lastVisitType: VisitType | null;
  readonly overdue: number;
  readonly maxDaysOverdue: number;
}

/**
 * Response times of special visits: how many were counted, how many lack a trigger (no
 * time can be read), and the days from the trigger's `receivedOn` to the visit's
 * `startedOn` (`{ count, median, q1, q3 }` as in {@link daysToImplement}).
 *
 * @example
 * ```ts
 * import type { SpecialVisitResponse } from "opcat-npm";
 *
 * const response: SpecialVisitResponse = { visits: 2, withoutTrigger: 1, days: { count: 1, median: 3, q1: 3, q3: 3 } };
 * response.days.median;
 * //=> 3
 * ```
 */
export interface SpecialVisitResponse {
  readonly visits: number;
  readonly withoutTrigger: number;
  readonly days: Quartiles;
}

/**
 * The coverage of the register, as the report's `facilities.coverage` defines it, in all,
 * by facility type and by region (every code of the profile, then any other found).
 *
 * @example
 * ```ts
 * import type { CoverageBreakdown } from "opcat-npm";
 *
 * const coverage: CoverageBreakdown = { total: { numerator: 1, denominator: 2, rate: 0.5 }, byType: {}, byRegion: {} };
 * coverage.total.rate;
 * //=> 0.5
 * ```
 */
export interface CoverageBreakdown {
  readonly total: Rate;
  readonly byType: Readonly<Record<string, Rate>>;
  readonly byRegion: Readonly<Record<string, Rate>>;
}

/**
 * The visit plan of {@link visitPlan}.
 *
 * @example
 * ```ts
 * import type { VisitPlan } from "opcat-npm";
 *
 * function dueCount(plan: VisitPlan): number {
 *   return plan.periodicDue.length;
 * }
 * dueCount.name;
 * //=> "dueCount"
 * ```
 */
export interface VisitPlan {
  readonly asOf: CivilDate;
  readonly horizon: CivilDate;
  readonly period: Period;
  /** The profile's `periodicCycleYears`. */
  readonly cycleYears: number;
  readonly periodicDue: readonly PeriodicVisitDue[];
  readonly intermediateCandidates: readonly IntermediateVisitCandidate[];
  readonly specialResponse: { readonly total: SpecialVisitResponse; readonly byRegion: Readonly<Record<string, SpecialVisitResponse>> };
  readonly coverage: CoverageBreakdown;
}

/**
 * The checks of the visit plan's options, with the period they resolve to.
 *
 * @internal
 */
export function visitPlanOptionProblems(options: VisitPlanOptions, period: unknown): OpcatProblem[] {
  const { asOf, horizon, minOverdueForVisit, graceDays } = options as Partial<Record<keyof VisitPlanOptions, unknown>>;
  return [
    ...asOfProblems(asOf),
    ...periodProblems(period, asOf),
    ...horizonProblems(horizon, asOf),
    ...integerProblems(minOverdueForVisit, "minOverdueForVisit", 1),
    ...integerProblems(graceDays, "graceDays", 0),
  ];
}

/**
 * An optional horizon must be a civil date on or after `asOf`.
 *
 * @internal
 */
export function horizonProblems(horizon: unknown, asOf: unknown): OpcatProblem[] {
  if (horizon === undefined) return [];
  if (!isCivilDate(horizon)) return [optionProblem("schema.invalid_date", "horizon", "horizon must be a civil date YYYY-MM-DD", { value: horizon ?? null })];
  if (isCivilDate(asOf) && horizon < asOf) return [optionProblem("date.horizon_before_as_of", "horizon", `The horizon (${horizon}) is before asOf (${asOf})`, { horizon, asOf })];
  return [];
}

/**
 * The same day `years` years later (29 February becomes 28 February in a common year);
 * undefined past 9999.
 *
 * @internal
 */
export function addYears(date: CivilDate, years: number): CivilDate | undefined {
  const year = Number(date.slice(0, 4)) + years;
  if (!Number.isSafeInteger(year) || year < 0 || year > 9999) return undefined;
  const text = `${String(year).padStart(4, "0")}${date.slice(4)}`;
  if (isCivilDate(text)) return text;
  return `${String(year).padStart(4, "0")}-02-28` as CivilDate;
}

interface LastVisit {
  on: CivilDate;
  type: VisitType;
  id: string;
}

interface ResponseTally {
  visits: number;
  withoutTrigger: number;
  days: Counts<number>;
}

const responseOf = (t: ResponseTally | undefined): SpecialVisitResponse => ({
  visits: t?.visits ?? 0,
  withoutTrigger: t?.withoutTrigger ?? 0,
  days: quartilesOfHistogram(t?.days ?? new Map()),
});

/**
 * The resolved parameters of a visit plan.
 *
 * @internal
 */
export interface VisitPlanParameters {
  readonly asOf: CivilDate;
  readonly horizon: CivilDate;
  readonly period: Period;
  readonly minOverdueForVisit: number;
  readonly profile: Profile;
}

/**
 * The visit plan from the data and the overdue recommendations (options checked).
 *
 * @internal
 */
export function planFrom(
  data: Pick<ReportData, "visits">,
  facilityById: ReadonlyMap<string, ReadonlyDeep<Facility>>,
  overdue: readonly OverdueRecommendation[],
  parameters: VisitPlanParameters,
): VisitPlan {
  const { asOf, horizon, period, minOverdueForVisit, profile } = parameters;
  const until = period.to < asOf ? period.to : asOf;
  const cycleYears = profile.rules.periodicCycleYears;
  const lastVisit = new Map<string, LastVisit>();
  const lastPeriodic = new Map<string, CivilDate>();
  const monitored = new Set<string>();
  const responses = new Map<string, ResponseTally>();
  const allResponses: ResponseTally = { visits: 0, withoutTrigger: 0, days: new Map() };
  for (const visit of data.visits) {
    const { startedOn, type, id: visitId } = visit;
    if (startedOn > asOf) continue;
    const counted = period.from <= startedOn && startedOn <= until;
    for (const id of visit.facilityIds) {
      const last = lastVisit.get(id);
      // Of two visits started on one day, the smaller id (code-unit order): never the record order.
      if (last === undefined || startedOn > last.on || (startedOn === last.on && visitId < last.id)) lastVisit.set(id, { on: startedOn, type, id: visitId });
      if (type === "periodic") {
        const periodic = lastPeriodic.get(id);
        if (periodic === undefined || startedOn > periodic) lastPeriodic.set(id, startedOn);
      }
      if (counted) monitored.add(id);
    }
    if (type !== "special" || !counted) continue;
    const trigger = visit.trigger;
    const days = trigger === undefined || trigger === null ? undefined : dayDifference(trigger.receivedOn, startedOn);
    const regions = new Set<string>();
    for (const id of visit.facilityIds) regions.add(facilityById.get(id)?.region ?? UNREGISTERED);
    for (const target of [allResponses, ...[...regions].map((region) => {
      let t = responses.get(region);
      if (t === undefined) responses.set(region, (t = { visits: 0, withoutTrigger: 0, days: new Map() }));
      return t;
    })]) {
      target.visits++;
      if (days === undefined) target.withoutTrigger++;
      else increment(target.days, days);
    }
  }

  const overdueAt = new Map<string, { count: number; maxDays: number }>();
  for (const entry of overdue) {
    if (entry.facilityId === null) continue;
    const known = overdueAt.get(entry.facilityId);
    if (known === undefined) overdueAt.set(entry.facilityId, { count: 1, maxDays: entry.daysOverdue });
    else {
      known.count++;
      if (entry.daysOverdue > known.maxDays) known.maxDays = entry.daysOverdue;
    }
  }

  const periodicDue: PeriodicVisitDue[] = [];
  const intermediateCandidates: IntermediateVisitCandidate[] = [];
  const open = { total: 0, type: new Map<string, number>(), region: new Map<string, number>() };
  const visited = { total: 0, type: new Map<string, number>(), region: new Map<string, number>() };
  for (const [id, facility] of facilityById) {
    const openedOn = facility.openedOn ?? null;
    const closedOn = facility.closedOn ?? null;
    const last = lastVisit.get(id);
    const planned: PlannedFacility = { facilityId: id, name: facility.name, type: facility.type, agency: facility.agency, region: facility.region, lastVisitOn: last?.on ?? null };
    // Coverage: the report's register condition (open on some day of the window).
    if ((openedOn === null || openedOn <= until) && (closedOn === null || closedOn >= period.from)) {
      open.total++;
      increment(open.type, facility.type);
      increment(open.region, facility.region);
      if (monitored.has(id)) {
        visited.total++;
        increment(visited.type, facility.type);
        increment(visited.region, facility.region);
      }
    }
    // The plan: facilities open on some day from asOf to the horizon.
    if (closedOn !== null && closedOn < asOf) continue;
    const overdueHere = overdueAt.get(id);
    if (overdueHere !== undefined && overdueHere.count >= minOverdueForVisit) {
      intermediateCandidates.push({ ...planned, lastVisitType: last?.type ?? null, overdue: overdueHere.count, maxDaysOverdue: overdueHere.maxDays });
    }
    if (openedOn !== null && openedOn > horizon) continue;
    const periodic = lastPeriodic.get(id);
    const closes = closedOn !== null && closedOn <= horizon ? closedOn : null;
    if (periodic === undefined) {
      periodicDue.push({ ...planned, reason: last === undefined ? "never_visited" : "no_periodic_visit", lastPeriodicVisitOn: null, dueOn: null, closedOn: closes });
      continue;
    }
    const dueOn = addYears(periodic, cycleYears);
    if (dueOn === undefined || dueOn > horizon) continue;
    periodicDue.push({ ...planned, reason: dueOn < asOf ? "cycle_elapsed" : "due_in_horizon", lastPeriodicVisitOn: periodic, dueOn, closedOn: closes });
  }
  const reasonOrder = new Map(PERIODIC_VISIT_REASONS.map((reason, index) => [reason, index]));
  periodicDue.sort(
    (a, b) =>
      (a.dueOn === null ? 0 : 1) - (b.dueOn === null ? 0 : 1) ||
      compareText(a.dueOn ?? "", b.dueOn ?? "") ||
      (reasonOrder.get(a.reason) ?? 0) - (reasonOrder.get(b.reason) ?? 0) ||
      compareText(a.facilityId, b.facilityId),
  );
  intermediateCandidates.sort((a, b) => b.overdue - a.overdue || b.maxDaysOverdue - a.maxDaysOverdue || compareText(a.facilityId, b.facilityId));

  const rates = (part: ReadonlyMap<string, number>, whole: ReadonlyMap<string, number>) =>
    new Map([...whole].map(([code, count]) => [code, rateOf(part.get(code) ?? 0, count)]));
  const noRate = (): Rate => rateOf(0, 0);
  const regionCodes = profile.lists.regions.map((entry) => entry.code);
  return {
    asOf,
    horizon,
    period: { from: period.from, to: period.to },
    cycleYears,
    periodicDue,
    intermediateCandidates,
    specialResponse: { total: responseOf(allResponses), byRegion: valuesByCode(new Map([...responses].map(([code, t]) => [code, responseOf(t)])), regionCodes, () => responseOf(undefined)) },
    coverage: {
      total: rateOf(visited.total, open.total),
      byType: valuesByCode(rates(visited.type, open.type), profile.lists.facilityTypes.map((entry) => entry.code), noRate),
      byRegion: valuesByCode(rates(visited.region, open.region), regionCodes, noRate),
    },
  };
}

/**
 * The visit plan as of `asOf`: which facilities are due a periodic visit by the horizon,
 * which have so many overdue recommendations that an intermediate visit should check on
 * them, how fast special visits answered the reports that prompted them (by region), and
 * how much of the register the period's visits covered (by facility type and region).
 *
 * - Periodic visits due: facilities of the register open on some day from `asOf` to the
 *   horizon (not closed before `asOf`, not opened after the horizon) that had no periodic
 *   visit on or before `asOf` (`never_visited` when no visit at all, else
 *   `no_periodic_visit`), or whose last periodic visit started `periodicCycleYears`
 *   (the profile's rule; 4 in `kz`) years before a day on or before the horizon: its
 *   `dueOn`, the same day that many years on (29 February: 28 February), before `asOf`
 *   (`cycle_elapsed`) or from `asOf` to the horizon (`due_in_horizon`: due on `asOf`
 *   itself is not elapsed yet). Only periodic visits renew the cycle; the last visit of
 *   any type is shown beside it. A facility closing within the horizon is listed with its
 *   `closedOn`. Sorted: no `dueOn` first, then by `dueOn`, reason and id.
 * - Intermediate visit candidates: facilities of the register not closed before `asOf`
 *   with at least `minOverdueForVisit` recommendations overdue as of `asOf` (by the
 *   definition and `graceDays` of {@link overdueRecommendations}, every period), most first.
 * - Special visits: those started in the window of `period` (its first day to the
 *   earlier of its last day and `asOf`), the days from `trigger.receivedOn` to
 *   `startedOn`, in all and by the region of their facilities (a visit covering two regions
 *   counts for each; a facility missing from the register under `_unregistered`).
 * - Coverage: the report's `facilities.coverage` (facilities of the register open in the
 *   window; those covered by a visit started in it), in all and by type and region; the
 *   total equals {@link facilityCoverage}.
 *
 * Visits started after `asOf` are ignored. One pass over the visits, one over the
 * recommendations, one over the register. Pure. Throws an {@link OpcatError} for bad
 * options: `schema.invalid_date` (asOf, horizon, period), `date.period_order`,
 * `date.as_of_before_period`, `date.horizon_before_as_of`, `schema.invalid_value`
 * (minOverdueForVisit, graceDays).
 *
 * @example
 * ```ts
 * import { civilDate, visitPlan } from "opcat-npm";
 *
 * const facility = (id: string, extra = {}) => ({ id, name: `IVS ${id}`, type: "temporary_detention_facility", agency: "interior", region: "KZ-71", ...extra });
 * const plan = visitPlan(
 *   {
 *     period: { from: civilDate("2024-01-01"), to: civilDate("2024-12-31") },
 *     facilities: [facility("F-1"), facility("F-2"), facility("F-3"), facility("F-4", { closedOn: civilDate("2024-06-30") })],
 *     visits: [
 *       { id: "V-1", type: "periodic", startedOn: civilDate("2020-05-04"), facilityIds: ["F-1"] },
 *       { id: "V-2", type: "periodic", startedOn: civilDate("2021-03-01"), facilityIds: ["F-2"] },
 *       { id: "V-3", type: "special", startedOn: civilDate("2024-02-12"), facilityIds: ["F-2"], trigger: { kind: "complaint", receivedOn: civilDate("2024-02-09") } },
 *     ],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08"), horizon: civilDate("2025-12-31") },
 * );
 * plan.periodicDue.map((due) => [due.facilityId, due.reason, due.dueOn]);
 * //=> [["F-3", "never_visited", null], ["F-1", "cycle_elapsed", "2024-05-04"], ["F-2", "due_in_horizon", "2025-03-01"]]
 * plan.specialResponse.total.days.median;
 * //=> 3
 * plan.coverage.total;
 * //=> { numerator: 1, denominator: 4, rate: 0.25 }
 * ```
 */
export function visitPlan(data: ReportData, options: VisitPlanOptions): VisitPlan {
  const read = readFollowUpArguments<VisitPlanOptions>(data, options, ["facilities", "visits", "recommendations"], ["asOf", "horizon", "period", "minOverdueForVisit", "graceDays", "profile"]);
  const period = read.options.period ?? read.data.period;
  throwIfProblems(visitPlanOptionProblems(read.options, period));
  return readingRecords(read.data, ["facilities", "visits", "recommendations"], () => {
    const facilityById = registerById(read.data.facilities);
    const { overdue } = scanRecommendations(read.data, issueWindow(read.options.asOf, undefined), read.options.graceDays ?? 0, facilityById);
    return planFrom(read.data, facilityById, overdue, {
      asOf: read.options.asOf,
      horizon: read.options.horizon ?? read.options.asOf,
      period,
      minOverdueForVisit: read.options.minOverdueForVisit ?? 3,
      profile: profileOf(read.options.profile),
    });
  });
}
