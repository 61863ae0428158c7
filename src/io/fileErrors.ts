import { ReadError } from "./types";

/** The `code` of a Node system error (`ENOENT`, ...), if it has one. */
function systemCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/**
 * A Node error met while reading `file`, as a {@link ReadError} with one line for the user:
 * `io.not_found` for a missing file, `io.too_large` for a file too large for one string
 * (which the size limits keep from happening), `io.unreadable` for anything else (a folder,
 * no permission). A ReadError is returned as it is.
 *
 * @internal
 */
export function readErrorOf(error: unknown, file: string): ReadError {
  if (error instanceof ReadError) return error;
  const code = systemCode(error);
  const at = { file, line: 0 };
  if (code === "ENOENT") return new ReadError("io.not_found", `cannot read ${file}: no such file`, at);
  if (code === "EISDIR") return new ReadError("io.unreadable", `cannot read ${file}: it is a folder, not a file`, at);
  if (code === "EACCES" || code === "EPERM") return new ReadError("io.unreadable", `cannot read ${file}: permission denied`, at);
  if (code === "ERR_STRING_TOO_LONG" || code === "ERR_FS_FILE_TOO_LARGE" || error instanceof RangeError) {
    return new ReadError("io.too_large", `cannot read ${file}: it is too large to read as one JSON document; write the data as NDJSON (a folder with a file per collection, one record per line), which is read as a stream`, at);
  }
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new ReadError("io.unreadable", `cannot read ${file}: ${reason}`, at);
}
