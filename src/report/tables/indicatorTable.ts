import { reportText } from "../render/catalogue";
import type { ReportTable } from "./reportTable";
import { headingDate } from "./countsParts";
import { indicatorRow, type IndicatorKey } from "./indicatorRow";
import type { TableContext } from "./tableContext";
import type { FixedTableDeclaration } from "./tableDeclaration";

const IMPLEMENTATION: readonly IndicatorKey[] = [
  "recommendations.implementation.numerator",
  "recommendations.implementation.denominator",
  "recommendations.implementation.rate",
  "recommendations.overdue",
  "recommendations.escalations.issued",
  "recommendations.escalations.escalated",
];

const DAYS_TO_IMPLEMENT: readonly IndicatorKey[] = [
  "recommendations.daysToImplement.count",
  "recommendations.daysToImplement.median",
  "recommendations.daysToImplement.q1",
  "recommendations.daysToImplement.q3",
];

const INDICATORS: readonly IndicatorKey[] = [
  "visits.total",
  "facilities.monitored",
  "facilities.coverage.numerator",
  "facilities.coverage.denominator",
  "facilities.coverage.rate",
  "recommendations.total",
  "recommendations.implementation.numerator",
  "recommendations.implementation.denominator",
  "recommendations.implementation.rate",
  "recommendations.overdue",
  // Written out, not spread: a bundler keeps a spread array, used or not.
  "recommendations.daysToImplement.count",
  "recommendations.daysToImplement.median",
  "recommendations.daysToImplement.q1",
  "recommendations.daysToImplement.q3",
  "recommendations.escalations.issued",
  "recommendations.escalations.escalated",
  "accountability.officials.total",
];

const TABLES = {
  implementation: { heading: "heading.implementation", keys: IMPLEMENTATION, inDocument: true },
  "days-to-implement": { heading: "heading.daysToImplement", keys: DAYS_TO_IMPLEMENT, inDocument: true },
  indicators: { heading: "heading.indicators", keys: INDICATORS, inDocument: false },
} as const;

/**
 * A table of scalar figures, a row each with its value: implementation of recommendations
 * as of the report date, days from issue to implementation (both in the document), or the
 * indicators (every scalar figure, a file only).
 *
 * @internal
 */
export function indicatorTable(declaration: FixedTableDeclaration & { readonly kind: keyof typeof TABLES }, context: TableContext): ReportTable {
  const { lang } = context;
  const { heading, keys, inDocument } = TABLES[declaration.kind];
  return {
    name: declaration.kind,
    heading: reportText(heading, lang, { date: headingDate(context) }),
    labelTitle: reportText("column.indicator", lang),
    columns: [{ key: "value", title: reportText("column.value", lang), role: "value" }],
    rows: keys.map((key) => indicatorRow(key, context)),
    total: null,
    notes: [],
    empty: false,
    inDocument,
    asFile: !inDocument,
  };
}
