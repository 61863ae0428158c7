import type { TextLanguage } from "../text/types";
import type { OpcatProblem } from "../errors/OpcatError";
import { profileProblems, readFields, throwIfProblems } from "../errors/optionProblems";
import { followUpReportProblems } from "./followUpReportArgument";
import { renderOptionProblems, reportText, codeLabel, layout, type Block, type Table, asOfPhrase } from "../report/rendering";
import type { CivilDate } from "../model/civilDate";
import { kz } from "../profiles/kz";
import type { ListName, Profile } from "../profiles/profile";
import { formatDate, formatPeriod } from "../text/dates";
import { formatNumber, formatPercent } from "../text/numbers";
import { capitalise } from "../text/template";
import type { FollowUpReport } from "./followUpReport";
import { followUpText } from "./followUpTexts";
import type { OverdueRecommendation } from "./overdueRecommendations";
import { PERIODIC_VISIT_REASONS } from "./visitPlan";

/**
 * The options of {@link renderFollowUp}: the language (`en`, `ru` or `kk`), the format
 * (`"markdown"` or plain `"text"`), the profile whose labels name the codes (default `kz`;
 * the one the report was built with), and `maxRows` (default 10: how many rows a list
 * shows, the most pressing first; `Infinity` for all).
 *
 * @example
 * ```ts
 * import type { RenderFollowUpOptions } from "opcat-npm";
 *
 * const options: RenderFollowUpOptions = { lang: "ru", format: "markdown", maxRows: 20 };
 * options.maxRows;
 * //=> 20
 * ```
 */
export interface RenderFollowUpOptions {
  readonly lang: TextLanguage;
  readonly format: "markdown" | "text";
  readonly profile?: Profile | undefined;
  readonly maxRows?: number | undefined;
}

const DEFAULT_MAX_ROWS = 10;
const NONE = "—";

function optionProblems(options: RenderFollowUpOptions): OpcatProblem[] {
  const { maxRows } = options as { maxRows?: unknown };
  const problems = renderOptionProblems(options);
  if (maxRows !== undefined && !(typeof maxRows === "number" && maxRows >= 1 && (Number.isSafeInteger(maxRows) || maxRows === Number.POSITIVE_INFINITY))) {
    problems.push({ code: "schema.invalid_value", path: ["maxRows"], message: "maxRows must be a whole number from 1 up, or Infinity", params: { value: maxRows ?? null, expected: "whole number from 1 up | Infinity" } });
  }
  return problems;
}

/**
 * A civil date in a table cell: `YYYY-MM-DD` in English, `DD.MM.YYYY` in Russian and
 * Kazakh (the national form), from the date's digits.
 *
 * @internal
 */
