import path from "node:path";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { jsonSyntaxProblem } from "./jsonSyntaxProblem";
import { collectionFiles } from "./collectionFiles";
import { fileChunks, readHead } from "./fileChunks";
import { readFolderFields } from "./folderFields";
import { bomNote } from "./jsonSource";
import { createLineTable, type LineTable } from "./lineTable";
import { READ_LIMITS } from "./readLimits";
import { createChunkDecoder, sniffEncoding } from "./textEncoding";
import { readError } from "../errors/errorMessage";
import type { DatasetSource, ReadError, ReadNote } from "./types";

/**
 * The NDJSON file of each collection in a folder.
 *
 * @internal
 */
export const NDJSON_FILES: Readonly<Record<CollectionName, string>> = {
  facilities: "facilities.ndjson",
  visits: "visits.ndjson",
  recommendations: "recommendations.ndjson",
  accountability: "accountability.ndjson",
};

interface NdjsonFile {
  readonly file: string;
  readonly bomLength: number;
}

/** Why a line is not JSON: the error as it is, or as the file's last (cut off) record. */
class BadLine {
  constructor(
    readonly line: number,
    /** Whether the text breaks at its end, as a record cut off does. */
    readonly atEnd: boolean,
    readonly error: (last: boolean) => ReadError,
  ) {}
}

/** What a blank line holds: no record. */
const NO_RECORD: unique symbol = Symbol("no record");

/** Whether a line holds only white space (looked at up to its first other character). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10 && !/\s/.test(text.charAt(i))) return false;
  }
  return true;
}

/** The refusal of a line longer than {@link READ_LIMITS}' `lineCharacters`. */
function lineTooLong(file: string, line: number): ReadError {
  return readError("io.too_large.line", { file, line }, { limit: READ_LIMITS.lineCharacters });
}

/**
 * One line's record, or why it is not JSON (JSON.parse makes no BadLine, so the two cannot
 * be confused). A CR before the LF is not part of the record.
 */
function parseLine(raw: string, file: string, line: number): unknown {
  const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const problem = jsonSyntaxProblem(text);
    const column = problem?.column ?? 1;
    // The text is one line: where it ends is the line's end, not the file's.
    const at = { file, line };
    return new BadLine(line, problem !== undefined && problem.offset >= text.trimEnd().length, (last) => {
      if (problem === undefined) return readError("io.bad_json.ndjson_line", at);
      if (last) return readError("io.truncated.ndjson", at, { column, expected: problem.expected });
      return readError("io.bad_json.ndjson", at, { column, expected: problem.expected, found: problem.offset === text.length ? "end_of_line" : problem.found });
    });
  }
}

/**
 * The records of a collection's NDJSON file, from its bytes after the byte-order mark as they
 * come in chunks (however they are cut): blank lines skipped, each record's line pushed to
 * `table` as it is read. Throws a {@link ReadError} for a line that is not JSON (see
 * {@link openNdjsonFolder}) or bytes that are not UTF-8.
 *
 * @internal
 */
