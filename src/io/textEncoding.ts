import { readError } from "../errors/errorMessage";
import type { ReadError } from "../errors/ReadError";

/**
 * The encodings a text file is read in: UTF-8 (the contract's), or Windows-1251, the legacy
 * code page of Excel in Russian and Kazakh locales, decoded and noted.
 *
 * @internal
 */
export type TextEncoding = "utf-8" | "windows-1251";

/**
 * How the start of a file says it is to be read: its encoding and the length of the UTF-8
 * byte-order mark it starts with (0 or 3).
 *
 * @internal
 */
export interface SniffedEncoding {
  readonly encoding: TextEncoding;
  readonly bomLength: number;
}

/**
 * The kind of text a file holds: a spreadsheet's CSV (Windows-1251 is decoded; fixes are
 * said in Excel's terms) or JSON (UTF-8 only, as RFC 8259 requires).
 *
 * @internal
 */
export type TextKind = "csv" | "json";

/** Whether a byte is a letter of Windows-1251's Cyrillic block or one of its extra letters (Ё ё І і Ї ї Є є Ў ў). */
function isCyrillic1251(byte: number): boolean {
  return byte >= 0xc0 || byte === 0xa8 || byte === 0xb8 || byte === 0xb2 || byte === 0xb3 || byte === 0xaf || byte === 0xbf || byte === 0xaa || byte === 0xba || byte === 0xa1 || byte === 0xa2;
}

/**
 * Whether bytes that are not UTF-8 look like Cyrillic text in Windows-1251: nearly every
 * byte above 0x7F is a Cyrillic letter there, and most of them stand next to another one
 * (words, not the lone accented letters of Western European text in Windows-1252).
 *
 * @internal
 */
export function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyrillic = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    high++;
    if (!isCyrillic1251(byte)) continue;
    cyrillic++;
    const before = i > 0 ? (bytes[i - 1] ?? 0) : 0;
    const after = i + 1 < bytes.length ? (bytes[i + 1] ?? 0) : 0;
    if ((before >= 0x80 && isCyrillic1251(before)) || (after >= 0x80 && isCyrillic1251(after))) paired++;
  }
  return high > 0 && cyrillic >= 0.8 * high && paired >= 0.5 * cyrillic;
}

/** Whether bytes are valid UTF-8, allowing a character cut at the end when more is to come. */
function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a text file from its first bytes (`complete` when they are the whole
 * file): UTF-8, with or without a byte-order mark; Windows-1251 when the bytes are not UTF-8
 * but look like Cyrillic in that code page (see {@link looksLikeWindows1251}), for CSV only.
 * Throws a
 * {@link ReadError}: `io.binary` for an Excel workbook or a NUL byte (with its line),
 * `io.encoding` for UTF-16 and for anything else that is not UTF-8, each with how to fix it.
 *
 * @internal
 */
export function sniffEncoding(bytes: Uint8Array, file: string, complete: boolean, kind: TextKind): SniffedEncoding {
  const at = { file, line: 1 };
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw readError(`io.encoding.utf16_${kind}`, at);
  }
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) {
    throw readError(`io.binary.workbook_${kind}`, at);
  }
  const bomLength = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  refuseNul(bytes, file, 0);
  if (isUtf8(bytes.subarray(bomLength), complete)) return { encoding: "utf-8", bomLength };
  if (kind === "csv" && bomLength === 0 && looksLikeWindows1251(bytes)) return { encoding: "windows-1251", bomLength: 0 };
  if (complete && isUtf8(bytes.subarray(bomLength), false)) {
    const line = 1 + countNewlines(new TextDecoder("utf-8").decode(bytes));
    throw readError("io.truncated.character", { file, line });
  }
  const decoded = new TextDecoder("utf-8").decode(bytes.subarray(bomLength));
  const line = 1 + countNewlines(decoded.slice(0, Math.max(0, decoded.indexOf("\uFFFD"))));
  throw readError(`io.encoding.not_utf8_${kind}`, { file, line });
}

