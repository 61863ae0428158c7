// What a terminal would act on instead of showing: C0 controls but the line feed and the tab,
// DEL, the C1 controls (U+009B is a one-character CSI), the bidi marks, embeddings, overrides
// and isolates (they reorder what is printed after them), the line and paragraph separators,
// and lone surrogates (printed as U+FFFD, which would hide what the data holds).
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made safe to print on a terminal: each character a terminal would act on (an escape
 * sequence's ESC, CR, BEL, C1 controls, bidi overrides and isolates, lone surrogates) is
 * written as its JSON escape `\uXXXX`, visibly, instead of being sent; line feeds and tabs
 * stay. Since the escape is JSON's, the JSON the CLI prints stays valid JSON with the same
 * values (JSON.stringify leaves C1 controls and bidi characters raw, and writes no others
 * outside strings). Idempotent: the escapes are plain ASCII.
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** A bug's message as one line: its line breaks (and the spaces around them) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\n\r\u2028\u2029]\s*/g, " ").trim();
}

/**
 * A message that quotes data (a file name, a cell) as one line safe for a terminal: as
 * {@link terminalText}, and a line feed shown as `\u000A` too, since it may be the data's.
 */
export function terminalLine(text: string): string {
  return terminalText(text).replaceAll("\n", "\\u000A");
}

/** Writes text as it is: text the CLI composed with its own escape sequences, its data made safe already. */
export interface VerbatimWriters {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Whether an error is a write to a pipe whose reader has gone (`| head`). */
export function isBrokenPipe(error: unknown): boolean {
  try {
    return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "EPIPE";
  } catch {
    return false;
  }
}

/** Why writing failed, in a few words: the system's code (ENOSPC) when there is one, else the message. */
export function writeFailure(error: unknown): string {
  try {
    const { code, message } = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; message?: unknown };
    if (typeof code === "string" && code !== "") return code;
    return typeof message === "string" && message !== "" ? oneLine(message).slice(0, 200) : "unknown error";
  } catch {
    return "unknown error";
  }
}
