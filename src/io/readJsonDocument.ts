import { readFile } from "node:fs/promises";
import { jsonSyntaxProblem } from "./jsonSyntaxProblem";
import { readErrorOf } from "./fileErrors";
import { sniffEncoding } from "./textEncoding";
import { ReadError } from "./types";

/**
 * A JSON file read whole: its value, its text (without the byte-order mark, for finding
 * lines later) and whether a byte-order mark was removed.
 *
 * @internal
 */
export interface JsonDocument {
  readonly value: unknown;
  readonly text: string;
  readonly bomRemoved: boolean;
  /** The file's size in bytes. */
  readonly size: number;
}

/**
 * Reads and parses a JSON file, or throws a {@link ReadError} with one line for the user:
 * `io.not_found`, `io.unreadable`, `io.empty`, `io.binary`, `io.encoding` (not UTF-8), or
 * `io.bad_json` with the line and column where the text breaks and what was expected there.
 * A UTF-8 byte-order mark is allowed.
 *
 * @internal
 */
export async function readJsonDocument(file: string): Promise<JsonDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw readErrorOf(error, file);
  }
  return parseJsonDocument(bytes, file);
}

/**
 * A JSON file's bytes parsed as {@link readJsonDocument} does, or the same
 * {@link ReadError}s (`file` names it in messages).
 *
 * @internal
 */
export function parseJsonDocument(bytes: Uint8Array, file: string): JsonDocument {
  let text: string;
  if (bytes.length === 0) throw new ReadError("io.empty", `${file} is empty`, { file, line: 0 });
  const { bomLength } = sniffEncoding(bytes, file, true, "json");
  try {
    text = new TextDecoder("utf-8").decode(bytes.subarray(bomLength));
  } catch (error) {
    throw readErrorOf(error, file);
  }
  if (text.trim() === "") throw new ReadError("io.empty", `${file} is empty`, { file, line: 0 });
  try {
    return { value: JSON.parse(text) as unknown, text, bomRemoved: bomLength > 0, size: bytes.length };
  } catch {
    const problem = jsonSyntaxProblem(text);
    if (problem === undefined) throw new ReadError("io.bad_json", `${file} is not valid JSON`, { file, line: 0 });
    const where = `line ${String(problem.line)}, column ${String(problem.column)}`;
    if (problem.offset >= text.trimEnd().length) {
      throw new ReadError("io.truncated", `${file} ends in the middle of the document (${where}: expected ${problem.expected}): the file is cut off; is it complete?`, { file, line: problem.line });
    }
    throw new ReadError("io.bad_json", `${file} is not valid JSON: ${where}: expected ${problem.expected}, found ${problem.found}`, { file, line: problem.line });
  }
}