/** The number of LF bytes in `bytes` before `end`. */
function countNewlineBytes(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0 && at < end; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/**
 * Refuses bytes that hold a NUL (U+0000), wherever it is: no text file holds one, and a
 * value holding one could not be written back to CSV. `linesBefore` is the number of lines
 * before the bytes, for the NUL's line. Throws {@link ReadError} `io.binary` with the line.
 *
 * @internal
 */
export function refuseNul(bytes: Uint8Array, file: string, linesBefore: number): void {
  const at = bytes.indexOf(0);
  if (at < 0) return;
  throw nulError(file, linesBefore + 1 + countNewlineBytes(bytes, at));
}

/** The error of a NUL byte on a line. */
function nulError(file: string, line: number): ReadError {
  return readError("io.binary.nul", { file, line });
}

/** A character outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** The number of `\n` in a text. */
function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** How many bytes from the first that is not UTF-8 decide whether a CSV file is Windows-1251 after all (a chunk of the file's). */
const DECISION_WINDOW = 64 * 1024;

/** The bytes at the end of a valid UTF-8 stream that begin a character still to be completed (of its last 3 bytes). */
function unfinishedCharacter(tail: Uint8Array): Uint8Array {
  for (let from = tail.length - 1; from >= 0 && from >= tail.length - 3; from--) {
    const byte = tail[from] ?? 0;
    if (byte >= 0x80 && byte < 0xc0) continue; // a continuation byte: the character starts before
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > tail.length - from ? tail.subarray(from) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/**
 * The text of the longest start of bytes that is UTF-8, up to the first character that is not
 * (or is cut off), and that character's offset. A byte-order mark is removed at the start of
 * the file only (`atStart`), as the stream's decoder does.
 */
function utf8Start(bytes: Uint8Array, atStart: boolean): { readonly text: string; readonly end: number } {
  const isStart = (length: number): boolean => isUtf8(bytes.subarray(0, length), false);
  // Whether a start of the bytes is UTF-8 (allowing a character cut at its end) only turns false as it grows.
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (isStart(middle)) valid = middle;
    else invalid = middle;
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: !atStart }).decode(bytes.subarray(0, valid), { stream: true });
  const removed = atStart && valid >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text, end: removed + new TextEncoder().encode(text).length };
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/**
 * A decoder of a file's chunks to text in the encoding sniffed, giving the same text and the
 * same error however the file is cut into chunks. A UTF-8 file whose bytes before the first
 * that is not UTF-8 are all ASCII (the head held only codes and dates) may be Windows-1251 after
 * all: the next {@link DECISION_WINDOW} bytes decide (see {@link looksLikeWindows1251}), and
 * the decoder then switches, which changes nothing already decoded, and calls `onSwitch`.
 * Otherwise the text before the first byte that is not UTF-8 is given, and the next call throws
 * a {@link ReadError} (`io.encoding`, with that byte's line); a NUL byte is `io.binary` (with its
 * line), found in the same order; a file that ends inside a character is `io.truncated`.
 *
 * @internal
 */
export function createChunkDecoder(encoding: TextEncoding, file: string, kind: TextKind, onSwitch: () => void) {
  let current = encoding;
  let decoder = new TextDecoder(current, { fatal: current === "utf-8" });
  let asciiSoFar = true;
  let newlines = 0;
  // The last bytes decoded (up to 3), for the start of a character the decoder holds, and how many.
  let tail = new Uint8Array(0);
  let decoded = 0;
  // The bytes from the first that is not UTF-8 on, while they decide whether the file is Windows-1251.
  let held: Uint8Array[] | undefined;
  let heldLength = 0;
  // The error met, thrown by the next call (once the text before it has been given).
  let failure: ReadError | undefined;
  const count = (text: string): string => {
    newlines += countNewlines(text);
    return text;
  };
  const notUtf8 = (): ReadError => readError(`io.encoding.not_utf8_${kind}`, { file, line: newlines + 1 });
  /** Decides on the bytes held: decoded as Windows-1251, or the error. */
  const decide = (): string => {
    const window = concatBytes(held ?? []);
    held = undefined;
    if (!looksLikeWindows1251(window)) {
      failure = notUtf8();
      return "";
    }
    current = "windows-1251";
    decoder = new TextDecoder(current);
    onSwitch();
    return count(decoder.decode(window, { stream: true }));
  };
  /** One chunk decoded, with no NUL in it (decode finds those). */
  const decodeText = (chunk: Uint8Array): string => {
    if (current === "windows-1251") return count(decoder.decode(chunk, { stream: true }));
    if (held !== undefined) {
      // A copy: the caller may reuse a chunk's memory once it is decoded.
      held.push(Uint8Array.from(chunk));
      heldLength += chunk.length;
      return heldLength >= DECISION_WINDOW ? decide() : "";
    }
    try {
      const text = decoder.decode(chunk, { stream: true });
      tail = concatBytes([tail, chunk.subarray(Math.max(0, chunk.length - 3))]).slice(-3);
      decoded += chunk.length;
      // A regular expression over the text is native speed; a callback per byte is not.
      if (asciiSoFar) asciiSoFar = !NON_ASCII.test(text);
      return count(text);
    } catch {
      // The bytes from the character the decoder held: the text up to the first that is not UTF-8 is given first.
      const unfinished = unfinishedCharacter(tail);
      const bytes = concatBytes([unfinished, chunk]);
      const start = utf8Start(bytes, decoded === unfinished.length);
      const text = count(start.text);
      if (kind === "csv" && asciiSoFar && !NON_ASCII.test(start.text)) {
        held = [bytes.subarray(start.end)];
        heldLength = bytes.length - start.end;
        return heldLength >= DECISION_WINDOW ? text + decide() : text;
      }
      failure = notUtf8();
      return text;
    }
  };
  return {
    decode(chunk: Uint8Array): string {
      if (failure !== undefined) throw failure;
      const nul = chunk.indexOf(0);
      if (nul < 0) return decodeText(chunk);
      // The bytes before the NUL first (an encoding error there comes first), then the NUL's error
      // on the next call: the same outcome however the file is cut.
      let text = decodeText(chunk.subarray(0, nul));
      if (held !== undefined) text += decide();
      failure ??= nulError(file, newlines + 1);
      return text;
    },
    end(): string {
      const decided = held === undefined ? "" : decide();
      if (failure !== undefined) throw failure;
      try {
        return decided + count(decoder.decode());
      } catch {
        throw readError("io.truncated.character", { file, line: newlines + 1 });
      }
    },
    get encoding(): TextEncoding {
      return current;
    },
  };
}