export async function* ndjsonRecords(file: string, chunks: AsyncIterable<Uint8Array>, table: LineTable): AsyncGenerator<unknown, void, undefined> {
  const decoder = createChunkDecoder("utf-8", file, "json", () => undefined);
  // The start of a line not ended yet, in pieces: joined once its end comes, so that a
  // long line costs its length, not its length times the number of chunks.
  let pending: string[] = [];
  let pendingLength = 0;
  let line = 0;
  // A line broken at its end: a cut-off file if no record follows, else a bad line.
  let broken: BadLine | undefined;
  const recordOf = (content: string): unknown => {
    if (isBlank(content)) return NO_RECORD;
    if (broken !== undefined) throw broken.error(false);
    table.push(line);
    const parsed = parseLine(content, file, line);
    if (!(parsed instanceof BadLine)) return parsed;
    if (!parsed.atEnd) throw parsed.error(false);
    broken = parsed;
    return NO_RECORD;
  };
  // A CR before the LF is the line's end, not part of it.
  const crAtEnd = (end: string): number => (end.endsWith("\r") || (end === "" && pending.at(-1)?.endsWith("\r") === true) ? 1 : 0);
  const lineOf = (end: string): string => {
    if (pendingLength + end.length - crAtEnd(end) > READ_LIMITS.lineCharacters) throw lineTooLong(file, line);
    if (pending.length === 0) return end;
    const content = pending.join("") + end;
    pending = [];
    pendingLength = 0;
    return content;
  };
  const recordsOf = function* (text: string, last: boolean): Generator {
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      line++;
      const record = recordOf(lineOf(text.slice(start, end)));
      start = end + 1;
      if (record !== NO_RECORD) yield record;
    }
    if (start < text.length) {
      const rest = text.slice(start);
      pending.push(rest);
      pendingLength += rest.length;
      // Up to the limit and a CR, whose LF may be in the next chunk.
      if (pendingLength > READ_LIMITS.lineCharacters + 1) throw lineTooLong(file, line + 1);
    }
    if (!last) return;
    if (pendingLength > 0) {
      line++;
      const record = recordOf(lineOf(""));
      if (record !== NO_RECORD) yield record;
    }
    if (broken !== undefined) throw broken.error(true);
  };
  for await (const chunk of chunks) yield* recordsOf(decoder.decode(chunk), false);
  yield* recordsOf(decoder.end(), true);
}

/**
 * Opens a folder of NDJSON files as a {@link DatasetSource}: `dataset.json`, then
 * `<collection>.ndjson`, one JSON record per line (blank lines skipped), read as a stream in
 * chunks, so that only the line at hand is held. UTF-8 only (a byte-order mark is allowed);
 * CRLF line ends are read as LF. A line that is not JSON is a {@link ReadError} with its
 * line and column (`io.bad_json`), or `io.truncated` when it is the file's last record and
 * breaks at its end (the file was cut off there); a line longer than
 * {@link READ_LIMITS}' `lineCharacters` is `io.too_large`, refused as soon as it is that long.
 * Time is linear in the file's size.
 *
 * @internal
 */
export async function openNdjsonFolder(folder: string): Promise<DatasetSource> {
  const own = await readFolderFields(folder, "ndjson");
  const found = await collectionFiles(folder, NDJSON_FILES);
  const notes: ReadNote[] = [...own.notes, ...found.notes];
  const files = new Map<CollectionName, NdjsonFile>();
  let total = 0;
  for (const collection of COLLECTIONS) {
    const file = path.join(folder, NDJSON_FILES[collection]);
    const size = found.sizes.get(collection);
    if (size === undefined) continue;
    total += size;
    const { bytes, complete } = await readHead(file, 64 * 1024);
    const { bomLength } = sniffEncoding(bytes, file, complete, "json");
    if (bomLength > 0) notes.push(bomNote(file));
    files.set(collection, { file, bomLength });
  }
  const lines = new Map<CollectionName, LineTable>();
  let read = 0;
  async function* counted(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      read += chunk.length;
      yield chunk;
    }
  }
  return {
    form: "ndjson",
    path: folder,
    fields: () => Promise.resolve(own.value),
    records: (collection) => ({
      async *[Symbol.asyncIterator]() {
        const source = files.get(collection);
        if (source === undefined) return;
        const table = createLineTable();
        lines.set(collection, table);
        yield* ndjsonRecords(source.file, counted(fileChunks(source.file, source.bomLength)), table);
      },
    }),
    locate: (where) => {
      const [first, index] = where;
      const collection = COLLECTIONS.find((name) => name === first);
      if (collection === undefined) return own.locate(where);
      const source = files.get(collection);
      if (source === undefined) return undefined;
      if (typeof index !== "number") return { file: source.file, line: 0 };
      const line = lines.get(collection)?.at(index);
      return line === undefined ? undefined : { file: source.file, line };
    },
    notes: () => notes,
    bytes: () => ({ read, total }),
  };
}
