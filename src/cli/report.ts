import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import type { Language } from "../model/language";
import type { Profile } from "../profiles/profile";
import { schemasFor } from "../profiles/schemasFor";
import { buildReport } from "../report/buildReport";
import { renderReport } from "../report/render/renderReport";
import { validateDataset } from "../validate/validateDataset";
import type { CliIo } from "./run";
import { readJsonFile } from "./readJsonFile";
import { renderValidationReport } from "./validationReport";

/** The report command's options, checked. */
export interface ReportOptions {
  readonly lang: Language;
  readonly format: "json" | "markdown" | "text";
  readonly asOf: CivilDate;
  readonly periodFrom: CivilDate | undefined;
  readonly periodTo: CivilDate | undefined;
  readonly partialWeight: number | undefined;
  readonly excludeWithdrawn: boolean;
}

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** The report command's options, or a usage message. */
export function reportOptions(values: Values, lang: Language): ReportOptions | string {
  const format = values["format"] ?? "text";
  if (format !== "json" && format !== "markdown" && format !== "text") return "--format must be json, markdown or text";
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
  return { lang, format, asOf, periodFrom, periodTo, partialWeight, excludeWithdrawn: values["exclude-withdrawn"] === true };
}

/**
 * `opcat-npm report <file>`: validates the dataset first (errors stop it: exit 1, with the
 * validation report on stderr; warnings go to stderr), then prints the report on stdout:
 * the report object as JSON (and nothing else), or the narrative and tables.
 */
export async function report(file: string, options: ReportOptions, profiles: Readonly<Record<string, Profile>>, io: CliIo): Promise<number> {
  const read = await readJsonFile(file);
  if (!read.ok) {
    io.stderr(`opcat-npm: ${read.message}\n`);
    return 2;
  }
  // The period and asOf are checked before the data: a usage error says nothing of the data.
  const rawPeriod = (read.value as { period?: { from?: unknown; to?: unknown } } | null)?.period;
  const from = options.periodFrom ?? (isCivilDate(rawPeriod?.from) ? rawPeriod.from : undefined);
  const to = options.periodTo ?? (isCivilDate(rawPeriod?.to) ? rawPeriod.to : undefined);
  if (from !== undefined && to !== undefined && from > to) {
    io.stderr(`opcat-npm: the period ends (${to}) before it starts (${from})\n`);
    return 2;
  }
  if (from !== undefined && options.asOf < from) {
    io.stderr(`opcat-npm: --as-of ${options.asOf} is before the period starts (${from})\n`);
    return 2;
  }
  const declared = (read.value as { profile?: unknown } | null)?.profile;
  const profile = (typeof declared === "string" ? profiles[declared] : undefined) ?? profiles["kz"];
  if (profile === undefined) return 2;
  const validation = validateDataset(read.value, { lang: options.lang, asOf: options.asOf, profile });
  if (!validation.valid) {
    io.stderr(renderValidationReport(file, validation, options.lang, false));
    return 1;
  }
  // Warnings do not stop the report: their counts, on stderr (`validate` lists them).
  if (validation.counts.warnings > 0) io.stderr(renderValidationReport(file, validation, options.lang, false, 0));
  // Valid, so the parse succeeds: it gives the typed dataset.
  const dataset = schemasFor(profile).Dataset.parse(read.value);
  const built = buildReport(dataset, {
    asOf: options.asOf,
    period: { from: from ?? dataset.period.from, to: to ?? dataset.period.to },
    profile,
    partialWeight: options.partialWeight,
    excludeWithdrawn: options.excludeWithdrawn,
  });
  io.stdout(options.format === "json" ? `${JSON.stringify(built, null, 2)}\n` : renderReport(built, { lang: options.lang, format: options.format, profile }));
  return 0;
}
