import type { TextLanguage } from "../text/types";
import { readdir, stat } from "node:fs/promises";
import { pathProblems } from "./arguments";
import { readFields, throwIfProblems } from "../errors/optionProblems";
import path from "node:path";
import { lookalikeFiles, misnamedFiles } from "./collectionFiles";
import { CSV_FILES } from "./csvColumns";
import { openCsvFolder } from "./csvSource";
import { readErrorOf } from "./fileErrors";
import { openJsonSource } from "./jsonSource";
import { NDJSON_FILES, openNdjsonFolder } from "./ndjsonSource";
import { inLanguage, readError } from "../errors/errorMessage";
import { languageProblems } from "../errors/optionProblems";
import { notesIn } from "./readNotes";
import type { DatasetForm, DatasetSource } from "./types";
import { COLLECTIONS } from "../model/findUnknownKeys";

/**
 * The options of {@link openDataset}: the form, when the path alone does not say it, and
 * the language of the messages of its read errors and notes (`en` by default).
 *
 * @example
 * ```ts
 * import type { OpenDatasetOptions } from "opcat-npm/io";
 *
 * const options: OpenDatasetOptions = { form: "ndjson", lang: "kk" };
 * options.form;
 * //=> "ndjson"
 * ```
 */
export interface OpenDatasetOptions {
  readonly form?: DatasetForm | undefined;
  readonly lang?: TextLanguage | undefined;
}

/**
 * A source whose read errors and notes are in `lang`: each error thrown by it is said again
 * in that language.
 *
 * @internal
 */
export function inLanguageSource(source: DatasetSource, lang: TextLanguage): DatasetSource {
  const records = source.records.bind(source);
  return {
    ...source,
    fields: () => source.fields().catch((error: unknown) => Promise.reject(inLanguage(error, lang) as Error)),
    records: (collection) => ({
      async *[Symbol.asyncIterator]() {
        try {
          yield* records(collection);
        } catch (error) {
          throw inLanguage(error, lang);
        }
      },
    }),
    notes: () => notesIn(source.notes(), lang),
  };
}

async function openSource(target: string, form: DatasetForm | undefined): Promise<DatasetSource> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    throw readErrorOf(error, target);
  }
  const extension = path.extname(target).toLowerCase();
  if (!info.isDirectory()) {
    if (form !== undefined && form !== "json") throw readError("io.unknown_form.file_for_folder", { file: target, line: 0 }, { form });
    if (extension === ".csv" || extension === ".ndjson" || extension === ".jsonl") throw readError("io.unknown_form.one_collection", { file: target, line: 0 });
    return openJsonSource(target);
  }
  const found = form ?? (await folderForm(target));
  if (found === "json") throw readError("io.unknown_form.folder_for_json", { file: target, line: 0 });
  return found === "csv" ? openCsvFolder(target) : openNdjsonFolder(target);
}

/** The form of a folder from the collection files it holds. */
async function folderForm(folder: string): Promise<DatasetForm> {
  const names = new Set(await readdir(folder));
  const csv = COLLECTIONS.some((collection) => names.has(CSV_FILES[collection]));
  const ndjson = COLLECTIONS.some((collection) => names.has(NDJSON_FILES[collection]));
  if (csv && ndjson) {
    throw readError("io.unknown_form.both", { file: folder, line: 0 }, { folder });
  }
  if (csv) return "csv";
  if (ndjson) return "ndjson";
  // Collection files there under other names only (Visits.csv, visits (1).ndjson): their records would go unread.
  const misnamed = await lookalikeFiles(folder, COLLECTIONS.flatMap((collection) => [CSV_FILES[collection], NDJSON_FILES[collection]]));
  if (misnamed.length > 0) throw misnamedFiles(folder, misnamed);
  throw readError("io.unknown_form.no_dataset", { file: folder, line: 0 }, { folder, files: COLLECTIONS.map((collection) => CSV_FILES[collection]).join(", ") });
}

