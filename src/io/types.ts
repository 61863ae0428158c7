import type { PathSegment } from "../errors/OpcatError";
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
 * Where a record, or a value of it, lies in the files: the file, the line the record
 * starts on (from 1; 0 for the file as a whole), and for CSV the row as a spreadsheet
 * numbers it (the header is row 1, so the first record is row 2; a cell with line breaks
 * makes a record span several lines but one row) and the column (its header).
 *
 * @example
 * ```ts
 * import type { FileLocation } from "opcat-npm/io";
 *
 * const at: FileLocation = { file: "submission/visits.csv", line: 13, row: 13, column: "startedOn" };
 * at.column;
 * //=> "startedOn"
 * ```
 */
export interface FileLocation {
  readonly file: string;
  readonly line: number;
  readonly row?: number;
  readonly column?: string;
}

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

/**
 * The error of a file that cannot be read as a dataset: missing, empty, not text, not
 * valid JSON or NDJSON, truncated in the middle of a record, a CSV file whose header lacks
 * a required column. One line for the user (`message`, which names the file and, where it
 * applies, the line and column), a stable `code`, and the location.
 *
 * Codes: `io.not_found`, `io.empty`, `io.binary`, `io.encoding`, `io.bad_json`,
 * `io.truncated`, `io.missing_columns`, `io.unknown_form`; also `io.bad_csv` (a CSV file
 * whose structure is broken: a stray quote, more cells in a row than columns in the header,
 * a column name twice), `io.misplaced_records` (records in `dataset.json` of a folder, which
 * belong in the collection files), `io.misnamed_file` (a file whose name only looks like a
 * collection's, or `dataset.json`'s, where that file is missing), `io.too_large` (over a
 * limit of `READ_LIMITS`: a JSON file by its size, an NDJSON line, a CSV row or header) and
 * `io.unreadable` (the file exists but cannot be read: permissions, a folder, FIFO, socket or
 * device where a file was expected).
 *
 * @example
 * ```ts
 * import { ReadError } from "opcat-npm/io";
 *
 * const error = new ReadError("io.not_found", "cannot read data/visits.csv: no such file", { file: "data/visits.csv", line: 0 });
 * [error.code, error instanceof Error];
 * //=> ["io.not_found", true]
 * ```
 */
export class ReadError extends Error {
  override readonly name = "ReadError";
  readonly code: string;
  readonly location: FileLocation | undefined;

  constructor(code: string, message: string, location?: FileLocation) {
    // Strings as given; anything else is not text to show (an error type must not fail to be built).
    super(typeof message === "string" ? message : "");
    this.code = typeof code === "string" ? code : "io.unreadable";
    this.location = location;
  }
}
