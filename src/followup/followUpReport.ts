import type { CivilDate } from "../model/civilDate";
import { readingRecords } from "../metrics/dataArgument";
import type { Period } from "../model/period";
import type { ReportData } from "../metrics/reportData";
import type { Profile } from "../profiles/profile";
import { candidatesFrom, type EscalationCandidate } from "./escalationCandidates";
import { outcomesOf, type EscalationOutcomes } from "./escalationOutcomes";
import { likelyRepeats, type LikelyRepeat } from "./likelyRepeats";
import { periodProblems, throwIfProblems } from "../errors/optionProblems";
import { registerById } from "../metrics/registerById";
import { asOfProblems, byCodeOrder, choiceProblems, codeOrder, integerProblems, issueWindow, profileOf, readFollowUpArguments } from "./options";
import { OVERDUE_SORTS, overdueComparator, type OverdueRecommendation, type OverdueSort } from "./overdueRecommendations";
import { repeatChains, type RepeatChain } from "./repeatChains";
import { scanRecommendations } from "./scan";
import { horizonProblems, planFrom, type VisitPlan } from "./visitPlan";

/**
 * The format tag of the follow-up report object.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_FORMAT } from "opcat-npm";
 *
 * FOLLOW_UP_FORMAT;
 * //=> "opcat-npm/followup@1"
 * ```
 */
export const FOLLOW_UP_FORMAT = "opcat-npm/followup@1";

/**
 * The options of {@link followUpReport}: those of {@link overdueRecommendations}
 * (`graceDays`, `sortBy`), {@link escalationCandidates} (`minOverdue`, `minDaysOverdue`,
 * `dueInDays`) and {@link visitPlan} (`horizon`, `minOverdueForVisit`), with `asOf`
 * (required) and `profile` (default `kz`). `period` (default the dataset's) is the window
 * of the visit plan's response times and coverage only: the overdue list, the escalations
 * and the repeats read every recommendation issued on or before `asOf`.
 *
 * @example
 * ```ts
 * import { civilDate, type FollowUpOptions } from "opcat-npm";
 *
 * const options: FollowUpOptions = { asOf: civilDate("2024-11-08"), minDaysOverdue: 90, horizon: civilDate("2025-12-31") };
 * options.minDaysOverdue;
 * //=> 90
 * ```
 */
export interface FollowUpOptions {
  readonly asOf: CivilDate;
  readonly period?: Period | undefined;
  readonly profile?: Profile | undefined;
  readonly graceDays?: number | undefined;
  readonly sortBy?: OverdueSort | undefined;
  readonly minOverdue?: number | undefined;
  readonly minDaysOverdue?: number | undefined;
  readonly dueInDays?: number | undefined;
  readonly horizon?: CivilDate | undefined;
  readonly minOverdueForVisit?: number | undefined;
}

/**
 * The overdue recommendations of one agency (the addressee): how many, how many of them
 * are escalated already, the most days overdue, and the list.
 *
 * @example
 * ```ts
 * import type { OverdueByAgency } from "opcat-npm";
 *
 * const none: OverdueByAgency = { agency: "defence", count: 0, escalated: 0, maxDaysOverdue: 0, recommendations: [] };
 * none.count;
 * //=> 0
 * ```
 */
export interface OverdueByAgency {
  readonly agency: string;
  readonly count: number;
  readonly escalated: number;
  readonly maxDaysOverdue: number;
  readonly recommendations: readonly OverdueRecommendation[];
}

/**
 * Everything the follow-up work plan holds, as one object (what `opcat-npm followup
 * --format json` prints): the overdue recommendations by agency, the escalation drafts
 * and the outcomes of earlier escalations, repeat chains and likely repeats, and the visit
 * plan, with the options they were computed with. Plain JSON data.
 *
 * @example
 * ```ts
 * import type { FollowUpReport } from "opcat-npm";
 *
 * function drafts(report: FollowUpReport) {
 *   return report.escalation.candidates.map((candidate) => candidate.draft);
 * }
 * drafts.name;
 * //=> "drafts"
 * ```
 */
export interface FollowUpReport {
  readonly format: typeof FOLLOW_UP_FORMAT;
  /** The id of the profile used. */
  readonly profile: string;
  readonly asOf: CivilDate;
  readonly parameters: {
    readonly graceDays: number;
    readonly sortBy: OverdueSort;
    readonly minOverdue: number;
    readonly minDaysOverdue: number;
    readonly dueInDays: number | null;
    readonly minOverdueForVisit: number;
  };
  readonly overdue: {
    readonly total: number;
    readonly escalated: number;
    /** Agencies with an overdue recommendation, in the profile's order. */
    readonly byAgency: readonly OverdueByAgency[];
  };
  readonly escalation: {
    readonly candidates: readonly EscalationCandidate[];
    readonly outcomes: EscalationOutcomes;
  };
  readonly repeats: {
    readonly chains: readonly RepeatChain[];
    readonly likely: readonly LikelyRepeat[];
  };
  readonly visits: VisitPlan;
}

