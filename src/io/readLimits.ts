/**
 * The limits of what the readers take, in one place: every reader checks these, and
 * docs/io.md lists them (a test compares the two). Anything over a limit is refused with
 * `io.too_large`, naming the file, where it is, the limit and what to do, before it costs
 * more time or memory than that limit allows.
 *
 * - `jsonFileBytes`: a JSON file (a dataset in one file, or a folder's `dataset.json`) is
 *   read whole, as one string: V8 cannot hold a string of more than 2^29 − 24 characters
 *   (about 512 Mi), and parsing takes several times the file's size in memory. Checked by the
 *   file's size before any of it is read. Larger datasets belong in an NDJSON folder, which is
 *   read as a stream.
 * - `lineCharacters`: one line of an NDJSON file, one record, is held whole while it is parsed.
 * - `csvRowCharacters`: one row of a CSV file (its cells together, quoted line breaks included).
 * - `csvHeaderBytes`, `csvColumns`: the header row of a CSV file is read before any record;
 *   a dataset's collection has fewer than 20 columns, so a header of thousands is not one.
 *
 * @example
 * ```ts
 * import { READ_LIMITS } from "opcat-npm/io";
 *
 * READ_LIMITS.lineCharacters;
 * //=> 16777216
 * READ_LIMITS.jsonFileBytes / (1024 * 1024);
 * //=> 500
 * ```
 */
export const READ_LIMITS = {
  /** The largest JSON file read, in bytes (500 MiB). */
  jsonFileBytes: 500 * 1024 * 1024,
  /** The longest NDJSON line, in characters (16 Mi), its line break not counted. */
  lineCharacters: 16 * 1024 * 1024,
  /** The longest CSV row, in characters (16 Mi). */
  csvRowCharacters: 16 * 1024 * 1024,
  /** The longest CSV header row, in bytes (1 MiB). */
  csvHeaderBytes: 1024 * 1024,
  /** The most columns a CSV header may name. */
  csvColumns: 10_000,
} as const;
