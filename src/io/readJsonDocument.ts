import { isUtf8 } from "node:buffer";
import { jsonSyntaxProblem } from "./jsonSyntaxProblem";
import { readErrorOf } from "./fileErrors";
import { openRegularFile, readInto } from "./fileChunks";
import { READ_LIMITS } from "./readLimits";
import { createChunkDecoder, refuseNul, sniffEncoding } from "./textEncoding";
import { readError } from "../errors/errorMessage";
import { ReadError } from "../errors/ReadError";

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

/** How much of the file's start says what kind of text it is (UTF-16, a workbook, a byte-order mark). */
const HEAD_SIZE = 64 * 1024;

/** The refusal of a JSON file over {@link READ_LIMITS}' `jsonFileBytes`. */
function tooLarge(file: string, size: number): ReadError {
  const limit = READ_LIMITS.jsonFileBytes;
  return readError("io.too_large.json_file", { file, line: 0 }, { fileSize: size, fileBytes: size, limitSize: limit, limitBytes: limit });
}

/**
 * The bytes of a regular file, refused before they are read when the file is larger than
 * `limit` (its size from `fstat` of the file opened, and checked again by what is read, for a
 * file that grows meanwhile).
 */
async function readBounded(file: string, limit: number): Promise<Uint8Array> {
  const { handle, size } = await openRegularFile(file);
  try {
    if (size > limit) throw tooLarge(file, size);
    // One byte more than the size: a file that grew is read to its new end, up to the limit.
    let buffer = new Uint8Array(size + 1);
    let filled = await readInto(handle, buffer, 0);
    while (filled === buffer.length) {
      if (filled > limit) throw tooLarge(file, filled);
      const grown = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
      grown.set(buffer);
      buffer = grown;
      filled += await readInto(handle, buffer.subarray(filled), filled);
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    throw readErrorOf(error, file);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Why bytes that are not UTF-8 are refused, found by decoding them in chunks (never more than
 * a chunk's text at once): `io.encoding` with the line, or `io.truncated` for a file cut in
 * the middle of a character.
 */
function encodingError(bytes: Uint8Array, file: string): ReadError {
  const decoder = createChunkDecoder("utf-8", file, "json", () => undefined);
  try {
    for (let at = 0; at < bytes.length; at += HEAD_SIZE) decoder.decode(bytes.subarray(at, at + HEAD_SIZE));
    decoder.end();
  } catch (error) {
    if (error instanceof ReadError) return error;
  }
  return readError("io.encoding.json", { file, line: 1 });
}

/**
 * Reads and parses a JSON file, or throws a {@link ReadError} with one line for the user:
 * `io.not_found`, `io.unreadable` (also for a folder, FIFO, socket or device: refused before
 * it is read), `io.too_large` (over {@link READ_LIMITS}' `jsonFileBytes`, found from the
 * file's size before it is read), `io.empty`, `io.binary` (a NUL byte anywhere, with its
 * line), `io.encoding` (not UTF-8, with the line), or `io.bad_json` with the line and column
 * where the text breaks and what was expected there. A UTF-8 byte-order mark is allowed.
 *
 * @internal
 */
export async function readJsonDocument(file: string): Promise<JsonDocument> {
  const bytes = await readBounded(file, READ_LIMITS.jsonFileBytes);
  return parseJsonDocument(bytes, file);
}

/**
 * A JSON file's bytes parsed as {@link readJsonDocument} does, or the same
 * {@link ReadError}s (`file` names it in messages).
 *
 * @internal
 */
export function parseJsonDocument(bytes: Uint8Array, file: string): JsonDocument {
  if (bytes.length === 0) throw readError("io.empty.json", { file, line: 0 });
  const complete = bytes.length <= HEAD_SIZE;
  const { bomLength } = sniffEncoding(bytes.subarray(0, HEAD_SIZE), file, complete, "json");
  refuseNul(bytes, file, 0);
  const body = bytes.subarray(bomLength);
  if (!isUtf8(body)) throw encodingError(body, file);
  let text: string;
  try {
    text = new TextDecoder("utf-8").decode(body);
  } catch (error) {
    throw readErrorOf(error, file);
  }
  if (text.trim() === "") throw readError("io.empty.json", { file, line: 0 });
  try {
    return { value: JSON.parse(text) as unknown, text, bomRemoved: bomLength > 0, size: bytes.length };
  } catch {
    const problem = jsonSyntaxProblem(text);
    if (problem === undefined) throw readError("io.bad_json", { file, line: 0 });
    const at = { file, line: problem.line };
    if (problem.offset >= text.trimEnd().length) throw readError("io.truncated.json", at, { column: problem.column, expected: problem.expected });
    throw readError("io.bad_json.at", at, { column: problem.column, expected: problem.expected, found: problem.found });
  }
}
