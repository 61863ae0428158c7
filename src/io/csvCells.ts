import type { PathSegment } from "../errors/OpcatError";
import type { CollectionName } from "../model/findUnknownKeys";
import { csvColumns, HISTORY_SEPARATOR, LIST_SEPARATOR, type CsvColumn } from "./csvColumns";
import { isRawRecord } from "../validate/context";
import { readSpreadsheetText, type CsvValue } from "../csv/csvText";

/**
 * A cell read from CSV: its text. An empty cell, quoted or not, is no value: spreadsheets
 * write no other kind, and telling `""` apart would cost the parser 7 times its speed.
 *
 * @internal
 */
export type CsvCell = string;

/** The words spreadsheets write for true and false: Excel in English, Russian and Kazakh. */
const TRUE_WORDS = new Set(["true", "истина", "ақиқат"]);
const FALSE_WORDS = new Set(["false", "ложь", "жалған"]);

/**
 * The value of a non-empty cell of a column, by the column's kind. Text that does not read
 * as the kind (`3 people` for an integer, `14.02.2023` stays text for a date) is kept as it
 * is, for the validator to report with the value: reading never changes or drops a value.
 * List and history items are trimmed (`F-1; F-2` is two ids). In the columns of text (every
 * kind but integer and boolean), the marks `'` that keep a spreadsheet from reading text as a
 * formula are taken off (`'=1+1` is `=1+1`; see `spreadsheetText`).
 *
 * @internal
 */
export function cellValue(column: CsvColumn | undefined, text: string): unknown {
  switch (column?.kind) {
    case undefined:
      return text;
    case "text":
    case "code":
    case "date":
      return readSpreadsheetText(text);
    case "integer":
      return /^[+-]?\d{1,15}$/.test(text) ? Number(text) : text;
    case "boolean": {
      const word = text.toLowerCase();
      return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : text;
    }
    case "list":
      return readSpreadsheetText(text)
        .split(LIST_SEPARATOR)
        .map((item) => item.trim());
    case "history":
      return readSpreadsheetText(text)
        .split(LIST_SEPARATOR)
        .map((entry) => {
          const at = entry.lastIndexOf(HISTORY_SEPARATOR);
          return at < 0 ? { status: entry.trim() } : { status: entry.slice(0, at).trim(), on: entry.slice(at + 1).trim() };
        });
  }
}

/**
 * How the cells of a header's columns make a record: per column, the record's field, the
 * key inside a nested object (`trigger.kind`), and the contract's column (undefined for a
 * column the contract does not know, which becomes a field of that name, for the validator
 * to report as unknown).
 *
 * @internal
 */
export interface CsvLayout {
  readonly header: readonly string[];
  readonly columns: readonly (CsvColumn | undefined)[];
  /** The header of the column a path into a record (after the index) points at, if any. */
  readonly columnOf: (path: readonly PathSegment[]) => string | undefined;
}

/**
 * The layout of a collection's CSV header, or the problems that make it unreadable: names
 * given twice, required columns missing.
 *
 * @internal
 */
export function csvLayout(collection: CollectionName, header: readonly string[]): CsvLayout | { readonly duplicated: readonly string[]; readonly missing: readonly string[] } {
  const known = new Map(csvColumns(collection).map((column) => [column.name, column]));
  const seen = new Set<string>();
  const duplicated = header.filter((name) => (seen.has(name) ? true : (seen.add(name), false)));
  const missing = csvColumns(collection)
    .filter((column) => column.required && !seen.has(column.name))
    .map((column) => column.name);
  if (duplicated.length > 0 || missing.length > 0) return { duplicated, missing };
  const columns = header.map((name) => known.get(name));
  return {
    header,
    columns,
    columnOf(path) {
      const [field, key] = path;
      if (typeof field !== "string") return undefined;
      const nested = typeof key === "string" ? `${field}.${key}` : undefined;
      if (nested !== undefined && seen.has(nested)) return nested;
      if (seen.has(field)) return field;
      // A nested object as a whole (a trigger without its kind): its first column there is.
      return header.find((name) => known.get(name)?.field === field);
    },
  };
}

