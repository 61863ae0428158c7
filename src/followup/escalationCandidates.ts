import { addDays } from "../dates/addDays";
import { readingRecords } from "../metrics/dataArgument";
import type { CivilDate } from "../model/civilDate";
import type { Facility } from "../model/facility";
import type { Period } from "../model/period";
import type { Recommendation } from "../model/recommendation";
import type { ReadonlyDeep, ReportData } from "../metrics/reportData";
import { labelOf } from "../profiles/label";
import type { Profile } from "../profiles/profile";
import { joinList } from "../text/template";
import { periodProblems, throwIfProblems } from "../errors/optionProblems";
import { registerById } from "../metrics/registerById";
import { asOfProblems, byCodeOrder, codeOrder, compareText, integerProblems, issueWindow, profileOf, readFollowUpArguments } from "./options";
import { overdueComparator, type OverdueRecommendation } from "./overdueRecommendations";
import { scanRecommendations } from "./scan";

/**
 * The options of {@link escalationCandidates}: `asOf` (required), `minOverdue` (default 1:
 * the fewest recommendations an agency must have to escalate before a draft is proposed),
 * `minDaysOverdue` (default 0: only recommendations at least that many days overdue are
 * escalated), `graceDays` (default 0, as in {@link overdueRecommendations}), `dueInDays`
 * (optional: the draft is due that many days after `asOf`; without it the draft has no
 * `dueOn`), `period` (optional: only recommendations issued in it) and `profile` (default
 * `kz`: the order and English labels of the themes).
 *
 * @example
 * ```ts
 * import { civilDate, type EscalationOptions } from "opcat-npm";
 *
 * const options: EscalationOptions = { asOf: civilDate("2024-11-08"), minOverdue: 3, minDaysOverdue: 90, dueInDays: 90 };
 * options.minOverdue;
 * //=> 3
 * ```
 */
export interface EscalationOptions {
  readonly asOf: CivilDate;
  readonly minOverdue?: number | undefined;
  readonly minDaysOverdue?: number | undefined;
  readonly graceDays?: number | undefined;
  readonly dueInDays?: number | undefined;
  readonly period?: Period | undefined;
  readonly profile?: Profile | undefined;
}

/**
 * The recommendations a draft escalates on one theme (a recommendation on two themes is in
 * both groups).
 *
 * @example
 * ```ts
 * import type { EscalationThemeGroup } from "opcat-npm";
 *
 * const group: EscalationThemeGroup = { theme: "medical_care", recommendationIds: ["R-1", "R-7"] };
 * group.recommendationIds.length;
 * //=> 2
 * ```
 */
export interface EscalationThemeGroup {
  readonly theme: string;
  readonly recommendationIds: readonly string[];
}

/**
 * The recommendations a draft escalates at one facility. `closedOn` is the register's
 * closing day when the facility closed before `asOf` (such a recommendation should perhaps
 * be withdrawn rather than escalated: it is shown, never dropped), else null.
 *
 * @example
 * ```ts
 * import type { EscalationFacilityGroup } from "opcat-npm";
 *
 * const group: EscalationFacilityGroup = { facilityId: "F-1", facilityName: "IVS", region: "KZ-71", closedOn: null, recommendationIds: ["R-1"] };
 * group.region;
 * //=> "KZ-71"
 * ```
 */
export interface EscalationFacilityGroup {
  readonly facilityId: string | null;
  readonly facilityName: string | null;
  readonly region: string | null;
  readonly closedOn: CivilDate | null;
  readonly recommendationIds: readonly string[];
}

/**
 * What {@link escalationCandidates} proposes for one agency: the overdue recommendations
 * not yet escalated (most overdue first), the same grouped by theme (in the profile's
 * order) and by facility (most recommendations first), and the `draft` individualized
 * recommendation that escalates them, ready to be reviewed and appended to the dataset.
 *
 * @example
 * ```ts
 * import { civilDate, type EscalationCandidate } from "opcat-npm";
 *
 * const candidate: EscalationCandidate = {
 *   agency: "health",
 *   recommendations: [],
 *   byTheme: [{ theme: "medical_care", recommendationIds: ["R-1"] }],
 *   byFacility: [{ facilityId: "F-1", facilityName: "Psychiatric hospital", region: "KZ-75", closedOn: null, recommendationIds: ["R-1"] }],
 *   draft: { id: "ESC-health-2024-11-08", addressee: "health", level: "agency", themes: ["medical_care"], issuedOn: civilDate("2024-11-08"), escalates: ["R-1"], history: [] },
 * };
 * candidate.draft.escalates;
 * //=> ["R-1"]
 * ```
 */
export interface EscalationCandidate {
  readonly agency: string;
  readonly recommendations: readonly OverdueRecommendation[];
  readonly byTheme: readonly EscalationThemeGroup[];
  readonly byFacility: readonly EscalationFacilityGroup[];
  readonly draft: Recommendation;
}

/**
 * Checks the options of {@link escalationCandidates}.
 *
 * @internal
 */
