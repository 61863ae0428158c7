import type { TextLanguage } from "../../text/types";
import { ACCOUNTABILITY_INITIATORS } from "../../model/accountabilityInitiator";
import { ACCOUNTABILITY_MEASURES } from "../../model/accountabilityMeasure";
import { RECOMMENDATION_STATUSES } from "../../model/recommendationStatus";
import { VISIT_TYPES } from "../../model/visitType";
import type { ListName, Profile } from "../../profiles/profile";
import type { Report } from "../report";
import { isReportTextKey, reportText, type PlainReportTextKey } from "./catalogue";
import { formatDate, formatMonth } from "../../text/dates";
import { codeLabel } from "./labels";
import type { Block, Table } from "./layout";
import { formatNumber, formatPercent, formatPercentagePoints, formatSigned } from "../../text/numbers";
import { joinList } from "../../text/template";

/**
 * What the tables are rendered with: the language and the profile that labels the codes.
 *
 * @internal
 */
export interface TableContext {
  readonly lang: TextLanguage;
  readonly profile: Profile;
}

interface CountsSection {
  readonly heading: string;
  readonly labelColumn: PlainReportTextKey;
  readonly countColumn: PlainReportTextKey;
  /** Rows in order: label and count. */
  readonly rows: readonly (readonly [string, number])[];
  /** What the shares are shares of. */
  readonly total: number;
  /** Whether a total row closes the table (when the rows add up to it). */
  readonly footer: boolean;
  /** Whether rows with 0 are left out (long tables). */
  readonly omitZeros: boolean;
  /** Notes under the table, when it has rows. */
  readonly notes?: readonly string[] | undefined;
}

function countsSection(section: CountsSection, { lang }: TableContext): Block[] {
  const blocks: Block[] = [{ kind: "heading", text: section.heading }];
  const shown = section.omitZeros ? section.rows.filter(([, count]) => count !== 0) : section.rows;
  // Nothing counted: a sentence says so, rather than a table of zeros without shares.
  if (shown.length === 0 || section.total === 0) return [...blocks, { kind: "paragraph", text: reportText("note.empty", lang) }];
  const share = (count: number) => formatPercent(count / section.total, lang);
  const table: Table = {
    columns: [
      { title: reportText(section.labelColumn, lang), align: "left" },
      { title: reportText(section.countColumn, lang), align: "right" },
      { title: reportText("column.share", lang), align: "right" },
    ],
    rows: shown.map(([text, count]) => [text, formatNumber(count, lang), share(count)]),
    footer: section.footer ? [reportText("total", lang), formatNumber(section.total, lang), share(section.total)] : undefined,
  };
  blocks.push({ kind: "table", table });
  const omitted = section.rows.length - shown.length;
  if (omitted > 0) blocks.push({ kind: "paragraph", text: reportText("note.omitted", lang, { n: omitted }) });
  for (const note of section.notes ?? []) blocks.push({ kind: "paragraph", text: note });
  return blocks;
}

/** The rows of counts keyed by codes of a profile list, labelled, in the report's order. */
function labelled(counts: Readonly<Record<string, number>>, list: ListName, context: TableContext): [string, number][] {
  return Object.entries(counts).map(([code, count]) => [codeLabel(context.profile, list, code, context.lang), count]);
}

function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

