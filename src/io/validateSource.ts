import type { TextLanguage } from "../text/types";
import path from "node:path";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { progressProblems, sourceProblems } from "./arguments";
import { describeLocation } from "../errors/describeLocation";
import { readingIn } from "../errors/errorMessage";
import { readFields, throwIfProblems } from "../errors/optionProblems";
import { isRawRecord } from "../validate/context";
import { createValidatorCore, type DatasetValidator } from "../validate/createDatasetValidator";
import { wholeDocumentOf } from "./jsonSource";
import type { ValidationIssue, ValidationOptions, ValidationResult } from "../validate/types";
import { isFileWarning, notesIn } from "./readNotes";
import type { DatasetSource, FileLocation, ReadNote } from "./types";

/**
 * An issue of a dataset read from files: the validator's issue, with where it lies in the
 * files (`location`: file, line, and for CSV the row and the column) when the source can
 * say, and the message beginning with that location in the same language.
 *
 * @example
 * ```ts
 * import type { LocatedIssue } from "opcat-npm/io";
 *
 * const issue: LocatedIssue = {
 *   code: "schema.invalid_date",
 *   severity: "error",
 *   path: ["visits", 11, "startedOn"],
 *   message: "visits.csv, row 13, column startedOn: “14.02.2023” is not a valid date. Write dates as YYYY-MM-DD, for example 2023-02-14.",
 *   params: { value: "14.02.2023", example: "2023-02-14" },
 *   location: { file: "visits.csv", line: 13, row: 13, column: "startedOn" },
 * };
 * issue.location?.row;
 * //=> 13
 * ```
 */
export interface LocatedIssue extends ValidationIssue {
  readonly location?: FileLocation;
}

/**
 * What {@link validateSource} returns: the validation result with located issues, and the
 * notes of how the files were read (their messages in the validation's language). A folder's
 * collection file that is missing (`io.missing_file`) or a file not read because it only
 * looks like one (`io.ignored_file`) is a warning among the issues, not a note.
 *
 * @example
 * ```ts
 * import type { SourceValidation } from "opcat-npm/io";
 *
 * const clean: SourceValidation = { valid: true, issues: [], counts: { errors: 0, warnings: 0, listed: 0, omitted: 0, byCode: {} }, notes: [] };
 * clean.valid;
 * //=> true
 * ```
 */
export interface SourceValidation extends Omit<ValidationResult, "issues"> {
  readonly issues: readonly LocatedIssue[];
  readonly notes: readonly ReadNote[];
}

/**
 * How far a read has come: the collection at hand and the records read of it so far.
 *
 * @example
 * ```ts
 * import type { ReadProgress } from "opcat-npm/io";
 *
 * const progress: ReadProgress = { collection: "recommendations", records: 250_000 };
 * progress.records;
 * //=> 250000
 * ```
 */
export interface ReadProgress {
  readonly collection: CollectionName;
  readonly records: number;
}

/**
 * Options of {@link validateSource}: those of `validateDataset`, and `onProgress`, called
 * every `progressEvery` records (default 50,000) and at the end of each collection.
 *
 * @example
 * ```ts
 * import type { SourceValidationOptions } from "opcat-npm/io";
 *
 * const options: SourceValidationOptions = { lang: "ru", progressEvery: 10_000 };
 * options.progressEvery;
 * //=> 10000
 * ```
 */
export interface SourceValidationOptions extends ValidationOptions {
  /** Called every `progressEvery` records and at the end of each collection (for a progress bar). */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** How many records between two calls of `onProgress` (default 50,000). */
  readonly progressEvery?: number;
}

/**
 * Adds to each issue where it lies in the files, and begins its message with that.
 *
 * @internal
 */
export function locateIssues(result: ValidationResult, source: Pick<DatasetSource, "locate" | "path">, lang: TextLanguage): readonly LocatedIssue[] {
  return result.issues.map((issue) => {
    // A warning about a folder's file lies in that file, named in its params.
    const file = issue.code.startsWith("io.") && typeof issue.params["file"] === "string" ? issue.params["file"] : undefined;
    const location = file !== undefined ? { file: path.join(source.path, file), line: 0 } : issue.path.length > 0 ? source.locate(issue.path) : undefined;
    return location === undefined ? issue : { ...issue, location, message: `${describeLocation(location, lang)}: ${issue.message}` };
  });
}

