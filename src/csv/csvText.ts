/**
 * The byte-order mark that starts the CSV files written for people (the template): without
 * it, Excel reads UTF-8 as the legacy code page and shows Cyrillic as mojibake.
 *
 * @internal
 */
export const UTF8_BOM = "\uFEFF";

/**
 * The field delimiter of the CSV files written.
 *
 * @internal
 */
export const CSV_DELIMITER = ",";

/**
 * The line ending of the CSV files written (RFC 4180: CRLF).
 *
 * @internal
 */
export const CSV_LINE_END = "\r\n";

/**
 * The mark that makes a spreadsheet show a cell as text (`'=1+1` shows, and never runs).
 *
 * @internal
 */
export const TEXT_MARK = "'";

// Where a spreadsheet may start a cell: the start of the field, and after a `;` or a line
// break, where Excel in a locale whose list separator is `;` (Russian, Kazakh) starts a
// cell or a row when it opens a comma-separated file. There, text that begins (after
// spaces) with = + - @ or their full-width forms is a formula; at the start of the field,
// so is a tab, CR or LF (OWASP's list). Marks already there count as part of what is
// marked, so that a value that begins with the mark reads back as itself.
const FORMULA_AT_START = /'*(?:[\t\r\n]|[^\S\r\n]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/y;
const FORMULA_INSIDE = /'*[^\S\r\n]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/y;
const CELL_START_AFTER = /[;\r\n]/g;

/** Whether the text from `at` would be read as a formula, at the start of the field or inside it. */
function beginsFormula(text: string, at: number, fieldStart: boolean): boolean {
  const formula = fieldStart ? FORMULA_AT_START : FORMULA_INSIDE;
  formula.lastIndex = at;
  return formula.test(text);
}

/** The places in a text where a spreadsheet may start a cell (see above), in order. */
function cellStarts(text: string): number[] {
  const starts = [0];
  for (const found of text.matchAll(CELL_START_AFTER)) starts.push(found.index + 1);
  return starts;
}

/**
 * Text as it is written to a CSV cell, so that no spreadsheet runs it: at each place where a
 * cell may start, text that would begin a formula gets the mark `'` before it, which Excel
 * and LibreOffice show as text. {@link readSpreadsheetText} takes the marks off again:
 * `readSpreadsheetText(spreadsheetText(text)) === text` for every string.
 *
 * @internal
 */
export function spreadsheetText(text: string): string {
  // Most text has no place to mark: checked without building anything.
  if (!beginsFormula(text, 0, true) && !/[;\r\n]/.test(text)) return text;
  let marked = "";
  let from = 0;
  for (const at of cellStarts(text)) {
    if (!beginsFormula(text, at, at === 0)) continue;
    marked += text.slice(from, at) + TEXT_MARK;
    from = at;
  }
  return marked + text.slice(from);
}

/**
 * The text a cell written by {@link spreadsheetText} holds: each mark `'` it put (one
 * followed by what would begin a formula, where a cell may start) taken off; any other `'`
 * is text.
 *
 * @internal
 */
export function readSpreadsheetText(cell: string): string {
  if (!cell.includes(TEXT_MARK)) return cell;
  let text = "";
  let from = 0;
  for (const at of cellStarts(cell)) {
    if (cell[at] !== TEXT_MARK || !beginsFormula(cell, at + 1, at === 0)) continue;
    text += cell.slice(from, at);
    from = at + 1;
  }
  return text + cell.slice(from);
}

/**
 * A number as a plain decimal, never in exponent notation (`1e-7` is `0.0000001`), with
 * every digit JavaScript needs to read the same number back.
 *
 * @internal
 */
export function decimalText(value: number): string {
  const text = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (exponent === null) return text;
  const [, sign = "", lead = "", fraction = "", power = "0"] = exponent;
  const digits = lead + fraction;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A value of a CSV cell: text (written so that a spreadsheet shows it, see
 * {@link spreadsheetText}), a number (a plain decimal, see {@link decimalText}: `-5` stays the
 * number −5), or null (an empty cell).
 *
 * @internal
 */
export type CsvValue = string | number | null;

/**
 * A field quoted as RFC 4180 says: in double quotes, with its quotes doubled, when it holds
 * a delimiter (`,`), a quote or a line break; as it is otherwise.
 *
 * @internal
 */
export function csvField(text: string): string {
  return quotedField(text, CSV_DELIMITER);
}

/** A field quoted when it holds the delimiter, a quote or a line break. */
function quotedField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * How a CSV file writes its cells: the field delimiter and the decimal sign of numbers. The
 * files read by spreadsheets in Russian and Kazakh locales take `;` and `,` (Excel's list
 * separator and decimal sign there); the default is `,` and `.`.
 *
 * @internal
 */
export interface CsvFormat {
  readonly delimiter: "," | ";";
  readonly decimal: "." | ",";
}

const DEFAULT_FORMAT: CsvFormat = { delimiter: CSV_DELIMITER, decimal: "." };

/** The text of a cell's value. */
function cellText(value: CsvValue, decimal: CsvFormat["decimal"]): string {
  if (value === null) return "";
  if (typeof value === "string") return spreadsheetText(value);
  // −0 keeps its sign, so that it reads back as itself.
  const text = Object.is(value, -0) ? "-0" : decimalText(value);
  return decimal === "." ? text : text.replace(".", decimal);
}

/**
 * One CSV record: each value as its cell's text (see {@link CsvValue}), quoted as needed,
 * joined with commas, ended with CRLF. A record of a single empty field is written `""`, so
 * that it is not read as a blank line.
 *
 * @internal
 */
export function csvRecord(values: readonly CsvValue[]): string {
  return formattedCsvRecord(values, DEFAULT_FORMAT);
}

/**
 * One CSV record as {@link csvRecord} writes it, in a {@link CsvFormat}: joined with its
 * delimiter, numbers with its decimal sign.
 *
 * @internal
 */
export function formattedCsvRecord(values: readonly CsvValue[], format: CsvFormat): string {
  if (values.length === 1 && (values[0] === "" || values[0] === null)) return `""${CSV_LINE_END}`;
  return values.map((value) => quotedField(cellText(value, format.decimal), format.delimiter)).join(format.delimiter) + CSV_LINE_END;
}