/**
 * Opens a dataset in any of its forms (see {@link DatasetForm}) for reading, without
 * reading it whole: a `.json` file (or any other file) is one JSON document; a folder holds
 * `dataset.json` and either CSV files (`facilities.csv`, `visits.csv`,
 * `recommendations.csv`, `accountability.csv`) or NDJSON files (`facilities.ndjson`, ...).
 * A collection whose file is absent has no records. CSV and NDJSON are read as streams.
 *
 * CSV files may be saved as spreadsheets do: with a UTF-8 byte-order mark, with `;` as the
 * delimiter (found from the header), in Windows-1251 (found and decoded; the notes say so),
 * with CRLF line ends and quoted cells holding line breaks. An empty cell is no value;
 * list cells hold items separated by `;`, history cells
 * `status@date;status@date`; `trigger.kind` and `trigger.receivedOn` make the visit's
 * trigger; integers and `true`/`false` (also Excel's `ИСТИНА`/`ЛОЖЬ`) are read as such.
 * Any other text is kept as it is, for the validator to report: reading changes no value.
 *
 * In a folder, a collection's file that is missing is noted (`io.missing_file`), and a file
 * whose name only looks like a collection's (`recommendations (1).csv`, `Accountability.csv`,
 * `visits.xlsx`, `visit.csv`) is not read: noted (`io.ignored_file`) beside the file it looks
 * like, refused (`io.misnamed_file`) in place of a missing one. `validateSource` and
 * `reportSource` count those notes as warnings. Files that look like no collection's are left
 * alone.
 *
 * Rejects with a {@link ReadError} for what cannot be read as a dataset at all: `io.not_found`,
 * `io.empty`, `io.binary`, `io.encoding`, `io.bad_json`, `io.truncated`, `io.bad_csv`,
 * `io.missing_columns` (checked for every CSV file before any record is read),
 * `io.misplaced_records`, `io.misnamed_file`, `io.unknown_form`, `io.unreadable` (also a
 * FIFO, socket or device in place of a file), `io.too_large` (over a limit of
 * `READ_LIMITS`).
 *
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { basename, join } from "node:path";
 * import { openDataset } from "opcat-npm/io";
 *
 * const folder = mkdtempSync(join(tmpdir(), "opcat-"));
 * writeFileSync(join(folder, "dataset.json"), JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } }));
 * writeFileSync(join(folder, "visits.csv"), "\uFEFFid;type;startedOn;facilityIds\r\nV-1;periodic;2023-02-14;\"F-1; F-2\"\r\n");
 * const source = await openDataset(folder);
 * source.form;
 * //=> "csv"
 * const visits = [];
 * for await (const visit of source.records("visits")) visits.push(visit);
 * visits;
 * //=> [{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1", "F-2"] }]
 * source.locate(["visits", 0, "startedOn"]);
 * //=> { file: join(folder, "visits.csv"), line: 2, row: 2, column: "startedOn" }
 * source.notes().map((note) => [note.code, basename(note.file)]);
 * //=> [["io.missing_file", "facilities.csv"], ["io.missing_file", "recommendations.csv"], ["io.missing_file", "accountability.csv"], ["io.bom_removed", "visits.csv"], ["io.delimiter_semicolon", "visits.csv"]]
 * ```
 */
export async function openDataset(target: string, options: OpenDatasetOptions = {}): Promise<DatasetSource> {
  const { fields, problems } = readFields(options, ["form", "lang"], "options", true);
  const given = fields["form"];
  if (given !== undefined && given !== "json" && given !== "csv" && given !== "ndjson") problems.push({ code: "schema.invalid_value", path: ["form"], message: "form must be json, csv or ndjson", params: { argument: "options", value: typeof given === "string" ? given : null, expected: "json | csv | ndjson" } });
  if (fields["lang"] !== undefined) problems.push(...languageProblems(fields["lang"]));
  throwIfProblems([...pathProblems(target, "target"), ...problems]);
  const { form, lang = "en" } = fields as OpenDatasetOptions;
  if (lang === "en") return openSource(target, form);
  const source = await openSource(target, form).catch((error: unknown) => Promise.reject(inLanguage(error, lang) as Error));
  return inLanguageSource(source, lang);
}
