import { ReadError } from "./types";

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

const FIX: Readonly<Record<TextKind, string>> = {
  csv: "open it in Excel (or another spreadsheet) and save it as “CSV UTF-8”, or re-save it as UTF-8 in a text editor",
  json: "re-save it as UTF-8 (without conversion to another code page)",
};

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
    throw new ReadError("io.encoding", `${file} is UTF-16 text (Excel's “Unicode Text”), not UTF-8: ${FIX[kind]}`, at);
  }
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) {
    const fix = kind === "csv" ? "in Excel, use File → Save As → “CSV UTF-8”" : "export the data as JSON";
    throw new ReadError("io.binary", `${file} is an Excel workbook (or another zip archive), not a text file: ${fix}`, at);
  }
  const bomLength = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  refuseNul(bytes, file, 0);
  if (isUtf8(bytes.subarray(bomLength), complete)) return { encoding: "utf-8", bomLength };
  if (kind === "csv" && bomLength === 0 && looksLikeWindows1251(bytes)) return { encoding: "windows-1251", bomLength: 0 };
  if (complete && isUtf8(bytes.subarray(bomLength), false)) {
    const line = 1 + countNewlines(new TextDecoder("utf-8").decode(bytes));
    throw new ReadError("io.truncated", `${file} ends in the middle of a character: the file is cut off; is it complete?`, { file, line });
  }
  const decoded = new TextDecoder("utf-8").decode(bytes.subarray(bomLength));
  const line = 1 + countNewlines(decoded.slice(0, Math.max(0, decoded.indexOf("\uFFFD"))));
  throw new ReadError("io.encoding", `${file} is not UTF-8 text (line ${String(line)}): ${FIX[kind]}`, { file, line });
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
  const line = linesBefore + 1 + countNewlineBytes(bytes, at);
  throw new ReadError("io.binary", `${file} is not a text file: it holds a NUL byte (line ${String(line)}); export the data as “CSV UTF-8”, NDJSON or JSON`, { file, line });
}

/** A character outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** The number of `\n` in a text. */
function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/**
 * A decoder of a file's chunks to text in the encoding sniffed. A UTF-8 file whose bytes
 * so far were all ASCII may turn out to be Windows-1251 further on (the first chunk held only
 * codes and dates): the decoder then switches, which changes nothing already decoded, and
 * calls `onSwitch`. Otherwise bytes that are not UTF-8 throw a {@link ReadError}
 * (`io.encoding`, with the line), a NUL byte `io.binary` (with the line), and a file that
 * ends inside a character `io.truncated`.
 *
 * @internal
 */
export function createChunkDecoder(encoding: TextEncoding, file: string, kind: TextKind, onSwitch: () => void) {
  let current = encoding;
  let decoder = new TextDecoder(current, { fatal: current === "utf-8" });
  let asciiSoFar = true;
  let newlines = 0;
  const count = (text: string): string => {
    newlines += countNewlines(text);
    return text;
  };
  return {
    decode(chunk: Uint8Array): string {
      refuseNul(chunk, file, newlines);
      if (current === "windows-1251") return count(decoder.decode(chunk, { stream: true }));
      try {
        const text = decoder.decode(chunk, { stream: true });
        // A regular expression over the text is native speed; a callback per byte is not.
        if (asciiSoFar) asciiSoFar = !NON_ASCII.test(text);
        return count(text);
      } catch {
        if (kind === "csv" && asciiSoFar && looksLikeWindows1251(chunk)) {
          current = "windows-1251";
          decoder = new TextDecoder(current);
          onSwitch();
          return count(decoder.decode(chunk, { stream: true }));
        }
        const before = new TextDecoder("utf-8").decode(chunk);
        const line = newlines + 1 + countNewlines(before.slice(0, Math.max(0, before.indexOf("\uFFFD"))));
        throw new ReadError("io.encoding", `${file} is not UTF-8 text (line ${String(line)}): ${FIX[kind]}`, { file, line });
      }
    },
    end(): string {
      try {
        return count(decoder.decode());
      } catch {
        throw new ReadError("io.truncated", `${file} ends in the middle of a character: the file is cut off; is it complete?`, { file, line: newlines + 1 });
      }
    },
    get encoding(): TextEncoding {
      return current;
    },
  };
}
