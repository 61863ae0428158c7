import type { TextLanguage } from "../../text/types";
import { UNREGISTERED } from "../../metrics/unregistered";
import { ACCOUNTABILITY_INITIATORS } from "../../model/accountabilityInitiator";
import type { CivilDate } from "../../model/civilDate";
import type { VisitType } from "../../model/visitType";
import type { Report } from "../report";
import { reportText } from "./catalogue";
import { calendarYearOf, formatDate, formatPeriod } from "../../text/dates";
import { formatNumber, formatPercent } from "../../text/numbers";
import { capitalise, joinList } from "../../text/template";

/** The order of the visit types in running text, as the release gives them. */
const PUBLISHED_ORDER: readonly VisitType[] = ["periodic", "special", "intermediate"];

/**
 * "as of 8 November 2024" in `lang` (Kazakh: "2024 жылғы 8 қарашадағы жағдай бойынша").
 *
 * @internal
 */
export function asOfPhrase(date: CivilDate, lang: TextLanguage): string {
  return reportText("asOf", lang, { date: formatDate(date, lang, "asOf") });
}

/**
 * The title of the report: "Consolidated report of the National Preventive Mechanism,
 * 1 January – 31 December 2023".
 *
 * @internal
 */
export function reportTitle(report: Report, lang: TextLanguage): string {
  return reportText("title", lang, { period: formatPeriod(report.period, lang) });
}

/**
 * The number of state bodies whose facilities were monitored: the agencies with at least
 * one monitored facility, the group of unregistered facilities not counted.
 *
 * @internal
 */
export function stateBodiesMonitored(report: Report): number {
  return Object.entries(report.facilities.byAgency).filter(([code, count]) => code !== UNREGISTERED && count > 0).length;
}

function visitsSentence(report: Report, lang: TextLanguage): string {
  const year = calendarYearOf(report.period);
  const intro = year === null ? reportText("intro.period", lang, { period: formatPeriod(report.period, lang) }) : reportText("intro.year", lang, { year });
  const { total, byType } = report.visits;
  if (total === 0) return reportText("summary.noVisits", lang, { intro });
  const present = PUBLISHED_ORDER.filter((type) => byType[type] > 0);
  const only = present.length === 1 && present[0] !== undefined && byType[present[0]] === total ? present[0] : undefined;
  const visits = reportText(only === undefined ? "summary.visits.any" : `summary.visits.${only}`, lang, { n: total });
  const types =
    only !== undefined || present.length === 0
      ? ""
      : reportText("summary.types", lang, { list: joinList(present.map((type) => reportText(`summary.type.${type}`, lang, { n: byType[type] })), lang) });
  const facilities = report.facilities.monitored;
  const bodies = stateBodiesMonitored(report);
  const coverage =
    facilities === 0 ? "" : bodies === 0 ? reportText("summary.coverage.noBodies", lang, { facilities }) : reportText("summary.coverage", lang, { facilities, bodies });
  return reportText("summary.visits", lang, { intro, visits, types, coverage });
}

function parametersClause(report: Report, lang: TextLanguage): string {
  const clauses: string[] = [];
  const { partialWeight, excludeWithdrawn } = report.parameters;
  if (partialWeight !== 0) clauses.push(reportText("summary.parameter.partialWeight", lang, { weight: formatNumber(partialWeight, lang) }));
  if (excludeWithdrawn) clauses.push(reportText("summary.parameter.excludeWithdrawn", lang));
  return clauses.length === 0 ? "" : ` (${clauses.join("; ")})`;
}

function recommendationSentences(report: Report, lang: TextLanguage): string[] {
  const { total, implementation, overdue, escalations } = report.recommendations;
  const asOf = asOfPhrase(report.asOf, lang);
  const sentences: string[] = [];
  const withRate = total > 0 && implementation.rate !== null;
  if (total === 0) sentences.push(reportText("summary.noRecommendations", lang));
  else if (!withRate) sentences.push(reportText("summary.recommendations.noRate", lang, { n: total }));
  else sentences.push(reportText("summary.recommendations", lang, { n: total, asOf, rate: formatPercent(implementation.rate, lang), parameters: parametersClause(report, lang) }));
  if (overdue > 0) sentences.push(withRate ? reportText("summary.overdue.sameDate", lang, { n: overdue }) : reportText("summary.overdue", lang, { n: overdue, asOf }));
  if (escalations.issued > 0) {
    const params = { issued: escalations.issued, escalated: escalations.escalated };
    sentences.push(reportText(escalations.escalated > 0 ? "summary.escalations" : "summary.escalations.noTargets", lang, params));
  }
  return sentences;
}

function officialsSentence(report: Report, lang: TextLanguage): string {
  const { total, byInitiator } = report.accountability.officials;
  const present = ACCOUNTABILITY_INITIATORS.filter((initiator) => byInitiator[initiator] > 0);
  if (total === 0 || present.length === 0) return reportText("summary.noOfficials", lang);
  const by = (initiator: (typeof present)[number]) => reportText(`initiator.${initiator}.by`, lang);
  const single = present[0];
  if (present.length === 1 && single !== undefined && byInitiator[single] === total) return reportText("summary.officials.single", lang, { n: total, by: by(single) });
  const parts = present.map((initiator) => reportText("summary.officials.part", lang, { n: byInitiator[initiator], by: by(initiator) }));
  return reportText("summary.officials", lang, { n: total, parts: joinList(parts, lang) });
}

/**
 * The summary paragraph in the style of the published release: the visits by type and the
 * facilities and state bodies they covered; the recommendations and the share implemented
 * as of the report date, with the overdue ones and the escalations when there are any; the
 * officials held liable, by initiator. Parts that are zero are left out or said in words.
 *
 * @internal
 */
export function summaryParagraph(report: Report, lang: TextLanguage): string {
  return [visitsSentence(report, lang), ...recommendationSentences(report, lang), officialsSentence(report, lang)].map(capitalise).join(" ");
}
