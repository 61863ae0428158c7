import type { TextLanguage } from "../../text/types";
import type { Profile } from "../../profiles/profile";
import type { ReportTableName } from "../report";

/**
 * What a value of a row is: `count` a whole number of records or officials; `number` a
 * count that can have a fraction (implemented recommendations with partial ones weighted);
 * `rate` a share of 1 (0.75), shown as a percentage; `days` a duration in days.
 *
 * @example
 * ```ts
 * import type { ReportTableUnit } from "opcat-npm";
 *
 * const unit: ReportTableUnit = "rate";
 * unit;
 * //=> "rate"
 * ```
 */
export type ReportTableUnit = "count" | "number" | "rate" | "days";

/**
 * A column of values of a report table (the code and label columns come first and are not
 * listed): its key (`count`, `share`, `value`, `reported`, `computed`, `difference`, or a
 * code for the columns of a cross-table), its title in the table's language, and what it
 * holds: `value` the row's figure in the row's unit, `share` the count as a share of the
 * table's total (a rate), `difference` a difference in the row's unit (in percentage points
 * for rates).
 *
 * @example
 * ```ts
 * import type { ReportTableColumn } from "opcat-npm";
 *
 * const column: ReportTableColumn = { key: "share", title: "Share", role: "share" };
 * column.role;
 * //=> "share"
 * ```
 */
export interface ReportTableColumn {
  readonly key: string;
  readonly title: string;
  readonly role: "value" | "share" | "difference";
}

/**
 * A row of a report table: its code (a code of the profile, a month `YYYY-MM`, the key of a
 * figure for the indicators and the reconciliation; empty for a totals row), its label in
 * the table's language, the unit of its values, one exact value per column (`null`: no
 * value, as a rate of nothing), and whether the document shows it (`renderReport` leaves
 * out the rows of 0 of long tables).
 *
 * @example
 * ```ts
 * import type { ReportTableRow } from "opcat-npm";
 *
 * const row: ReportTableRow = { code: "periodic", label: "Planned (periodic)", unit: "count", values: [422, 422 / 461], shown: true };
 * row.values[0];
 * //=> 422
 * ```
 */
export interface ReportTableRow {
  readonly code: string;
  readonly label: string;
  readonly unit: ReportTableUnit;
  readonly values: readonly (number | null)[];
  readonly shown: boolean;
}

/**
 * One table of a report, as every output shows it: its name (the CSV file's), its heading,
 * the title of its label column, its columns of values, its rows with exact numbers in the
 * report's order, the totals row when the rows add up to the total (else null), the notes
 * under it, whether nothing was counted (`empty`: the document says so instead of showing
 * zeros), and where it appears: in the document of `renderReport` (`inDocument`) and as a
 * file of `writeReportTables` (`asFile`).
 *
 * @example
 * ```ts
 * import type { ReportTable } from "opcat-npm";
 *
 * const table: ReportTable = {
 *   name: "officials-by-measure",
 *   heading: "Officials held liable, by measure",
 *   labelTitle: "Measure",
 *   columns: [{ key: "count", title: "Officials", role: "value" }, { key: "share", title: "Share", role: "share" }],
 *   rows: [{ code: "criminal", label: "Criminal", unit: "count", values: [3, 1], shown: true }],
 *   total: { code: "", label: "Total", unit: "count", values: [3, 1], shown: true },
 *   notes: [],
 *   empty: false,
 *   inDocument: true,
 *   asFile: true,
 * };
 * table.rows.length;
 * //=> 1
 * ```
 */
export interface ReportTable {
  readonly name: ReportTableName;
  readonly heading: string;
  readonly labelTitle: string;
  readonly columns: readonly ReportTableColumn[];
  readonly rows: readonly ReportTableRow[];
  readonly total: ReportTableRow | null;
  readonly notes: readonly string[];
  readonly empty: boolean;
  readonly inDocument: boolean;
  readonly asFile: boolean;
}

/**
 * The options of {@link reportTables}: the language of the headings, labels and notes
 * (`en`, `ru` or `kk`) and the profile that labels the codes (the one the report was built
 * with).
 *
 * @example
 * ```ts
 * import { kz, type ReportTableOptions } from "opcat-npm";
 *
 * const options: ReportTableOptions = { lang: "ru", profile: kz };
 * options.lang;
 * //=> "ru"
 * ```
 */
export interface ReportTableOptions {
  readonly lang: TextLanguage;
  readonly profile: Profile;
}
