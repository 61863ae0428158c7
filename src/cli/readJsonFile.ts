import { readFile } from "node:fs/promises";
import { locateJsonSyntaxError } from "./locateJsonSyntaxError";

/** What went wrong reading a JSON file: one line for the user, and the exit code. */
export interface ReadFailure {
  readonly ok: false;
  readonly message: string;
}

/** The parsed JSON value of a file, or why it could not be read. */
export type ReadResult = { readonly ok: true; readonly value: unknown } | ReadFailure;

/** Line and column (both from 1) of a character offset in a text. */
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

function describeParseError(text: string): string {
  const found = locateJsonSyntaxError(text);
  if (found === undefined) return "not valid JSON";
  const { line, column } = lineAndColumn(text, found.offset);
  const at = found.offset >= text.length ? "the end of the file" : JSON.stringify(text.charAt(found.offset));
  return `not valid JSON: line ${String(line)}, column ${String(column)}: expected ${found.expected}, found ${at}`;
}

/** Reads and parses a JSON file (a UTF-8 byte-order mark is allowed). Never throws. */
export async function readJsonFile(path: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(code ?? error);
    return { ok: false, message: `cannot read ${path}: ${reason}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, message: `${path} is empty` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: `${path} is ${describeParseError(text)}` };
  }
}
