import { once } from "node:events";
import { finished } from "node:stream/promises";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { OpcatError, type PathSegment } from "../errors/OpcatError";
import type { Dataset } from "../model/dataset";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { recordCells } from "./csvCells";
import { CSV_FILES, csvColumns, DATASET_FIELDS_FILE } from "./csvColumns";
import { csvRecord, UTF8_BOM } from "../report/render/csvText";
import { ownFields } from "./jsonSource";
import { isRawRecord } from "../validate/context";
import { refuseExisting } from "./refuseExisting";
import { NDJSON_FILES } from "./ndjsonSource";
import type { DatasetForm, DatasetSource } from "./types";

/**
 * The options of {@link writeDataset}: the form to write, whether files that exist may be
 * replaced (by default they may not), and for CSV whether the files start with a UTF-8
 * byte-order mark (default true: Excel needs it to show Cyrillic).
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
}

/** Records to write: a dataset in memory, or a source read as it is written. */
type Records = (collection: CollectionName) => AsyncIterable<unknown> | Iterable<unknown>;

function isSource(data: Dataset | DatasetSource): data is DatasetSource {
  return typeof (data as { records?: unknown }).records === "function";
}

/** A file written under a temporary name, renamed when everything is written. */
interface PartialFile {
  readonly file: string;
  readonly partial: string;
  readonly stream: WriteStream;
}

function openPartial(file: string): PartialFile {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  return { file, partial, stream: createWriteStream(partial, { encoding: "utf8" }) };
}

async function write(target: PartialFile, text: string): Promise<void> {
  if (!target.stream.write(text)) await once(target.stream, "drain");
}

async function close(target: PartialFile): Promise<void> {
  target.stream.end();
  await finished(target.stream);
}

/**
 * Stops writing a file and waits until it is closed: a stream still opening its file would
 * otherwise create it after it was removed.
 */
async function discard(target: PartialFile): Promise<void> {
  target.stream.destroy();
  await finished(target.stream).catch(() => undefined);
}

function unwritable(collection: CollectionName, index: number, at: readonly PathSegment[], message: string): OpcatError {
  const where = [collection, index, ...at];
  return new OpcatError([{ code: "io.not_representable", path: where, message: `${where.map(String).join(".")}: ${message}`, params: {} }]);
}

/** Writes one collection's records to a file in a form, record by record. */
async function writeCollection(form: "csv" | "ndjson", collection: CollectionName, records: AsyncIterable<unknown> | Iterable<unknown>, target: PartialFile, bom: boolean): Promise<void> {
  if (form === "csv") await write(target, (bom ? UTF8_BOM : "") + csvRecord(csvColumns(collection).map((column) => column.name)));
  let index = 0;
  for await (const record of records) {
    if (form === "ndjson") {
      await write(target, `${JSON.stringify(record)}\n`);
    } else {
      const cells = recordCells(collection, record);
      if (!Array.isArray(cells)) throw unwritable(collection, index, cells.path, cells.message);
      await write(target, csvRecord(cells));
    }
    index++;
  }
}

/** Writes one JSON document: the own fields a line each, then each collection a record per line. */
async function writeJson(fields: unknown, records: Records, target: PartialFile): Promise<void> {
  const own = isRawRecord(fields) ? fields : {};
  await write(target, "{\n");
  let first = true;
  for (const [key, value] of Object.entries(own)) {
    if (value === undefined) continue;
    await write(target, `${first ? "" : ",\n"}  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    first = false;
  }
  for (const collection of COLLECTIONS) {
    await write(target, `${first ? "" : ",\n"}  ${JSON.stringify(collection)}: [`);
    first = false;
    let count = 0;
    for await (const record of records(collection)) {
      await write(target, `${count === 0 ? "\n" : ",\n"}    ${JSON.stringify(record)}`);
      count++;
    }
    await write(target, count === 0 ? "]" : "\n  ]");
  }
  await write(target, "\n}\n");
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
 * Each file is written under a temporary name and renamed when all are written, so a failure
 * leaves no half-written file. Rejects before writing anything when a file exists and
 * `overwrite` is not true (an `Error` with `code` `EEXIST`), and with an `OpcatError`
 * (`io.not_representable`, the record's path) when a record cannot be written as CSV without
 * loss: a field the layout has no column for, a value of the wrong type, a list item with `;`.
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
  const { form } = options;
  const given: unknown = form;
  if (given !== "json" && given !== "csv" && given !== "ndjson") {
    throw new OpcatError([{ code: "schema.invalid_value", path: ["form"], message: "form must be json, csv or ndjson", params: { value: given ?? null, expected: "json | csv | ndjson" } }]);
  }
  const source = isSource(data) ? data : undefined;
  const fields = source === undefined ? ownFields(data) : await source.fields();
  const records: Records = source === undefined ? (collection) => (data as Dataset)[collection] : (collection) => source.records(collection);
  const files =
    form === "json"
      ? [target]
      : [path.join(target, DATASET_FIELDS_FILE), ...COLLECTIONS.map((collection) => path.join(target, (form === "csv" ? CSV_FILES : NDJSON_FILES)[collection]))];
  if (options.overwrite !== true) await refuseExisting(files, "writeDataset");
  await mkdir(form === "json" ? path.dirname(target) : target, { recursive: true });
  const partials: PartialFile[] = [];
  try {
    if (form === "json") {
      const partial = openPartial(target);
      partials.push(partial);
      await writeJson(fields, records, partial);
    } else {
      const [fieldsFile, ...collectionFiles] = files;
      const own = openPartial(fieldsFile ?? DATASET_FIELDS_FILE);
      partials.push(own);
      await write(own, `${JSON.stringify(fields, null, 2)}\n`);
      for (const [k, collection] of COLLECTIONS.entries()) {
        const partial = openPartial(collectionFiles[k] ?? "");
        partials.push(partial);
        await writeCollection(form, collection, records(collection), partial, options.bom !== false);
      }
    }
    for (const partial of partials) await close(partial);
    for (const partial of partials) await rename(partial.partial, partial.file);
  } catch (error) {
    for (const partial of partials) {
      await discard(partial);
      await rm(partial.partial, { force: true });
    }
    throw error;
  }
  return files;
}
