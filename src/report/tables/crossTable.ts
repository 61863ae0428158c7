import { countsParts } from "./countsParts";
import { figureAt } from "./figureAt";
import { codedLabels } from "./codedLabels";
import type { ReportTable, ReportTableColumn, ReportTableRow } from "./reportTable";
import type { TableContext } from "./tableContext";
import type { CrossDeclaration } from "./tableDeclaration";

/**
 * The table of a cross-table of the report (counts by two codes, as visits by visit type and
 * facility type): a column per outer code, a row per inner code; a row of 0 in every column
 * of a long table not shown in the document; a totals row of the column sums when no record
 * counts twice; empty when nothing was counted.
 *
 * @internal
 */
export function crossTable(declaration: CrossDeclaration, context: TableContext): ReportTable {
  const cross = (figureAt(context.report, declaration.key) ?? {}) as Readonly<Record<string, Readonly<Record<string, number>>>>;
  const { totalRow, table } = countsParts(declaration, context);
  const outer = codedLabels(declaration.columns, Object.keys(cross), context);
  const columns = outer.map(({ code, label }): ReportTableColumn => ({ key: code, title: label, role: "value" }));
  // Every inner code of any column, in the order the report gives them.
  const inner = [...new Set(Object.values(cross).flatMap((counts) => Object.keys(counts)))];
  const rows = codedLabels(declaration.rows, inner, context).map(({ code, label }): ReportTableRow => {
    const values = outer.map((column) => cross[column.code]?.[code] ?? 0);
    return { code, label, unit: "count", values, shown: declaration.omitZeros !== true || values.some((value) => value !== 0) };
  });
  const sums = outer.map((_column, index) => rows.reduce((total, row) => total + (row.values[index] ?? 0), 0));
  return table(columns, rows, declaration.overlap === undefined ? totalRow(sums) : null, true);
}
