import { languageProblems, profileProblems, readFields, throwIfProblems } from "../../errors/optionProblems";
import type { Report } from "../report";
import { reportProblems } from "../reportArgument";
import type { ReportTable, ReportTableOptions } from "./reportTable";
import { tablesOf } from "./tablesOf";

/**
 * The tables of a report, each defined once and shown the same way by every output: the
 * document of `renderReport` (text and Markdown), the CSV of {@link reportTableCsv} and the
 * files of `writeReportTables`. In the report's order:
 *
 * - the breakdowns of the report's counts by code (`visits-by-type`, `visits-by-agency`, …,
 *   `officials-by-measure`: the names of {@link ReportTableName}), a row per code with its
 *   exact count and share of the total (of the visits, monitored facilities,
 *   recommendations or officials; `null` when there are none), every row kept, zeros
 *   included (`shown: false` for the rows of 0 of long tables, which the document leaves
 *   out), a totals row where the rows add up to the total, a note where a record counts
 *   under several codes; `visits-by-month` has the codes `YYYY-MM`, `facilities-by-region`
 *   is a file only, without shares; a cross-table by two codes has a column per code of
 *   the first;
 * - `implementation` and `days-to-implement` (the document's): the scalar figures of the
 *   recommendations;
 * - `indicators` (a file only): every scalar figure, its code the key in the {@link Report}
 *   (totals, coverage and implementation as numerator, denominator and rate, overdue, days to
 *   implement, escalations);
 * - `reconciliation`: the published figures beside the computed ones, with a sentence per
 *   check of the published figures among themselves.
 *
 * Headings, labels and notes are in `lang`; the numbers are exact (rounding happens where
 * they are shown). Pure. Throws an {@link OpcatError} (`schema.invalid_value`) for an
 * unknown `lang` or a `profile` that is not one, and for a `report` that is not a report.
 *
 * @example
 * ```ts
 * import { buildReport, civilDate, kz, reportTables, type Dataset } from "opcat-npm";
 *
 * const dataset: Dataset = {
 *   format: "opcat-npm/dataset@1",
 *   profile: "kz",
 *   period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *   facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *   visits: [
 *     { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] },
 *     { id: "V-2", type: "special", startedOn: civilDate("2023-03-01"), facilityIds: ["F-1"] },
 *     { id: "V-3", type: "periodic", startedOn: civilDate("2023-05-10"), facilityIds: ["F-1"] },
 *   ],
 *   recommendations: [],
 *   accountability: [],
 * };
 * const tables = reportTables(buildReport(dataset, { asOf: civilDate("2024-01-31") }), { lang: "en", profile: kz });
 * const byType = tables.find((table) => table.name === "visits-by-type");
 * byType?.rows.map((row) => [row.code, row.label, ...row.values]);
 * //=> [["periodic", "Planned (periodic)", 2, 2 / 3], ["intermediate", "Follow-up (intermediate)", 0, 0], ["special", "Special", 1, 1 / 3]]
 * byType?.total;
 * //=> { code: "", label: "Total", unit: "count", values: [3, 1], shown: true }
 * tables.find((table) => table.name === "indicators")?.rows[0];
 * //=> { code: "visits.total", label: "Visits", unit: "count", values: [3], shown: true }
 * ```
 */
export function reportTables(report: Report, options: ReportTableOptions): ReportTable[] {
  const { fields, problems } = readFields(options, ["lang", "profile"], "options", true);
  throwIfProblems([...reportProblems(report), ...problems, ...(problems.length === 0 ? [...languageProblems(fields["lang"]), ...profileProblems(fields["profile"] ?? null)] : [])]);
  const { lang, profile } = fields as unknown as ReportTableOptions;
  return tablesOf({ report, lang, profile });
}
