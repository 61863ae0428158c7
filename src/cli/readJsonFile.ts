import { readFile } from "node:fs/promises";
import { describeJsonSyntaxError, lineAndColumn } from "../io/describeJsonSyntaxError";

// The line/column description of a JSON syntax error is shared with opcat-npm/io.
export { lineAndColumn };

/** What went wrong reading a JSON file: one line for the user, and the exit code. */
export interface ReadFailure {
  readonly ok: false;
  readonly message: string;
}

/** The parsed JSON value of a file, or why it could not be read. */
export type ReadResult = { readonly ok: true; readonly value: unknown } | ReadFailure;

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
    return { ok: false, message: `${path} is ${describeJsonSyntaxError(text)}` };
  }
}
