import { REPORT_TABLES } from "../report";
import { breakdownTable } from "./breakdownTable";
import { crossTable } from "./crossTable";
import { indicatorTable } from "./indicatorTable";
import { reconciliationTable } from "./reconciliationTable";
import type { ReportTable } from "./reportTable";
import type { TableContext } from "./tableContext";
import type { TableDeclaration } from "./tableDeclaration";

function tableOf(declaration: TableDeclaration, context: TableContext): ReportTable {
  switch (declaration.kind) {
    case "breakdown":
      return breakdownTable(declaration, context);
    case "cross":
      return crossTable(declaration, context);
    case "reconciliation":
      return reconciliationTable(context);
    default:
      return indicatorTable({ ...declaration, kind: declaration.kind }, context);
  }
}

/**
 * Every table of a report, in the report's order (`REPORT_TABLES`), over arguments already
 * checked: for {@link reportTables} and `renderReport`.
 *
 * @internal
 */
export function tablesOf(context: TableContext): ReportTable[] {
  const declarations: readonly TableDeclaration[] = REPORT_TABLES;
  return declarations.map((declaration) => tableOf(declaration, context));
}