export function tableDate(date: CivilDate, lang: TextLanguage): string {
  return lang === "en" ? date : `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/**
 * "by 31 December 2025", "не позднее 31 декабря 2025 года", "2025 жылғы 31 желтоқсанға дейін".
 *
 * @internal
 */
export function byDate(date: CivilDate, lang: TextLanguage): string {
  return followUpText("by", lang, { date: formatDate(date, lang, "by") });
}

interface Context {
  readonly report: FollowUpReport;
  readonly lang: TextLanguage;
  readonly profile: Profile;
  readonly maxRows: number;
}

function labelOf(context: Context, list: ListName, code: string | null): string {
  return code === null ? NONE : codeLabel(context.profile, list, code, context.lang);
}

function themesOf(context: Context, themes: readonly string[]): string {
  return themes.map((theme) => labelOf(context, "themes", theme)).join("; ");
}

function number(value: number, context: Context): string {
  return formatNumber(value, context.lang);
}

function days(value: number | null, context: Context): string {
  return value === null ? NONE : formatNumber(value, context.lang, { maxFractionDigits: 1 });
}

function heading(text: string): Block {
  return { kind: "heading", text };
}

function paragraph(text: string): Block {
  return { kind: "paragraph", text };
}

function table(columns: readonly (readonly [string, "left" | "right"])[], rows: readonly (readonly string[])[], footer?: readonly string[]): Block {
  const shaped: Table = { columns: columns.map(([title, align]) => ({ title, align })), rows, footer };
  return { kind: "table", table: shaped };
}

/** The first `maxRows` rows, and a note when some are left out. */
function limitedTable(context: Context, columns: readonly (readonly [string, "left" | "right"])[], rows: readonly (readonly string[])[]): Block[] {
  const shown = rows.slice(0, context.maxRows);
  const blocks = [table(columns, shown)];
  if (shown.length < rows.length) blocks.push(paragraph(followUpText("note.shown", context.lang, { shown: shown.length, n: rows.length })));
  return blocks;
}

// ----- the summary -----

function summarySentences(context: Context): string[] {
  const { report, lang } = context;
  const asOf = asOfPhrase(report.asOf, lang);
  const sentences: string[] = [];
  const { overdue, escalation, repeats, visits } = report;
  if (overdue.total === 0) sentences.push(followUpText("summary.noOverdue", lang, { asOf }));
  else {
    const params = { asOf, n: overdue.total, agencies: overdue.byAgency.length, escalated: overdue.escalated };
    sentences.push(followUpText(overdue.escalated > 0 ? "summary.overdue" : "summary.overdue.noneEscalated", lang, params));
  }
  const { candidates, outcomes } = escalation;
  if (candidates.length === 0) sentences.push(followUpText("summary.noCandidates", lang));
  else {
    const n = candidates.reduce((sum, candidate) => sum + candidate.recommendations.length, 0);
    sentences.push(followUpText("summary.candidates", lang, { agencies: candidates.length, n }));
  }
  if (outcomes.total.escalated > 0) {
    sentences.push(
      followUpText("summary.outcomes", lang, {
        n: outcomes.total.escalated,
        asOf,
        after: formatPercent(outcomes.total.implementedAsOf.rate, lang),
        before: formatPercent(outcomes.total.implementedAtEscalation.rate, lang),
      }),
    );
  }
  if (repeats.chains.length > 0) {
    const linked = repeats.chains.reduce((sum, chain) => sum + chain.recommendations.length, 0);
    sentences.push(followUpText("summary.chains", lang, { chains: repeats.chains.length, linked }));
  }
  if (repeats.likely.length > 0) sentences.push(followUpText("summary.likely", lang, { n: repeats.likely.length }));
  if (repeats.chains.length === 0 && repeats.likely.length === 0) sentences.push(followUpText("summary.noRepeats", lang));
  const by = byDate(visits.horizon, lang);
  const never = visits.periodicDue.filter((due) => due.reason === "never_visited").length;
  if (visits.periodicDue.length === 0) sentences.push(followUpText("summary.noPeriodicDue", lang, { by }));
  else sentences.push(followUpText(never > 0 ? "summary.periodicDue" : "summary.periodicDue.allVisited", lang, { n: visits.periodicDue.length, by, never }));
  if (visits.intermediateCandidates.length > 0) {
    sentences.push(followUpText("summary.intermediate", lang, { n: visits.intermediateCandidates.length, min: report.parameters.minOverdueForVisit }));
  }
  const special = visits.specialResponse.total.days;
  if (special.count > 0 && special.median !== null) sentences.push(followUpText("summary.special", lang, { median: special.median, n: special.count }));
  return sentences.map(capitalise);
}

// ----- overdue recommendations -----

function overdueRow(entry: OverdueRecommendation, context: Context): string[] {
  return [
    entry.id,
    entry.facilityName ?? entry.facilityId ?? NONE,
    labelOf(context, "regions", entry.region),
    themesOf(context, entry.themes),
    tableDate(entry.dueOn, context.lang),
    number(entry.daysOverdue, context),
    labelOf(context, "statuses", entry.status),
    entry.escalatedBy ?? NONE,
  ];
}

function overdueSection(context: Context): Block[] {
  const { report, lang } = context;
  const { overdue } = report;
  const blocks: Block[] = [heading(followUpText("heading.overdueByAgency", lang))];
  if (overdue.total === 0) return [...blocks, paragraph(reportText("note.empty", lang))];
  blocks.push(
    table(
      [
        [reportText("column.addressee", lang), "left"],
        [followUpText("column.overdue", lang), "right"],
        [followUpText("column.escalated", lang), "right"],
        [followUpText("column.maxDaysOverdue", lang), "right"],
      ],
      overdue.byAgency.map((group) => [labelOf(context, "agencies", group.agency), number(group.count, context), number(group.escalated, context), number(group.maxDaysOverdue, context)]),
      [reportText("total", lang), number(overdue.total, context), number(overdue.escalated, context), number(Math.max(0, ...overdue.byAgency.map((group) => group.maxDaysOverdue)), context)],
    ),
  );
  if (report.parameters.graceDays > 0) blocks.push(paragraph(followUpText("note.graceDays", lang, { n: report.parameters.graceDays })));
  const columns = [
    [followUpText("column.recommendation", lang), "left"],
    [followUpText("column.facility", lang), "left"],
    [reportText("column.region", lang), "left"],
    [followUpText("column.themes", lang), "left"],
    [followUpText("column.dueOn", lang), "left"],
    [followUpText("column.daysOverdue", lang), "right"],
    [reportText("column.status", lang), "left"],
    [followUpText("column.escalatedBy", lang), "left"],
  ] as const;
  for (const group of overdue.byAgency) {
    blocks.push(heading(followUpText("heading.overdueOf", lang, { agency: labelOf(context, "agencies", group.agency) })));
    blocks.push(...limitedTable(context, columns, group.recommendations.map((entry) => overdueRow(entry, context))));
  }
  return blocks;
}

// ----- escalation -----

function draftsSection(context: Context): Block[] {
  const { report, lang } = context;
  const { candidates } = report.escalation;
  const { minDaysOverdue, minOverdue } = report.parameters;
  const blocks: Block[] = [heading(followUpText("heading.drafts", lang))];
  if (minDaysOverdue > 0 || minOverdue > 1) blocks.push(paragraph(followUpText("note.escalationThresholds", lang, { days: minDaysOverdue, min: minOverdue })));
  if (candidates.length === 0) return [...blocks, paragraph(followUpText("summary.noCandidates", lang))];
  blocks.push(paragraph(followUpText("note.drafts", lang)));
  for (const candidate of candidates) {
    const { draft, recommendations } = candidate;
    const overdueDays = recommendations.map((entry) => entry.daysOverdue);
    blocks.push(heading(followUpText("heading.draft", lang, { agency: labelOf(context, "agencies", candidate.agency) })));
    blocks.push(
      paragraph(
        followUpText("draft.summary", lang, {
          id: draft.id,
          date: formatDate(draft.issuedOn, lang),
          due: draft.dueOn === undefined || draft.dueOn === null ? "" : followUpText("draft.due", lang, { date: formatDate(draft.dueOn, lang) }),
          n: recommendations.length,
          facilities: candidate.byFacility.length,
          min: Math.min(...overdueDays),
          max: Math.max(...overdueDays),
        }),
      ),
    );
    blocks.push(
      table(
        [
          [reportText("column.theme", lang), "left"],
          [reportText("column.recommendations", lang), "right"],
        ],
        candidate.byTheme.map((group) => [labelOf(context, "themes", group.theme), number(group.recommendationIds.length, context)]),
      ),
    );
    blocks.push(
      ...limitedTable(
        context,
        [
          [followUpText("column.facility", lang), "left"],
          [reportText("column.region", lang), "left"],
          [reportText("column.recommendations", lang), "right"],
        ],
        candidate.byFacility.map((group) => {
          const name = group.facilityName ?? group.facilityId ?? NONE;
          return [
            group.closedOn === null ? name : followUpText("closedOn", lang, { name, date: tableDate(group.closedOn, lang) }),
            labelOf(context, "regions", group.region),
            number(group.recommendationIds.length, context),
          ];
        }),
      ),
    );
  }
  return blocks;
}

function outcomesSection(context: Context): Block[] {
  const { report, lang } = context;
  const { outcomes } = report.escalation;
  const blocks: Block[] = [heading(followUpText("heading.outcomes", lang))];
  if (outcomes.total.escalations === 0) return [...blocks, paragraph(followUpText("note.noOutcomes", lang))];
  const share = (rate: { numerator: number; rate: number | null }) => `${number(rate.numerator, context)} (${formatPercent(rate.rate, lang)})`;
  const row = (name: string, figures: (typeof outcomes)["total"]) => [
    name,
    number(figures.escalations, context),
    number(figures.escalated, context),
    share(figures.implementedAtEscalation),
    share(figures.implementedAsOf),
    days(figures.daysToImplement.median, context),
  ];
  blocks.push(
    table(
      [
        [reportText("column.agency", lang), "left"],
        [followUpText("column.escalations", lang), "right"],
        [followUpText("column.escalatedCount", lang), "right"],
        [followUpText("column.implementedAtEscalation", lang), "right"],
        [followUpText("column.implementedAsOf", lang), "right"],
        [followUpText("column.medianDays", lang), "right"],
      ],
      outcomes.byAgency.map((outcome) => row(labelOf(context, "agencies", outcome.agency), outcome)),
      row(reportText("total", lang), outcomes.total),
    ),
  );
  return blocks;
}

// ----- repeats -----

function repeatsSection(context: Context): Block[] {
  const { report, lang } = context;
  const { chains, likely } = report.repeats;
  const blocks: Block[] = [heading(followUpText("heading.chains", lang))];
  if (chains.length === 0) blocks.push(paragraph(followUpText("note.noChains", lang)));
  else {
    blocks.push(
      ...limitedTable(
        context,
        [
          [followUpText("column.chain", lang), "left"],
          [followUpText("column.facility", lang), "left"],
          [followUpText("column.firstIssued", lang), "left"],
          [followUpText("column.lastIssued", lang), "left"],
          [followUpText("column.lastStatus", lang), "left"],
        ],
        chains.map((chain) => {
          const first = chain.recommendations[0];
          const last = chain.recommendations[chain.recommendations.length - 1];
          return [
            chain.recommendations.map((link) => link.id).join(" → "),
            last?.facilityId ?? NONE,
            first === undefined ? NONE : tableDate(first.issuedOn, lang),
            last === undefined ? NONE : tableDate(last.issuedOn, lang),
            labelOf(context, "statuses", chain.lastStatus),
          ];
        }),
      ),
    );
  }
  blocks.push(heading(followUpText("heading.likely", lang)));
  if (likely.length === 0) return [...blocks, paragraph(followUpText("note.noLikely", lang))];
  blocks.push(
    ...limitedTable(
      context,
      [
        [followUpText("column.recommendation", lang), "left"],
        [followUpText("column.likelyRepeatOf", lang), "left"],
        [followUpText("column.facility", lang), "left"],
        [followUpText("column.sharedThemes", lang), "left"],
        [followUpText("column.earlierStatus", lang), "left"],
        [followUpText("column.daysBetween", lang), "right"],
      ],
      likely.map((suggestion) => [
        suggestion.id,
        suggestion.repeatOf,
        suggestion.facilityId,
        themesOf(context, suggestion.themes),
        labelOf(context, "statuses", suggestion.earlierStatus),
        number(suggestion.daysBetween, context),
      ]),
    ),
    paragraph(followUpText("note.likely", lang)),
  );
  return blocks;
}

// ----- visits -----

function periodicSection(context: Context): Block[] {
  const { report, lang } = context;
  const { periodicDue, horizon, cycleYears } = report.visits;
  const blocks: Block[] = [heading(followUpText("heading.periodicDue", lang, { by: byDate(horizon, lang) }))];
  if (periodicDue.length === 0) return [...blocks, paragraph(followUpText("note.noPeriodicDue", lang))];
  const counts = PERIODIC_VISIT_REASONS.map((reason) => [reason, periodicDue.filter((due) => due.reason === reason).length] as const).filter(([, count]) => count > 0);
  blocks.push(
    table(
      [
        [followUpText("column.reason", lang), "left"],
        [reportText("column.facilities", lang), "right"],
      ],
      counts.map(([reason, count]) => [followUpText(`reason.${reason}`, lang, { years: cycleYears }), number(count, context)]),
      [reportText("total", lang), number(periodicDue.length, context)],
    ),
  );
  blocks.push(
    ...limitedTable(
      context,
      [
        [followUpText("column.facility", lang), "left"],
        [reportText("column.facilityType", lang), "left"],
        [reportText("column.region", lang), "left"],
        [followUpText("column.lastPeriodicVisit", lang), "left"],
        [followUpText("column.dueOn", lang), "left"],
      ],
      periodicDue.map((due) => [
        due.closedOn === null ? due.name : followUpText("closesOn", lang, { name: due.name, date: tableDate(due.closedOn, lang) }),
        labelOf(context, "facilityTypes", due.type),
        labelOf(context, "regions", due.region),
        due.lastPeriodicVisitOn === null ? NONE : tableDate(due.lastPeriodicVisitOn, lang),
        due.dueOn === null ? NONE : tableDate(due.dueOn, lang),
      ]),
    ),
  );
  return blocks;
}

function intermediateSection(context: Context): Block[] {
  const { report, lang } = context;
  const { intermediateCandidates } = report.visits;
  const min = report.parameters.minOverdueForVisit;
  const blocks: Block[] = [heading(followUpText("heading.intermediate", lang)), paragraph(followUpText("note.intermediate", lang, { min }))];
  if (intermediateCandidates.length === 0) return [...blocks, paragraph(followUpText("note.noIntermediate", lang))];
  blocks.push(
    ...limitedTable(
      context,
      [
        [followUpText("column.facility", lang), "left"],
        [reportText("column.region", lang), "left"],
        [followUpText("column.overdue", lang), "right"],
        [followUpText("column.maxDaysOverdue", lang), "right"],
        [followUpText("column.lastVisit", lang), "left"],
      ],
      intermediateCandidates.map((candidate) => [
        candidate.name,
        labelOf(context, "regions", candidate.region),
        number(candidate.overdue, context),
        number(candidate.maxDaysOverdue, context),
        candidate.lastVisitOn === null ? NONE : tableDate(candidate.lastVisitOn, lang),
      ]),
    ),
  );
  return blocks;
}

function specialSection(context: Context): Block[] {
  const { report, lang } = context;
  const { total, byRegion } = report.visits.specialResponse;
  const blocks: Block[] = [heading(followUpText("heading.special", lang))];
  if (total.visits === 0) return [...blocks, paragraph(followUpText("note.noSpecial", lang))];
  const row = (name: string, response: typeof total) => [
    name,
    number(response.visits, context),
    days(response.days.median, context),
    days(response.days.q1, context),
    days(response.days.q3, context),
    number(response.withoutTrigger, context),
  ];
  blocks.push(
    table(
      [
        [reportText("column.region", lang), "left"],
        [reportText("column.visits", lang), "right"],
        [followUpText("column.median", lang), "right"],
        [followUpText("column.q1", lang), "right"],
        [followUpText("column.q3", lang), "right"],
        [followUpText("column.withoutTrigger", lang), "right"],
      ],
      Object.entries(byRegion)
        .filter(([, response]) => response.visits > 0)
        .map(([region, response]) => row(labelOf(context, "regions", region), response)),
      row(followUpText("allRegions", lang), total),
    ),
    paragraph(followUpText("note.special", lang)),
  );
  return blocks;
}

function coverageSection(context: Context): Block[] {
  const { report, lang } = context;
  const { coverage, period } = report.visits;
  const note = paragraph(followUpText("note.coverage", lang, { period: formatPeriod(period, lang) }));
  const section = (title: string, list: ListName, column: string, rates: Readonly<Record<string, { numerator: number; denominator: number; rate: number | null }>>): Block[] => {
    const rows = Object.entries(rates)
      .filter(([, rate]) => rate.denominator > 0)
      .map(([code, rate]) => [labelOf(context, list, code), number(rate.denominator, context), number(rate.numerator, context), formatPercent(rate.rate, lang)]);
    if (rows.length === 0) return [heading(title), paragraph(reportText("note.empty", lang))];
    return [
      heading(title),
      table(
        [
          [column, "left"],
          [followUpText("column.inRegister", lang), "right"],
          [followUpText("column.visited", lang), "right"],
          [followUpText("column.coverage", lang), "right"],
        ],
        rows,
        [reportText("total", lang), number(coverage.total.denominator, context), number(coverage.total.numerator, context), formatPercent(coverage.total.rate, lang)],
      ),
      note,
    ];
  };
  return [
    ...section(followUpText("heading.coverageByType", lang), "facilityTypes", reportText("column.facilityType", lang), coverage.byType),
    ...section(followUpText("heading.coverageByRegion", lang), "regions", reportText("column.region", lang), coverage.byRegion),
  ];
}

/**
 * The follow-up work plan as a document, in English, Russian or Kazakh, as Markdown or
 * plain text: a title with the day; a summary (how many recommendations are overdue and to
 * how many state bodies, how many of them are escalated already; the escalations proposed;
 * what earlier escalations achieved; repeat chains and likely repeats; facilities due a
 * periodic visit by the horizon and candidates for an intermediate one; the median
 * response time of special visits); then the overdue recommendations by addressee and, for
 * each addressee, the list (its first `maxRows`); each draft individualized recommendation
 * with what it escalates by theme and by facility; the outcomes of escalation by agency;
 * the repeat chains and likely repeats; the facilities due a periodic visit (by reason,
 * then the list), the candidates for an intermediate visit, special-visit response times
 * by region, and the coverage of the register by facility type and region. Codes are
 * labelled by the profile; numbers, plural forms and dates are written by the library's
 * own rules, as in {@link renderReport}, so the output is the same everywhere. Pure.
 * Throws an {@link OpcatError} (`schema.invalid_value`) for an unknown `lang` or `format`
 * (both required), a bad `maxRows` or a `profile` that is not one, and for a `report` that
 * is not a follow-up report (its `format`, or `schema.invalid_type` at the first wrong value).
 *
 * @example
 * ```ts
 * import { civilDate, followUpReport, renderFollowUp } from "opcat-npm";
 *
 * const report = followUpReport(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *     visits: [{ id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] }],
 *     recommendations: [
 *       { id: "R-1", visitId: "V-1", facilityId: "F-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20"), dueOn: civilDate("2023-05-20") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * renderFollowUp(report, { lang: "en", format: "markdown" }).split("\n").slice(0, 3);
 * //=> [
 * //   "# Follow-up of recommendations and visit plan, as of 8 November 2024",
 * //   "",
 * //   "As of 8 November 2024, 1 recommendation to 1 state body was overdue; none of them had been escalated to the ministry responsible yet. Drafts of individualized recommendations are proposed to 1 state body, escalating 1 overdue recommendation not escalated before. No repeat recommendations were found. No facility is due a periodic visit by 8 November 2024.",
 * // ]
 * ```
 */
export function renderFollowUp(report: FollowUpReport, options: RenderFollowUpOptions): string {
  const { fields, problems } = readFields(options, ["lang", "format", "profile", "maxRows"], "options", true);
  const read = fields as unknown as RenderFollowUpOptions;
  throwIfProblems([...followUpReportProblems(report), ...problems, ...(problems.length === 0 ? [...optionProblems(read), ...profileProblems(read.profile)] : [])]);
  const { lang, format } = read;
  const context: Context = { report, lang, profile: read.profile ?? kz, maxRows: read.maxRows ?? DEFAULT_MAX_ROWS };
  const blocks: Block[] = [
    { kind: "title", text: followUpText("title", lang, { asOf: asOfPhrase(report.asOf, lang) }) },
    paragraph(summarySentences(context).join(" ")),
    ...overdueSection(context),
    ...draftsSection(context),
    ...outcomesSection(context),
    ...repeatsSection(context),
    ...periodicSection(context),
    ...intermediateSection(context),
    ...specialSection(context),
    ...coverageSection(context),
  ];
  return layout(blocks, format);
}
