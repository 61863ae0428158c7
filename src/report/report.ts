import * as z from "zod";
import type { Shape } from "../errors/shapeProblem";
import { daysToImplementMetric } from "../metrics/daysToImplement";
import { escalationsMetric } from "../metrics/escalations";
import { facilitiesByAgencyMetric } from "../metrics/facilitiesByAgency";
import { facilitiesByRegionMetric } from "../metrics/facilitiesByRegion";
import { facilitiesByTypeMetric } from "../metrics/facilitiesByType";
import { facilitiesMonitoredMetric } from "../metrics/facilitiesMonitored";
import { facilityCoverageMetric } from "../metrics/facilityCoverage";
import { implementationRateMetric } from "../metrics/implementationRate";
import type { MetricSource } from "../metrics/metric";
import { officialsHeldLiableMetric } from "../metrics/officialsHeldLiable";
import { recommendationsByAgencyMetric } from "../metrics/recommendationsByAgency";
import { recommendationsByStatusMetric } from "../metrics/recommendationsByStatus";
import { recommendationsByThemeMetric } from "../metrics/recommendationsByTheme";
import { recommendationsOverdueMetric } from "../metrics/recommendationsOverdue";
import { recommendationsTotalMetric } from "../metrics/recommendationsTotal";
import { visitsByAgencyMetric } from "../metrics/visitsByAgency";
import { visitsByFacilityTypeMetric } from "../metrics/visitsByFacilityType";
import { visitsByMonthMetric } from "../metrics/visitsByMonth";
import { visitsByRegionMetric } from "../metrics/visitsByRegion";
import { visitsByTypeMetric } from "../metrics/visitsByType";
import { visitsByTypeAndFacilityTypeMetric } from "../metrics/visitsByTypeAndFacilityType";
import { visitsTotalMetric } from "../metrics/visitsTotal";
import { ACCOUNTABILITY_INITIATORS } from "../model/accountabilityInitiator";
import { ACCOUNTABILITY_MEASURES } from "../model/accountabilityMeasure";
import { CivilDate } from "../model/civilDate";
import { Count } from "../model/count";
import { RECOMMENDATION_STATUSES } from "../model/recommendationStatus";
import { VISIT_TYPES } from "../model/visitType";
import type { TableDeclaration } from "./tables/tableDeclaration";

/**
 * The format tag of version 1 of the report object.
 *
 * @example
 * ```ts
 * import { REPORT_FORMAT } from "opcat-npm";
 *
 * REPORT_FORMAT;
 * //=> "opcat-npm/report@1"
 * ```
 */
export const REPORT_FORMAT = "opcat-npm/report@1";

/** Counts keyed by a fixed list of codes, each present. */
function countsOf<const Codes extends readonly [string, ...string[]]>(codes: Codes) {
  return z.strictObject(Object.fromEntries(codes.map((code) => [code, Count])) as Record<Codes[number], typeof Count>);
}

/** Counts keyed by a profile's codes (and `_unregistered`), or by month. */
function countsByKey() {
  return z.record(z.string(), Count);
}

function rate() {
  return z.strictObject({
    numerator: z.number().min(0),
    denominator: Count,
    rate: z.number().min(0).max(1).nullable(),
  });
}

function reconciliation() {
  return z.strictObject({
    figures: z.array(
      z.strictObject({
        key: z.string(),
        reported: z.number(),
        computed: z.number().nullable(),
        difference: z.number().nullable(),
      }),
    ),
    checks: z.array(
      z.strictObject({
        code: z.enum(["reported.parts_short_of_total", "reported.parts_exceed_total"]),
        key: z.string(),
        total: Count,
        sumOfParts: Count,
        gap: z.int(),
        unreported: z.array(z.string()),
        computedUnreported: Count,
      }),
    ),
  });
}

