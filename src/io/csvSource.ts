import path from "node:path";
import { Parser, type Options as CsvParseOptions } from "csv-parse";
import { parse as parseCsvText } from "csv-parse/sync";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { csvLayout, csvRecordValue, type CsvCell, type CsvLayout } from "./csvCells";
import { CSV_FILES } from "./csvColumns";
import { collectionFiles } from "./collectionFiles";
import { fileChunks, readHead } from "./fileChunks";
import { readFolderFields } from "./folderFields";
import { bomNote } from "./jsonSource";
import { readNote } from "./readNotes";
import { createLineTable, type LineTable } from "./lineTable";
import { READ_LIMITS } from "./readLimits";
import { createChunkDecoder, sniffEncoding, type TextEncoding } from "./textEncoding";
import { readError } from "../errors/errorMessage";
import { ReadError, type DatasetSource, type FileLocation, type ReadNote } from "./types";

/** How much of a file is read to find its encoding, delimiter and header (more when its header row is longer). */
const HEAD_SIZE = 256 * 1024;

/**
 * What the head of a CSV file says about reading the rest.
 *
 * @internal
 */
export interface CsvHead {
  readonly file: string;
  readonly size: number;
  readonly encoding: TextEncoding;
  readonly bomLength: number;
  readonly delimiter: "," | ";";
  readonly layout: CsvLayout;
  /** The line of the header (after any empty lines at the start). */
  readonly headerLine: number;
}

/**
 * The delimiter of a CSV file from its header line: `;` (Excel's in Russian and Kazakh
 * locales) when the line holds more semicolons than commas outside quotes, else `,`.
 *
 * @internal
 */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "\n" || c === "\r") break;
    else if (c === ",") commas++;
    else if (c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Where the first row of a CSV text ends (the index of its line break outside quotes), or
 * -1 when the text holds no line break outside quotes: the row goes on past it.
 *
 * @internal
 */
export function firstRowEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 10 || c === 13)) return i;
  }
  return -1;
}

const RECORD_DELIMITERS = ["\r\n", "\n", "\r"];

function parseOptions(delimiter: string): CsvParseOptions {
  return {
    delimiter,
    record_delimiter: RECORD_DELIMITERS,
    // A row is held whole until it ends: bounded, so that a row without end cannot take all memory.
    max_record_size: READ_LIMITS.csvRowCharacters,
    // Lines and rows are counted here (csv-parse's `info` and `cast` cost 25 % and 650 % of
    // its time). Empty lines are skipped by csv-parse and counted from its `info.empty_lines`:
    // as short rows, each would cost it an error object, 20 times the time of a row. A short
    // row of empty cells is skipped here as blank; a short row with values is judged here too.
    skip_empty_lines: true,
    relax_column_count_less: true,
  };
}

/** A row as csv-parse read it, and how many empty lines it had skipped by then. */
interface ParsedRow {
  readonly cells: CsvCell[];
  readonly emptyLines: number;
}

/**
 * A csv-parse parser that keeps the rows it reads in a list instead of passing them down its
 * stream: taken after each write, every row before an error in the text comes before the
 * error, however the text is cut (through the stream, an error could overtake rows still
 * buffered there).
 */
class RowParser extends Parser {
  rows: ParsedRow[] = [];

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) return super.push(null, encoding);
    this.rows.push({ cells: chunk as CsvCell[], emptyLines: this.info.empty_lines });
    return true;
  }
}

/** The header cells of a file's first record, trimmed. */
function headerOf(text: string, delimiter: string, file: string): string[] {
  let rows: unknown[][];
  try {
    rows = parseCsvText(text, { delimiter, record_delimiter: RECORD_DELIMITERS, to: 1, skip_empty_lines: true });
  } catch {
    throw readError("io.bad_csv.header", { file, line: 1 });
  }
  const header = rows[0];
  if (header === undefined) throw readError("io.empty.csv", { file, line: 0 });
  return header.map((name) => String(name).trim());
}

/** The refusal of a header row longer than {@link READ_LIMITS}' `csvHeaderBytes`, or with more columns than `csvColumns`. */
function headerTooLarge(file: string, line: number, columns?: number): ReadError {
  const at = { file, line };
  if (columns === undefined) return readError("io.too_large.csv_header_size", at, { limitSize: READ_LIMITS.csvHeaderBytes });
  return readError("io.too_large.csv_header_columns", at, { count: columns, limit: READ_LIMITS.csvColumns });
}

