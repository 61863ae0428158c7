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
import type { CliIo } from "./run";
import type { DatasetForm } from "../io/types";
import { formOption, openWithSettings, readingFiles, refuseInvalid, sayReading, validateWhole, wholeNumberOption } from "./source";
import { cliText } from "./texts";
import { rangeOf } from "./options";

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

/** The whole-number options (their ranges in the option table: days up to ten years, counts up to nine digits). */
const NUMBER_OPTIONS = ["grace-days", "min-overdue", "min-days-overdue", "due-in-days", "min-overdue-for-visit"] as const;

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
  for (const name of NUMBER_OPTIONS) {
    const value = wholeNumberOption(values, name, lang);
    if (typeof value === "string") return value;
    numbers[name] = value;
  }
  const graceDays = numbers["grace-days"];
  if (graceDays !== undefined && graceDays > daysBetween(FIRST_DATE, asOf)) return cliText("graceBeforeFirstDate", lang, { days: String(graceDays), asOf });
  const dueInDays = numbers["due-in-days"];
  if (dueInDays !== undefined && dueInDays > daysBetween(asOf, LAST_DATE)) return cliText("dueAfterLastDate", lang, { days: String(dueInDays), asOf });
  const maxRowsText = values["max-rows"];
  const maxRows = maxRowsText === "all" ? Number.POSITIVE_INFINITY : wholeNumberOption(values, "max-rows", lang);
  if (typeof maxRows === "string") return cliText("maxRows", lang, { max: String(rangeOf("max-rows").max) });
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
  return readingFiles(io, async () => {
    const opened = await openWithSettings(file, options, profiles, io);
    if (opened === 2) return 2;
    const { from, to, profile } = opened.settings;
    const { validation, value } = await validateWhole(opened.source, { lang: options.lang, asOf: options.asOf, profile });
    sayReading(validation, io);
    if (refuseInvalid(file, validation, options.lang, io)) return 1;
    return writeFollowUp(value, { ...options, from, to, profile }, io);
  });
}

/** The follow-up of valid data, on stdout in the format asked for. */
function writeFollowUp(value: unknown, options: FollowUpCliOptions & { readonly from: CivilDate | undefined; readonly to: CivilDate | undefined; readonly profile: Profile }, io: CliIo): number {
  const { from, to, profile } = options;
  const dataset = schemasFor(profile).Dataset.parse(value);
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
