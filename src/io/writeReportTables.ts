import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Report } from "../report/report";
import { csvRecord, UTF8_BOM } from "../report/render/csvText";
import { reportTables, type ReportTableCell, type ReportTableOptions } from "./reportTables";

/**
 * The options of {@link writeReportTables}: those of {@link reportTables} (language and
 * profile), and whether the files start with a UTF-8 byte-order mark (`bom`, default
 * false: set it for files to be opened in Excel, which otherwise garbles Cyrillic).
 *
 * @example
 * ```ts
 * import { kz } from "opcat-npm";
 * import type { WriteReportTablesOptions } from "opcat-npm/io";
 *
 * const options: WriteReportTablesOptions = { lang: "kk", profile: kz, bom: true };
 * options.bom;
 * //=> true
 * ```
 */
export interface WriteReportTablesOptions extends ReportTableOptions {
  readonly bom?: boolean | undefined;
}

/**
 * A number as a plain decimal, never in exponent notation (`1e-7` is `0.0000001`), with
 * every digit JavaScript needs to read the same number back.
 *
 * @internal
 */
export function decimalText(value: number): string {
  const text = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (exponent === null) return text;
  const [, sign = "", lead = "", fraction = "", power = "0"] = exponent;
  const digits = lead + fraction;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The text of a cell in a CSV file: a number as a plain decimal, `null` as an empty cell.
 *
 * @internal
 */
export function cellText(cell: ReportTableCell): string {
  if (cell === null) return "";
  return typeof cell === "number" ? decimalText(cell) : cell;
}

/**
 * Writes each table of {@link reportTables} as a CSV file `<name>.csv` in `folder`
 * (created if needed; files of the same names are replaced): `visits-by-type.csv`,
 * `visits-by-agency.csv`, `visits-by-region.csv`, `visits-by-month.csv`,
 * `facilities-by-agency.csv`, `facilities-by-type.csv`, `facilities-by-region.csv`,
 * `recommendations-by-theme.csv`, `recommendations-by-status.csv`,
 * `recommendations-by-agency.csv`, `officials-by-initiator.csv`, `officials-by-measure.csv`,
 * `indicators.csv`, `reconciliation.csv`. UTF-8 (with a byte-order mark if `bom`), comma
 * delimiter, RFC 4180 quoting, CRLF line ends, a header row. Counts are exact; rates and
 * shares are unrounded decimals (never in exponent notation); no value is an empty cell.
 * Returns the paths written, in that order.
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
 * written.length;
 * //=> 14
 * await readFile(path.join(folder, "visits-by-type.csv"), "utf8");
 * //=> "code,label,count,share\r\nperiodic,Плановые (периодические),1,1\r\nintermediate,Повторные (промежуточные),0,0\r\nspecial,Специальные,0,0\r\n"
 * await rm(folder, { recursive: true });
 * ```
 */
export async function writeReportTables(report: Report, folder: string, options: WriteReportTablesOptions): Promise<string[]> {
  const tables = reportTables(report, options);
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const table of tables) {
    const file = path.join(folder, `${table.name}.csv`);
    const lines = [csvRecord(table.header), ...table.rows.map((row) => csvRecord(row.map(cellText)))];
    await writeFile(file, (options.bom === true ? UTF8_BOM : "") + lines.join(""), "utf8");
    written.push(file);
  }
  return written;
}