/**
 * The start of a CSV file, up to the end of its header row: the first 256 KB, or more when
 * the header row goes on past them, up to the header limit (then `io.too_large`).
 */
async function readHeaderBytes(file: string): Promise<{ readonly bytes: Uint8Array; readonly complete: boolean }> {
  let head = await readHead(file, HEAD_SIZE);
  if (head.complete) return head;
  for (let size = HEAD_SIZE * 4; ; size *= 4) {
    // The header row ends in the head (after any empty lines): enough is read.
    const text = new TextDecoder().decode(head.bytes);
    const start = /^(?:\r\n|\n|\r)*/.exec(text)?.[0].length ?? 0;
    if (firstRowEnd(text.slice(start)) >= 0 || head.complete) return head;
    if (head.bytes.length > READ_LIMITS.csvHeaderBytes) {
      throw headerTooLarge(file, 1 + countBreaks(text.slice(0, start)));
    }
    head = await readHead(file, Math.min(size, READ_LIMITS.csvHeaderBytes + 1));
  }
}

/**
 * What the head of a collection's CSV file says about reading the rest (`complete` when the
 * bytes are the whole file): its encoding and delimiter, noted, and its header, checked for
 * the required columns. Throws a {@link ReadError} for a file whose head cannot be read.
 *
 * @internal
 */
export function csvHeadOf(collection: CollectionName, file: string, size: number, { bytes, complete }: { readonly bytes: Uint8Array; readonly complete: boolean }, notes: ReadNote[]): CsvHead {
  if (bytes.length === 0) throw readError("io.empty.csv", { file, line: 0 });
  const { encoding, bomLength } = sniffEncoding(bytes, file, complete, "csv");
  if (bomLength > 0) notes.push(bomNote(file));
  if (encoding === "windows-1251") notes.push(windows1251Note(file));
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  // Empty lines before the header are skipped: csv-parse would take the first for the header.
  const headerLine = 1 + countBreaks(/^(?:\r\n|\n|\r)*/.exec(text)?.[0] ?? "");
  const delimiter = detectDelimiter(text);
  if (delimiter === ";") notes.push(readNote("io.delimiter_semicolon", file));
  const header = headerOf(text, delimiter, file);
  if (header.length > READ_LIMITS.csvColumns) {
    throw headerTooLarge(file, headerLine, header.length);
  }
  const layout = csvLayout(collection, header);
  if (!("header" in layout)) {
    if (layout.duplicated.length > 0) {
      throw readError("io.bad_csv.duplicate_columns", { file, line: 1 }, { columns: layout.duplicated });
    }
    const delimiterHint = header.length <= 1 && delimiter === ",";
    throw readError(delimiterHint ? "io.missing_columns.delimiter" : "io.missing_columns", { file, line: 1 }, { columns: layout.missing, count: layout.missing.length });
  }
  return { file, size, encoding, bomLength, delimiter, layout, headerLine };
}

function windows1251Note(file: string): ReadNote {
  return readNote("io.decoded_windows_1251", file);
}

/**
 * The line breaks in the cells of a record (CRLF, LF or CR each one), and how many of them
 * are CRLF: csv-parse counts a CRLF inside a quoted cell as two lines where a CRLF between
 * records is one, so the line of an error it reports is corrected by the latter.
 */
function breaksIn(cells: readonly CsvCell[]): { readonly lines: number; readonly crlfs: number } {
  let lines = 0;
  let crlfs = 0;
  for (const cell of cells) {
    if (cell.indexOf("\n") < 0 && cell.indexOf("\r") < 0) continue;
    lines += countBreaks(cell);
    for (let at = cell.indexOf("\r\n"); at >= 0; at = cell.indexOf("\r\n", at + 2)) crlfs++;
  }
  return { lines, crlfs };
}

/** The line breaks in a text: CRLF, LF or CR, each one. */
function countBreaks(text: string): number {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      breaks++;
      if (text.charCodeAt(i + 1) === 10) i++;
    } else if (c === 10) breaks++;
  }
  return breaks;
}

