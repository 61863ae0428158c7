import path from "node:path";
import { readFields, throwIfProblems } from "../errors/optionProblems";
import type { ErrorCode } from "../errors/errorCatalogue";
import { writeError } from "../errors/errorMessage";
import { WriteError } from "../errors/WriteError";
import { OpcatError, type PathSegment } from "../errors/OpcatError";
import type { Dataset } from "../model/dataset";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { recordCells } from "./csvCells";
import { CSV_FILES, csvColumns, DATASET_FIELDS_FILE } from "./csvColumns";
import { csvRecord, UTF8_BOM } from "../csv/csvText";
import { ownFields } from "./jsonSource";
import { jsonText } from "./jsonText";
import { isRawRecord } from "../validate/context";
import { NDJSON_FILES } from "./ndjsonSource";
import type { DatasetForm, DatasetSource } from "./types";
import { writeFiles, writerFileSystem, type FileSink } from "./writeFiles";

/**
 * The options of {@link writeDataset}: the form to write, whether files that exist may be
 * replaced (by default they may not), for CSV whether the files start with a UTF-8
 * byte-order mark (default true: Excel needs it to show Cyrillic), and a signal that stops
 * the writing (nothing is left: see {@link writeDataset}).
 *
 * @example
 * ```ts
 * import type { WriteDatasetOptions } from "opcat-npm/io";
 *
 * const options: WriteDatasetOptions = { form: "csv", overwrite: true };
 * options.form;
 * //=> "csv"
 * ```
 */
