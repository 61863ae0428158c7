import path from "node:path";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { jsonSyntaxProblem } from "./jsonSyntaxProblem";
import { collectionFileSize, fileChunks, readHead } from "./fileChunks";
import { readFolderFields } from "./folderFields";
import { bomNote } from "./jsonSource";
import { createLineTable, type LineTable } from "./lineTable";
import { createChunkDecoder, sniffEncoding } from "./textEncoding";
import { ReadError, type DatasetSource, type ReadNote } from "./types";

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

/** A line of white space only. */
const BLANK = /^\s*$/;

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
    const found = problem?.offset === text.length ? "the end of the line" : problem?.found;
    const detail = problem === undefined ? "" : `, column ${String(column)}: expected ${problem.expected}, found ${found ?? ""}`;
    return new BadLine(line, problem !== undefined && problem.offset >= text.trimEnd().length, (last) =>
      last && problem !== undefined
        ? new ReadError("io.truncated", `${file}, line ${String(line)}: the last record is cut off (expected ${problem.expected} at column ${String(column)}): is the file complete?`, { file, line })
        : new ReadError("io.bad_json", `${file}, line ${String(line)}${detail} (each line of an NDJSON file is one JSON record)`, { file, line }),
    );
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
  let pending = "";
  let line = 0;
  // A line broken at its end: a cut-off file if no record follows, else a bad line.
  let broken: BadLine | undefined;
  const recordOf = (content: string): unknown => {
    if (BLANK.test(content)) return NO_RECORD;
    if (broken !== undefined) throw broken.error(false);
    table.push(line);
    const parsed = parseLine(content, file, line);
    if (!(parsed instanceof BadLine)) return parsed;
    if (!parsed.atEnd) throw parsed.error(false);
    broken = parsed;
    return NO_RECORD;
  };
  const recordsOf = function* (text: string, last: boolean): Generator {
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      line++;
      const content = text.slice(start, end);
      start = end + 1;
      const record = recordOf(content);
      if (record !== NO_RECORD) yield record;
    }
    pending = text.slice(start);
    if (!last) return;
    if (pending !== "") {
      line++;
      const record = recordOf(pending);
      if (record !== NO_RECORD) yield record;
    }
    if (broken !== undefined) throw broken.error(true);
  };
  for await (const chunk of chunks) yield* recordsOf(pending + decoder.decode(chunk), false);
  yield* recordsOf(pending + decoder.end(), true);
}

/**
 * Opens a folder of NDJSON files as a {@link DatasetSource}: `dataset.json`, then
 * `<collection>.ndjson`, one JSON record per line (blank lines skipped), read as a stream in
 * chunks, so that only the line at hand is held. UTF-8 only (a byte-order mark is allowed);
 * CRLF line ends are read as LF. A line that is not JSON is a {@link ReadError} with its
 * line and column (`io.bad_json`), or `io.truncated` when it is the file's last record and
 * breaks at its end (the file was cut off there).
 *
 * @internal
 */
export async function openNdjsonFolder(folder: string): Promise<DatasetSource> {
  const own = await readFolderFields(folder, "ndjson");
  const notes: ReadNote[] = [...own.notes];
  const files = new Map<CollectionName, NdjsonFile>();
  let total = 0;
  for (const collection of COLLECTIONS) {
    const file = path.join(folder, NDJSON_FILES[collection]);
    const size = await collectionFileSize(file);
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
