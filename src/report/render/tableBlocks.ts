import type { TextLanguage } from "../../text/types";
import type { ReportTable, ReportTableColumn, ReportTableUnit } from "../tables/reportTable";
import { reportText } from "./catalogue";
import type { Block } from "./layout";
import { formatNumber, formatPercent, formatPercentagePoints, formatSigned } from "../../text/numbers";

const NO_VALUE = "—";

/** A value as the document shows it, by its column's role and its row's unit. */
function shownValue(value: number | null, role: ReportTableColumn["role"], unit: ReportTableUnit, lang: TextLanguage): string {
  if (role === "share" || (role === "value" && unit === "rate")) return formatPercent(value, lang);
  if (role === "difference") return unit === "rate" ? formatPercentagePoints(value, lang) : formatSigned(value, lang);
  if (value === null) return NO_VALUE;
  if (unit === "number") return formatNumber(value, lang, { maxFractionDigits: 2 });
  if (unit === "days") return formatNumber(value, lang, { maxFractionDigits: 1 });
  return formatNumber(value, lang);
}

/**
 * A table of the report as blocks of the document: its heading; the table of the rows it
 * shows (labels left, numbers right, rounded for readers; the totals row set apart), then
 * how many rows of 0 were left out and the table's notes; or, when nothing was counted, a
 * sentence that says so.
 *
 * @internal
 */
export function tableBlocks(table: ReportTable, lang: TextLanguage): Block[] {
  const blocks: Block[] = [{ kind: "heading", text: table.heading }];
  if (table.empty) return [...blocks, { kind: "paragraph", text: reportText("note.empty", lang) }];
  const { columns } = table;
  const cells = (row: ReportTable["rows"][number]) => [row.label, ...columns.map((column, index) => shownValue(row.values[index] ?? null, column.role, row.unit, lang))];
  const shown = table.rows.filter((row) => row.shown);
  if (shown.length > 0) {
    blocks.push({
      kind: "table",
      table: {
        columns: [{ title: table.labelTitle, align: "left" }, ...columns.map((column) => ({ title: column.title, align: "right" as const }))],
        rows: shown.map(cells),
        footer: table.total === null ? undefined : cells(table.total),
      },
    });
  }
  const omitted = table.rows.length - shown.length;
  if (omitted > 0) blocks.push({ kind: "paragraph", text: reportText("note.omitted", lang, { n: omitted }) });
  for (const note of table.notes) blocks.push({ kind: "paragraph", text: note });
  return blocks;
}
