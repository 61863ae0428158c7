import { defineCatalogue, textOf } from "../text/catalogue";
import type { TextLanguage } from "../text/types";
import { ACCOUNTABILITY_INITIATORS } from "../model/accountabilityInitiator";
import { reportProblems } from "../report/reportArgument";
import { languageProblems, profileProblems, readFields, throwIfProblems } from "../errors/optionProblems";
import { ACCOUNTABILITY_MEASURES } from "../model/accountabilityMeasure";
import { RECOMMENDATION_STATUSES } from "../model/recommendationStatus";
import { VISIT_TYPES } from "../model/visitType";
import type { ListName, Profile } from "../profiles/profile";
import type { Report } from "../report/report";
import { reportText, type PlainReportTextKey } from "../report/render/catalogue";
import { formatMonth } from "../text/dates";
import { codeLabel } from "../report/render/labels";
import { formatNumber } from "../text/numbers";
import { figureLabel } from "../report/render/tables";

/**
 * The names of the tables of {@link reportTables}, each written by {@link writeReportTables}
 * as `<name>.csv`.
 *
 * @example
 * ```ts
 * import type { ReportTableName } from "opcat-npm/io";
 *
 * const name: ReportTableName = "officials-by-initiator";
 * `${name}.csv`;
 * //=> "officials-by-initiator.csv"
 * ```
 */
export type ReportTableName =
  | "visits-by-type"
  | "visits-by-agency"
  | "visits-by-region"
  | "visits-by-month"
  | "facilities-by-agency"
  | "facilities-by-type"
  | "facilities-by-region"
  | "recommendations-by-theme"
  | "recommendations-by-status"
  | "recommendations-by-agency"
  | "officials-by-initiator"
  | "officials-by-measure"
  | "indicators"
  | "reconciliation";

/**
 * A cell of a report table: a code or a label, an exact number (a count, or a rate or share
 * as an unrounded decimal), or `null` for no value (a rate of nothing, a median of no days).
 *
 * @example
 * ```ts
 * import type { ReportTableCell } from "opcat-npm/io";
 *
 * const row: ReportTableCell[] = ["periodic", "Planned (periodic)", 422, 422 / 461];
 * row[2];
 * //=> 422
 * ```
 */
export type ReportTableCell = string | number | null;

/**
 * One table of a report: its name, the column names (`code`, `label`, `count`, `share` for
 * the breakdowns; `code`, `label`, `value` for the indicators; `code`, `label`, `reported`,
 * `computed`, `difference` for the reconciliation) and the rows.
 *
 * @example
 * ```ts
 * import type { ReportTable } from "opcat-npm/io";
 *
 * const table: ReportTable = { name: "officials-by-measure", header: ["code", "label", "count", "share"], rows: [["criminal", "Criminal", 3, 0.5]] };
 * table.rows.length;
 * //=> 1
 * ```
 */
export interface ReportTable {
  readonly name: ReportTableName;
  readonly header: readonly string[];
  readonly rows: readonly (readonly ReportTableCell[])[];
}

/**
 * The options of {@link reportTables}: the language of the labels (`en`, `ru` or `kk`) and
 * the profile that labels the codes (the one the report was built with).
 *
 * @example
 * ```ts
 * import { kz } from "opcat-npm";
 * import type { ReportTableOptions } from "opcat-npm/io";
 *
 * const options: ReportTableOptions = { lang: "ru", profile: kz };
 * options.lang;
 * //=> "ru"
 * ```
 */
export interface ReportTableOptions {
  readonly lang: TextLanguage;
  readonly profile: Profile;
}

/** Labels of the indicators the rendered report does not name. */
const INDICATOR_CATALOGUE = /* @__PURE__ */ defineCatalogue("reportTables", {
  "facilities.coverage.numerator": {
    en: "Facilities of the register visited",
    ru: "Посещено учреждений реестра",
    kk: "Бару жасалған тізілім мекемелері",
  },
  "facilities.coverage.denominator": {
    en: "Facilities of the register open during the period",
    ru: "Учреждений реестра, действовавших в отчётном периоде",
    kk: "Кезең ішінде жұмыс істеген тізілім мекемелері",
  },
  "facilities.coverage.rate": { en: "Coverage of the register", ru: "Охват реестра", kk: "Тізілімді қамту" },
  "accountability.officials.total": {
    en: "Officials held liable",
    ru: "Должностные лица, привлечённые к ответственности",
    kk: "Жауапкершілікке тартылған лауазымды адамдар",
  },
});