/**
 * The follow-up work plan as of `asOf`, in one object: what {@link overdueRecommendations},
 * {@link escalationCandidates}, {@link escalationOutcomes}, {@link repeatChains},
 * {@link likelyRepeats} and {@link visitPlan} give with the same options, each part equal
 * to that function's result (the overdue list grouped by agency in the profile's order,
 * sorted by `sortBy` within each). The recommendations are scanned once for the overdue
 * list, the escalation drafts and the visit plan. Render it with {@link renderFollowUp};
 * the CSV of the overdue list is {@link followUpCsv}. Pure. Throws an {@link OpcatError}
 * listing every bad option, with the codes of those functions.
 *
 * @example
 * ```ts
 * import { civilDate, followUpReport } from "opcat-npm";
 *
 * const report = followUpReport(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *     visits: [{ id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] }],
 *     recommendations: [
 *       { id: "R-1", visitId: "V-1", facilityId: "F-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20"), dueOn: civilDate("2023-05-20") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * [report.overdue.total, report.escalation.candidates[0]?.draft.escalates, report.visits.coverage.total.rate];
 * //=> [1, ["R-1"], 1]
 * ```
 */
export function followUpReport(data: ReportData, options: FollowUpOptions): FollowUpReport {
  const read = readFollowUpArguments<FollowUpOptions>(data, options, ["facilities", "visits", "recommendations"], ["asOf", "period", "profile", "graceDays", "sortBy", "minOverdue", "minDaysOverdue", "dueInDays", "horizon", "minOverdueForVisit"]);
  const period = read.options.period ?? read.data.period;
  const raw = read.options as Partial<Record<keyof FollowUpOptions, unknown>>;
  return readingRecords(read.data, ["facilities", "visits", "recommendations"], () => {
    throwIfProblems([
      ...asOfProblems(raw.asOf),
      ...periodProblems(period, raw.asOf),
      ...integerProblems(raw.graceDays, "graceDays", 0),
      ...choiceProblems(raw.sortBy, "sortBy", OVERDUE_SORTS),
      ...integerProblems(raw.minOverdue, "minOverdue", 1),
      ...integerProblems(raw.minDaysOverdue, "minDaysOverdue", 0),
      ...integerProblems(raw.dueInDays, "dueInDays", 0),
      ...horizonProblems(raw.horizon, raw.asOf),
      ...integerProblems(raw.minOverdueForVisit, "minOverdueForVisit", 1),
    ]);
    const { asOf } = read.options;
    const profile = profileOf(read.options.profile);
    const graceDays = read.options.graceDays ?? 0;
    const sortBy = read.options.sortBy ?? "daysOverdue";
    const minOverdue = read.options.minOverdue ?? 1;
    const minDaysOverdue = read.options.minDaysOverdue ?? 0;
    const minOverdueForVisit = read.options.minOverdueForVisit ?? 3;
    const facilityById = registerById(read.data.facilities);
    const window = issueWindow(asOf, undefined);
    const scan = scanRecommendations(read.data, window, graceDays, facilityById);

    const groups = new Map<string, OverdueRecommendation[]>();
    for (const entry of scan.overdue) {
      const list = groups.get(entry.agency);
      if (list === undefined) groups.set(entry.agency, [entry]);
      else list.push(entry);
    }
    const compare = overdueComparator(sortBy);
    const byAgency = [...groups.keys()].sort(byCodeOrder(codeOrder(profile.lists.agencies))).map((agency): OverdueByAgency => {
      const recommendations = (groups.get(agency) ?? []).sort(compare);
      let escalated = 0;
      let maxDaysOverdue = 0;
      for (const entry of recommendations) {
        if (entry.escalatedBy !== null) escalated++;
        if (entry.daysOverdue > maxDaysOverdue) maxDaysOverdue = entry.daysOverdue;
      }
      return { agency, count: recommendations.length, escalated, maxDaysOverdue, recommendations };
    });

    return {
      format: FOLLOW_UP_FORMAT,
      profile: profile.id,
      asOf,
      parameters: { graceDays, sortBy, minOverdue, minDaysOverdue, dueInDays: read.options.dueInDays ?? null, minOverdueForVisit },
      overdue: {
        total: scan.overdue.length,
        escalated: byAgency.reduce((sum, group) => sum + group.escalated, 0),
        byAgency,
      },
      escalation: {
        candidates: candidatesFrom(scan.overdue, scan.escalationIds, { asOf, minOverdue, minDaysOverdue, dueInDays: read.options.dueInDays, profile }, facilityById),
        outcomes: outcomesOf(read.data, window, profile),
      },
      repeats: { chains: repeatChains(read.data, { asOf }), likely: likelyRepeats(read.data, { asOf }) },
      visits: planFrom(read.data, facilityById, scan.overdue, { asOf, horizon: read.options.horizon ?? asOf, period, minOverdueForVisit, profile }),
    };
  });
}