export function escalationOptionProblems(options: EscalationOptions): ReturnType<typeof asOfProblems> {
  const { asOf, period, graceDays, minOverdue, minDaysOverdue, dueInDays } = options as Partial<Record<keyof EscalationOptions, unknown>>;
  return [
    ...asOfProblems(asOf),
    ...(period === undefined ? [] : periodProblems(period, asOf)),
    ...integerProblems(graceDays, "graceDays", 0),
    ...integerProblems(minOverdue, "minOverdue", 1),
    ...integerProblems(minDaysOverdue, "minDaysOverdue", 0),
    ...integerProblems(dueInDays, "dueInDays", 0),
  ];
}

/** A theme's English label for running text: lower-cased first letter, unless it starts an acronym ("HIV"). */
function themeWords(profile: Profile, theme: string): string {
  const text = labelOf(profile, "themes", theme, "en");
  const second = text.charAt(1);
  return second !== "" && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The English text of a draft: what it asks, on which themes. It holds no number, id or
 * name, so that the validator's privacy rule (which scans free text) finds nothing in it.
 *
 * @internal
 */
export function draftText(themes: readonly string[], profile: Profile): string {
  return `Ensure that subordinate institutions implement the overdue recommendations escalated here, on ${joinList(
    themes.map((theme) => themeWords(profile, theme)),
    "en",
  )}.`;
}

/** `base`, or `base-2`, `base-3`, ... : the first that no recommendation or other draft has. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${String(n)}`;
  taken.add(id);
  return id;
}

/**
 * The resolved parameters of the escalation drafts.
 *
 * @internal
 */
export interface EscalationParameters {
  readonly asOf: CivilDate;
  readonly minOverdue: number;
  readonly minDaysOverdue: number;
  readonly dueInDays: number | undefined;
  readonly profile: Profile;
}

/**
 * The candidates from a scan's overdue recommendations: facility-level ones not yet
 * escalated and overdue by at least `minDaysOverdue` days, grouped by agency; an agency
 * with at least `minOverdue` of them gets a draft. `taken` holds the ids a draft must not
 * take (it receives the drafts' ids).
 *
 * @internal
 */
export function candidatesFrom(
  overdue: readonly OverdueRecommendation[],
  taken: Set<string>,
  parameters: EscalationParameters,
  facilityById: ReadonlyMap<string, ReadonlyDeep<Facility>>,
): EscalationCandidate[] {
  const { asOf, minOverdue, minDaysOverdue, dueInDays, profile } = parameters;
  const byAgency = new Map<string, OverdueRecommendation[]>();
  for (const entry of overdue) {
    if (entry.level !== "facility" || entry.escalatedBy !== null || entry.daysOverdue < minDaysOverdue) continue;
    const list = byAgency.get(entry.agency);
    if (list === undefined) byAgency.set(entry.agency, [entry]);
    else list.push(entry);
  }
  const themeOrder = byCodeOrder(codeOrder(profile.lists.themes));
  const agencies = [...byAgency.keys()].sort(byCodeOrder(codeOrder(profile.lists.agencies)));
  const sort = overdueComparator("daysOverdue");
  const candidates: EscalationCandidate[] = [];
  for (const agency of agencies) {
    const recommendations = byAgency.get(agency) ?? [];
    if (recommendations.length < minOverdue) continue;
    recommendations.sort(sort);
    const themes = new Map<string, string[]>();
    const facilities = new Map<string | null, OverdueRecommendation[]>();
    for (const entry of recommendations) {
      for (const theme of entry.themes) {
        const ids = themes.get(theme);
        if (ids === undefined) themes.set(theme, [entry.id]);
        else if (ids[ids.length - 1] !== entry.id) ids.push(entry.id);
      }
      const atFacility = facilities.get(entry.facilityId);
      if (atFacility === undefined) facilities.set(entry.facilityId, [entry]);
      else atFacility.push(entry);
    }
    const themeCodes = [...themes.keys()].sort(themeOrder);
    const byFacility: EscalationFacilityGroup[] = [...facilities].map(([facilityId, entries]) => {
      const closedOn = facilityId === null ? undefined : facilityById.get(facilityId)?.closedOn;
      return {
        facilityId,
        facilityName: entries[0]?.facilityName ?? null,
        region: entries[0]?.region ?? null,
        closedOn: closedOn !== undefined && closedOn !== null && closedOn < asOf ? closedOn : null,
        recommendationIds: entries.map((entry) => entry.id),
      };
    });
    byFacility.sort((a, b) => {
      if (a.recommendationIds.length !== b.recommendationIds.length) return b.recommendationIds.length - a.recommendationIds.length;
      if (a.facilityId === null || b.facilityId === null) return a.facilityId === null ? (b.facilityId === null ? 0 : 1) : -1;
      return compareText(a.facilityId, b.facilityId);
    });
    const draft: Recommendation = {
      id: uniqueId(`ESC-${agency}-${asOf}`, taken),
      addressee: agency,
      level: "agency",
      themes: themeCodes,
      text: draftText(themeCodes, profile),
      issuedOn: asOf,
      ...(dueInDays === undefined ? {} : { dueOn: addDays(asOf, dueInDays) }),
      escalates: recommendations.map((entry) => entry.id),
      history: [],
    };
    candidates.push({
      agency,
      recommendations,
      byTheme: themeCodes.map((theme) => ({ theme, recommendationIds: themes.get(theme) ?? [] })),
      byFacility,
      draft,
    });
  }
  return candidates;
}

/**
 * Per agency, the overdue recommendations that no individualized recommendation escalates
 * yet, grouped by theme and facility, with a draft individualized recommendation that
 * escalates them: the Commissioner's escalation to the ministry responsible.
 *
 * Which recommendations: facility-level ones overdue as of `asOf` by the report's
 * definition (see {@link overdueRecommendations}, with the same `graceDays` and `period`),
 * overdue by at least `minDaysOverdue` days, and not in the `escalates` list of any
 * agency-level recommendation issued on or before `asOf` (whatever that one's status;
 * one dated after `asOf` does not count yet). Agency-level recommendations are never
 * escalated again. A recommendation at a facility closed before `asOf` that is not
 * withdrawn is still overdue, so it is escalated, with the facility's `closedOn` shown.
 * An agency gets a candidate when it has at least `minOverdue` of them; agencies come in
 * the profile's order.
 *
 * The draft: `id` `ESC-<agency>-<asOf>` (with `-2`, `-3`, ... when a recommendation
 * already has that id), `addressee` the agency, `level: "agency"`, `themes` the distinct
 * themes of what it escalates in the profile's order, an English `text` saying so (no
 * number, id or name: nothing for the privacy rule to find), `issuedOn` = `asOf`, `dueOn`
 * `dueInDays` after it when given, `escalates` the ids (most overdue first), an empty
 * `history`, no visit or facility. It validates with {@link validateDataset}; appended to
 * the dataset, the same call proposes none of those recommendations again. Review it
 * before sending: it is a proposal, never a change to the data.
 *
 * One pass over the recommendations (escalated ids in one Map), then grouping. Pure.
 * Throws an {@link OpcatError} listing every bad option (`schema.invalid_date`,
 * `date.period_order`, `date.as_of_before_period`, `schema.invalid_value` for graceDays,
 * minOverdue, minDaysOverdue or dueInDays).
 *
 * @example
 * ```ts
 * import { civilDate, escalationCandidates } from "opcat-npm";
 *
 * const base = { addressee: "health", level: "facility", facilityId: "F-1", issuedOn: civilDate("2023-03-01"), dueOn: civilDate("2023-06-01") } as const;
 * const data = {
 *   period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *   facilities: [{ id: "F-1", name: "Psychiatric hospital", type: "psychiatric_institution", agency: "health", region: "KZ-75" }],
 *   visits: [],
 *   recommendations: [
 *     { ...base, id: "R-1", themes: ["medical_care"] },
 *     { ...base, id: "R-2", themes: ["food", "medical_care"] },
 *     { ...base, id: "R-3", themes: ["food"], history: [{ status: "implemented" as const, on: civilDate("2023-05-01") }] },
 *   ],
 *   accountability: [],
 * };
 * const [candidate] = escalationCandidates(data, { asOf: civilDate("2024-11-08") });
 * candidate?.byTheme;
 * //=> [{ theme: "medical_care", recommendationIds: ["R-1", "R-2"] }, { theme: "food", recommendationIds: ["R-2"] }]
 * candidate?.draft;
 * //=> {
 * //   id: "ESC-health-2024-11-08",
 * //   addressee: "health",
 * //   level: "agency",
 * //   themes: ["medical_care", "food"],
 * //   text: "Ensure that subordinate institutions implement the overdue recommendations escalated here, on medical care and food.",
 * //   issuedOn: "2024-11-08",
 * //   escalates: ["R-1", "R-2"],
 * //   history: [],
 * // }
 * const next = { ...data, recommendations: [...data.recommendations, candidate!.draft] };
 * escalationCandidates(next, { asOf: civilDate("2024-11-08") });
 * //=> []
 * ```
 */
export function escalationCandidates(data: ReportData, options: EscalationOptions): EscalationCandidate[] {
  const read = readFollowUpArguments<EscalationOptions>(data, options, ["facilities", "recommendations"], ["asOf", "minOverdue", "minDaysOverdue", "graceDays", "dueInDays", "period", "profile"]);
  throwIfProblems(escalationOptionProblems(read.options));
  return readingRecords(read.data, ["facilities", "recommendations"], () => {
    const facilityById = registerById(read.data.facilities);
    const scan = scanRecommendations(read.data, issueWindow(read.options.asOf, read.options.period), read.options.graceDays ?? 0, facilityById);
    return candidatesFrom(
      scan.overdue,
      scan.escalationIds,
      {
        asOf: read.options.asOf,
        minOverdue: read.options.minOverdue ?? 1,
        minDaysOverdue: read.options.minDaysOverdue ?? 0,
        dueInDays: read.options.dueInDays,
        profile: profileOf(read.options.profile),
      },
      facilityById,
    );
  });
}
