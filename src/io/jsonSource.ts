import type { PathSegment } from "../errors/OpcatError";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { indexJsonLines, type JsonLines } from "./jsonLines";
import { readJsonDocument, type JsonDocument } from "./readJsonDocument";
import { readNote } from "./readNotes";
import { readError } from "../errors/errorMessage";
import { type DatasetSource, type FileLocation, type ReadNote } from "./types";
import { isRawRecord } from "../validate/context";

/**
 * The key of a source's whole document, for a form read whole (one JSON file): its
 * collections are part of the document, and must be there as arrays.
 *
 * @internal
 */
export const WHOLE_DOCUMENT: unique symbol = Symbol("the whole document");

/**
 * The whole document of a source read whole, or undefined for one read as a stream.
 *
 * @internal
 */
export function wholeDocumentOf(source: DatasetSource): unknown {
  return (source as { readonly [WHOLE_DOCUMENT]?: unknown })[WHOLE_DOCUMENT];
}

/**
 * A note that a byte-order mark was removed from a file.
 *
 * @internal
 */
export function bomNote(file: string): ReadNote {
  return readNote("io.bom_removed", file);
}

/**
 * The dataset's own fields of a parsed document: everything but the four collections (a
 * shallow copy, keys in document order). A value that is not an object is returned as it
 * is, for the validator to report.
 *
 * @internal
 */
export function ownFields(document: unknown): unknown {
  if (!isRawRecord(document)) return document;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(document)) {
    if (!(COLLECTIONS as readonly string[]).includes(key)) fields[key] = document[key];
  }
  return fields;
}

/**
 * Where a path into the dataset's own fields lies in a JSON file: the line of its top-level
 * key, or the line the document starts on.
 *
 * @internal
 */
export function locateOwnField(file: string, lines: JsonLines, path: readonly PathSegment[]): FileLocation {
  const key = path[0];
  const line = typeof key === "string" ? lines.keyLine(key) : undefined;
  return { file, line: line ?? lines.rootLine };
}

/**
 * Opens one JSON document as a {@link DatasetSource}: read and parsed whole (or a
 * {@link ReadError}), its own fields and the elements of its four arrays. `locate` gives
 * the line each record starts on, found on the first call by one pass over the text. A
 * collection that is absent yields no records; one that is not an array is a
 * {@link ReadError} `io.not_a_list` when its records are read (validateDataset on the whole
 * document reports it as `schema.invalid_type`).
 *
 * @internal
 */
export async function openJsonSource(file: string): Promise<DatasetSource> {
  return jsonDocumentSource(file, await readJsonDocument(file));
}

/**
 * A JSON document already read (see {@link readJsonDocument}) as the
 * {@link DatasetSource} of {@link openJsonSource}.
 *
 * @internal
 */
export function jsonDocumentSource(file: string, document: JsonDocument): DatasetSource {
  const value = document.value;
  const notes: readonly ReadNote[] = document.bomRemoved ? [bomNote(file)] : [];
  let lines: JsonLines | undefined;
  const linesOf = (): JsonLines => (lines ??= indexJsonLines(document.text, COLLECTIONS));
  const fields = ownFields(value);
  const source: DatasetSource & { readonly [WHOLE_DOCUMENT]: unknown } = {
    [WHOLE_DOCUMENT]: value,
    form: "json",
    path: file,
    fields: () => Promise.resolve(fields),
    records: (collection: CollectionName) => {
      const records = isRawRecord(value) ? value[collection] : undefined;
      const list: readonly unknown[] = Array.isArray(records) ? records : [];
      return {
        // An async iterable like the streamed forms' sources, over records already in memory.
        // eslint-disable-next-line @typescript-eslint/require-await
        async *[Symbol.asyncIterator]() {
          // Not a list: its records cannot be read one by one, and reading none would drop them (convert).
          if (records !== undefined && !Array.isArray(records)) {
            const line = linesOf().keyLine(collection) ?? linesOf().rootLine;
            throw readError("io.not_a_list", { file, line }, { collection, received: records === null ? "null" : typeof records });
          }
          for (const record of list) yield record;
        },
      };
    },
    locate: (path) => {
      const [first, index] = path;
      if ((COLLECTIONS as readonly unknown[]).includes(first) && typeof first === "string") {
        if (typeof index !== "number") return { file, line: linesOf().keyLine(first) ?? linesOf().rootLine };
        const line = linesOf().recordLine(first, index);
        return line === undefined ? undefined : { file, line };
      }
      return locateOwnField(file, linesOf(), path);
    },
    notes: () => notes,
    bytes: () => ({ read: document.size, total: document.size }),
  };
  return source;
}
