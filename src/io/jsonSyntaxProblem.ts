import type { JsonExpectation } from "../errors/errorTexts";
import { locateJsonSyntaxError } from "./locateJsonSyntaxError";

/**
 * Line and column (both from 1) of a character offset in a text; lines end at `\n`.
 *
 * @internal
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where a text that `JSON.parse` refused breaks, for a message: the offset (or undefined
 * when the scanner finds nothing wrong), the line and column from 1, what was expected and
 * what was found there.
 *
 * @internal
 */
export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly expected: JsonExpectation;
  /** The character found, as a JSON string, or `end_of_file`. */
  readonly found: string;
}

/**
 * The syntax problem of a text that is not valid JSON, or undefined if none is found.
 *
 * @internal
 */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const failure = locateJsonSyntaxError(text);
  if (failure === undefined) return undefined;
  const { line, column } = lineAndColumn(text, failure.offset);
  const found = failure.offset >= text.length ? "end_of_file" : JSON.stringify(text.charAt(failure.offset));
  return { offset: failure.offset, line, column, expected: failure.expected, found };
}
