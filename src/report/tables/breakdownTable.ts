import { reportText } from "../render/catalogue";
import { countsParts } from "./countsParts";
import { figureAt } from "./figureAt";
import { codedLabels } from "./codedLabels";
import type { ReportTable, ReportTableColumn, ReportTableRow } from "./reportTable";
import type { TableContext } from "./tableContext";
import type { BreakdownDeclaration } from "./tableDeclaration";

/**
 * The table of a breakdown of the report (counts by code, as `visits.byType`): a row per
 * code with its count and its share of the total (none for a table that is only a file); a
 * totals row when no record counts twice and the rows add up to the total; the rows of 0 of
 * a long table not shown in the document; empty when nothing was counted.
 *
 * @internal
 */
export function breakdownTable(declaration: BreakdownDeclaration, context: TableContext): ReportTable {
  const { lang } = context;
  const counts = (figureAt(context.report, declaration.key) ?? {}) as Readonly<Record<string, number>>;
  const { count, base, totalRow, table } = countsParts(declaration, context);
  const withShare = declaration.fileOnly !== true;
  const share = (value: number) => (base === 0 ? null : value / base);
  const columns: ReportTableColumn[] = withShare ? [count, { key: "share", title: reportText("column.share", lang), role: "share" }] : [count];
  const rows = codedLabels(declaration.codes, Object.keys(counts), context).map(({ code, label }): ReportTableRow => {
    const value = counts[code] ?? 0;
    return { code, label, unit: "count", values: withShare ? [value, share(value)] : [value], shown: declaration.omitZeros !== true || value !== 0 };
  });
  const sum = rows.reduce((total, row) => total + (row.values[0] ?? 0), 0);
  const total = declaration.overlap === undefined && sum === base ? totalRow(withShare ? [base, share(base)] : [base]) : null;
  return table(columns, rows, total, declaration.fileOnly !== true);
}