/**
 * The record of a CSV row: each non-empty cell as its column's value (see
 * {@link cellValue}); an empty cell is no value; the columns
 * of a nested object (`trigger.kind`, `trigger.receivedOn`) make one object. Keys come in
 * the header's order.
 *
 * @internal
 */
export function csvRecordValue(layout: CsvLayout, cells: readonly CsvCell[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j];
    if (cell === "" || cell === undefined) continue;
    const column = layout.columns[j];
    const value = cellValue(column, cell);
    if (column?.subfield === undefined) {
      const key = layout.header[j] ?? "";
      // A column named __proto__ is a field like any other (an assignment would set the prototype, or do nothing).
      if (key === "__proto__") Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
      else record[key] = value;
      continue;
    }
    const nested = (record[column.field] ??= {}) as Record<string, unknown>;
    nested[column.subfield] = value;
  }
  return record;
}

/**
 * Why a record cannot be written as a CSV row without losing something: the path of the
 * value (from the record) and what is wrong with it.
 *
 * @internal
 */
export interface CsvWriteProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** A value as JSON shows it (`undefined` and functions, which JSON lacks, as String does). */
function shown(value: unknown): string {
  return value === undefined || typeof value === "function" || typeof value === "symbol" ? String(value) : JSON.stringify(value);
}

// A CSV file is UTF-8 text: a lone surrogate has no UTF-8 form (it would be written as
// U+FFFD), and a NUL makes the file binary (the reader refuses it, io.binary).
const NOT_IN_CSV = /[\0\p{Cs}]/u;

/** Why a text cannot be in a CSV file exactly, if it cannot. */
function textProblem(value: string, path: readonly PathSegment[]): CsvWriteProblem | undefined {
  const found = NOT_IN_CSV.exec(value);
  if (found === null) return undefined;
  const what = found[0] === "\0" ? "a NUL character (U+0000)" : `a lone surrogate (U+${found[0].charCodeAt(0).toString(16).toUpperCase()}, half of a character)`;
  // Counted from 1 in UTF-16 code units, as the validator's schema.invalid_text counts it.
  return { path, message: `the text holds ${what} at position ${String(found.index + 1)}, which a CSV file (UTF-8 text) cannot hold; write JSON or NDJSON, or remove it` };
}

/** The value of a scalar of a column, or a problem. */
function scalarValue(column: CsvColumn, value: unknown, path: readonly PathSegment[]): string | number | CsvWriteProblem {
  switch (column.kind) {
    case "integer":
      if (typeof value === "number" && Number.isSafeInteger(value)) return value;
      break;
    case "boolean":
      if (typeof value === "boolean") return String(value);
      break;
    default:
      if (typeof value === "string") return textProblem(value, path) ?? value;
  }
  return { path, message: `${shown(value)} is not a ${column.kind} and cannot be written to the ${column.name} column` };
}

/** The text of a list item or history entry part: a string without the separators. */
function itemText(value: unknown, path: readonly PathSegment[], separators: string): string | CsvWriteProblem {
  if (typeof value !== "string") return { path, message: `${shown(value)} is not text and cannot be written to a list cell` };
  if (Array.from(separators).some((separator) => value.includes(separator)) || value !== value.trim() || value === "") {
    return { path, message: `${JSON.stringify(value)} cannot be written to a list cell: it is empty, has spaces around it, or holds “${separators}”` };
  }
  return textProblem(value, path) ?? value;
}