/**
 * The report object of {@link buildReport} (and of `opcat-npm report --format json`):
 * every figure of the consolidated annual report under the keys of DESIGN §4, plus the
 * period, `asOf`, the profile and the parameters they were computed with. The shape is
 * public API; `report.schema.json` in the package is generated from this schema. Counts
 * are exact and rates unrounded: rounding happens only in {@link renderReport}.
 *
 * @example
 * ```ts
 * import { Report } from "opcat-npm";
 *
 * Object.keys(Report.shape);
 * //=> ["format", "profile", "period", "asOf", "parameters", "visits", "facilities", "recommendations", "accountability", "reconciliation"]
 * Report.shape.visits.shape.byType.safeParse({ periodic: 422, intermediate: 6, special: 33 }).success;
 * //=> true
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Report = /* @__PURE__ */ (() =>
  z.strictObject({
    format: z.literal(REPORT_FORMAT),
    profile: z.string(),
    period: z.strictObject({ from: CivilDate, to: CivilDate }),
    asOf: CivilDate,
    parameters: z.strictObject({ partialWeight: z.number().min(0).max(1), excludeWithdrawn: z.boolean() }),
    visits: z.strictObject({
      total: Count,
      byType: countsOf(VISIT_TYPES),
      byAgency: countsByKey(),
      byRegion: countsByKey(),
      byFacilityType: countsByKey(),
      byTypeAndFacilityType: z.strictObject({ periodic: countsByKey(), intermediate: countsByKey(), special: countsByKey() }),
      byMonth: countsByKey(),
    }),
    facilities: z.strictObject({
      monitored: Count,
      byAgency: countsByKey(),
      byType: countsByKey(),
      byRegion: countsByKey(),
      coverage: rate(),
    }),
    recommendations: z.strictObject({
      total: Count,
      byStatus: countsOf(RECOMMENDATION_STATUSES),
      byTheme: countsByKey(),
      byAgency: countsByKey(),
      implementation: rate(),
      overdue: Count,
      daysToImplement: z.strictObject({ count: Count, median: z.number().nullable(), q1: z.number().nullable(), q3: z.number().nullable() }),
      escalations: z.strictObject({ issued: Count, escalated: Count }),
    }),
    accountability: z.strictObject({
      officials: z.strictObject({ total: Count, byInitiator: countsOf(ACCOUNTABILITY_INITIATORS), byMeasure: countsOf(ACCOUNTABILITY_MEASURES) }),
    }),
    reconciliation: reconciliation(),
  }))();

// The report's shape again, without zod (rendering bundles none), checked where a report
// comes in: renderReport, compareReports, reportTables.
const anyCounts: Shape = { "*": "count" };
const codeCounts = /* @__NO_SIDE_EFFECTS__ */ (codes: readonly string[]): Shape => Object.fromEntries(codes.map((code) => [code, "count"]));
const rateShape: Shape = { numerator: "number", denominator: "count", rate: "number?" };

/**
 * The shape of a {@link Report}, as the {@link Report} schema gives it.
 *
 * @internal
 */
export const REPORT_SHAPE: Shape = /* @__PURE__ */ (() => ({
  format: "string",
  profile: "string",
  period: { from: "date", to: "date" },
  asOf: "date",
  parameters: { partialWeight: "number", excludeWithdrawn: "boolean" },
  visits: {
    total: "count",
    byType: codeCounts(VISIT_TYPES),
    byAgency: anyCounts,
    byRegion: anyCounts,
    byFacilityType: anyCounts,
    byTypeAndFacilityType: { periodic: anyCounts, intermediate: anyCounts, special: anyCounts },
    byMonth: anyCounts,
  },
  facilities: { monitored: "count", byAgency: anyCounts, byType: anyCounts, byRegion: anyCounts, coverage: rateShape },
  recommendations: {
    total: "count",
    byStatus: codeCounts(RECOMMENDATION_STATUSES),
    byTheme: anyCounts,
    byAgency: anyCounts,
    implementation: rateShape,
    overdue: "count",
    daysToImplement: { count: "count", median: "number?", q1: "number?", q3: "number?" },
    escalations: { issued: "count", escalated: "count" },
  },
  accountability: { officials: { total: "count", byInitiator: codeCounts(ACCOUNTABILITY_INITIATORS), byMeasure: codeCounts(ACCOUNTABILITY_MEASURES) } },
  reconciliation: {
    figures: [{ key: "string", reported: "number", computed: "number?", difference: "number?" }],
    checks: [{ code: "string", key: "string", total: "count", sumOfParts: "count", gap: "number", unreported: ["string"], computedUnreported: "count" }],
  },
}))();

