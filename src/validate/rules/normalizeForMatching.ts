import { isDashLike } from "./isDashLike";
import { isInvisible } from "./isInvisible";
import { isSpaceLike } from "./isSpaceLike";

/**
 * A text rewritten for matching identifiers, with where each of its characters came from:
 * `text[i]` stands for `original.slice(from[i], to[i])`.
 *
 * @internal
 */
export interface NormalizedText {
  readonly text: string;
  readonly from: Readonly<ArrayLike<number>>;
  readonly to: Readonly<ArrayLike<number>>;
}

const SPACE = 0x20;
const HYPHEN = 0x2d;

const DROP = -1;

/**
 * The character the code unit at `index` is matched as: fullwidth forms as ASCII, dashes as
 * `-`, spaces as ` `; DROP for an invisible one. A tag character (U+E0000–U+E007F, a
 * surrogate pair) is dropped by its first unit and its second.
 */
function matchedAs(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code === 0x09 ? SPACE : code;
  // Below U+2000 (Latin, Cyrillic, most letters) only a few characters change: said at once.
  if (code < 0x2000) return code === 0xa0 || code === 0x1680 ? SPACE : isInvisible(code) ? DROP : code;
  if (isInvisible(code)) return DROP;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (isSpaceLike(code)) return SPACE;
  if (isDashLike(code)) return HYPHEN;
  if (code === 0xdb40 && isTagLow(text.charCodeAt(index + 1))) return DROP;
  if (isTagLow(code) && text.charCodeAt(index - 1) === 0xdb40) return DROP;
  return code;
}

function isTagLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdc7f;
}

/** Whether the first pass changes anything: most text needs no copy. */
function needsRewriting(text: string): boolean {
  let previousSpace = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === SPACE) {
      if (previousSpace) return true;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (code > SPACE && code < 0x80) continue;
    if (matchedAs(text, index) !== code) return true;
  }
  return false;
}

/** Appends to a normalized text under construction, of at most `capacity` code units. */
function builder(capacity: number) {
  const codes = new Uint16Array(capacity);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  let length = 0;
  return {
    push(code: number, start: number, end: number): void {
      codes[length] = code;
      from[length] = start;
      to[length] = end;
      length++;
    },
    /** Widens the last character to end at `end` (a run of spaces read as one). */
    extend(end: number): void {
      to[length - 1] = end;
    },
    /** Drops the last character; where it started. */
    pop(): number {
      length--;
      return from[length] ?? 0;
    },
    last(): number {
      return length === 0 ? -1 : (codes[length - 1] ?? -1);
    },
    done(): NormalizedText {
      let text = "";
      // In slices: one call with every code would overflow the stack on a long text.
      for (let start = 0; start < length; start += 4096) text += String.fromCharCode(...codes.subarray(start, Math.min(length, start + 4096)));
      return { text, from: from.subarray(0, length), to: to.subarray(0, length) };
    },
  };
}

/** First pass: invisible characters dropped, look-alikes mapped, runs of spaces made one. */
function rewriteCharacters(text: string): NormalizedText {
  const out = builder(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = matchedAs(text, index);
    if (code < 0) continue;
    if (code === SPACE && out.last() === SPACE) out.extend(index + 1);
    else out.push(code, index, index + 1);
  }
  return out.done();
}

/** The bracket that closes the one with this code, or -1: `(` `)`, `[` `]`, `{` `}`, `<` `>`. */
function closingOf(code: number): number {
  if (code === 0x28) return 0x29;
  if (code === 0x5b || code === 0x7b) return code + 2;
  return code === 0x3c ? 0x3e : -1;
}

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/**
 * The character that a bracketed word at `open` stands for (`[at]`, `(at)`, `{at}`, `<at>`,
 * `[@]` for `@`; `[dot]`, `(.)`, … for `.`, any case, a space allowed inside the brackets)
 * and the index after its closing bracket; undefined when there is none.
 */
function bracketedWord(text: string, open: number): { readonly code: number; readonly end: number } | undefined {
  const closing = closingOf(text.charCodeAt(open));
  if (closing < 0) return undefined;
  let index = open + 1;
  if (text.charCodeAt(index) === SPACE) index++;
  let code: number;
  const first = lowerAscii(text.charCodeAt(index));
  if (first === 0x40 || first === 0x2e) {
    code = first;
    index++;
  } else if (first === 0x61 && lowerAscii(text.charCodeAt(index + 1)) === 0x74) {
    code = 0x40;
    index += 2;
  } else if (first === 0x64 && lowerAscii(text.charCodeAt(index + 1)) === 0x6f && lowerAscii(text.charCodeAt(index + 2)) === 0x74) {
    code = 0x2e;
    index += 3;
  } else {
    return undefined;
  }
  if (text.charCodeAt(index) === SPACE) index++;
  return text.charCodeAt(index) === closing ? { code, end: index + 1 } : undefined;
}

