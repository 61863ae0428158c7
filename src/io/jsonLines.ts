import { createLineTable, type LineTable } from "./lineTable";

/**
 * The lines of a JSON document that matter for pointing at its contents: where the root
 * value starts, where each top-level key is, and where each element of the top-level arrays
 * named `collections` starts (lines from 1).
 *
 * @internal
 */
export interface JsonLines {
  readonly rootLine: number;
  readonly keyLine: (key: string) => number | undefined;
  readonly recordLine: (collection: string, index: number) => number | undefined;
}

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

/** Whether a character code is JSON white space. */
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Finds the lines of {@link JsonLines} in one pass over a text that `JSON.parse` accepted:
 * linear in the text, keeping 4 bytes per element of the arrays named and a number per
 * top-level key. For a key given twice, the last one counts, as in `JSON.parse`.
 *
 * @internal
 */
export function indexJsonLines(text: string, collections: readonly string[]): JsonLines {
  const keyLines = new Map<string, number>();
  const tables = new Map<string, LineTable>();
  let line = 1;
  let rootLine = 0;
  let depth = 0;
  // Inside the root object: whether a key comes next, and the last key read.
  let expectKey = false;
  let key: string | undefined;
  // Inside a top-level array that is a collection: its table, and whether an element starts next.
  let table: LineTable | undefined;
  let expectElement = false;

  const elementStarts = (): void => {
    if (depth === 2 && table !== undefined && expectElement) {
      table.push(line);
      expectElement = false;
    }
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      continue;
    }
    if (isSpace(c)) continue;
    if (rootLine === 0) rootLine = line;
    if (c === QUOTE) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
      if (depth === 1 && expectKey) {
        key = JSON.parse(text.slice(start, i + 1)) as string;
        keyLines.set(key, line);
        expectKey = false;
      } else elementStarts();
      continue;
    }
    if (c === 123 || c === 91) {
      // { or [
      elementStarts();
      if (depth === 0 && c === 123) expectKey = true;
      if (depth === 1 && c === 91 && key !== undefined && collections.includes(key)) {
        table = createLineTable(64);
        tables.set(key, table);
        expectElement = true;
      }
      depth++;
      continue;
    }
    if (c === 125 || c === 93) {
      // } or ]
      depth--;
      if (depth === 1) table = undefined;
      continue;
    }
    if (c === 44) {
      // ,
      if (depth === 1) expectKey = true;
      else if (depth === 2 && table !== undefined) expectElement = true;
      continue;
    }
    if (c === 58) continue; // :
    // A number, true, false or null: skip to its end.
    elementStarts();
    while (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1)) && !",]}".includes(text.charAt(i + 1))) i++;
  }
  return {
    rootLine: rootLine === 0 ? 1 : rootLine,
    keyLine: (name) => keyLines.get(name),
    recordLine: (collection, index) => tables.get(collection)?.at(index),
  };
}