function listText(column: CsvColumn, value: unknown, path: readonly PathSegment[]): string | CsvWriteProblem {
  if (!Array.isArray(value)) return { path, message: `the ${column.name} column holds a list, not ${shown(value)}` };
  const items: string[] = [];
  for (let k = 0; k < value.length; k++) {
    const entry: unknown = value[k];
    if (column.kind === "list") {
      const text = itemText(entry, [...path, k], LIST_SEPARATOR);
      if (typeof text !== "string") return text;
      items.push(text);
      continue;
    }
    if (!isRawRecord(entry) || Object.keys(entry).some((key) => key !== "status" && key !== "on")) {
      return { path: [...path, k], message: `a history entry is written status${HISTORY_SEPARATOR}date; ${shown(entry)} has other fields` };
    }
    const status = itemText(entry["status"], [...path, k, "status"], LIST_SEPARATOR + HISTORY_SEPARATOR);
    if (typeof status !== "string") return status;
    const on = itemText(entry["on"], [...path, k, "on"], LIST_SEPARATOR + HISTORY_SEPARATOR);
    if (typeof on !== "string") return on;
    items.push(`${status}${HISTORY_SEPARATOR}${on}`);
  }
  return items.join(LIST_SEPARATOR);
}

const NO_VALUE = "";

/**
 * The cells of a record in the columns of its collection (integers as numbers, the rest as
 * text), or the first problem that stops it being written without loss: a field the CSV
 * layout has no column for, a value of the wrong type, a list item holding `;`, text with a
 * NUL or a lone surrogate. `null`, an absent value, the empty string and an empty list are
 * all an empty cell, and read back as absent.
 *
 * @internal
 */
export function recordCells(collection: CollectionName, record: unknown): CsvValue[] | CsvWriteProblem {
  if (!isRawRecord(record)) return { path: [], message: "a record is an object" };
  const { columns, fields, subfields } = writeLayoutOf(collection);
  for (const key of Object.keys(record)) {
    if (!fields.has(key)) return { path: [key], message: `the CSV form has no column for the field “${key}”; write JSON or NDJSON, or remove the field` };
  }
  const cells: CsvValue[] = [];
  for (const column of columns) {
    const outer = record[column.field];
    let value: unknown = outer;
    let path: readonly PathSegment[] = [column.field];
    if (column.subfield !== undefined) {
      const allowed = subfields.get(column.field) ?? [];
      // The nested object is checked once, at its first column.
      if (column.subfield === allowed[0] && outer !== null && outer !== undefined) {
        if (!isRawRecord(outer)) return { path, message: `${column.field} is an object` };
        const extra = Object.keys(outer).find((key) => !allowed.includes(key));
        if (extra !== undefined) return { path: [column.field, extra], message: `the CSV form has no column for “${column.field}.${extra}”` };
      }
      value = isRawRecord(outer) ? outer[column.subfield] : undefined;
      path = [column.field, column.subfield];
    }
    if (value === null || value === undefined) {
      cells.push(NO_VALUE);
      continue;
    }
    const cell = column.kind === "list" || column.kind === "history" ? listText(column, value, path) : scalarValue(column, value, path);
    if (typeof cell === "object") return cell;
    cells.push(cell);
  }
  // A row of empty cells is read as a blank row of the spreadsheet and skipped.
  if (cells.every((cell) => cell === NO_VALUE)) return { path: [], message: "a record with no value cannot be written as a CSV row (it would read as a blank row)" };
  return cells;
}

/** What writing a collection's records needs of its columns, found once rather than per record. */
interface WriteLayout {
  readonly columns: readonly CsvColumn[];
  /** The record fields that have a column. */
  readonly fields: ReadonlySet<string>;
  /** The keys of each nested object's columns, in column order (`trigger`: `kind`, `receivedOn`). */
  readonly subfields: ReadonlyMap<string, readonly string[]>;
}

const writeLayouts = new Map<CollectionName, WriteLayout>();

function writeLayoutOf(collection: CollectionName): WriteLayout {
  let layout = writeLayouts.get(collection);
  if (layout === undefined) {
    const columns = csvColumns(collection);
    const subfields = new Map<string, string[]>();
    for (const column of columns) if (column.subfield !== undefined) subfields.set(column.field, [...(subfields.get(column.field) ?? []), column.subfield]);
    layout = { columns, fields: new Set(columns.map((column) => column.field)), subfields };
    writeLayouts.set(collection, layout);
  }
  return layout;
}
