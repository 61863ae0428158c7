import { dayDifference } from "../dates/dayNumber";
import { readingRecords } from "../metrics/dataArgument";
import type { CivilDate } from "../model/civilDate";
import type { Period } from "../model/period";
import { increment, type Counts } from "../metrics/counts";
import { quartilesOfHistogram, type Quartiles } from "../metrics/quartiles";
import { rateOf, type Rate } from "../metrics/rate";
import type { ReportData } from "../metrics/reportData";
import type { Profile } from "../profiles/profile";
import { statusOn } from "../status/statusAsOf";
import { periodProblems, throwIfProblems } from "../errors/optionProblems";
import { asOfProblems, byCodeOrder, codeOrder, inWindow, issueWindow, profileOf, type IssueWindow, readFollowUpArguments } from "./options";

/**
 * The options of {@link escalationOutcomes}: `asOf` (required), `period` (optional: only
 * escalations issued in it) and `profile` (default `kz`: the order of the agencies).
 *
 * @example
 * ```ts
 * import { civilDate, type EscalationOutcomeOptions } from "opcat-npm";
 *
 * const options: EscalationOutcomeOptions = { asOf: civilDate("2024-11-08") };
 * options.asOf;
 * //=> "2024-11-08"
 * ```
 */
export interface EscalationOutcomeOptions {
  readonly asOf: CivilDate;
  readonly period?: Period | undefined;
  readonly profile?: Profile | undefined;
}

/**
 * What became of escalated recommendations: `escalations` (individualized recommendations
 * issued), `escalated` (the distinct recommendations they escalate), the share of those
 * implemented on the day of their first escalation (`implementedAtEscalation`) and as of
 * `asOf` (`implementedAsOf`), how many were implemented after it (`implementedAfterEscalation`),
 * and the days from the escalation to that implementation (`daysToImplement`).
 *
 * @example
 * ```ts
 * import type { EscalationOutcomeFigures } from "opcat-npm";
 *
 * const figures: EscalationOutcomeFigures = {
 *   escalations: 1,
 *   escalated: 2,
 *   implementedAtEscalation: { numerator: 0, denominator: 2, rate: 0 },
 *   implementedAsOf: { numerator: 1, denominator: 2, rate: 0.5 },
 *   implementedAfterEscalation: 1,
 *   daysToImplement: { count: 1, median: 40, q1: 40, q3: 40 },
 * };
 * figures.implementedAsOf.rate;
 * //=> 0.5
 * ```
 */
export interface EscalationOutcomeFigures {
  readonly escalations: number;
  readonly escalated: number;
  readonly implementedAtEscalation: Rate;
  readonly implementedAsOf: Rate;
  readonly implementedAfterEscalation: number;
  readonly daysToImplement: Quartiles;
}

/**
 * The {@link EscalationOutcomeFigures} of one agency.
 *
 * @example
 * ```ts
 * import type { EscalationOutcome } from "opcat-npm";
 *
 * const outcome: EscalationOutcome = {
 *   agency: "health",
 *   escalations: 1,
 *   escalated: 3,
 *   implementedAtEscalation: { numerator: 0, denominator: 3, rate: 0 },
 *   implementedAsOf: { numerator: 0, denominator: 3, rate: 0 },
 *   implementedAfterEscalation: 0,
 *   daysToImplement: { count: 0, median: null, q1: null, q3: null },
 * };
 * outcome.agency;
 * //=> "health"
 * ```
 */
export interface EscalationOutcome extends EscalationOutcomeFigures {
  readonly agency: string;
}

/**
 * The result of {@link escalationOutcomes}: the figures of all agencies together and of
 * each agency with an escalation, in the profile's order.
 *
 * @example
 * ```ts
 * import type { EscalationOutcomes } from "opcat-npm";
 *
 * const none: EscalationOutcomes = {
 *   total: {
 *     escalations: 0,
 *     escalated: 0,
 *     implementedAtEscalation: { numerator: 0, denominator: 0, rate: null },
 *     implementedAsOf: { numerator: 0, denominator: 0, rate: null },
 *     implementedAfterEscalation: 0,
 *     daysToImplement: { count: 0, median: null, q1: null, q3: null },
 *   },
 *   byAgency: [],
 * };
 * none.total.implementedAsOf.rate;
 * //=> null
 * ```
 */
export interface EscalationOutcomes {
  readonly total: EscalationOutcomeFigures;
  readonly byAgency: readonly EscalationOutcome[];
}

interface Tally {
  escalations: number;
  escalated: number;
  before: number;
  after: number;
  implementedAfter: number;
  days: Counts<number>;
}

const tally = (): Tally => ({ escalations: 0, escalated: 0, before: 0, after: 0, implementedAfter: 0, days: new Map() });

function figuresOf(t: Tally): EscalationOutcomeFigures {
  return {
    escalations: t.escalations,
    escalated: t.escalated,
    implementedAtEscalation: rateOf(t.before, t.escalated),
    implementedAsOf: rateOf(t.after, t.escalated),
    implementedAfterEscalation: t.implementedAfter,
    daysToImplement: quartilesOfHistogram(t.days),
  };
}

