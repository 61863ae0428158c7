import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { readErrorOf } from "./fileErrors";

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
