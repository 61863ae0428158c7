import type { FileLocation } from "./describeLocation";
import type { ErrorCode } from "./errorCatalogue";
import { OpcatError } from "./OpcatError";

/**
 * The error of a file that cannot be read as a dataset: missing, empty, not text, not
 * valid JSON or NDJSON, truncated in the middle of a record, a CSV file whose header lacks
 * a required column. An {@link OpcatError} whose `message` is one line for the user (naming
 * the file and, where it applies, the line and column; English unless the reader was asked
 * for another language, see `errorMessage`), with a stable `code`, the `params` of the
 * message (`params.reason` says which cause of the code, see `ERROR_CATALOGUE`), and
 * the `location`.
 *
 * Codes: `io.not_found`, `io.empty`, `io.binary`, `io.encoding`, `io.bad_json`,
 * `io.truncated`, `io.missing_columns`, `io.unknown_form`, `io.not_a_list`; also `io.bad_csv`
 * (a CSV file whose structure is broken: a stray quote, more cells in a row than columns in
 * the header, a column name twice), `io.misplaced_records` (records in `dataset.json` of a
 * folder, which belong in the collection files), `io.misnamed_file` (a file whose name only
 * looks like a collection's, or `dataset.json`'s, where that file is missing), `io.too_large`
 * (over a limit of `READ_LIMITS`: a JSON file by its size, an NDJSON line, a CSV row or
 * header) and `io.unreadable` (the file exists but cannot be read: permissions, a folder,
 * FIFO, socket or device where a file was expected).
 *
 * @example
 * ```ts
 * import { OpcatError } from "opcat-npm";
 * import { ReadError } from "opcat-npm/io";
 *
 * const error = new ReadError("io.not_found", "cannot read data/visits.csv: no such file", { file: "data/visits.csv", line: 0 });
 * [error.code, error.message, error instanceof OpcatError];
 * //=> ["io.not_found", "cannot read data/visits.csv: no such file", true]
 * ```
 */
export class ReadError extends OpcatError {
  override readonly name: string = "ReadError";
  readonly location: FileLocation | undefined;

  constructor(code: ErrorCode, message: string, location?: FileLocation, params: Readonly<Record<string, unknown>> = {}) {
    // Strings as given; anything else is not text to show (an error type must not fail to be built).
    const text = typeof message === "string" ? message : "";
    let file: unknown;
    try {
      file = location?.file;
    } catch {
      // A location that cannot be read names no file.
    }
    super([{ code: typeof code === "string" ? code : "io.unreadable", path: [], message: text, params: { ...(typeof params === "object" ? params : {}), ...(typeof file === "string" ? { file } : {}) } }]);
    this.message = text;
    this.location = location;
  }
}
