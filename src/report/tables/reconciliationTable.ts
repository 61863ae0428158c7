import { reportText } from "../render/catalogue";
import type { ReportTable } from "./reportTable";
import { checkSentence } from "./checkSentence";
import { figureLabel } from "./figureLabel";
import type { TableContext } from "./tableContext";

/**
 * The reconciliation of the report with the published figures: a row per published figure
 * (its key, label, the published and computed values and their difference; a rate in its
 * unit), and under the table a sentence per check of the published figures among
 * themselves, or, when nothing was published, a note that there is nothing to reconcile.
 *
 * @internal
 */
export function reconciliationTable(context: TableContext): ReportTable {
  const { report, lang } = context;
  const { figures, checks } = report.reconciliation;
  const notes = checks.map((check) => checkSentence(check, report, lang));
  return {
    name: "reconciliation",
    heading: reportText("heading.reconciliation", lang),
    labelTitle: reportText("column.indicator", lang),
    columns: [
      { key: "reported", title: reportText("column.published", lang), role: "value" },
      { key: "computed", title: reportText("column.computed", lang), role: "value" },
      { key: "difference", title: reportText("column.difference", lang), role: "difference" },
    ],
    rows: figures.map((figure) => ({
      code: figure.key,
      label: figureLabel(figure.key, lang),
      unit: figure.key.endsWith(".rate") ? "rate" : "count",
      values: [figure.reported, figure.computed, figure.difference],
      shown: true,
    })),
    total: null,
    notes: figures.length === 0 && checks.length === 0 ? [reportText("note.reconciliation.none", lang)] : notes,
    empty: false,
    inDocument: true,
    asFile: true,
  };
}
