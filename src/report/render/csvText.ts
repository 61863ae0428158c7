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
 * A field quoted as RFC 4180 says: in double quotes, with its quotes doubled, when it holds
 * a delimiter, a quote or a line break; as it is otherwise.
 *
 * @internal
 */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record: the fields quoted as needed, joined with commas, ended with CRLF. A record
 * of a single empty field is written `""`, so that it is not read as a blank line.
 *
 * @internal
 */
export function csvRecord(cells: readonly string[]): string {
  if (cells.length === 1 && cells[0] === "") return `""${CSV_LINE_END}`;
  return cells.map(csvField).join(CSV_DELIMITER) + CSV_LINE_END;
}

