import { ACCOUNTABILITY_INITIATORS } from "../../model/accountabilityInitiator";
import { ACCOUNTABILITY_MEASURES } from "../../model/accountabilityMeasure";
import { RECOMMENDATION_STATUSES } from "../../model/recommendationStatus";
import { VISIT_TYPES } from "../../model/visitType";
import { isReportTextKey, reportText } from "../render/catalogue";
import { formatMonth } from "../../text/dates";
import { codeLabel } from "../render/labels";
import type { TableContext } from "./tableContext";
import type { TableCodes } from "./tableDeclaration";

/** The lists fixed by the data contract: their rows always come in the contract's order. */
const CONTRACT_ORDER: Partial<Record<TableCodes, readonly string[]>> = {
  visitTypes: VISIT_TYPES,
  statuses: RECOMMENDATION_STATUSES,
  initiators: ACCOUNTABILITY_INITIATORS,
  measures: ACCOUNTABILITY_MEASURES,
};

/**
 * The rows of a table's codes, in order, with their labels: a list of the data contract in
 * the contract's order, any other in the order of `keys` (the report's); visit types by
 * their published names ("Planned (periodic)"), months by name (with the year when the
 * months span more than one), the other codes by the profile's labels.
 *
 * @internal
 */
export function codedLabels(codes: TableCodes, keys: readonly string[], { lang, profile }: TableContext): { readonly code: string; readonly label: string }[] {
  const ordered = CONTRACT_ORDER[codes] ?? keys;
  if (codes === "months") {
    const withYear = new Set(keys.map((month) => month.slice(0, 4))).size > 1;
    return ordered.map((code) => ({ code, label: formatMonth(code, lang, withYear) }));
  }
  if (codes === "visitTypes") {
    return ordered.map((code) => {
      const key = `visitType.${code}`;
      return { code, label: isReportTextKey(key) ? reportText(key, lang) : code };
    });
  }
  return ordered.map((code) => ({ code, label: codeLabel(profile, codes, code, lang) }));
}
