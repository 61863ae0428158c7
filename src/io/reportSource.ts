import type { AccountabilityAction } from "../model/accountabilityAction";
import { progressProblems, sourceProblems } from "./arguments";
import { readingIn } from "../errors/errorMessage";
import { readFields, throwIfProblems } from "../errors/optionProblems";
import type { Facility } from "../model/facility";
import type { Period } from "../model/period";
import type { Recommendation } from "../model/recommendation";
import type { ReportedFigures } from "../model/reportedFigures";
import type { Visit } from "../model/visit";
import { checkMetricOptions, type MetricOptions } from "../metrics/metricContext";
import type { Report } from "../report/report";
import { createReportBuilder, type ReportBuilder } from "../report/reportBuilder";
import { isRawRecord } from "../validate/context";
import type { ValidationOptions } from "../validate/types";
import type { DatasetSource } from "./types";
import type { CollectionName } from "../model/findUnknownKeys";
import { forEachRecord, sourceValidation, startValidation, type ReadProgress, type SourceValidation } from "./validateSource";

/**
 * Options of {@link reportSource}: those of `buildReport` (`asOf` required) and of
 * `validateDataset` (`lang`, `maxIssues`; the profile is shared), and `onProgress` as in
 * `validateSource`.
 *
 * @example
 * ```ts
 * import { civilDate } from "opcat-npm";
 * import type { SourceReportOptions } from "opcat-npm/io";
 *
 * const options: SourceReportOptions = { asOf: civilDate("2024-11-08"), lang: "kk" };
 * options.lang;
 * //=> "kk"
 * ```
 */
export interface SourceReportOptions extends MetricOptions, Omit<ValidationOptions, "asOf" | "profile"> {
  /** Called every `progressEvery` records and at the end of each collection (for a progress bar). */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** How many records between two calls of `onProgress` (default 50,000). */
  readonly progressEvery?: number;
}

/**
 * What {@link reportSource} returns: the validation, and the report when the data has no
 * error (undefined otherwise: figures of invalid data are not published).
 *
 * @example
 * ```ts
 * import type { SourceReport } from "opcat-npm/io";
 *
 * const failed: SourceReport = { validation: { valid: false, issues: [], counts: { errors: 1, warnings: 0, listed: 0, omitted: 1, byCode: {} }, notes: [] }, report: undefined };
 * failed.report;
 * //=> undefined
 * ```
 */
export interface SourceReport {
  readonly validation: SourceValidation;
  readonly report: Report | undefined;
}

/**
 * Validates a dataset read from files and builds its report in the same single pass, record
 * by record (see `createDatasetValidator` and `createReportBuilder`): only the facility
 * register, the ids the rules across records need and the report's accumulators are kept,
 * so files larger than memory can be reported on. The report is given only when the
 * validation found no error; it equals `buildReport` on the same data.
 *
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { civilDate } from "opcat-npm";
 * import { openDataset, reportSource } from "opcat-npm/io";
 *
 * const file = join(mkdtempSync(join(tmpdir(), "opcat-")), "data.json");
 * writeFileSync(file, JSON.stringify({
 *   format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" },
 *   facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *   visits: [{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1"], teamSize: 3 }],
 *   recommendations: [], accountability: [],
 * }));
 * const { validation, report } = await reportSource(await openDataset(file), { asOf: civilDate("2024-11-08") });
 * [validation.valid, report?.visits.total, report?.facilities.monitored];
 * //=> [true, 1, 1]
 * ```
 */
export async function reportSource(source: DatasetSource, options: SourceReportOptions): Promise<SourceReport> {
  const names = ["onProgress", "progressEvery", "lang", "maxIssues", "asOf", "period", "profile", "partialWeight", "excludeWithdrawn"];
  const read = readFields(options, names, "options", true);
  throwIfProblems([...sourceProblems(source), ...read.problems, ...progressProblems(read.fields["onProgress"], read.fields["progressEvery"])]);
  const { onProgress, progressEvery, lang, maxIssues, ...metricOptions } = read.fields as unknown as SourceReportOptions;
  // Bad options fail at once, before any file is read.
  checkMetricOptions(metricOptions);
  return readingIn(lang, async () => {
    const validator = await startValidation(source, {
      ...(lang === undefined ? {} : { lang }),
      ...(maxIssues === undefined ? {} : { maxIssues }),
      ...(metricOptions.profile === undefined ? {} : { profile: metricOptions.profile }),
      asOf: metricOptions.asOf,
    });
    const fields = await source.fields();
    const own = (isRawRecord(fields) ? fields : {}) as { period?: Period; reported?: ReportedFigures | null };
    const register: Facility[] = [];
    // The report's builder, from the visits on; a record it cannot read is one the validator
    // reports, and the report is dropped then.
    const state: { builder: ReportBuilder | undefined; unreadable: boolean } = { builder: undefined, unreadable: false };
    const startReport = (collection: CollectionName): void => {
      if (collection !== "visits") return;
      try {
        state.builder = createReportBuilder({ period: metricOptions.period ?? (own.period as Period), facilities: register }, metricOptions);
      } catch {
        // A dataset period that is not one: the validator reports it.
        state.unreadable = true;
      }
    };
    const onRecord = (collection: CollectionName, record: unknown): void => {
      validator.add(collection, record);
      if (collection === "facilities") {
        register.push(record as Facility);
        return;
      }
      const { builder } = state;
      if (builder === undefined || state.unreadable) return;
      try {
        if (collection === "visits") builder.addVisit(record as Visit);
        else if (collection === "recommendations") builder.addRecommendation(record as Recommendation);
        else builder.addAccountabilityAction(record as AccountabilityAction);
      } catch {
        state.unreadable = true;
      }
    };
    await forEachRecord(source, onRecord, { onProgress, progressEvery, onCollection: startReport });
    const validation = sourceValidation(validator.result(), source, lang ?? "en");
    const report = validation.valid && state.builder !== undefined && !state.unreadable ? state.builder.report(own.reported ?? null) : undefined;
    return { validation, report };
  });
}
