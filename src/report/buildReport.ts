import { readingRecords } from "../metrics/dataArgument";
import { readMetricArguments, type MetricOptions } from "../metrics/metricContext";
import type { ReportData } from "../metrics/reportData";
import type { Report } from "./report";
import { startBuilder, type ReportAccumulator, type ReportBuilder } from "./reportBuilder";

const COLLECTIONS = ["facilities", "visits", "recommendations", "accountability"] as const;

/** The builder over the whole data, read and checked as arguments; a record that cannot be read is named. */
function over<T>(data: ReportData, options: MetricOptions, read: (builder: ReportBuilder, data: ReportData) => T): T {
  const args = readMetricArguments(data, options, COLLECTIONS);
  return readingRecords(args.data, COLLECTIONS, () => {
    const builder = startBuilder(args.data, args.options);
    for (const visit of args.data.visits) builder.addVisit(visit);
    for (const recommendation of args.data.recommendations) builder.addRecommendation(recommendation);
    for (const action of args.data.accountability) builder.addAccountabilityAction(action);
    return read(builder, args.data);
  });
}

/**
 * The consolidated report of a dataset: every figure of DESIGN §4 (visits, facilities,
 * recommendations, accountability; see {@link Report} for the shape), computed in one
 * pass over each collection, plus the reconciliation with the figures as published
 * (`data.reported`, see {@link reconcile}). Pure: the same data and options give the same
 * report, byte for byte, in any time zone, and in any order of the records. `asOf` is
 * required. Expects data that {@link validateDataset} accepts; throws an
 * {@link OpcatError}, never a `TypeError`, for bad options and for data it cannot read (not
 * an object, a collection that is not an array, a record that breaks the computation),
 * with the code and path of the problem (see docs/report.md, "Bad arguments").
 *
 * @example
 * ```ts
 * import { buildReport, civilDate } from "opcat-npm";
 *
 * const report = buildReport(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [
 *       { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" },
 *       { id: "F-2", name: "Children's home", type: "childrens_home", agency: "education", region: "KZ-71" },
 *     ],
 *     visits: [{ id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1", "F-2"] }],
 *     recommendations: [
 *       {
 *         id: "R-1", visitId: "V-1", facilityId: "F-1", addressee: "interior", level: "facility", themes: ["sanitation"],
 *         issuedOn: civilDate("2023-02-20"), history: [{ status: "implemented", on: civilDate("2023-04-11") }],
 *       },
 *     ],
 *     accountability: [{ id: "A-1", decidedOn: civilDate("2023-06-01"), initiator: "commissioner_office", measure: "disciplinary", officials: 2 }],
 *     reported: { visits: { total: 1 } },
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * [report.visits.total, report.facilities.monitored, report.recommendations.implementation.rate, report.accountability.officials.total];
 * //=> [1, 2, 1, 2]
 * report.reconciliation.figures[0];
 * //=> { key: "visits.total", reported: 1, computed: 1, difference: 0 }
 * ```
 */
export function buildReport(data: ReportData, options: MetricOptions): Report {
  return over(data, options, (builder, read) => builder.report(read.reported));
}

/**
 * The {@link ReportAccumulator} of a dataset (or of a part of one): what
 * {@link buildReport} computes before reading the figures off, to be merged with those of
 * other parts by {@link mergeReportAccumulators} and read with {@link finishReport}.
 *
 * @example
 * ```ts
 * import { accumulateReport, civilDate, finishReport } from "opcat-npm";
 *
 * const part = accumulateReport(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [{ id: "V-1", type: "special", startedOn: civilDate("2023-05-05"), facilityIds: ["F-1"] }],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * finishReport(part).visits.byType;
 * //=> { periodic: 0, intermediate: 0, special: 1 }
 * ```
 */
export function accumulateReport(data: ReportData, options: MetricOptions): ReportAccumulator {
  return over(data, options, (builder) => builder.accumulator());
}
