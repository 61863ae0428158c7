import { readError, writeError } from "../errors/errorMessage";
import { OpcatError } from "../errors/OpcatError";
import { ReadError } from "../errors/ReadError";
import type { WriteError } from "../errors/WriteError";

// The one place where Node's errors (their `code`: ENOENT, EACCES, ...) are read: every call
// of the file system that fails becomes a ReadError or a WriteError here, and nothing else
// looks at a system code.

/** The `code` of a Node system error (`ENOENT`, ...), if it has one. */
function systemCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/**
 * Whether a Node error says that nothing is at the path (`ENOENT`).
 *
 * @internal
 */
export function isNothingThere(error: unknown): boolean {
  return systemCode(error) === "ENOENT";
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
  if (code === "ENOENT") return readError("io.not_found", at);
  if (code === "EISDIR") return readError("io.unreadable.folder", at, { cause: code });
  if (code === "EACCES" || code === "EPERM") return readError("io.unreadable.permission", at, { cause: code });
  if (code === "ERR_STRING_TOO_LONG" || code === "ERR_FS_FILE_TOO_LARGE" || error instanceof RangeError) return readError("io.too_large.string", at);
  return readError("io.unreadable.system", at, { cause: code ?? null, detail: code ?? (error instanceof Error ? error.message : String(error)) });
}

/**
 * A Node error met while writing `file`, as a {@link WriteError} with one line for the user:
 * `io.no_space` (the disk or quota is full), `io.not_permitted` (no permission, a read-only
 * file system), `io.target_not_folder` (a file where a folder belongs on the way to it),
 * `io.unwritable` (anything else, with the system's code). An OpcatError is returned as it is.
 *
 * @internal
 */
export function writeFault(error: unknown, file: string): OpcatError {
  if (error instanceof OpcatError) return error;
  const code = systemCode(error);
  const cause = { cause: code ?? null };
  if (code === "ENOSPC" || code === "EDQUOT") return writeError("io.no_space", file, cause);
  if (code === "EACCES" || code === "EPERM") return writeError("io.not_permitted.permission", file, cause);
  if (code === "EROFS") return writeError("io.not_permitted.read_only", file, cause);
  if (code === "ENOTDIR") return writeError("io.target_not_folder.in_the_way", file, cause);
  return writeError("io.unwritable", file, { ...cause, detail: code ?? (error instanceof Error ? error.message : String(error)) }) satisfies WriteError;
}
