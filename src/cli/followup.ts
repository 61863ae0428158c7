import { civilDate } from "../dates/civilDate";
import { daysBetween } from "../dates/daysBetween";
import { isCivilDate } from "../dates/isCivilDate";
import { followUpCsv } from "../followup/followUpCsv";
import { followUpReport } from "../followup/followUpReport";
import { renderFollowUp } from "../followup/renderFollowUp";
import type { CivilDate } from "../model/civilDate";
import type { Language } from "../model/language";
import type { Profile } from "../profiles/profile";
import { schemasFor } from "../profiles/schemasFor";
import { validateDataset } from "../validate/validateDataset";
import type { CliIo } from "./run";
import type { DatasetForm } from "../io/types";
import { formOption, MAX_COUNT, MAX_DAYS, readWholeDataset, runSettings, sayNotes, wholeNumberOption } from "./source";
import { cliText } from "./texts";
import { renderValidationReport } from "./validationReport";

/** The followup command's options, checked. */
export interface FollowUpCliOptions {
  readonly form: DatasetForm | undefined;
  readonly lang: Language;
  readonly format: "json" | "markdown" | "text" | "csv";
  readonly asOf: CivilDate;
  readonly periodFrom: CivilDate | undefined;
  readonly periodTo: CivilDate | undefined;
  readonly horizon: CivilDate | undefined;
  readonly graceDays: number | undefined;
  readonly minOverdue: number | undefined;
  readonly minDaysOverdue: number | undefined;
  readonly dueInDays: number | undefined;
  readonly minOverdueForVisit: number | undefined;
  readonly maxRows: number | undefined;
}

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** The whole-number options and their ranges: days up to ten years, counts up to nine digits. */
const NUMBER_OPTIONS = [
  ["grace-days", { min: 0, max: MAX_DAYS }],
  ["min-overdue", { min: 1, max: MAX_COUNT }],
  ["min-days-overdue", { min: 0, max: MAX_DAYS }],
  ["due-in-days", { min: 0, max: MAX_DAYS }],
  ["min-overdue-for-visit", { min: 1, max: MAX_COUNT }],
] as const;

// The first and last dates a dataset can hold: days counted from --as-of must stay between them.
const FIRST_DATE = civilDate("0000-01-01");
const LAST_DATE = civilDate("9999-12-31");

/** The followup command's options, or a usage message. */
export function followUpOptions(values: Values, lang: Language): FollowUpCliOptions | string {
  const format = values["format"] ?? "text";
  if (format !== "json" && format !== "markdown" && format !== "text" && format !== "csv") return "--format must be json, markdown, text or csv";
  const asOf = values["as-of"];
  if (asOf === undefined) return "followup needs --as-of YYYY-MM-DD: the day statuses are read at (a follow-up never reads the clock)";
  if (!isCivilDate(asOf)) return "--as-of must be a date YYYY-MM-DD";
  const dates: Record<string, CivilDate | undefined> = {};
  for (const name of ["period-from", "period-to", "horizon"]) {
    const value = values[name];
    if (value !== undefined && !isCivilDate(value)) return `--${name} must be a date YYYY-MM-DD`;
    dates[name] = value;
  }
  const horizon = dates["horizon"];
  if (horizon !== undefined && horizon < asOf) return `--horizon ${horizon} is before --as-of ${asOf}`;
  const numbers: Record<string, number | undefined> = {};
  for (const [name, range] of NUMBER_OPTIONS) {
    const value = wholeNumberOption(values, name, range, lang);
    if (typeof value === "string") return value;
    numbers[name] = value;
  }
  const graceDays = numbers["grace-days"];
  if (graceDays !== undefined && graceDays > daysBetween(FIRST_DATE, asOf)) return cliText("graceBeforeFirstDate", lang, { days: String(graceDays), asOf });
  const dueInDays = numbers["due-in-days"];
  if (dueInDays !== undefined && dueInDays > daysBetween(asOf, LAST_DATE)) return cliText("dueAfterLastDate", lang, { days: String(dueInDays), asOf });
  const maxRowsText = values["max-rows"];
  const maxRows = maxRowsText === "all" ? Number.POSITIVE_INFINITY : wholeNumberOption(values, "max-rows", { min: 1, max: MAX_COUNT }, lang);
  if (typeof maxRows === "string") return cliText("maxRows", lang, { max: String(MAX_COUNT) });
  const form = formOption(values);
  if (typeof form === "string") return form;
  return {
    form: form.form,
    lang,
    format,
    asOf,
    periodFrom: dates["period-from"],
    periodTo: dates["period-to"],
    horizon,
    graceDays,
    minOverdue: numbers["min-overdue"],
    minDaysOverdue: numbers["min-days-overdue"],
    dueInDays,
    minOverdueForVisit: numbers["min-overdue-for-visit"],
    maxRows,
  };
}

/**
 * `opcat-npm followup <file>`: validates the dataset first (errors stop it: exit 1, with
 * the validation report on stderr; warnings are counted on stderr), then prints the
 * follow-up work plan on stdout: the report object as JSON (and nothing else), the
 * overdue list as CSV (RFC 4180, one row per recommendation), or the document as text or
 * Markdown.
 */
export async function followUp(file: string, options: FollowUpCliOptions, profiles: Readonly<Record<string, Profile>>, io: CliIo): Promise<number> {
  const read = await readWholeDataset(file, options.form, options.lang);
  if (!read.ok) {
    io.stderr(`opcat-npm: ${read.message}\n`);
    return 2;
  }
  const settings = runSettings(read.value, options, profiles);
  if (typeof settings === "string") {
    io.stderr(`opcat-npm: ${settings}\n`);
    return 2;
  }
  sayNotes(read.notes, options.lang, io);
  const { from, to, profile } = settings;
  const validation = validateDataset(read.value, { lang: options.lang, asOf: options.asOf, profile });
  if (!validation.valid) {
    io.stderr(renderValidationReport(file, validation, options.lang, false));
    return 1;
  }
  if (validation.counts.warnings > 0) io.stderr(renderValidationReport(file, validation, options.lang, false, 0));
  const dataset = schemasFor(profile).Dataset.parse(read.value);
  const report = followUpReport(dataset, {
    asOf: options.asOf,
    period: { from: from ?? dataset.period.from, to: to ?? dataset.period.to },
    profile,
    graceDays: options.graceDays,
    minOverdue: options.minOverdue,
    minDaysOverdue: options.minDaysOverdue,
    dueInDays: options.dueInDays,
    horizon: options.horizon,
    minOverdueForVisit: options.minOverdueForVisit,
  });
  if (options.format === "json") io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  // CSV has no escapes: exact for a file or a pipe, made safe only on a terminal.
  else if (options.format === "csv") (io.terminal === true ? io.stdout : (io.verbatim?.stdout ?? io.stdout))(followUpCsv(report));
  else io.stdout(renderFollowUp(report, { lang: options.lang, format: options.format, profile, maxRows: options.maxRows }));
  return 0;
}
