import type { TextLanguage } from "../../text/types";
import { formattedCsvRecord, type CsvFormat, type CsvValue } from "../../csv/csvText";
import { languageProblems, throwIfProblems } from "../../errors/optionProblems";
import { packOf } from "../../text/packOf";
import { reportText } from "../render/catalogue";
import { reportTableProblems } from "./reportTableProblems";
import { csvNumber } from "./csvNumber";
import type { ReportTable, ReportTableRow } from "./reportTable";

/**
 * The CSV form spreadsheets of a language expect: with a decimal comma, cells separated by
 * ";" (as Excel does in Russian and Kazakh locales); else "," and ".".
 */
function csvFormatOf(lang: TextLanguage): CsvFormat {
  const { decimal } = packOf(lang).numbers;
  return decimal === "," ? { delimiter: ";", decimal: "," } : { delimiter: ",", decimal: "." };
}

/**
 * A table of {@link reportTables} as CSV text for the spreadsheet it is opened in, in the
 * table's language `lang`: a header of localized titles (code, label, the columns; a column
 * of shares titled "Share, %"), a row per row of the table (every row, zeros included), then
 * the totals row (empty code, "Total") where the table has one. Numbers are rounded as the
 * document shows them (see docs/report.md): counts exact, shares and rates as percentages
 * (91.5, the label of a rate row ending ", %"), days to one decimal; no value is an empty
 * cell. In `ru` and `kk` the fields are separated by `;` and numbers take a decimal comma
 * (`91,5`), as Excel in those locales reads them; in `en`, `,` and `.`. RFC 4180 quoting,
 * CRLF line ends; text that a spreadsheet would run as a formula gets the mark `'` before it.
 * No byte-order mark: prepend `"\uFEFF"` for a file Excel is to open (`writeReportTables`
 * does). Pure. Throws an {@link OpcatError} (`schema.invalid_value`) for an unknown `lang`,
 * and `schema.invalid_type` for a `table` that is not one.
 *
 * @example
 * ```ts
 * import { buildReport, civilDate, kz, reportTableCsv, reportTables, type Dataset } from "opcat-npm";
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
 * const report = buildReport(dataset, { asOf: civilDate("2024-01-31") });
 * const [ru] = reportTables(report, { lang: "ru", profile: kz });
 * reportTableCsv(ru!, "ru").split("\r\n");
 * //=> ["Код;Вид;Визиты;Доля, %", "periodic;Плановые (периодические);2;67", "intermediate;Повторные (промежуточные);0;0", "special;Специальные;1;33", ";Всего;3;100", ""]
 * const [en] = reportTables(report, { lang: "en", profile: kz });
 * reportTableCsv(en!, "en").split("\r\n")[0];
 * //=> "Code,Type,Visits,\"Share, %\""
 * ```
 */
export function reportTableCsv(table: ReportTable, lang: TextLanguage): string {
  throwIfProblems([...reportTableProblems(table), ...languageProblems(lang)]);
  const format = csvFormatOf(lang);
  const percent = (title: string) => reportText("column.percent", lang, { title });
  // A row's label says "%" when a column of its values is in its unit (a rate among counts).
  const inUnit = table.columns.some((column) => column.role !== "share");
  const record = (row: ReportTableRow): CsvValue[] => [
    row.code,
    row.unit === "rate" && inUnit ? percent(row.label) : row.label,
    ...table.columns.map((column, index) => csvNumber(row.values[index] ?? null, column.role, row.unit)),
  ];
  const header = [reportText("column.code", lang), table.labelTitle, ...table.columns.map((column) => (column.role === "share" ? percent(column.title) : column.title))];
  const rows = table.total === null ? table.rows : [...table.rows, table.total];
  return [formattedCsvRecord(header, format), ...rows.map((row) => formattedCsvRecord(record(row), format))].join("");
}