const COUNT_HEADER = ["code", "label", "count", "share"] as const;

interface Breakdown {
  readonly name: ReportTableName;
  /** Rows in order: code, label, count. */
  readonly rows: readonly (readonly [string, string, number])[];
  /** What the shares are shares of; undefined for a table the rendered report shows without shares. */
  readonly total?: number;
}

function breakdown({ name, rows, total }: Breakdown): ReportTable {
  if (total === undefined) return { name, header: COUNT_HEADER.slice(0, 3), rows };
  return { name, header: COUNT_HEADER, rows: rows.map(([code, text, count]) => [code, text, count, total === 0 ? null : count / total]) };
}

function labelledRows(counts: Readonly<Record<string, number>>, list: ListName, { lang, profile }: ReportTableOptions): [string, string, number][] {
  return Object.entries(counts).map(([code, count]) => [code, codeLabel(profile, list, code, lang), count]);
}

function indicators(report: Report, lang: TextLanguage): ReportTable {
  const { visits, facilities, recommendations, accountability, parameters } = report;
  const { coverage } = facilities;
  const { implementation, daysToImplement, escalations } = recommendations;
  const row = (code: string, key: PlainReportTextKey, value: number | null): ReportTableCell[] => [code, reportText(key, lang), value];
  const own = (code: keyof typeof INDICATOR_CATALOGUE.texts, value: number | null): ReportTableCell[] => [code, textOf(INDICATOR_CATALOGUE, code, lang), value];
  const weight = formatNumber(parameters.partialWeight, lang);
  return {
    name: "indicators",
    header: ["code", "label", "value"],
    rows: [
      row("visits.total", "figure.visits.total", visits.total),
      row("facilities.monitored", "figure.facilities.monitored", facilities.monitored),
      own("facilities.coverage.numerator", coverage.numerator),
      own("facilities.coverage.denominator", coverage.denominator),
      own("facilities.coverage.rate", coverage.rate),
      row("recommendations.total", "figure.recommendations.total", recommendations.total),
      parameters.partialWeight === 0
        ? row("recommendations.implementation.numerator", "row.implemented", implementation.numerator)
        : ["recommendations.implementation.numerator", reportText("row.implementedWeighted", lang, { weight }), implementation.numerator],
      row("recommendations.implementation.denominator", parameters.excludeWithdrawn ? "row.countedWithoutWithdrawn" : "row.counted", implementation.denominator),
      row("recommendations.implementation.rate", "row.rate", implementation.rate),
      row("recommendations.overdue", "row.overdue", recommendations.overdue),
      row("recommendations.daysToImplement.count", "row.implementedCount", daysToImplement.count),
      row("recommendations.daysToImplement.median", "row.median", daysToImplement.median),
      row("recommendations.daysToImplement.q1", "row.q1", daysToImplement.q1),
      row("recommendations.daysToImplement.q3", "row.q3", daysToImplement.q3),
      row("recommendations.escalations.issued", "row.escalationsIssued", escalations.issued),
      row("recommendations.escalations.escalated", "row.escalated", escalations.escalated),
      own("accountability.officials.total", accountability.officials.total),
    ],
  };
}

