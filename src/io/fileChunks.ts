import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { readErrorOf } from "./fileErrors";
import { ReadError } from "./types";

/**
 * The size of the chunks a file is read in.
 *
 * @internal
 */
export const CHUNK_SIZE = 64 * 1024;

/**
 * The first bytes of a file (up to `size`), and whether they are the whole file. Node's
 * errors become {@link ReadError}s.
 *
 * @internal
 */
export async function readHead(file: string, size: number): Promise<{ readonly bytes: Uint8Array; readonly complete: boolean }> {
  let handle;
  try {
    handle = await open(file, "r");
    const buffer = new Uint8Array(size + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    return filled > size ? { bytes: buffer.subarray(0, size), complete: false } : { bytes: buffer.subarray(0, filled), complete: true };
  } catch (error) {
    throw readErrorOf(error, file);
  } finally {
    await handle?.close();
  }
}

/**
 * The bytes of a file from `start`, chunk by chunk, as a stream (nothing else is kept).
 * Node's errors become {@link ReadError}s; stopping early closes the file.
 *
 * @internal
 */
export async function* fileChunks(file: string, start = 0): AsyncGenerator<Uint8Array, void, undefined> {
  const stream = createReadStream(file, { start, highWaterMark: CHUNK_SIZE });
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
 * collection has no records). A folder in its place, or a file that cannot be read, is a
 * {@link ReadError}.
 *
 * @internal
 */
export async function collectionFileSize(file: string): Promise<number | undefined> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const failure = readErrorOf(error, file);
    if (failure.code === "io.not_found") return undefined;
    throw failure;
  }
  if (info.isDirectory()) throw new ReadError("io.unreadable", `cannot read ${file}: it is a folder, not a file`, { file, line: 0 });
  return info.size;
}
