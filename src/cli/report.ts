import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import type { Language } from "../model/language";
import type { Profile } from "../profiles/profile";
import { reportSource } from "../io/reportSource";
import type { DatasetForm } from "../io/types";
import { writeReportTables } from "../io/writeReportTables";
import { refuseInput } from "../io/writeFiles";
import { writingFiles } from "./convert";
import { renderReport } from "../report/rendering";
import type { CliIo } from "./run";
import { formOption, inputName, openWithSettings, progressBar, sayReading, STDIN, readingFiles, worthSaying } from "./source";
import { renderValidationReport } from "./validationReport";

/** The report command's options, checked. */
export interface ReportOptions {
  readonly form: DatasetForm | undefined;
  readonly lang: Language;
  readonly format: "json" | "markdown" | "text" | "csv";
  /** The folder of the tables, for the csv format. */
  readonly out: string | undefined;
  readonly asOf: CivilDate;
  readonly periodFrom: CivilDate | undefined;
  readonly periodTo: CivilDate | undefined;
  readonly partialWeight: number | undefined;
  readonly excludeWithdrawn: boolean;
  /** Whether tables that exist in the --out folder may be replaced. */
  readonly overwrite: boolean;
}

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** The report command's options, or a usage message. */
export function reportOptions(values: Values, lang: Language): ReportOptions | string {
  const format = values["format"] ?? "text";
  if (format !== "json" && format !== "markdown" && format !== "text" && format !== "csv") return "--format must be json, markdown, text or csv";
  const out = values["out"];
  if (format === "csv" && (typeof out !== "string" || out === "")) return "report --format csv needs --out <folder>: each table is written there as a CSV file";
  if (format !== "csv" && out !== undefined) return "--out is for report --format csv (the other formats go to stdout)";
  const form = formOption(values);
  if (typeof form === "string") return form;
  const asOf = values["as-of"];
  if (asOf === undefined) return "report needs --as-of YYYY-MM-DD: the day statuses are read at (a report never reads the clock)";
  if (!isCivilDate(asOf)) return "--as-of must be a date YYYY-MM-DD";
  const periodFrom = values["period-from"];
  const periodTo = values["period-to"];
  if (periodFrom !== undefined && !isCivilDate(periodFrom)) return "--period-from must be a date YYYY-MM-DD";
  if (periodTo !== undefined && !isCivilDate(periodTo)) return "--period-to must be a date YYYY-MM-DD";
  const weightText = values["partial-weight"];
  const partialWeight = weightText === undefined ? undefined : Number(weightText);
  if (partialWeight !== undefined && !(typeof weightText === "string" && /^(?:0(?:\.\d+)?|1(?:\.0+)?)$/.test(weightText))) {
    return "--partial-weight must be a number from 0 to 1";
  }
  return { form: form.form, lang, format, out: typeof out === "string" ? out : undefined, asOf, periodFrom, periodTo, partialWeight, excludeWithdrawn: values["exclude-withdrawn"] === true, overwrite: values["overwrite"] === true };
}

/**
 * `opcat-npm report <data>`: reads the dataset in any form as a stream and validates it and
 * builds the report in one pass (see `reportSource`). Errors stop it: exit 1, with the
 * validation report on stderr; warnings go to stderr as counts. Then the report goes to
 * stdout: the report object as JSON (and nothing else), or the narrative and tables, or with
 * `--format csv` each table as a CSV file in the `--out` folder (the paths on stdout; all or
 * nothing; existing tables replaced only with --overwrite; a folder that is the data or inside
 * it refused; a fault of writing one line and exit 2).
 */
export async function report(file: string, options: ReportOptions, profiles: Readonly<Record<string, Profile>>, io: CliIo): Promise<number> {
  return readingFiles(io, async () => {
    const opened = await openWithSettings(file, options, profiles, io);
    if (opened === 2) return 2;
    const { source } = opened;
    const { from, to, profile } = opened.settings;
    const progress = progressBar(source, io);
    const { validation, report: built } = await reportSource(source, {
      asOf: options.asOf,
      ...(from !== undefined && to !== undefined && (options.periodFrom !== undefined || options.periodTo !== undefined) ? { period: { from, to } } : {}),
      profile,
      partialWeight: options.partialWeight,
      excludeWithdrawn: options.excludeWithdrawn,
      lang: options.lang,
      ...(progress === undefined ? {} : { onProgress: progress.onProgress, progressEvery: 10_000 }),
    }).finally(() => progress?.done());
    if (!validation.valid || built === undefined) {
      for (const note of worthSaying(validation.notes)) io.stderr(`opcat-npm: note: ${note.message}\n`);
      io.stderr(renderValidationReport(inputName(file), validation, options.lang, false));
      return 1;
    }
    // Warnings do not stop the report: their counts, on stderr (`validate` lists them), and
    // those about the folder's files in full, since the figures leave out what was not read.
    sayReading(validation, io);
    if (validation.counts.warnings > 0) io.stderr(renderValidationReport(inputName(file), validation, options.lang, false, 0));
    if (options.format === "csv") {
      const out = options.out ?? "";
      let written: string[] = [];
      const code = await writingFiles(
        io,
        async () => {
          // The tables next to the data would be read as part of it, or replace it.
          if (file !== STDIN) await refuseInput([out], file);
          written = await writeReportTables(built, out, { lang: options.lang, profile, bom: true, overwrite: options.overwrite });
          return 0;
        },
        { retry: "choose another --out", lang: options.lang },
      );
      if (code === 0) io.stdout(written.map((path) => `${path}\n`).join(""));
      return code;
    }
    io.stdout(options.format === "json" ? `${JSON.stringify(built, null, 2)}\n` : renderReport(built, { lang: options.lang, format: options.format, profile }));
    return 0;
  });
}