/**
 * A csv-parse error as a {@link ReadError} naming the file, line and column; `extraLines` is
 * what csv-parse's line count holds too many for the records before (see {@link breaksIn}).
 */
function csvReadError(error: unknown, head: CsvHead, recordStartLine: number, extraLines: number): ReadError {
  if (error instanceof ReadError) return error;
  const { code, lines, column, record } = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; lines?: unknown; column?: unknown; record?: unknown };
  const file = head.file;
  const line = typeof lines === "number" ? lines - extraLines : recordStartLine;
  const columnName = typeof column === "number" ? head.layout.header[column] : undefined;
  const at: FileLocation = { file, line, ...(columnName === undefined ? {} : { column: columnName }) };
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return readError("io.truncated.csv_quote", { file, line: recordStartLine });
    case "CSV_MAX_RECORD_SIZE":
      return readError("io.too_large.csv_row", { file, line: recordStartLine }, { limit: READ_LIMITS.csvRowCharacters });
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const cells = Array.isArray(record) ? record.length : undefined;
      const shape = { headerCells: head.layout.header.length, delimiter: head.delimiter };
      return cells === undefined ? readError("io.bad_csv.more_cells", { file, line }, shape) : readError("io.bad_csv.extra_cells", { file, line }, { cells, ...shape });
    }
    case "INVALID_OPENING_QUOTE":
      return readError("io.bad_csv.opening_quote", at);
    case "CSV_INVALID_CLOSING_QUOTE":
      return readError("io.bad_csv.closing_quote", at);
    default:
      return readError("io.bad_csv.parser", at, { detail: error instanceof Error ? error.message : "not valid CSV" });
  }
}

/** A row with fewer cells than the header, that is not blank. */
interface ShortRow {
  readonly line: number;
  readonly cells: number;
}

/** The error of a short row: `io.truncated` when it is the file's last, `io.bad_csv` otherwise. */
function shortRow(head: CsvHead, row: ShortRow, last: boolean): ReadError {
  const { file } = head;
  const expected = head.layout.header.length;
  const at = { file, line: row.line };
  return readError(last ? "io.truncated.csv_row" : "io.bad_csv.short_row", at, { cells: row.cells, headerCells: expected });
}

/**
 * Where each record of a collection's file starts: its line and its spreadsheet row.
 *
 * @internal
 */
export interface RecordPlaces {
  readonly lines: LineTable;
  readonly rows: LineTable;
}

/**
 * The records of a collection's CSV file, from its bytes after the byte-order mark as they
 * come in chunks (however they are cut), and its head as {@link csvHeadOf} read it: each
 * record's line and row are pushed to `at` as it is read, a switch to Windows-1251 noted in
 * `notes`. Throws a {@link ReadError} where the file cannot be read as CSV.
 *
 * @internal
 */
