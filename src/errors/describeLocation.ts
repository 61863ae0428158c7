import { defineCatalogue, textOf } from "../text/catalogue";
import type { TextLanguage } from "../text/types";

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

// Row and line numbers are written as digits alone ("row 1234"), as a spreadsheet shows them.
/**
 * The words of a place in the files.
 *
 * @internal
 */
export const LOCATION_CATALOGUE = /* @__PURE__ */ defineCatalogue("locations", {
  row: { en: "row {row}", ru: "строка {row}", kk: "{row}-жол" },
  column: { en: "column {column}", ru: "столбец {column}", kk: "{column} бағаны" },
  line: { en: "line {line}", ru: "строка {line}", kk: "{line}-жол" },
});

/**
 * Where a location is, in words of a language: `visits.csv, row 13, column startedOn`
 * (rows as a spreadsheet numbers them, the header row 1; lines count every line of the file from 1).
 *
 * @internal
 */
export function describeLocation(location: FileLocation, lang: TextLanguage): string {
  const parts = [location.file];
  if (location.row !== undefined) parts.push(textOf(LOCATION_CATALOGUE, "row", lang, { row: String(location.row) }));
  else if (location.line > 0) parts.push(textOf(LOCATION_CATALOGUE, "line", lang, { line: String(location.line) }));
  if (location.column !== undefined) parts.push(textOf(LOCATION_CATALOGUE, "column", lang, { column: location.column }));
  return parts.join(", ");
}