/**
 * The tables of a report as plain rows, with exact numbers, for CSV files or spreadsheets:
 *
 * - the breakdowns, each with columns `code`, `label` (in `lang`), `count` and, where the
 *   rendered report shows one, `share` (of the visits, monitored facilities,
 *   recommendations or officials: an unrounded decimal, `null` when there are none):
 *   `visits-by-type`, `visits-by-agency`, `visits-by-region`, `visits-by-month` (codes
 *   `YYYY-MM`), `facilities-by-agency`, `facilities-by-type`, `facilities-by-region` (no
 *   share), `recommendations-by-theme`, `recommendations-by-status`,
 *   `recommendations-by-agency`, `officials-by-initiator`, `officials-by-measure`. Every row
 *   of the report is kept, zeros included, in the report's order; there is no total row;
 * - `indicators`: the scalar figures (`code` is their path in the {@link Report}: totals,
 *   coverage and implementation as numerator, denominator and unrounded rate, overdue, days
 *   to implement, escalations), columns `code`, `label`, `value`;
 * - `reconciliation`: the published figures against the computed ones, columns `code`,
 *   `label`, `reported`, `computed`, `difference`.
 *
 * Labels are those of the rendered report (`renderReport`). Pure. Throws an
 * `OpcatError` (`schema.invalid_value`) for an unknown `lang`.
 *
 * @example
 * ```ts
 * import { buildReport, civilDate, kz, type Dataset } from "opcat-npm";
 * import { reportTables } from "opcat-npm/io";
 *
 * const dataset: Dataset = {
 *   format: "opcat-npm/dataset@1",
 *   profile: "kz",
 *   period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *   facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *   visits: [
 *     { id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] },
 *     { id: "V-2", type: "special", startedOn: civilDate("2023-03-01"), facilityIds: ["F-1"] },
 *     { id: "V-3", type: "periodic", startedOn: civilDate("2023-05-10"), facilityIds: ["F-1"] },
 *   ],
 *   recommendations: [],
 *   accountability: [],
 * };
 * const tables = reportTables(buildReport(dataset, { asOf: civilDate("2024-01-31") }), { lang: "en", profile: kz });
 * tables.find((table) => table.name === "visits-by-type");
 * //=> { name: "visits-by-type", header: ["code", "label", "count", "share"], rows: [["periodic", "Planned (periodic)", 2, 2 / 3], ["intermediate", "Follow-up (intermediate)", 0, 0], ["special", "Special", 1, 1 / 3]] }
 * tables.find((table) => table.name === "indicators")?.rows[0];
 * //=> ["visits.total", "Visits", 3]
 * ```
 */
export function reportTables(report: Report, options: ReportTableOptions): ReportTable[] {
  const { fields, problems } = readFields(options, ["lang", "profile"], "options", true);
  throwIfProblems([...reportProblems(report), ...problems, ...(problems.length === 0 ? [...languageProblems(fields["lang"]), ...profileProblems(fields["profile"] ?? null)] : [])]);
  options = fields as unknown as ReportTableOptions;
  const { lang, profile } = options;
  const { visits, facilities, recommendations } = report;
  const { officials } = report.accountability;
  const months = Object.keys(visits.byMonth);
  const withYear = new Set(months.map((month) => month.slice(0, 4))).size > 1;
  return [
    breakdown({ name: "visits-by-type", rows: VISIT_TYPES.map((type) => [type, reportText(`visitType.${type}`, lang), visits.byType[type]]), total: visits.total }),
    breakdown({ name: "visits-by-agency", rows: labelledRows(visits.byAgency, "agencies", options), total: visits.total }),
    breakdown({ name: "visits-by-region", rows: labelledRows(visits.byRegion, "regions", options), total: visits.total }),
    breakdown({
      name: "visits-by-month",
      rows: Object.entries(visits.byMonth).map(([month, count]) => [month, formatMonth(month, lang, withYear), count]),
      total: visits.total,
    }),
    breakdown({ name: "facilities-by-agency", rows: labelledRows(facilities.byAgency, "agencies", options), total: facilities.monitored }),
    breakdown({ name: "facilities-by-type", rows: labelledRows(facilities.byType, "facilityTypes", options), total: facilities.monitored }),
    breakdown({ name: "facilities-by-region", rows: labelledRows(facilities.byRegion, "regions", options) }),
    breakdown({ name: "recommendations-by-theme", rows: labelledRows(recommendations.byTheme, "themes", options), total: recommendations.total }),
    breakdown({
      name: "recommendations-by-status",
      rows: RECOMMENDATION_STATUSES.map((status) => [status, codeLabel(profile, "statuses", status, lang), recommendations.byStatus[status]]),
      total: recommendations.total,
    }),
    breakdown({ name: "recommendations-by-agency", rows: labelledRows(recommendations.byAgency, "agencies", options), total: recommendations.total }),
    breakdown({
      name: "officials-by-initiator",
      rows: ACCOUNTABILITY_INITIATORS.map((initiator) => [initiator, codeLabel(profile, "initiators", initiator, lang), officials.byInitiator[initiator]]),
      total: officials.total,
    }),
    breakdown({
      name: "officials-by-measure",
      rows: ACCOUNTABILITY_MEASURES.map((measure) => [measure, codeLabel(profile, "measures", measure, lang), officials.byMeasure[measure]]),
      total: officials.total,
    }),
    indicators(report, lang),
    {
      name: "reconciliation",
      header: ["code", "label", "reported", "computed", "difference"],
      rows: report.reconciliation.figures.map((figure) => [figure.key, figureLabel(figure.key, lang), figure.reported, figure.computed, figure.difference]),
    },
  ];
}
