import * as z from "zod";
import { ACCOUNTABILITY_INITIATORS } from "../model/accountabilityInitiator";
import { ACCOUNTABILITY_MEASURES } from "../model/accountabilityMeasure";
import { CivilDate } from "../model/civilDate";
import { Count } from "../model/count";
import { RECOMMENDATION_STATUSES } from "../model/recommendationStatus";
import { VISIT_TYPES } from "../model/visitType";

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
