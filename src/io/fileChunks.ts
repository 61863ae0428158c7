import { constants, type Stats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import { isNothingThere, readErrorOf } from "./fileErrors";
import { readError } from "../errors/errorMessage";
import type { ErrorTextKey } from "../errors/errorTexts";
import type { ReadError } from "../errors/ReadError";

/**
 * The size of the chunks a file is read in.
 *
 * @internal
 */
export const CHUNK_SIZE = 64 * 1024;

/** The message of a path that is not a regular file, or undefined for a regular file. */
function notAFile(info: Stats): ErrorTextKey | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "io.unreadable.folder";
  if (info.isFIFO()) return "io.unreadable.fifo";
  if (info.isSocket()) return "io.unreadable.socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "io.unreadable.device";
  return "io.unreadable.not_regular";
}

/**
 * The refusal of a path that is not a regular file (a folder, a FIFO, a socket, a device), or
 * undefined for a regular file: `io.unreadable`, saying what it is.
 *
 * @internal
 */
export function refuseIfNotAFile(info: Stats, file: string): ReadError | undefined {
  const what = notAFile(info);
  return what === undefined ? undefined : readError(what, { file, line: 0 });
}

/**
 * Opens a file for reading, only if it is a regular file: opened without blocking (a FIFO
 * with no writer would wait forever), then what was opened is checked (`fstat`, not a `stat`
 * of the path, which could have been replaced in between). A folder, FIFO, socket or device
 * is refused with `io.unreadable`; Node's errors become {@link ReadError}s.
 *
 * @internal
 */
export async function openRegularFile(file: string): Promise<{ readonly handle: FileHandle; readonly size: number }> {
  let handle: FileHandle | undefined;
  try {
    // O_NONBLOCK is 0 where the system has none (Windows, which has no FIFOs to open either).
    handle = await open(file, constants.O_RDONLY | ((constants as { readonly O_NONBLOCK?: number }).O_NONBLOCK ?? 0));
    const info = await handle.stat();
    const refused = refuseIfNotAFile(info, file);
    if (refused !== undefined) throw refused;
    return { handle, size: info.size };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw readErrorOf(error, file);
  }
}

/**
 * Reads from an open file into `buffer` from `position` until it is full or the file ends;
 * the number of bytes read.
 *
 * @internal
 */
export async function readInto(handle: FileHandle, buffer: Uint8Array, position: number): Promise<number> {
  let filled = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) return filled;
    filled += bytesRead;
    if (filled === buffer.length) return filled;
  }
}

/**
 * The first bytes of a regular file (up to `size`), and whether they are the whole file.
 * Node's errors become {@link ReadError}s.
 *
 * @internal
 */
export async function readHead(file: string, size: number): Promise<{ readonly bytes: Uint8Array; readonly complete: boolean }> {
  const { handle } = await openRegularFile(file);
  try {
    const buffer = new Uint8Array(size + 1);
    const filled = await readInto(handle, buffer, 0);
    return filled > size ? { bytes: buffer.subarray(0, size), complete: false } : { bytes: buffer.subarray(0, filled), complete: true };
  } catch (error) {
    throw readErrorOf(error, file);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The bytes of a regular file from `start`, chunk by chunk, as a stream (nothing else is
 * kept). Node's errors become {@link ReadError}s; stopping early closes the file.
 *
 * @internal
 */
export async function* fileChunks(file: string, start = 0): AsyncGenerator<Uint8Array, void, undefined> {
  const { handle } = await openRegularFile(file);
  const stream = handle.createReadStream({ start, highWaterMark: CHUNK_SIZE, autoClose: true });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (error) {
    throw readErrorOf(error, file);
  } finally {
    stream.destroy();
  }
}

/**
 * The size of a collection's file in a folder, or undefined when there is none (the
 * collection has no records). A folder, FIFO, socket or device in its place, or a file that
 * cannot be read, is a {@link ReadError}.
 *
 * @internal
 */
export async function collectionFileSize(file: string): Promise<number | undefined> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    if (isNothingThere(error)) return undefined;
    throw readErrorOf(error, file);
  }
  const refused = refuseIfNotAFile(info, file);
  if (refused !== undefined) throw refused;
  return info.size;
}
