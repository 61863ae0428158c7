import type { PathSegment } from "../errors/OpcatError";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { isRawRecord } from "../validate/context";
import { readErrorOf } from "./fileErrors";
import { bomNote, jsonDocumentSource } from "./jsonSource";
import type { LineTable } from "./lineTable";
import { createLineTable } from "./lineTable";
import { ndjsonRecords } from "./ndjsonSource";
import { sizeInWords } from "../errors/errorMessage";
import { READ_LIMITS } from "./readLimits";
import { parseJsonDocument } from "./readJsonDocument";
import { sniffEncoding } from "./textEncoding";
import { ReadError, type DatasetSource, type ReadNote } from "./types";
import { formatNumber } from "../text/numbers";

/**
 * How much of a stream's start decides how it is read: its encoding (as for a file's head)
 * and whether it is one JSON document or NDJSON lines.
 */
const HEAD_SIZE = 64 * 1024;

/** Whether text holds anything but JSON's white space. */
const NOT_BLANK = /[^ \t\r\n]/;

/**
 * The form of a stream from its first bytes (after a byte-order mark; `complete` when they
 * are all of it): NDJSON when its first line that is not blank is a JSON value by itself and
 * another line that is not blank follows it there; else one JSON document (a document
 * written over several lines does not end on its first line, and one written on a single
 * line is the whole stream).
 *
 * @internal
 */
export function streamForm(head: string): "json" | "ndjson" {
  const start = head.search(NOT_BLANK);
  if (start < 0) return "json";
  const end = head.indexOf("\n", start);
  if (end < 0 || !NOT_BLANK.test(head.slice(end + 1))) return "json";
  try {
    JSON.parse(head.slice(start, end));
    return "ndjson";
  } catch {
    return "json";
  }
}

/** Bytes from a stream as Uint8Array chunks (a stream set to text gives strings), its faults as ReadErrors. */
async function* bytesOf(chunks: AsyncIterable<unknown>, name: string): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    for await (const chunk of chunks) {
      if (chunk instanceof Uint8Array) yield chunk;
      else if (typeof chunk === "string") yield new TextEncoder().encode(chunk);
      else throw new ReadError("io.unreadable", `cannot read ${name}: it gave ${typeof chunk} where bytes were expected`, { file: name, line: 0 });
    }
  } catch (error) {
    throw readErrorOf(error, name);
  }
}

/** The refusal of a JSON document on a stream over {@link READ_LIMITS}' `jsonFileBytes`. */
function tooLarge(name: string, limit: number): ReadError {
  return new ReadError(
    "io.too_large",
    `${name} holds more than ${sizeInWords(limit)} (${formatNumber(limit, "en")} bytes), the most a JSON document can be, as it is read whole: send the data as NDJSON lines (the dataset's fields on the first line, then a record a line), which is read as a stream at any size`,
    { file: name, line: 0 },
  );
}

/** A description of a line's value for a message: `an object with the keys id, type`, `a list`. */
function described(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (!isRawRecord(value)) return `a ${typeof value}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return "an empty object";
  const shown = keys.slice(0, 4).map((key) => JSON.stringify(key)).join(", ");
  return `an object with the key${keys.length === 1 ? "" : "s"} ${shown}${keys.length > 4 ? ", …" : ""}`;
}

/** A record line's collection and record, or the refusal of a line that is not `{"<collection>": <record>}`. */
function recordOfLine(value: unknown, name: string, line: number): { readonly collection: CollectionName; readonly record: unknown } {
  const keys = isRawRecord(value) ? Object.keys(value) : [];
  const collection = COLLECTIONS.find((known) => known === keys[0]);
  if (keys.length === 1 && collection !== undefined && isRawRecord(value)) return { collection, record: value[collection] };
  throw new ReadError(
    "io.bad_json",
    `${name}, line ${String(line)}: each line after the first holds one record under the name of its collection, as {"visits": {…}} (${COLLECTIONS.join(", ")}); this line holds ${described(value)}`,
    { file: name, line },
    { reason: "stream_record" },
  );
}

/**
 * The source of the NDJSON form of a stream (see {@link openDatasetStream}): the first line
 * read at once (the dataset's own fields), then the record lines as the collections ask for
 * them, in the stream's order.
 */
async function ndjsonStreamSource(name: string, given: string, bytes: AsyncIterable<Uint8Array>, notes: readonly ReadNote[], counted: () => number): Promise<DatasetSource> {
  // ndjsonRecords keeps the line of each value it reads here; only the last one is needed.
  let lastLine = 0;
  const lineOfLast: LineTable = {
    push: (line) => {
      lastLine = line;
    },
    at: () => lastLine,
  };
  const values = ndjsonRecords(name, bytes, lineOfLast)[Symbol.asyncIterator]();
  const first = await values.next();
  const fields: unknown = first.done === true ? undefined : first.value;
  const fieldsLine = lastLine;
  if (isRawRecord(fields)) {
    const misplaced = COLLECTIONS.find((collection) => Object.hasOwn(fields, collection));
    if (misplaced !== undefined) {
      throw new ReadError(
        "io.misplaced_records",
        `${name}, line ${String(fieldsLine)}: the first line holds the dataset's own fields (format, profile, period, reported); “${misplaced}” belongs on lines of their own after it, a record each: {"${misplaced}": {…}}`,
        { file: name, line: fieldsLine },
        { reason: "stream_fields", collection: misplaced },
      );
    }
  }
  const lines = new Map<CollectionName, LineTable>();
  // The line read but not yet given: the first record of a collection after the one being read.
  let pending: { readonly collection: CollectionName; readonly record: unknown; readonly line: number } | undefined;
  // The collection of the last record line: a record of an earlier one after it is out of place.
  let reached = -1;
  let asked = -1;
  const nextLine = async (): Promise<typeof pending> => {
    const next = await values.next();
    if (next.done === true) return undefined;
    const line = lastLine;
    const { collection, record } = recordOfLine(next.value, name, line);
    const order = COLLECTIONS.indexOf(collection);
    if (order < reached) {
      const before = COLLECTIONS[reached] ?? "";
      throw new ReadError(
        "io.misplaced_records",
        `${name}, line ${String(line)}: a record of ${collection} after those of ${before}: the lines of each collection go together, in the order ${COLLECTIONS.join(", ")}`,
        { file: name, line },
        { reason: "stream_order", collection, before },
      );
    }
    reached = order;
    return { collection, record, line };
  };
  return {
    form: "ndjson",
    path: given,
    fields: () => Promise.resolve(fields),
    records: (collection) => ({
      async *[Symbol.asyncIterator]() {
        const order = COLLECTIONS.indexOf(collection);
        // A stream is read once, front to back: a collection asked for after a later one would find its lines gone.
        if (order <= asked) throw new Error(`the collections of a stream are read once each, in the order ${COLLECTIONS.join(", ")}`);
        asked = order;
        const table = createLineTable();
        lines.set(collection, table);
        for (;;) {
          const item = pending ?? (await nextLine());
          pending = undefined;
          if (item === undefined) return;
          const at = COLLECTIONS.indexOf(item.collection);
          if (at > order) {
            pending = item;
            return;
          }
          // Records of a collection not asked for (before this one) are passed over.
          if (at < order) continue;
          table.push(item.line);
          yield item.record;
        }
      },
    }),
    locate: (where: readonly PathSegment[]) => {
      const [first, index] = where;
      const collection = COLLECTIONS.find((known) => known === first);
      if (collection === undefined) return { file: name, line: fieldsLine };
      if (typeof index !== "number") return { file: name, line: 0 };
      const line = lines.get(collection)?.at(index);
      return line === undefined ? undefined : { file: name, line };
    },
    notes: () => notes,
    bytes: () => ({ read: counted(), total: 0 }),
  };
}

