import type { Language } from "../model/language";

/**
 * Where a record, or a value of it, lies in the files: the file, the line the record
 * starts on (from 1; 0 for the file as a whole), and for CSV the row as a spreadsheet
 * numbers it (the header is row 1, so the first record is row 2; a cell with line breaks
 * makes a record span several lines but one row) and the column (its header).
 *
 * @example
 * ```ts
 * import type { FileLocation } from "opcat-npm/io";
 *
 * const at: FileLocation = { file: "submission/visits.csv", line: 13, row: 13, column: "startedOn" };
 * at.column;
 * //=> "startedOn"
 * ```
 */
export interface FileLocation {
  readonly file: string;
  readonly line: number;
  readonly row?: number;
  readonly column?: string;
}

const WHERE: Readonly<Record<Language, { readonly row: (row: number) => string; readonly column: (column: string) => string; readonly line: (line: number) => string }>> = {
  en: { row: (row) => `row ${String(row)}`, column: (column) => `column ${column}`, line: (line) => `line ${String(line)}` },
  ru: { row: (row) => `строка ${String(row)}`, column: (column) => `столбец ${column}`, line: (line) => `строка ${String(line)}` },
  kk: { row: (row) => `${String(row)}-жол`, column: (column) => `${column} бағаны`, line: (line) => `${String(line)}-жол` },
};

/**
 * Where a location is, in words of a language: `visits.csv, row 13, column startedOn`
 * (rows as a spreadsheet numbers them, the header row 1; lines count every line of the file from 1).
 *
 * @internal
 */
export function describeLocation(location: FileLocation, lang: Language): string {
  const words = WHERE[lang];
  const parts = [location.file];
  if (location.row !== undefined) parts.push(words.row(location.row));
  else if (location.line > 0) parts.push(words.line(location.line));
  if (location.column !== undefined) parts.push(words.column(location.column));
  return parts.join(", ");
}