/** Whether a text holds a bracketed word that the second pass rewrites. */
function hasBracketedWord(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (closingOf(text.charCodeAt(index)) >= 0 && bracketedWord(text, index) !== undefined) return true;
  }
  return false;
}

/** Second pass: ` [at] ` as `@`, ` [dot] ` as `.` (spaces around them dropped). */
function rewriteBracketedWords(text: string, from: (index: number) => number, to: (index: number) => number): NormalizedText {
  const out = builder(text.length);
  for (let index = 0; index < text.length; index++) {
    const word = closingOf(text.charCodeAt(index)) < 0 ? undefined : bracketedWord(text, index);
    if (word === undefined) {
      out.push(text.charCodeAt(index), from(index), to(index));
      continue;
    }
    const start = out.last() === SPACE ? out.pop() : from(index);
    let end = word.end;
    if (text.charCodeAt(end) === SPACE) end++;
    out.push(word.code, start, to(end - 1));
    index = end - 1;
  }
  return out.done();
}

/**
 * The text as identifiers are matched in it, or undefined when it is already so: invisible
 * characters (zero-width, soft hyphen, BOM, bidi controls, variation and tag characters)
 * dropped; fullwidth forms read as ASCII (`＠`, `０`–`９`, `＋`); tab and every Unicode space
 * as one space, a run of them as one; hyphens and dashes (`‐ ‑ ‒ – — ―`, minus) as `-`;
 * `[at]`, `(at)`, `{at}`, `<at>`, `[@]` as `@` and `[dot]`, `(dot)`, `[.]`, … as `.`, with
 * the spaces around them. Linear in the text's length; a text that needs none of this is
 * not copied.
 *
 * @internal
 */
export function normalizeForMatching(text: string): NormalizedText | undefined {
  if (!needsRewriting(text)) {
    return hasBracketedWord(text) ? rewriteBracketedWords(text, (index) => index, (index) => index + 1) : undefined;
  }
  const first = rewriteCharacters(text);
  if (!hasBracketedWord(first.text)) return first;
  return rewriteBracketedWords(first.text, (index) => first.from[index] ?? 0, (index) => first.to[index] ?? 0);
}

// Every bracketed word, for one quick native scan: a superset (brackets of two kinds match).
const MAY_HOLD_BRACKETED_WORD = /[([{<] ?(?:[@.]|at|dot) ?[)\]}>]/i;

/** First pass as text only: the same characters as rewriteCharacters, built from unchanged runs. */
function rewrittenCharacters(text: string): string {
  let out = "";
  let runStart = 0;
  let lastIsSpace = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > SPACE && code < 0x80) {
      lastIsSpace = false;
      continue;
    }
    const matched = matchedAs(text, index);
    if (matched === code && !(code === SPACE && lastIsSpace)) {
      lastIsSpace = code === SPACE;
      continue;
    }
    out += text.slice(runStart, index);
    runStart = index + 1;
    // A dropped character leaves the last one as it was; a space after a space is dropped.
    if (matched === DROP || (matched === SPACE && lastIsSpace)) continue;
    out += String.fromCharCode(matched);
    lastIsSpace = matched === SPACE;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

const OPENING_BRACKET = /[([{<]/g;

/** Second pass as text only: the same as rewriteBracketedWords, without the offsets. */
function rewrittenBracketedWords(text: string): string {
  if (!MAY_HOLD_BRACKETED_WORD.test(text)) return text;
  let out = "";
  let runStart = 0;
  OPENING_BRACKET.lastIndex = 0;
  for (let found = OPENING_BRACKET.exec(text); found !== null; found = OPENING_BRACKET.exec(text)) {
    const index = found.index;
    const word = bracketedWord(text, index);
    if (word === undefined) continue;
    // The space before the word is dropped unless an earlier word took it.
    out += text.slice(runStart, index > runStart && text.charCodeAt(index - 1) === SPACE ? index - 1 : index);
    out += String.fromCharCode(word.code);
    runStart = text.charCodeAt(word.end) === SPACE ? word.end + 1 : word.end;
    OPENING_BRACKET.lastIndex = runStart;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/**
 * The text of {@link normalizeForMatching}, without the offsets: what finding whether a text
 * holds an identifier needs, at a fraction of the cost (no per-character arrays; unchanged
 * stretches copied as slices). The text itself when nothing changes.
 *
 * @internal
 */
export function matchableText(text: string): string {
  return rewrittenBracketedWords(rewrittenCharacters(text));
}
