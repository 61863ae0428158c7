import type { Report } from "../report/report";
import { pathProblems } from "./arguments";
import { readFields, throwIfProblems } from "../errors/optionProblems";
import { UTF8_BOM } from "../csv/csvText";
import { type ReportTableOptions, reportTableCsv, reportTables } from "../report/rendering";
import { writeFiles } from "./writeFiles";

/**
 * The options of {@link writeReportTables}: those of `reportTables` (language and
 * profile), whether the files start with a UTF-8 byte-order mark (`bom`, default true:
 * without it Excel garbles Cyrillic; `false` for tools that do not expect one), and
 * whether tables that exist may be replaced (`overwrite`, default false).
 *
 * @example
 * ```ts
 * import { kz } from "opcat-npm";
 * import type { WriteReportTablesOptions } from "opcat-npm/io";
 *
 * const options: WriteReportTablesOptions = { lang: "kk", profile: kz, bom: false };
 * options.bom;
 * //=> false
 * ```
 */
export interface WriteReportTablesOptions extends ReportTableOptions {
  readonly bom?: boolean | undefined;
  readonly overwrite?: boolean | undefined;
}

/**
 * Writes each table of `reportTables` that is a file as CSV (see `reportTableCsv`) in
 * `folder` (created if needed), `<name>.csv`, in the report's order: `visits-by-type.csv`,
 * `visits-by-agency.csv`, …, `officials-by-measure.csv` (the names of `ReportTableName`
 * but `implementation` and `days-to-implement`, which are the document's), `indicators.csv`,
 * `reconciliation.csv`. For the spreadsheet they are opened in: UTF-8 with a byte-order
 * mark (unless `bom: false`), headers in `lang`, numbers rounded as the document shows them
 * (shares as percentages), a totals row where the rows add up; in `ru` and `kk` `;` between
 * fields and a decimal comma, in `en` `,` and `.`. A label that a spreadsheet would read as
 * a formula gets the mark `'` before it (see docs/io.md). All or nothing, as
 * `writeDataset`: the tables are written under temporary names and renamed at the end, so a
 * failure leaves none of them. Rejects with an `OpcatError`, before writing anything, when
 * a table exists and `overwrite` is not true (`io.target_exists`) or `folder` is a file
 * (`io.target_not_folder`); and for a fault of the file system (`io.no_space`,
 * `io.not_permitted`, `io.unwritable`). Returns the paths written, in that order.
 *
 * @example
 * ```ts
 * import { mkdtemp, readFile, rm } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import path from "node:path";
 * import { buildReport, civilDate, kz, type Dataset } from "opcat-npm";
 * import { writeReportTables } from "opcat-npm/io";
 *
 * const dataset: Dataset = {
 *   format: "opcat-npm/dataset@1",
 *   profile: "kz",
 *   period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *   facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *   visits: [{ id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] }],
 *   recommendations: [],
 *   accountability: [],
 * };
 * const folder = await mkdtemp(path.join(tmpdir(), "opcat-tables-"));
 * const written = await writeReportTables(buildReport(dataset, { asOf: civilDate("2024-01-31") }), folder, { lang: "ru", profile: kz });
 * written.map((file) => path.basename(file)).slice(0, 2);
 * //=> ["visits-by-type.csv", "visits-by-agency.csv"]
 * await readFile(path.join(folder, "visits-by-type.csv"), "utf8");
 * //=> "\uFEFFКод;Вид;Визиты;Доля, %\r\nperiodic;Плановые (периодические);1;100\r\nintermediate;Повторные (промежуточные);0;0\r\nspecial;Специальные;0;0\r\n;Всего;1;100\r\n"
 * await rm(folder, { recursive: true });
 * ```
 */
export async function writeReportTables(report: Report, folder: string, options: WriteReportTablesOptions): Promise<string[]> {
  const { fields, problems } = readFields(options, ["lang", "profile", "bom", "overwrite"], "options", true);
  throwIfProblems([...pathProblems(folder, "folder"), ...problems]);
  options = fields as unknown as WriteReportTablesOptions;
  const tables = reportTables(report, options).filter((table) => table.asFile);
  const bom = options.bom === false ? "" : UTF8_BOM;
  return writeFiles(
    folder,
    tables.map((table) => `${table.name}.csv`),
    { overwrite: options.overwrite === true },
    async (sinks) => {
      for (const [k, table] of tables.entries()) {
        await sinks[k]?.write(bom + reportTableCsv(table, options.lang));
      }
    },
  );
}
