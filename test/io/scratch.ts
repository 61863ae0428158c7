// Helpers of the io tests (read*, write*, roundTrip, sources): temporary folders, reading a
// source whole, the CSV equivalences, a tiny CSV parser and writer of the tests' own (to make
// spreadsheet variants of files writeDataset wrote) and a Windows-1251 encoder. Nothing here
// comes from src/io, so that a bug there cannot hide itself in the expectations.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CollectionName } from "../../src/model/findUnknownKeys";
import { ReadError, type DatasetSource } from "../../src/io/types";

export const COLLECTIONS: readonly CollectionName[] = ["facilities", "visits", "recommendations", "accountability"];

/** A temporary folder for a test file, and fresh paths inside it; `remove` in afterAll. */
export function scratchFolder(prefix: string): { readonly root: string; readonly fresh: (name: string) => string; readonly remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), `opcat-${prefix}-`));
  let count = 0;
  return {
    root,
    fresh: (name) => join(root, `${String(++count)}-${name}`),
    remove: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The example dataset of the repository, parsed afresh (callers may change it). */
export function exampleDataset(): Record<string, unknown> & Record<CollectionName, Record<string, unknown>[]> {
  return JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8")) as Record<string, unknown> & Record<CollectionName, Record<string, unknown>[]>;
}

/** A source whose records are also kept, as they are read (to check what reportSource read). */
export function tapped(source: DatasetSource): { readonly source: DatasetSource; readonly read: Record<CollectionName, unknown[]> } {
  const read: Record<CollectionName, unknown[]> = { facilities: [], visits: [], recommendations: [], accountability: [] };
  return {
    read,
    source: {
      ...source,
      records: (collection) => ({
        async *[Symbol.asyncIterator]() {
          for await (const record of source.records(collection)) {
            read[collection].push(record);
            yield record;
          }
        },
      }),
    },
  };
}

/** A source read whole: its own fields and the records of the four collections, as one object. */
export async function collect(source: DatasetSource): Promise<Record<string, unknown>> {
  const fields = await source.fields();
  const dataset: Record<string, unknown> = { ...(fields as Record<string, unknown>) };
  for (const collection of COLLECTIONS) {
    const records: unknown[] = [];
    for await (const record of source.records(collection)) records.push(record);
    dataset[collection] = records;
  }
  return dataset;
}

/** The list fields that are optional, for which an empty list and no value are the same in CSV. */
const OPTIONAL_LISTS = new Set(["escalates", "history"]);

/**
 * A dataset as its CSV form keeps it (the documented equivalences): in each record, a null
 * value is no value, and so are the empty string and an empty optional list (`escalates`,
 * `history`). The dataset's own fields are kept exactly (they are in dataset.json).
 */
export function csvEquivalent(dataset: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(dataset)) as Record<string, unknown>;
  for (const collection of COLLECTIONS) {
    const records = copy[collection] as Record<string, unknown>[] | undefined;
    for (const record of records ?? []) {
      for (const [key, value] of Object.entries(record)) {
        if (value === null || value === "" || (OPTIONAL_LISTS.has(key) && Array.isArray(value) && value.length === 0)) delete record[key];
      }
    }
  }
  return copy;
}

/** The ReadError a promise rejects with (fails when it resolves or rejects with anything else). */
export async function readErrorOf(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error("expected a ReadError, but nothing was thrown");
}

// ----- a tiny CSV reader and writer, RFC 4180, of the tests' own -----

/** A cell as read: its text, and whether it was in double quotes. */
export interface TestCell {
  readonly text: string;
  readonly quoted: boolean;
}

/** The rows of a CSV text (`,` delimiter, CRLF, LF or CR record ends; a BOM is removed). */
export function parseTestCsv(input: string): TestCell[][] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const rows: TestCell[][] = [];
  let row: TestCell[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("parseTestCsv: unclosed quote");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text.charAt(i);
        i++;
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") cell += text.charAt(i++);
    }
    row.push({ text: cell, quoted });
    if (text[i] === ",") {
      i++;
      continue;
    }
    // The end of a record.
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else if (i < text.length) i++;
    rows.push(row);
    row = [];
  }
  return rows;
}

/**
 * CSV text of rows, with a delimiter and a line end: a cell is quoted when it was quoted and
 * is empty (the empty string), or holds the delimiter, a double quote or a line break.
 */
export function writeTestCsv(rows: readonly (readonly TestCell[])[], delimiter: "," | ";", lineEnd: "\r\n" | "\n"): string {
  const needsQuotes = (text: string): boolean => text.includes(delimiter) || /["\r\n]/.test(text);
  return rows
    .map(
      (row) =>
        row
          .map((cell) => ((cell.quoted && cell.text === "") || needsQuotes(cell.text) ? `"${cell.text.replaceAll('"', '""')}"` : cell.text))
          .join(delimiter) + lineEnd,
    )
    .join("");
}

// ----- Windows-1251, the legacy code page of Excel in Russian and Kazakh locales -----

/** The Windows-1251 byte of each character it has that the tests use: the Cyrillic block, Ёё, Іі. */
const CP1251 = new Map<string, number>([
  ["Ё", 0xa8],
  ["ё", 0xb8],
  ["І", 0xb2],
  ["і", 0xb3],
]);
for (let code = 0x410; code <= 0x44f; code++) CP1251.set(String.fromCharCode(code), 0xc0 + (code - 0x410));

/** Text encoded in Windows-1251 (ASCII as it is); throws for a character the table lacks. */
export function encode1251(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const code = char.charCodeAt(0);
    const byte = code < 0x80 ? code : CP1251.get(char);
    if (byte === undefined) throw new Error(`encode1251: no Windows-1251 byte for ${JSON.stringify(char)}`);
    bytes[i] = byte;
  }
  return bytes;
}

/** The Kazakh letters Windows-1251 lacks, each replaced by the Russian letter closest to it (і stays: 1251 has it). */
const KAZAKH_TO_1251: Readonly<Record<string, string>> = { Ә: "А", ә: "а", Ғ: "Г", ғ: "г", Қ: "К", қ: "к", Ң: "Н", ң: "н", Ө: "О", ө: "о", Ұ: "У", ұ: "у", Ү: "У", ү: "у", Һ: "Х", һ: "х" };

/** Text with the Kazakh letters outside Windows-1251 replaced (see {@link KAZAKH_TO_1251}). */
export function within1251(text: string): string {
  return Array.from(text, (char) => KAZAKH_TO_1251[char] ?? char).join("");
}