/**
 * A report object (see the {@link Report} schema).
 *
 * @example
 * ```ts
 * import type { Report } from "opcat-npm";
 *
 * const visits: Report["visits"]["byType"] = { periodic: 422, intermediate: 6, special: 33 };
 * visits.periodic + visits.intermediate + visits.special;
 * //=> 461
 * ```
 */
export type Report = z.infer<typeof Report>;

// A new figure of the report is declared here, beside its place in the schemas above: its
// metric in REPORT_FIGURES, its table (if any) in REPORT_TABLES, its texts in the catalogue.

/**
 * The metrics of the report, in the order of its keys: each fills the figure at its key
 * (`visits.byType`). {@link buildReport} and the accumulators run them all.
 *
 * @internal
 */
// Typed by what the builder reads of each metric (the metric's own types name its state).
export const REPORT_FIGURES: readonly { readonly key: string; readonly accumulator: { readonly name: string; readonly source: MetricSource } }[] = [
  visitsTotalMetric,
  visitsByTypeMetric,
  visitsByAgencyMetric,
  visitsByRegionMetric,
  visitsByFacilityTypeMetric,
  visitsByTypeAndFacilityTypeMetric,
  visitsByMonthMetric,
  facilitiesMonitoredMetric,
  facilitiesByAgencyMetric,
  facilitiesByTypeMetric,
  facilitiesByRegionMetric,
  facilityCoverageMetric,
  recommendationsTotalMetric,
  recommendationsByStatusMetric,
  recommendationsByThemeMetric,
  recommendationsByAgencyMetric,
  implementationRateMetric,
  recommendationsOverdueMetric,
  daysToImplementMetric,
  escalationsMetric,
  officialsHeldLiableMetric,
];

/**
 * The names of the tables of a report (see `reportTables`), in the report's order;
 * `writeReportTables` writes each table that is a file as `<name>.csv`.
 *
 * @example
 * ```ts
 * import type { ReportTableName } from "opcat-npm";
 *
 * const name: ReportTableName = "officials-by-initiator";
 * `${name}.csv`;
 * //=> "officials-by-initiator.csv"
 * ```
 */
export type ReportTableName =
  | "visits-by-type"
  | "visits-by-agency"
  | "visits-by-region"
  | "visits-by-facility-type"
  | "visits-by-type-and-facility-type"
  | "visits-by-month"
  | "facilities-by-agency"
  | "facilities-by-type"
  | "facilities-by-region"
  | "recommendations-by-theme"
  | "recommendations-by-status"
  | "recommendations-by-agency"
  | "implementation"
  | "days-to-implement"
  | "officials-by-initiator"
  | "officials-by-measure"
  | "indicators"
  | "reconciliation";

/**
 * The tables of the report, in the order of the document (`renderReport`) and of the files
 * (`writeReportTables`): the model of `reportTables` reads each from its figure.
 *
 * @internal
 */