export async function* csvRecords(head: CsvHead, chunks: AsyncIterable<Uint8Array>, at: RecordPlaces, notes: ReadNote[]): AsyncGenerator<Record<string, unknown>, void, undefined> {
  const decoder = createChunkDecoder(head.encoding, head.file, "csv", () => notes.push(windows1251Note(head.file)));
  const parser = new RowParser({ ...parseOptions(head.delimiter), from_line: head.headerLine });
  // The error comes to each write's callback; without a listener, its 'error' event would crash the process.
  parser.on("error", () => undefined);
  const write = (text: string): Promise<Error | undefined> =>
    new Promise((resolve) => {
      if (text === "") resolve(undefined);
      else
        parser.write(text, (error) => {
          resolve(error ?? undefined);
        });
    });
  const end = (): Promise<Error | undefined> =>
    new Promise((resolve) => {
      parser.end((error?: Error | null) => {
        resolve(error ?? undefined);
      });
    });
  // The line the next record starts on, its row as a spreadsheet numbers them (the header is row 1).
  let line = head.headerLine;
  let row = head.headerLine - 1;
  // What csv-parse's line count holds too many (see breaksIn).
  let extraLines = 0;
  let short: ShortRow | undefined;
  // The empty lines csv-parse had skipped at the last row (those before the header do not count).
  let emptyLines: number | undefined;
  /** The records of the rows read so far. */
  function* recordsRead(): Generator<Record<string, unknown>> {
    const read = parser.rows;
    parser.rows = [];
    for (const { cells, emptyLines: skipped } of read) {
      // Each empty line skipped is a line and a row of the spreadsheet.
      line += skipped - (emptyLines ?? skipped);
      row += skipped - (emptyLines ?? skipped);
      emptyLines = skipped;
      const startLine = line;
      const breaks = breaksIn(cells);
      line += 1 + breaks.lines;
      extraLines += breaks.crlfs;
      row++;
      // A row of empty cells (Excel keeps some) is a blank row of the spreadsheet, not a record.
      const blank = cells.every((cell) => cell === "");
      if (row === head.headerLine) {
        // The header, read already with the file's head: the same cells, or the file changed meanwhile.
        if (cells.length !== head.layout.header.length) throw readError("io.bad_csv.header_changed", { file: head.file, line: startLine });
        continue;
      }
      if (blank) continue;
      if (short !== undefined) throw shortRow(head, short, false);
      if (cells.length < head.layout.header.length) {
        // Refused once it is known whether more follows: a cut-off file or a broken row.
        short = { line: startLine, cells: cells.length };
        continue;
      }
      at.lines.push(startLine);
      at.rows.push(row);
      yield csvRecordValue(head.layout, cells);
    }
  }
  try {
    for await (const chunk of chunks) {
      const failure = await write(decoder.decode(chunk));
      yield* recordsRead();
      if (failure !== undefined) throw failure;
    }
    const failure = (await write(decoder.end())) ?? (await end());
    yield* recordsRead();
    if (failure !== undefined) throw failure;
    if (short !== undefined) throw shortRow(head, short, true);
  } catch (error) {
    throw csvReadError(error, head, line, extraLines);
  } finally {
    parser.destroy();
  }
}

/**
 * Opens a folder of CSV files as a {@link DatasetSource}: `dataset.json`, then each
 * collection's file read as a stream, its encoding (UTF-8 with or without a byte-order mark,
 * or Windows-1251, decoded and noted) and delimiter (`,` or `;`) found from its start, and its
 * header checked for the required columns before any record is read. `locate` gives the
 * file, the line the record starts on, its row as a spreadsheet numbers it (the header is
 * row 1) and the column.
 *
 * @internal
 */
export async function openCsvFolder(folder: string): Promise<DatasetSource> {
  const own = await readFolderFields(folder, "csv");
  const found = await collectionFiles(folder, CSV_FILES);
  const notes: ReadNote[] = [...own.notes, ...found.notes];
  const heads = new Map<CollectionName, CsvHead>();
  let total = 0;
  for (const collection of COLLECTIONS) {
    const size = found.sizes.get(collection);
    if (size === undefined) continue;
    const file = path.join(folder, CSV_FILES[collection]);
    heads.set(collection, csvHeadOf(collection, file, size, await readHeaderBytes(file), notes));
    total += size;
  }
  const places = new Map<CollectionName, RecordPlaces>();
  let read = 0;
  async function* counted(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      read += chunk.length;
      yield chunk;
    }
  }
  return {
    form: "csv",
    path: folder,
    fields: () => Promise.resolve(own.value),
    records: (collection) => ({
      async *[Symbol.asyncIterator]() {
        const head = heads.get(collection);
        if (head === undefined) return;
        const at: RecordPlaces = { lines: createLineTable(), rows: createLineTable() };
        places.set(collection, at);
        yield* csvRecords(head, counted(fileChunks(head.file, head.bomLength)), at, notes);
      },
    }),
    locate: (where) => {
      const [first, index, ...rest] = where;
      const collection = COLLECTIONS.find((name) => name === first);
      if (collection === undefined) return own.locate(where);
      const head = heads.get(collection);
      if (head === undefined) return undefined;
      if (typeof index !== "number") return { file: head.file, line: 0 };
      const place = places.get(collection);
      const line = place?.lines.at(index);
      const row = place?.rows.at(index);
      if (line === undefined || row === undefined) return undefined;
      const column = head.layout.columnOf(rest);
      return { file: head.file, line, row, ...(column === undefined ? {} : { column }) };
    },
    notes: () => notes,
    bytes: () => ({ read, total }),
  };
}