function visitTables(report: Report, context: TableContext): Block[] {
  const { lang } = context;
  const { visits } = report;
  const whole = formatPercent(1, lang);
  const overlap = (key: "note.visitsByAgency" | "note.visitsByRegion") => [reportText(key, lang, { total: visits.total, whole })];
  const months = Object.keys(visits.byMonth);
  const withYear = new Set(months.map((month) => month.slice(0, 4))).size > 1;
  const common = { countColumn: "column.visits", total: visits.total } as const;
  return [
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.visitsByType", lang),
        labelColumn: "column.type",
        rows: VISIT_TYPES.map((type) => [reportText(`visitType.${type}`, lang), visits.byType[type]]),
        footer: true,
        omitZeros: false,
      },
      context,
    ),
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.visitsByAgency", lang),
        labelColumn: "column.agency",
        rows: labelled(visits.byAgency, "agencies", context),
        footer: false,
        omitZeros: true,
        notes: overlap("note.visitsByAgency"),
      },
      context,
    ),
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.visitsByRegion", lang),
        labelColumn: "column.region",
        rows: labelled(visits.byRegion, "regions", context),
        footer: false,
        omitZeros: true,
        notes: overlap("note.visitsByRegion"),
      },
      context,
    ),
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.visitsByMonth", lang),
        labelColumn: "column.month",
        rows: Object.entries(visits.byMonth).map(([month, count]) => [formatMonth(month, lang, withYear), count]),
        footer: sum(visits.byMonth) === visits.total,
        omitZeros: false,
      },
      context,
    ),
  ];
}

function facilityTables(report: Report, context: TableContext): Block[] {
  const { lang } = context;
  const { facilities } = report;
  const { coverage } = facilities;
  const coverageNote =
    coverage.rate === null
      ? []
      : [reportText("note.coverage", lang, { monitored: coverage.numerator, register: coverage.denominator, rate: formatPercent(coverage.rate, lang) })];
  const common = { countColumn: "column.facilities", total: facilities.monitored, omitZeros: true } as const;
  return [
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.facilitiesByAgency", lang),
        labelColumn: "column.agency",
        rows: labelled(facilities.byAgency, "agencies", context),
        footer: sum(facilities.byAgency) === facilities.monitored,
        notes: coverageNote,
      },
      context,
    ),
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.facilitiesByType", lang),
        labelColumn: "column.facilityType",
        rows: labelled(facilities.byType, "facilityTypes", context),
        footer: sum(facilities.byType) === facilities.monitored,
      },
      context,
    ),
  ];
}

function statusDate(report: Report, lang: TextLanguage): string {
  return formatDate(report.asOf, lang, "asOf");
}

function indicatorTable(rows: readonly (readonly [string, string])[], lang: TextLanguage): Block {
  return {
    kind: "table",
    table: {
      columns: [
        { title: reportText("column.indicator", lang), align: "left" },
        { title: reportText("column.value", lang), align: "right" },
      ],
      rows,
    },
  };
}

function recommendationTables(report: Report, context: TableContext): Block[] {
  const { lang } = context;
  const { recommendations, parameters } = report;
  const { implementation, daysToImplement, escalations } = recommendations;
  const common = { countColumn: "column.recommendations", total: recommendations.total } as const;
  const date = statusDate(report, lang);
  const weight = formatNumber(parameters.partialWeight, lang);
  const days = (value: number | null) => (value === null ? "—" : formatNumber(value, lang, { maxFractionDigits: 1 }));
  return [
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.recommendationsByTheme", lang),
        labelColumn: "column.theme",
        rows: labelled(recommendations.byTheme, "themes", context),
        footer: false,
        omitZeros: true,
        notes: [reportText("note.themes", lang, { total: recommendations.total, whole: formatPercent(1, lang) })],
      },
      context,
    ),
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.recommendationsByStatus", lang, { date }),
        labelColumn: "column.status",
        rows: RECOMMENDATION_STATUSES.map((status) => [codeLabel(context.profile, "statuses", status, lang), recommendations.byStatus[status]]),
        footer: true,
        omitZeros: false,
      },
      context,
    ),
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.recommendationsByAgency", lang),
        labelColumn: "column.addressee",
        rows: labelled(recommendations.byAgency, "agencies", context),
        footer: sum(recommendations.byAgency) === recommendations.total,
        omitZeros: true,
      },
      context,
    ),
    { kind: "heading", text: reportText("heading.implementation", lang, { date }) },
    indicatorTable(
      [
        [
          parameters.partialWeight === 0 ? reportText("row.implemented", lang) : reportText("row.implementedWeighted", lang, { weight }),
          formatNumber(implementation.numerator, lang, { maxFractionDigits: 2 }),
        ],
        [parameters.excludeWithdrawn ? reportText("row.countedWithoutWithdrawn", lang) : reportText("row.counted", lang), formatNumber(implementation.denominator, lang)],
        [reportText("row.rate", lang), formatPercent(implementation.rate, lang)],
        [reportText("row.overdue", lang), formatNumber(recommendations.overdue, lang)],
        [reportText("row.escalationsIssued", lang), formatNumber(escalations.issued, lang)],
        [reportText("row.escalated", lang), formatNumber(escalations.escalated, lang)],
      ],
      lang,
    ),
    { kind: "heading", text: reportText("heading.daysToImplement", lang) },
    indicatorTable(
      [
        [reportText("row.implementedCount", lang), formatNumber(daysToImplement.count, lang)],
        [reportText("row.median", lang), days(daysToImplement.median)],
        [reportText("row.q1", lang), days(daysToImplement.q1)],
        [reportText("row.q3", lang), days(daysToImplement.q3)],
      ],
      lang,
    ),
  ];
}

