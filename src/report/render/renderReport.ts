import type { TextLanguage } from "../../text/types";
import { profileProblems, readFields, throwIfProblems } from "../../errors/optionProblems";
import { reportProblems } from "../reportArgument";
import { renderOptionProblems } from "./renderOptionProblems";
import { kz } from "../../profiles/kz";
import type { Profile } from "../../profiles/profile";
import type { Report } from "../report";
import { layout, type Block } from "./layout";
import { reportTitle, summaryParagraph } from "./narrative";
import { tablesOf } from "../tables/tablesOf";
import { tableBlocks } from "./tableBlocks";

/**
 * The options of {@link renderReport}: the language (`en`, `ru` or `kk`), the format
 * (`"markdown"` or plain `"text"`), and the profile whose labels name the codes (default
 * `kz`; it should be the profile the report was built with).
 *
 * @example
 * ```ts
 * import { kz, type RenderReportOptions } from "opcat-npm";
 *
 * const options: RenderReportOptions = { lang: "kk", format: "text", profile: kz };
 * options.format;
 * //=> "text"
 * ```
 */
export interface RenderReportOptions {
  readonly lang: TextLanguage;
  readonly format: "markdown" | "text";
  readonly profile?: Profile | undefined;
}

/**
 * The consolidated annual report as a document, in English, Russian or Kazakh, as
 * Markdown or plain text: a title with the period; a summary paragraph in the style of the
 * published release (visits by type, the facilities and state bodies they covered, the
 * recommendations and the share implemented as of the report date, overdue ones and
 * escalations when there are any, the officials held liable by initiator); then a table
 * for each breakdown of the {@link Report} (visits by type, agency, region and month;
 * monitored facilities by agency and type; recommendations by theme, status and addressee;
 * implementation; days to implement; officials by initiator and measure), with counts and
 * shares of the total, and the reconciliation with the published figures, each check said
 * in a sentence. Codes are labelled by the profile. Numbers, plural forms and dates are
 * written by the library's own rules (no `Intl`, no locale data), so the output is the same,
 * byte for byte, in every engine and time zone; rounding happens only here. Pure. Throws an
 * {@link OpcatError} (`schema.invalid_value`) for an unknown `lang` or `format` (both
 * required) or a `profile` that is not one, and for a `report` that is not a report (its
 * `format`, or `schema.invalid_type` at the first value of the wrong type).
 *
 * @example
 * ```ts
 * import { buildReport, civilDate, renderReport } from "opcat-npm";
 *
 * const report = buildReport(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *     visits: [{ id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] }],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * const markdown = renderReport(report, { lang: "en", format: "markdown" });
 * markdown.split("\n").slice(0, 3);
 * //=> [
 * //   "# Consolidated report of the National Preventive Mechanism, 1 January – 31 December 2023",
 * //   "",
 * //   "In 2023, NPM members made 1 planned preventive visit, covering 1 monitored facility run by 1 state body. They issued no recommendations to state bodies. No officials were held liable.",
 * // ]
 * renderReport(report, { lang: "ru", format: "text" }).split("\n")[3];
 * //=> "В 2023 году участники НПМ совершили 1 плановый превентивный визит, охватив 1 учреждение, подведомственное 1 государственному органу. Рекомендации государственным органам не направлялись. Должностные лица к ответственности не привлекались."
 * ```
 */
export function renderReport(report: Report, options: RenderReportOptions): string {
  const { fields, problems } = readFields(options, ["lang", "format", "profile"], "options", true);
  const read = fields as unknown as RenderReportOptions;
  throwIfProblems([...reportProblems(report), ...problems, ...(problems.length === 0 ? [...renderOptionProblems(read), ...profileProblems(read.profile)] : [])]);
  const { lang, format } = read;
  const profile = read.profile ?? kz;
  const blocks: Block[] = [
    { kind: "title", text: reportTitle(report, lang) },
    { kind: "paragraph", text: summaryParagraph(report, lang) },
    ...tablesOf({ report, lang, profile })
      .filter((table) => table.inDocument)
      .flatMap((table) => tableBlocks(table, lang)),
  ];
  return layout(blocks, format);
}