/**
 * Opens a dataset sent as a stream of bytes (the CLI's stdin, `opcat-npm validate -`) as a
 * {@link DatasetSource}, in either of the two forms a stream can hold, found from its first
 * 64 KB (see {@link streamForm}) unless `form` says it:
 *
 * - `json`: one JSON document, as a `.json` file holds it; read whole, at most
 *   {@link READ_LIMITS}' `jsonFileBytes` (refused with `io.too_large` as soon as more comes);
 * - `ndjson`: the dataset's own fields (format, profile, period, reported) on the first line,
 *   then a record a line under the name of its collection, `{"visits": {…}}`, the lines of
 *   each collection together, in the order facilities, visits, recommendations,
 *   accountability (a collection may have none); read as a stream, a line at most
 *   `lineCharacters` long. A record line is refused otherwise: `io.bad_json` for a line that
 *   is not one record under its collection's name, `io.misplaced_records` for a record after
 *   those of a later collection or a collection on the first line.
 *
 * The bytes are checked as a file's are (UTF-8 with or without a byte-order mark; UTF-16, a
 * workbook, a NUL byte or another encoding refused), and every message and location names
 * the stream as `name` (`stdin, line 12`). `given` is the source's `path`, as the user gave
 * it (`-`). A stream that fails is `io.unreadable`; an empty one `io.empty`. The records'
 * collections must be read in the order above, each once.
 *
 * @internal
 */
export async function openDatasetStream(chunks: AsyncIterable<unknown>, options: { readonly name: string; readonly given: string; readonly form?: "json" | "ndjson" | undefined; readonly jsonLimit?: number }): Promise<DatasetSource> {
  const { name, given } = options;
  const limit = options.jsonLimit ?? READ_LIMITS.jsonFileBytes;
  const stream = bytesOf(chunks, name)[Symbol.asyncIterator]();
  let read = 0;
  const head: Uint8Array[] = [];
  let done = false;
  while (read < HEAD_SIZE) {
    const next = await stream.next();
    if (next.done === true) {
      done = true;
      break;
    }
    head.push(next.value);
    read += next.value.length;
  }
  const start = Buffer.concat(head);
  const { bomLength } = sniffEncoding(start.subarray(0, HEAD_SIZE), name, done && start.length <= HEAD_SIZE, "json");
  const text = new TextDecoder("utf-8").decode(start.subarray(bomLength, HEAD_SIZE));
  if (done && start.length <= HEAD_SIZE && !NOT_BLANK.test(text)) throw new ReadError("io.empty", `${name} is empty`, { file: name, line: 0 });
  const form = options.form ?? streamForm(text);
  if (form === "json") {
    const parts: Uint8Array[] = [start];
    if (read > limit) throw tooLarge(name, limit);
    for (let next = done ? undefined : await stream.next(); next !== undefined && next.done !== true; next = await stream.next()) {
      read += next.value.length;
      if (read > limit) {
        await stream.return(undefined);
        throw tooLarge(name, limit);
      }
      parts.push(next.value);
    }
    const source = jsonDocumentSource(name, parseJsonDocument(Buffer.concat(parts), name));
    return { ...source, path: given };
  }
  async function* rest(): AsyncGenerator<Uint8Array, void, undefined> {
    try {
      yield start.subarray(bomLength);
      for (let next = done ? undefined : await stream.next(); next !== undefined && next.done !== true; next = await stream.next()) {
        read += next.value.length;
        yield next.value;
      }
    } finally {
      // A line refused before the end: the rest of the stream is not read (stdin is let go).
      await stream.return(undefined);
    }
  }
  return ndjsonStreamSource(name, given, rest(), bomLength > 0 ? [bomNote(name)] : [], () => read);
}
