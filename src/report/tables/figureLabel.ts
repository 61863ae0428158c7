import type { TextLanguage } from "../../text/types";
import { isReportTextKey, reportText } from "../render/catalogue";

/**
 * The label of a reconciled figure (`visits.byType.periodic`: "Planned visits"), or the key
 * itself when the catalogue has none.
 *
 * @internal
 */
export function figureLabel(key: string, lang: TextLanguage): string {
  const textKey = `figure.${key}`;
  return isReportTextKey(textKey) ? reportText(textKey, lang) : key;
}