/**
 * Validates a dataset read from files (see `openDataset`) as it is read, record by record:
 * what `validateDataset` finds on the same data, with each issue located in the files. It
 * keeps only what the rules across records need, so files larger than memory can be
 * checked. A file that cannot be read at all rejects with a `ReadError`.
 *
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { openDataset, validateSource } from "opcat-npm/io";
 *
 * const file = join(mkdtempSync(join(tmpdir(), "opcat-")), "data.json");
 * writeFileSync(file, JSON.stringify({
 *   format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" },
 *   facilities: [], visits: [{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-9"], teamSize: 3 }],
 *   recommendations: [], accountability: [],
 * }));
 * const result = await validateSource(await openDataset(file));
 * result.issues.map((issue) => issue.code);
 * //=> ["ref.unknown_facility"]
 * ```
 */
export async function validateSource(source: DatasetSource, options: SourceValidationOptions = {}): Promise<SourceValidation> {
  // The validation's own options, bad ones included, become issues (as in validateDataset).
  const { fields, problems } = readFields(options, ["onProgress", "progressEvery", "lang", "asOf", "profile", "maxIssues"], "options", true);
  throwIfProblems([...sourceProblems(source), ...problems, ...progressProblems(fields["onProgress"], fields["progressEvery"])]);
  const { onProgress, progressEvery, ...validation } = fields as SourceValidationOptions;
  return readingIn(validation.lang, async () => {
    const validator = await startValidation(source, validation);
    await forEachRecord(source, (collection, record) => { validator.add(collection, record); }, { onProgress, progressEvery });
    return sourceValidation(validator.result(), source, validation.lang ?? "en");
  });
}

/**
 * A validator of a source, given its dataset's own fields: for a form read whole (one JSON
 * document) the document itself, whose collections must be there as arrays, as
 * `validateDataset` checks them; for a folder, the fields alone (a collection without a file
 * has no records).
 *
 * @internal
 */
export async function startValidation(source: DatasetSource, options: ValidationOptions): Promise<DatasetValidator> {
  const document = wholeDocumentOf(source);
  const validator = createValidatorCore(options, document === undefined ? "apart" : "in the dataset");
  validator.dataset(document === undefined ? await source.fields() : document);
  for (const note of source.notes()) {
    if (isFileWarning(note)) validator.report(note.code, [], { ...note.params, file: path.basename(note.file) });
  }
  return validator;
}

/**
 * Reads every record of a source, collection by collection in the validator's order,
 * calling `onCollection` before each collection, `onRecord` for each record, and
 * `onProgress` every `progressEvery` records (default 50,000) and at each collection's end.
 *
 * @internal
 */
export async function forEachRecord(
  source: DatasetSource,
  onRecord: (collection: CollectionName, record: unknown) => void,
  options: { readonly onProgress?: ((progress: ReadProgress) => void) | undefined; readonly progressEvery?: number | undefined; readonly onCollection?: (collection: CollectionName) => void },
): Promise<void> {
  const { onProgress, progressEvery = 50_000, onCollection } = options;
  const document = wholeDocumentOf(source);
  for (const collection of COLLECTIONS) {
    onCollection?.(collection);
    let records = 0;
    // A JSON document's collection that is not a list: the validator, given the whole document, reports it.
    const listed = isRawRecord(document) ? document[collection] : undefined;
    if (listed !== undefined && !Array.isArray(listed)) {
      onProgress?.({ collection, records });
      continue;
    }
    for await (const record of source.records(collection)) {
      onRecord(collection, record);
      records++;
      if (onProgress !== undefined && records % progressEvery === 0) onProgress({ collection, records });
    }
    onProgress?.({ collection, records });
  }
}

/**
 * A validation result of a source: its issues located in the files, and the notes of how
 * they were read, both in `lang`.
 *
 * @internal
 */
export function sourceValidation(result: ValidationResult, source: DatasetSource, lang: TextLanguage): SourceValidation {
  // The warnings about files are among the issues already.
  return { ...result, issues: locateIssues(result, source, lang), notes: notesIn(source.notes().filter((note) => !isFileWarning(note)), lang) };
}
