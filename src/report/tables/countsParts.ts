import { declaredReportText, reportText } from "../render/catalogue";
import { formatDate } from "../../text/dates";
import { formatPercent } from "../../text/numbers";
import type { ReportTable, ReportTableColumn, ReportTableRow } from "./reportTable";
import { countedTotal, type TableContext } from "./tableContext";
import type { BreakdownDeclaration, CrossDeclaration } from "./tableDeclaration";

const COUNT_COLUMN = {
  visits: "column.visits",
  facilities: "column.facilities",
  recommendations: "column.recommendations",
  officials: "column.officials",
} as const;

/**
 * The date in headings "as of {date}": the report's `asOf` (Kazakh in its attributive form,
 * "2024 жылғы 8 қарашадағы").
 *
 * @internal
 */
export function headingDate({ report, lang }: TableContext): string {
  return formatDate(report.asOf, lang, "asOf");
}

/**
 * What the tables of counts (breakdowns and cross-tables) share: the count column, the total
 * the counts are of, the totals row (`values` given), and the table of given columns and
 * rows with its heading, label column and notes: the overlap note ("a visit covering
 * facilities of several agencies counts once for each of them…") and, for facilities by
 * agency, the coverage of the register; empty when nothing was counted.
 *
 * @internal
 */
export function countsParts(declaration: BreakdownDeclaration | CrossDeclaration, context: TableContext) {
  const { report, lang } = context;
  const base = countedTotal(report, declaration.counts);
  const coverage = report.facilities.coverage;
  const notes: string[] = [];
  if (declaration.overlap !== undefined) notes.push(declaredReportText(declaration.overlap, lang, { total: base, whole: formatPercent(1, lang) }));
  if (declaration.kind === "breakdown" && declaration.coverageNote === true && coverage.rate !== null) {
    notes.push(reportText("note.coverage", lang, { monitored: coverage.numerator, register: coverage.denominator, rate: formatPercent(coverage.rate, lang) }));
  }
  return {
    count: { key: "count", title: reportText(COUNT_COLUMN[declaration.counts], lang), role: "value" } satisfies ReportTableColumn,
    base,
    totalRow: (values: readonly (number | null)[]): ReportTableRow => ({ code: "", label: reportText("total", lang), unit: "count", values, shown: true }),
    table: (columns: readonly ReportTableColumn[], rows: readonly ReportTableRow[], total: ReportTableRow | null, inDocument: boolean): ReportTable => ({
      name: declaration.name,
      heading: declaredReportText(declaration.heading, lang, { date: headingDate(context) }),
      labelTitle: declaredReportText(declaration.labelColumn, lang, {}),
      columns,
      rows,
      total,
      notes,
      empty: base === 0 || !rows.some((row) => row.shown),
      inDocument,
      asFile: true,
    }),
  };
}
