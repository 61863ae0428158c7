import type { TextLanguage } from "../../text/types";
import { isReportTextKey, reportText } from "../render/catalogue";
import { formatNumber } from "../../text/numbers";
import { joinList } from "../../text/template";
import type { Report } from "../report";

type Check = Report["reconciliation"]["checks"][number];

/**
 * The sentence of one check of the published figures among themselves: "The published
 * visits by type (422 + 33 = 455) fall 6 short of the published total of 461; the records
 * hold 6 visits of the unpublished type: follow-up."
 *
 * @internal
 */
export function checkSentence(check: Check, report: Report, lang: TextLanguage): string {
  const gap = Math.abs(check.gap);
  if (check.key !== "visits.byType") return `${reportText("check.other", lang, { key: check.key, sum: check.sumOfParts, total: check.total })}.`;
  const published = report.reconciliation.figures.filter((figure) => figure.key.startsWith("visits.byType."));
  const parts = published.length > 0 ? published.map((figure) => formatNumber(figure.reported, lang)).join(" + ") : formatNumber(check.sumOfParts, lang);
  const base = reportText(check.code === "reported.parts_short_of_total" ? "check.visits.short" : "check.visits.exceed", lang, {
    parts,
    sum: check.sumOfParts,
    gap,
    total: check.total,
  });
  const words = check.unreported.map((type) => {
    const key = `visitType.${type}.word`;
    return isReportTextKey(key) ? reportText(key, lang) : type;
  });
  const unreported =
    words.length === 0 ? "" : reportText("check.visits.unreported", lang, { computed: check.computedUnreported, types: words.length, list: joinList(words, lang) });
  return `${base}${unreported}.`;
}