export interface WriteDatasetOptions {
  readonly form: DatasetForm;
  readonly overwrite?: boolean | undefined;
  readonly bom?: boolean | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Records to write: a dataset in memory, or a source read as it is written. */
type Records = (collection: CollectionName) => AsyncIterable<unknown> | Iterable<unknown>;

function isSource(data: object): data is DatasetSource {
  return typeof (data as { records?: unknown }).records === "function";
}

function unwritable(at: readonly PathSegment[], message: string): WriteError {
  return new WriteError([{ code: "io.not_representable", path: at, message: `${at.length === 0 ? "the dataset" : at.map(String).join(".")}: ${message}`, params: {} }]);
}

function badArgument(code: ErrorCode, at: readonly PathSegment[], message: string, params: Readonly<Record<string, unknown>>): OpcatError {
  return new OpcatError([{ code, path: at, message, params }]);
}

/** A value as one line of JSON, or the error of what JSON cannot hold exactly, at `at`. */
function jsonLine(value: unknown, at: readonly PathSegment[], indent = 0): string {
  const text = jsonText(value, indent);
  if (typeof text !== "string") throw unwritable([...at, ...text.path], text.message);
  return text;
}

/** The cells of a record (see recordCells), or the problem; a record that cannot even be read (a revoked proxy) is one too. */
function csvCells(collection: CollectionName, record: unknown): ReturnType<typeof recordCells> {
  try {
    return recordCells(collection, record);
  } catch (error) {
    return { path: [], message: `the record cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Writes one collection's records to a file in a form, record by record. */
async function writeCollection(form: "csv" | "ndjson", collection: CollectionName, records: AsyncIterable<unknown> | Iterable<unknown>, target: FileSink, bom: boolean): Promise<void> {
  if (form === "csv") await target.write((bom ? UTF8_BOM : "") + csvRecord(csvColumns(collection).map((column) => column.name)));
  let index = 0;
  for await (const record of records) {
    if (form === "ndjson") {
      await target.write(`${jsonLine(record, [collection, index])}\n`);
    } else {
      const cells = csvCells(collection, record);
      if (!Array.isArray(cells)) throw unwritable([collection, index, ...cells.path], cells.message);
      await target.write(csvRecord(cells));
    }
    index++;
  }
}

/** Writes one JSON document: the own fields a line each, then each collection a record per line. */
async function writeJson(fields: unknown, records: Records, target: FileSink): Promise<void> {
  const own = isRawRecord(fields) ? fields : {};
  await target.write("{\n");
  let first = true;
  for (const [key, value] of Object.entries(own)) {
    if (value === undefined) continue;
    await target.write(`${first ? "" : ",\n"}  ${JSON.stringify(key)}: ${jsonLine(value, [key])}`);
    first = false;
  }
  for (const collection of COLLECTIONS) {
    await target.write(`${first ? "" : ",\n"}  ${JSON.stringify(collection)}: [`);
    first = false;
    let count = 0;
    for await (const record of records(collection)) {
      await target.write(`${count === 0 ? "\n" : ",\n"}    ${jsonLine(record, [collection, count])}`);
      count++;
    }
    await target.write(count === 0 ? "]" : "\n  ]");
  }
  await target.write("\n}\n");
}

/**
 * Refuses a folder that holds the collection files of the other folder form: with both, the
 * folder could not be read (`io.unknown_form`). Removing the user's files is not a writer's
 * business, even with `overwrite`.
 */
async function refuseOtherForm(folder: string, form: "csv" | "ndjson"): Promise<void> {
  const names = await writerFileSystem.readdir(folder).catch(() => [] as string[]);
  const other = form === "csv" ? NDJSON_FILES : CSV_FILES;
  const found = COLLECTIONS.map((collection) => other[collection]).filter((name) => names.includes(name));
  if (found.length === 0) return;
  const target = path.join(folder, found[0] ?? "");
  throw writeError("io.target_other_form", target, { folder, other: form === "csv" ? "NDJSON" : "CSV", names: found.join(", "), found });
}

/**
 * Writes a dataset in a form (see {@link DatasetForm}), record by record: from a dataset in
 * memory, or from a {@link DatasetSource} (as `openDataset` gives), so that converting a file
 * larger than memory holds one record at a time.
 *
 * - `json`: one file at `target`: the dataset's own fields a line each, then each collection
 *   with a record per line;
 * - `csv`: the folder `target` with `dataset.json` (the own fields) and the four CSV files,
 *   with the header of every column of the layout (see `openDataset`), comma delimiter, CRLF,
 *   and a byte-order mark unless `bom` is false. `null`, an absent value, the empty string and
 *   an empty list are all an empty cell, and read back as absent;
 * - `ndjson`: the folder `target` with `dataset.json` and `<collection>.ndjson`, a record per line.
 *
 * Lossless or refused: each file is written under a hidden temporary name beside its target
 * and renamed over it once every file is written, so a failure (the disk full, no
 * permission, the source breaking, `signal` aborted) leaves no file and no change. Rejects
 * with an `OpcatError`, writing nothing, for:
 *
 * - a target in the way: a file that exists without `overwrite: true` (`io.target_exists`),
 *   a file where the folder goes (`io.target_not_folder`), a folder where a file goes
 *   (`io.target_is_folder`), a folder holding a dataset of the other folder form
 *   (`io.target_other_form`), and, for a source, a target that is the source's path or
 *   inside it, links resolved, even with `overwrite` (`io.target_is_input`);
 * - a record that the form cannot hold exactly (`io.not_representable`, with its path from
 *   the dataset, `["visits", 3, "teamSize"]`): in CSV a field the layout has no column for, a
 *   value of the wrong type, a list item with `;`, text with a NUL or a lone surrogate; in
 *   any form a value JSON does not have (a cycle, `NaN`, a `Map`, a function, undefined in a
 *   list). Values nested to any depth are written exactly;
 * - a fault of the file system (`io.no_space`, `io.not_permitted`, `io.unwritable`).
 *
 * CSV text cells that a spreadsheet would read as a formula (`=1+1`) are written with the
 * mark `'` before them, which reading takes off (see docs/io.md).
 * Returns the paths written (for a folder: `dataset.json` first, then the collections).
 *
 * @example
 * ```ts
 * import { mkdtempSync, readFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { civilDate, type Dataset } from "opcat-npm";
 * import { writeDataset } from "opcat-npm/io";
 *
 * const dataset: Dataset = {
 *   format: "opcat-npm/dataset@1",
 *   profile: "kz",
 *   period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *   facilities: [{ id: "F-1", name: "ИВС, Астана", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *   visits: [],
 *   recommendations: [],
 *   accountability: [],
 * };
 * const folder = join(mkdtempSync(join(tmpdir(), "opcat-")), "csv");
 * const written = await writeDataset(dataset, folder, { form: "csv", bom: false });
 * written.length;
 * //=> 5
 * readFileSync(join(folder, "facilities.csv"), "utf8");
 * //=> "id,name,type,agency,region,capacity,openedOn,closedOn\r\nF-1,\"ИВС, Астана\",temporary_detention_facility,interior,KZ-71,,,\r\n"
 * ```
 */
export async function writeDataset(data: Dataset | DatasetSource, target: string, options: WriteDatasetOptions): Promise<string[]> {
  const read = readFields(options, ["form", "overwrite", "bom", "signal"], "options", true);
  throwIfProblems(read.problems);
  const given: unknown = read.fields;
  const form: unknown = read.fields["form"];
  if (form !== "json" && form !== "csv" && form !== "ndjson") {
    throw badArgument("schema.invalid_value", ["form"], "form must be json, csv or ndjson", { value: typeof form === "string" ? form : null, expected: "json | csv | ndjson" });
  }
  if (typeof target !== "string" || target === "") throw badArgument("schema.invalid_type", ["target"], "the target is a path: a file (json) or a folder (csv, ndjson)", { expected: "string" });
  const input: unknown = data;
  if (typeof input !== "object" || input === null) throw badArgument("schema.invalid_type", [], "writeDataset writes a dataset (an object) or a DatasetSource", { expected: "object" });
  let source: DatasetSource | undefined;
  let fields: unknown;
  const inMemory: Partial<Record<CollectionName, unknown>> = {};
  try {
    source = isSource(input) ? input : undefined;
    if (source === undefined) {
      fields = ownFields(input);
      // Each collection read once: a getter cannot answer the check and the writing differently.
      for (const collection of COLLECTIONS) inMemory[collection] = (input as Readonly<Record<string, unknown>>)[collection];
    }
  } catch {
    throw badArgument("schema.unreadable", [], "the dataset could not be read: a getter or proxy threw", { argument: "data" });
  }
  if (source === undefined) {
    for (const collection of COLLECTIONS) {
      if (!Array.isArray(inMemory[collection])) throw badArgument("schema.invalid_type", [collection], `${collection} is not a list of records`, { expected: "array" });
    }
  } else {
    fields = await source.fields();
  }
  const records: Records = source === undefined ? (collection) => inMemory[collection] as readonly unknown[] : (collection) => source.records(collection);
  const folder = form === "json" ? path.dirname(target) : target;
  const names = form === "json" ? [path.basename(target)] : [DATASET_FIELDS_FILE, ...COLLECTIONS.map((collection) => (form === "csv" ? CSV_FILES : NDJSON_FILES)[collection])];
  if (form !== "json") await refuseOtherForm(folder, form);
  const { overwrite, bom, signal } = given as WriteDatasetOptions;
  return writeFiles(folder, names, { overwrite: overwrite === true, input: source?.path, signal }, async ([own, ...collections]) => {
    if (own === undefined) return;
    if (form === "json") {
      await writeJson(fields, records, own);
      return;
    }
    await own.write(`${jsonLine(fields, [], 2)}\n`);
    for (const [k, collection] of COLLECTIONS.entries()) {
      const sink = collections[k];
      if (sink !== undefined) await writeCollection(form, collection, records(collection), sink, bom !== false);
    }
  });
}

/**
 * Writes a dataset read from a source as one stream of text, for a pipe (`opcat-npm convert
 * <data> --to ndjson --out -`): `json` as {@link writeDataset} writes a JSON file; `ndjson` in
 * the form a stream holds (see `openDatasetStream`): the dataset's own fields on the first
 * line, then each record on a line of its own under the name of its collection,
 * `{"visits":{…}}`, the collections in their order. The text goes to `write` in pieces of
 * about 64 KB. Rejects as writeDataset does for a value JSON cannot hold exactly
 * (`io.not_representable`); returns the number of records written.
 *
 * @internal
 */
export async function writeDatasetStream(source: DatasetSource, form: "json" | "ndjson", write: (text: string) => void | Promise<void>): Promise<number> {
  let pending = "";
  let records = 0;
  const sink: FileSink = {
    write: async (text) => {
      pending += text;
      if (pending.length < 64 * 1024) return;
      const piece = pending;
      pending = "";
      await write(piece);
    },
  };
  const counted: Records = (collection) => ({
    async *[Symbol.asyncIterator]() {
      for await (const record of source.records(collection)) {
        records++;
        yield record;
      }
    },
  });
  const fields = await source.fields();
  if (form === "json") await writeJson(fields, counted, sink);
  else {
    await sink.write(`${jsonLine(isRawRecord(fields) ? fields : {}, [])}\n`);
    for (const collection of COLLECTIONS) {
      let index = 0;
      for await (const record of counted(collection)) await sink.write(`{${JSON.stringify(collection)}:${jsonLine(record, [collection, index++])}}\n`);
    }
  }
  if (pending !== "") await write(pending);
  return records;
}
