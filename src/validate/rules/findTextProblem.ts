/**
 * What makes a text one that not every output can hold as it is: a NUL (U+0000), another
 * C0 control character (U+0001–U+001F but tab, line feed and carriage return), or half of a
 * UTF-16 surrogate pair (a JSON string can hold `"\ud800"` alone; UTF-8 cannot, and a
 * writer puts U+FFFD in its place).
 *
 * @internal
 */
export type TextProblemKind = "nul" | "control_character" | "lone_surrogate";

/**
 * The first such character of a text: its kind, its position (in UTF-16 code units) and
 * its code written as `U+XXXX`.
 *
 * @internal
 */
export interface TextProblem {
  readonly kind: TextProblemKind;
  readonly index: number;
  readonly character: string;
}

// C0 controls but tab, LF and CR, and any surrogate (paired ones too: emoji): only then is a
// closer look needed. A plain class of code units (no u flag) scans several times faster
// than a Unicode property. Below SHORT characters the loop alone is quicker than a call.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\0-\x08\v\f\x0e-\x1f\ud800-\udfff]/;
const SHORT = 32;

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function problem(kind: TextProblemKind, index: number, code: number): TextProblem {
  return { kind, index, character: `U+${code.toString(16).toUpperCase().padStart(4, "0")}` };
}

/**
 * The first character of a text that CSV, NDJSON or a UTF-8 file cannot hold exactly, or
 * undefined when there is none. Linear in the text's length; a long text without control
 * characters or surrogates is passed by one regular-expression scan.
 *
 * @internal
 */
export function findTextProblem(text: string): TextProblem | undefined {
  if (text.length > SHORT && !SUSPECT.test(text)) return undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20) {
      if (code === 0) return problem("nul", index, code);
      if (code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN) return problem("control_character", index, code);
    } else if (isHighSurrogate(code)) {
      if (!isLowSurrogate(text.charCodeAt(index + 1))) return problem("lone_surrogate", index, code);
      index++;
    } else if (isLowSurrogate(code)) {
      return problem("lone_surrogate", index, code);
    }
  }
  return undefined;
}