export const REPORT_TABLES = [
  { kind: "breakdown", name: "visits-by-type", key: "visits.byType", codes: "visitTypes", counts: "visits", heading: "heading.visitsByType", labelColumn: "column.type" },
  {
    kind: "breakdown",
    name: "visits-by-agency",
    key: "visits.byAgency",
    codes: "agencies",
    counts: "visits",
    heading: "heading.visitsByAgency",
    labelColumn: "column.agency",
    overlap: "note.visitsByAgency",
    omitZeros: true,
  },
  {
    kind: "breakdown",
    name: "visits-by-region",
    key: "visits.byRegion",
    codes: "regions",
    counts: "visits",
    heading: "heading.visitsByRegion",
    labelColumn: "column.region",
    overlap: "note.visitsByRegion",
    omitZeros: true,
  },
  {
    kind: "breakdown",
    name: "visits-by-facility-type",
    key: "visits.byFacilityType",
    codes: "facilityTypes",
    counts: "visits",
    heading: "heading.visitsByFacilityType",
    labelColumn: "column.facilityType",
    overlap: "note.visitsByFacilityType",
    omitZeros: true,
  },
  {
    kind: "cross",
    name: "visits-by-type-and-facility-type",
    key: "visits.byTypeAndFacilityType",
    columns: "visitTypes",
    rows: "facilityTypes",
    counts: "visits",
    heading: "heading.visitsByTypeAndFacilityType",
    labelColumn: "column.facilityType",
    overlap: "note.visitsByTypeAndFacilityType",
    omitZeros: true,
  },
  { kind: "breakdown", name: "visits-by-month", key: "visits.byMonth", codes: "months", counts: "visits", heading: "heading.visitsByMonth", labelColumn: "column.month" },
  {
    kind: "breakdown",
    name: "facilities-by-agency",
    key: "facilities.byAgency",
    codes: "agencies",
    counts: "facilities",
    heading: "heading.facilitiesByAgency",
    labelColumn: "column.agency",
    omitZeros: true,
    coverageNote: true,
  },
  {
    kind: "breakdown",
    name: "facilities-by-type",
    key: "facilities.byType",
    codes: "facilityTypes",
    counts: "facilities",
    heading: "heading.facilitiesByType",
    labelColumn: "column.facilityType",
    omitZeros: true,
  },
  {
    kind: "breakdown",
    name: "facilities-by-region",
    key: "facilities.byRegion",
    codes: "regions",
    counts: "facilities",
    heading: "heading.facilitiesByRegion",
    labelColumn: "column.region",
    omitZeros: true,
    fileOnly: true,
  },
  {
    kind: "breakdown",
    name: "recommendations-by-theme",
    key: "recommendations.byTheme",
    codes: "themes",
    counts: "recommendations",
    heading: "heading.recommendationsByTheme",
    labelColumn: "column.theme",
    overlap: "note.themes",
    omitZeros: true,
  },
  {
    kind: "breakdown",
    name: "recommendations-by-status",
    key: "recommendations.byStatus",
    codes: "statuses",
    counts: "recommendations",
    heading: "heading.recommendationsByStatus",
    labelColumn: "column.status",
  },
  {
    kind: "breakdown",
    name: "recommendations-by-agency",
    key: "recommendations.byAgency",
    codes: "agencies",
    counts: "recommendations",
    heading: "heading.recommendationsByAgency",
    labelColumn: "column.addressee",
    omitZeros: true,
  },
  { kind: "implementation", name: "implementation" },
  { kind: "days-to-implement", name: "days-to-implement" },
  {
    kind: "breakdown",
    name: "officials-by-initiator",
    key: "accountability.officials.byInitiator",
    codes: "initiators",
    counts: "officials",
    heading: "heading.officialsByInitiator",
    labelColumn: "column.initiator",
  },
  {
    kind: "breakdown",
    name: "officials-by-measure",
    key: "accountability.officials.byMeasure",
    codes: "measures",
    counts: "officials",
    heading: "heading.officialsByMeasure",
    labelColumn: "column.measure",
  },
  { kind: "indicators", name: "indicators" },
  { kind: "reconciliation", name: "reconciliation" },
] as const satisfies readonly TableDeclaration[];