/**
 * The outcomes from the data, options checked.
 *
 * @internal
 */
export function outcomesOf(data: Pick<ReportData, "recommendations">, window: IssueWindow, profile: Profile): EscalationOutcomes {
  const { asOf } = window;
  const byAgency = new Map<string, Tally>();
  const tallyOf = (agency: string): Tally => {
    let t = byAgency.get(agency);
    if (t === undefined) byAgency.set(agency, (t = tally()));
    return t;
  };
  const total = tally();
  // Pass 1: the individualized recommendations, and the day each id was first escalated.
  const firstEscalated = new Map<string, CivilDate>();
  for (const recommendation of data.recommendations) {
    if (recommendation.level !== "agency" || !inWindow(window, recommendation.issuedOn)) continue;
    tallyOf(recommendation.addressee).escalations++;
    total.escalations++;
    for (const id of recommendation.escalates ?? []) {
      const known = firstEscalated.get(id);
      if (known === undefined || recommendation.issuedOn < known) firstEscalated.set(id, recommendation.issuedOn);
    }
  }
  // Pass 2: what became of each escalated recommendation (the first record of an id).
  const seen = new Set<string>();
  for (const recommendation of data.recommendations) {
    const on = firstEscalated.get(recommendation.id);
    if (on === undefined || seen.has(recommendation.id)) continue;
    seen.add(recommendation.id);
    const t = tallyOf(recommendation.addressee);
    const before = statusOn(recommendation, on) === "implemented";
    const after = statusOn(recommendation, asOf) === "implemented";
    let implementedOn: CivilDate | undefined;
    if (!before) {
      for (const change of recommendation.history ?? []) {
        if (change.status === "implemented" && change.on > on && change.on <= asOf && (implementedOn === undefined || change.on < implementedOn)) implementedOn = change.on;
      }
    }
    for (const target of [t, total]) {
      target.escalated++;
      if (before) target.before++;
      if (after) target.after++;
      if (implementedOn !== undefined) {
        target.implementedAfter++;
        increment(target.days, dayDifference(on, implementedOn));
      }
    }
  }
  const agencies = [...byAgency.keys()].sort(byCodeOrder(codeOrder(profile.lists.agencies)));
  return {
    total: figuresOf(total),
    byAgency: agencies.map((agency) => ({ agency, ...figuresOf(byAgency.get(agency) ?? tally()) })),
  };
}

/**
 * How escalation worked: for the recommendations escalated by individualized
 * (agency-level) recommendations issued on or before `asOf`, the implementation rate on
 * the day of escalation versus as of `asOf`, and the days from escalation to
 * implementation, in all and per agency.
 *
 * Definitions. An escalation counts when its `issuedOn` is on or before `asOf` (and in
 * `period` when given), whatever its own status. A recommendation escalated twice counts
 * once, from its first escalation. Its agency is its addressee. Before: its status as of
 * the day of escalation (entries of that day included) is `implemented`. After: its status
 * as of `asOf` is `implemented`. Days to implementation: from the escalation day to the
 * first `implemented` entry after that day and on or before `asOf`, for those not
 * implemented on the day (quartiles as in {@link daysToImplement}). Rates are over every
 * escalated recommendation found, withdrawn and rejected ones included; an escalated id
 * the dataset lacks (an error {@link validateDataset} reports) is left out. Two passes
 * over the recommendations, Map lookups only. Pure. Throws an {@link OpcatError} for bad
 * options (`schema.invalid_date`, `date.period_order`, `date.as_of_before_period`).
 *
 * @example
 * ```ts
 * import { civilDate, escalationOutcomes } from "opcat-npm";
 *
 * const base = { addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-01") } as const;
 * const outcomes = escalationOutcomes(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       { ...base, id: "R-1", history: [{ status: "implemented", on: civilDate("2023-12-11") }] },
 *       { ...base, id: "R-2", history: [{ status: "not_implemented", on: civilDate("2023-06-01") }] },
 *       { id: "R-9", addressee: "interior", level: "agency", themes: ["food"], issuedOn: civilDate("2023-11-01"), escalates: ["R-1", "R-2"] },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * outcomes.byAgency.map((outcome) => [outcome.agency, outcome.escalated, outcome.implementedAtEscalation.rate, outcome.implementedAsOf.rate]);
 * //=> [["interior", 2, 0, 0.5]]
 * outcomes.total.daysToImplement;
 * //=> { count: 1, median: 40, q1: 40, q3: 40 }
 * ```
 */
export function escalationOutcomes(data: ReportData, options: EscalationOutcomeOptions): EscalationOutcomes {
  const read = readFollowUpArguments<EscalationOutcomeOptions>(data, options, ["recommendations"], ["asOf", "period", "profile"]);
  const { asOf, period } = read.options as { asOf?: unknown; period?: unknown };
  throwIfProblems([...asOfProblems(asOf), ...(period === undefined ? [] : periodProblems(period, asOf))]);
  return readingRecords(read.data, ["recommendations"], () => {
    return outcomesOf(read.data, issueWindow(read.options.asOf, read.options.period), profileOf(read.options.profile));
  });
}