function officialsTables(report: Report, context: TableContext): Block[] {
  const { lang } = context;
  const { officials } = report.accountability;
  const common = { countColumn: "column.officials", total: officials.total, footer: true, omitZeros: false } as const;
  return [
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.officialsByInitiator", lang),
        labelColumn: "column.initiator",
        rows: ACCOUNTABILITY_INITIATORS.map((initiator) => [codeLabel(context.profile, "initiators", initiator, lang), officials.byInitiator[initiator]]),
      },
      context,
    ),
    ...countsSection(
      {
        ...common,
        heading: reportText("heading.officialsByMeasure", lang),
        labelColumn: "column.measure",
        rows: ACCOUNTABILITY_MEASURES.map((measure) => [codeLabel(context.profile, "measures", measure, lang), officials.byMeasure[measure]]),
      },
      context,
    ),
  ];
}

function isRateKey(key: string): boolean {
  return key.endsWith(".rate");
}

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

function reconciliationSection(report: Report, lang: TextLanguage): Block[] {
  const blocks: Block[] = [{ kind: "heading", text: reportText("heading.reconciliation", lang) }];
  const { figures, checks } = report.reconciliation;
  if (figures.length === 0 && checks.length === 0) return [...blocks, { kind: "paragraph", text: reportText("note.reconciliation.none", lang) }];
  if (figures.length > 0) {
    const value = (key: string, number: number | null) => (isRateKey(key) ? formatPercent(number, lang) : number === null ? "—" : formatNumber(number, lang));
    blocks.push({
      kind: "table",
      table: {
        columns: [
          { title: reportText("column.indicator", lang), align: "left" },
          { title: reportText("column.published", lang), align: "right" },
          { title: reportText("column.computed", lang), align: "right" },
          { title: reportText("column.difference", lang), align: "right" },
        ],
        rows: figures.map((figure) => [
          figureLabel(figure.key, lang),
          value(figure.key, figure.reported),
          value(figure.key, figure.computed),
          isRateKey(figure.key) ? formatPercentagePoints(figure.difference, lang) : formatSigned(figure.difference, lang),
        ]),
      },
    });
  }
  for (const check of checks) blocks.push({ kind: "paragraph", text: checkSentence(check, report, lang) });
  return blocks;
}

/**
 * The tables of the report, each under its heading, with their notes: visits (by type,
 * agency, region, month), monitored facilities (by agency, type), recommendations (by
 * theme, status, addressee; implementation; days to implement), officials held liable (by
 * initiator, measure), and the reconciliation with the published figures.
 *
 * @internal
 */
export function reportTables(report: Report, context: TableContext): Block[] {
  return [
    ...visitTables(report, context),
    ...facilityTables(report, context),
    ...recommendationTables(report, context),
    ...officialsTables(report, context),
    ...reconciliationSection(report, context.lang),
  ];
}
