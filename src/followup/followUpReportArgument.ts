import type { OpcatProblem } from "../errors/OpcatError";
import { shapeProblem, type Shape } from "../errors/shapeProblem";
import { formatProblems } from "../report/reportArgument";
import { FOLLOW_UP_FORMAT } from "./followUpReport";

// The follow-up report's shape, checked where one comes in: renderFollowUp and followUpCsv.

const rate: Shape = { numerator: "number", denominator: "count", rate: "number?" };
const quartiles: Shape = { count: "count", median: "number?", q1: "number?", q3: "number?" };
const overdue: Shape = {
  id: "string",
  level: "string",
  agency: "string",
  facilityId: "string?",
  facilityName: "string?",
  region: "string?",
  visitId: "string?",
  themes: ["string"],
  issuedOn: "date",
  dueOn: "date",
  daysOverdue: "number",
  status: "string",
  escalatedBy: "string?",
  escalatedOn: "date?",
};
const outcome: Shape = { escalations: "count", escalated: "count", implementedAtEscalation: rate, implementedAsOf: rate, implementedAfterEscalation: "count", daysToImplement: quartiles };
const planned = { facilityId: "string", name: "string", type: "string", agency: "string", region: "string", lastVisitOn: "date?" } as const;
const special: Shape = { visits: "count", withoutTrigger: "count", days: quartiles };

/**
 * The shape of a {@link FollowUpReport}.
 *
 * @internal
 */
export const FOLLOW_UP_SHAPE: Shape = /* @__PURE__ */ (() => ({
  format: "string",
  profile: "string",
  asOf: "date",
  parameters: { graceDays: "count", sortBy: "string", minOverdue: "count", minDaysOverdue: "count", dueInDays: "number?", minOverdueForVisit: "count" },
  overdue: { total: "count", escalated: "count", byAgency: [{ agency: "string", count: "count", escalated: "count", maxDaysOverdue: "number", recommendations: [overdue] }] },
  escalation: {
    candidates: [
      {
        agency: "string",
        recommendations: [overdue],
        byTheme: [{ theme: "string", recommendationIds: ["string"] }],
        byFacility: [{ facilityId: "string?", facilityName: "string?", region: "string?", closedOn: "date?", recommendationIds: ["string"] }],
        draft: { id: "string", addressee: "string", level: "string", themes: ["string"], issuedOn: "date", escalates: ["string"] },
      },
    ],
    outcomes: { total: outcome, byAgency: [{ agency: "string", ...(outcome as Record<string, Shape>) }] },
  },
  repeats: {
    chains: [{ recommendations: [{ id: "string", issuedOn: "date", facilityId: "string?", agency: "string", repeatOf: "string?", status: "string" }], lastStatus: "string" }],
    likely: [{ id: "string", repeatOf: "string", facilityId: "string", themes: ["string"], issuedOn: "date", earlierIssuedOn: "date", daysBetween: "number", earlierDueOn: "date?", earlierStatus: "string" }],
  },
  visits: {
    asOf: "date",
    horizon: "date",
    period: { from: "date", to: "date" },
    cycleYears: "number",
    periodicDue: [{ ...planned, reason: "string", lastPeriodicVisitOn: "date?", dueOn: "date?", closedOn: "date?" }],
    intermediateCandidates: [{ ...planned, lastVisitType: "string?", overdue: "count", maxDaysOverdue: "number" }],
    specialResponse: { total: special, byRegion: { "*": special } },
    coverage: { total: rate, byType: { "*": rate }, byRegion: { "*": rate } },
  },
}))();

/**
 * The problems of an argument that should be a follow-up report made by
 * {@link followUpReport} (or read back from `followup --format json`).
 *
 * @internal
 */
export function followUpReportProblems(report: unknown, argument = "report"): OpcatProblem[] {
  return formatProblems(report, FOLLOW_UP_FORMAT, "followUpReport", argument) ?? [shapeProblem(report, FOLLOW_UP_SHAPE, argument)].filter((problem) => problem !== undefined);
}
