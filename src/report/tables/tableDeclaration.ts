import type { ListName } from "../../profiles/profile";
import type { ReportTextKey } from "../render/catalogue";
import type { Report, ReportTableName } from "../report";

/**
 * The report's keys whose value is `T` (`"visits.byType"` for counts by code), found in the
 * {@link Report} type, so that a table cannot name a figure the report lacks.
 *
 * @internal
 */
export type ReportKeyOf<T, Value = Report, Prefix extends string = ""> = {
  [K in keyof Value & string]: Value[K] extends T
    ? `${Prefix}${K}`
    : Value[K] extends readonly unknown[]
      ? never
      : Value[K] extends object
        ? ReportKeyOf<T, Value[K], `${Prefix}${K}.`>
        : never;
}[keyof Value & string];

/**
 * What the codes of a breakdown are, which orders and labels its rows: a list of the profile
 * (the visit types by their published names in the report's texts), or the months of the
 * period (`YYYY-MM`).
 *
 * @internal
 */
export type TableCodes = ListName | "months";

/**
 * What the rows of a breakdown count, which gives its count column and what its shares are
 * shares of: visits (`visits.total`), monitored facilities (`facilities.monitored`),
 * recommendations (`recommendations.total`) or officials held liable
 * (`accountability.officials.total`).
 *
 * @internal
 */
export type TableCounts = "visits" | "facilities" | "recommendations" | "officials";

/** What the declarations of breakdowns and cross-tables share. */
interface CountsDeclaration {
  /** The CSV file's name, `<name>.csv`. */
  readonly name: ReportTableName;
  readonly heading: ReportTextKey;
  /** The title of the column of labels. */
  readonly labelColumn: ReportTextKey;
  readonly counts: TableCounts;
  /**
   * A record can count under several codes (a visit under each agency it covered): the rows
   * may add up to more than the total, so there is no totals row, and this note says so.
   */
  readonly overlap?: ReportTextKey | undefined;
  /** A long table: the document leaves out its rows of 0 (and says how many). */
  readonly omitZeros?: boolean | undefined;
}

/**
 * A table of counts by code (`visits.byType`): a row per code with its count and share of
 * the total, a totals row when the rows add up to it.
 *
 * @internal
 */
export interface BreakdownDeclaration extends CountsDeclaration {
  readonly kind: "breakdown";
  readonly key: ReportKeyOf<Readonly<Record<string, number>>>;
  readonly codes: TableCodes;
  /** The note under the table: the coverage of the register (facilities by agency). */
  readonly coverageNote?: boolean | undefined;
  /** Only a file (no share column), not in the document: facilities by region. */
  readonly fileOnly?: boolean | undefined;
}

/**
 * A cross-table of counts by two codes (`visits.byTypeAndFacilityType`: by visit type, then
 * facility type): a row per code of `rows`, a column per code of `columns`.
 *
 * @internal
 */
export interface CrossDeclaration extends CountsDeclaration {
  readonly kind: "cross";
  readonly key: ReportKeyOf<Readonly<Record<string, Readonly<Record<string, number>>>>>;
  /** The codes of the outer keys (the columns). */
  readonly columns: TableCodes;
  /** The codes of the inner keys (the rows). */
  readonly rows: TableCodes;
}

/**
 * A table of the report whose rows are fixed figures: implementation, days to implement,
 * the indicators (every scalar figure, a file only) and the reconciliation with the
 * published figures.
 *
 * @internal
 */
export interface FixedTableDeclaration {
  readonly kind: "implementation" | "days-to-implement" | "indicators" | "reconciliation";
  readonly name: ReportTableName;
}

/**
 * A table of the report, as the report declares it (`REPORT_TABLES`).
 *
 * @internal
 */
export type TableDeclaration = BreakdownDeclaration | CrossDeclaration | FixedTableDeclaration;
