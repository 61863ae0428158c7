import type { FileLocation } from "../errors/describeLocation";
import type { PathSegment } from "../errors/OpcatError";

export type { FileLocation } from "../errors/describeLocation";
export { ReadError } from "../errors/ReadError";
export { WriteError } from "../errors/WriteError";
import type { CollectionName } from "../model/findUnknownKeys";

/**
 * The forms a dataset is read from and written to: one JSON document; a folder of CSV
 * files (`dataset.json` with the dataset's own fields, then `facilities.csv`,
 * `visits.csv`, `recommendations.csv`, `accountability.csv`); a folder of NDJSON files
 * (`dataset.json`, then one `<collection>.ndjson` per collection, a record per line).
 *
 * @example
 * ```ts
 * import type { DatasetForm } from "opcat-npm/io";
 *
 * const form: DatasetForm = "csv";
 * form;
 * //=> "csv"
 * ```
 */
export type DatasetForm = "json" | "csv" | "ndjson";

/**
 * Something worth knowing about how a file was read that is not a problem of the data: a
 * file decoded from Windows-1251, `;` found as the delimiter, a byte-order mark removed; and
 * in a folder, a collection's file missing (its collection has no records) or a file not read
 * because it only looks like a collection's file. `code` is stable (`io.decoded_windows_1251`,
 * `io.delimiter_semicolon`, `io.bom_removed`, `io.missing_file`, `io.ignored_file`); the last
 * two are warnings, which `validateSource` and `reportSource` count among the issues, and
 * carry the names their message uses in `params`.
 *
 * @example
 * ```ts
 * import type { ReadNote } from "opcat-npm/io";
 *
 * const note: ReadNote = { code: "io.decoded_windows_1251", file: "visits.csv", message: "visits.csv was decoded from Windows-1251; save it as UTF-8 to avoid this." };
 * note.code;
 * //=> "io.decoded_windows_1251"
 * ```
 */
export interface ReadNote {
  readonly code: string;
  readonly file: string;
  readonly message: string;
  /** What the message says besides the file: the collection (`io.missing_file`), the name it looks like (`io.ignored_file`). */
  readonly params?: Readonly<Record<string, string>>;
}

/**
 * A dataset opened for reading, in any form, without reading it whole: the dataset's own
 * fields, then the records of each collection as an async stream, in file order. `locate`
 * says where a path into the dataset (as the validator's issues give it) lies in the files,
 * for the records read so far. A collection whose file is absent has no records (a note,
 * `io.missing_file`, says so).
 *
 * Reading never throws for bad data (that is the validator's business), only for files
 * that cannot be read as a dataset at all: a {@link ReadError}.
 *
 * @example
 * ```ts
 * import type { DatasetSource } from "opcat-npm/io";
 *
 * async function countVisits(source: DatasetSource): Promise<number> {
 *   let count = 0;
 *   for await (const _visit of source.records("visits")) count++;
 *   return count;
 * }
 * typeof countVisits;
 * //=> "function"
 * ```
 */
export interface DatasetSource {
  readonly form: DatasetForm;
  /** The file or folder opened. */
  readonly path: string;
  /** The dataset's own fields: format, profile, period, reported, and any unknown ones (no collections). */
  readonly fields: () => Promise<unknown>;
  /** The records of a collection, in file order. Each collection can be read once. */
  readonly records: (collection: CollectionName) => AsyncIterable<unknown>;
  /** Where a path into the dataset lies, once its record has been read. */
  readonly locate: (path: readonly PathSegment[]) => FileLocation | undefined;
  /** How the files were read: encodings, delimiters (see {@link ReadNote}). */
  readonly notes: () => readonly ReadNote[];
  /** How many bytes of the files have been read so far, of how many: for a progress bar. */
  readonly bytes: () => { readonly read: number; readonly total: number };
}
