import type { OpcatProblem } from "../errors/OpcatError";
import { shapeProblem, type Shape } from "../errors/shapeProblem";
import { ACCOUNTABILITY_INITIATORS } from "../model/accountabilityInitiator";
import { ACCOUNTABILITY_MEASURES } from "../model/accountabilityMeasure";
import { RECOMMENDATION_STATUSES } from "../model/recommendationStatus";
import { VISIT_TYPES } from "../model/visitType";
import { REPORT_FORMAT } from "./report";

// The report's shape (the Report schema's, without zod: rendering bundles none), checked
// where a report comes in: renderReport, compareReports and the tables of opcat-npm/io.

const counts: Shape = { "*": "count" };
const countsOf = /* @__NO_SIDE_EFFECTS__ */ (codes: readonly string[]): Shape => Object.fromEntries(codes.map((code) => [code, "count"]));
const rate: Shape = { numerator: "number", denominator: "count", rate: "number?" };

/**
 * The shape of a {@link Report}.
 *
 * @internal
 */
export const REPORT_SHAPE: Shape = /* @__PURE__ */ (() => ({
  format: "string",
  profile: "string",
  period: { from: "date", to: "date" },
  asOf: "date",
  parameters: { partialWeight: "number", excludeWithdrawn: "boolean" },
  visits: { total: "count", byType: countsOf(VISIT_TYPES), byAgency: counts, byRegion: counts, byMonth: counts },
  facilities: { monitored: "count", byAgency: counts, byType: counts, byRegion: counts, coverage: rate },
  recommendations: {
    total: "count",
    byStatus: countsOf(RECOMMENDATION_STATUSES),
    byTheme: counts,
    byAgency: counts,
    implementation: rate,
    overdue: "count",
    daysToImplement: { count: "count", median: "number?", q1: "number?", q3: "number?" },
    escalations: { issued: "count", escalated: "count" },
  },
  accountability: { officials: { total: "count", byInitiator: countsOf(ACCOUNTABILITY_INITIATORS), byMeasure: countsOf(ACCOUNTABILITY_MEASURES) } },
  reconciliation: {
    figures: [{ key: "string", reported: "number", computed: "number?", difference: "number?" }],
    checks: [{ code: "string", key: "string", total: "count", sumOfParts: "count", gap: "number", unreported: ["string"], computedUnreported: "count" }],
  },
}))();

/**
 * The problems of an argument that should be a report made by {@link buildReport} (or read
 * back from `report --format json`): its format tag (`schema.invalid_value`), then the first
 * value of the wrong type (`schema.invalid_type`, with its path), or `schema.unreadable`.
 *
 * @internal
 */
export function reportProblems(report: unknown, argument = "report"): OpcatProblem[] {
  return formatProblems(report, REPORT_FORMAT, "buildReport", argument) ?? [shapeProblem(report, REPORT_SHAPE, argument)].filter((problem) => problem !== undefined);
}

/**
 * Another object's format tag (a follow-up report given as a report, ...): `schema.invalid_value`
 * at `format`; undefined when the tag is right or there is none to read.
 *
 * @internal
 */
export function formatProblems(value: unknown, format: string, maker: string, argument: string): OpcatProblem[] | undefined {
  let tag: unknown;
  try {
    tag = typeof value === "object" && value !== null ? (value as { readonly format?: unknown }).format : undefined;
  } catch {
    return undefined;
  }
  if (typeof tag !== "string" || tag === format) return undefined;
  return [{ code: "schema.invalid_value", path: ["format"], message: `${argument}.format is ${tag.slice(0, 40)}, not ${format}: not what ${maker} makes`, params: { argument, value: tag, expected: format } }];
}
