import { OpcatError } from "../errors/OpcatError";
import { argumentProblem } from "../errors/optionProblems";
import { isDashLike } from "./rules/isDashLike";
import { isInvisible } from "./rules/isInvisible";
import { isSpaceLike } from "./rules/isSpaceLike";
import { latinLookalikeOf } from "./rules/latinLookalikeOf";

const SPACE = 0x20;
const HYPHEN = 0x2d;

/** Whether an id needs no reading: printable ASCII, spaces single and inside (nearly every id). */
function isPlain(id: string): boolean {
  const last = id.length - 1;
  if (id.charCodeAt(0) === SPACE || id.charCodeAt(last) === SPACE) return false;
  for (let index = 0; index <= last; index++) {
    const code = id.charCodeAt(index);
    if (code < SPACE || code > 0x7e) return false;
    if (code === SPACE && id.charCodeAt(index + 1) === SPACE) return false;
  }
  return true;
}

/**
 * An id as people read it: the key under which spellings that look the same on a screen or
 * on paper are one id. It is the id in Unicode's composed form (NFC), with the characters
 * that show nothing taken out (zero-width spaces and joiners, the soft hyphen, the byte order
 * mark, the word joiner, bidi marks, variation selectors), every Unicode space and tab read
 * as a space and a run of them as one, no space or line break at either end, hyphens and
 * dashes (`‐ ‑ ‒ – — −`) read as `-`, and each Cyrillic letter drawn like a Latin one read as
 * that letter (`А В Е К М Н О Р С Т У Х` and `а е о р с у х`, Kazakh `Һ һ І і Ү ү`, also
 * `Ѕ ѕ Ј ј Ӏ ӏ Ԛ ԛ Ԝ ԝ Ё ё Ї ї`).
 *
 * Upper and lower case stay apart (`f-1` is not `F-1`: the difference shows), and so do
 * compatibility forms, which NFKC would merge (`F²` is not `F2`, `№ 5` is not `No 5`).
 * Greek look-alikes are not read as Latin. Idempotent, linear in the id's length, never
 * throws; an id already as read (printable ASCII, spaces single and inside) is returned as
 * it is, without a copy.
 *
 * In the example: a zero-width space, spaces at the ends, a Cyrillic `Е`, an id in Cyrillic
 * (`И` has no Latin look-alike, `В` and `С` have), `É` written as `E` and a combining accent
 * against `É` composed, a non-breaking hyphen, and lower case, which stays.
 *
 * @example
 * ```ts
 * import { idAsRead } from "opcat-npm";
 *
 * idAsRead("F-001\u200B");
 * //=> "F-001"
 * idAsRead(" F-001 ");
 * //=> "F-001"
 * idAsRead("\u0415-001");
 * //=> "E-001"
 * idAsRead("ИВС-1");
 * //=> "ИBC-1"
 * idAsRead("E\u0301-1") === idAsRead("\u00C9-1");
 * //=> true
 * idAsRead("F\u2011001");
 * //=> "F-001"
 * idAsRead("f-001");
 * //=> "f-001"
 * ```
 */
export function idAsRead(id: string): string {
  // The validator passes strings only; a JavaScript caller may not.
  if (typeof (id as unknown) !== "string") throw new OpcatError([argumentProblem("schema.invalid_type", "id", [], "a string", id)]);
  if (isPlain(id)) return id;
  // NFC again after reading: an invisible character taken out, or a Cyrillic letter read as
  // Latin, can bring a letter and an accent together.
  return isComposed(id) ? readComposed(id) : readCharacters(id.normalize("NFC")).normalize("NFC");
}

/**
 * Whether NFC leaves an id as it is, seen from its code units alone: all below U+0300
 * (Latin, IPA, spacing modifiers) or Cyrillic letters (U+0400–U+052F but the combining marks
 * U+0483–U+0489). None of these is changed by NFC or composes with another (checked on every
 * pair), so ids in Cyrillic need no normalization pass.
 */
function isComposed(id: string): boolean {
  for (let index = 0; index < id.length; index++) {
    const code = id.charCodeAt(index);
    if (code < 0x300 || (code >= 0x400 && code <= 0x52f && (code < 0x483 || code > 0x489))) continue;
    return false;
  }
  return true;
}

/** The character a code unit of a composed id is read as, or -1 when it is taken out (a space after a space, too). */
function readUnit(code: number, afterSpace: boolean): number {
  if (isInvisible(code)) return -1;
  if (isSpaceLike(code)) return afterSpace ? -1 : SPACE;
  if (isDashLike(code)) return HYPHEN;
  const latin = latinLookalikeOf(code);
  return latin < 0 ? code : latin;
}

/**
 * {@link readCharacters} for a composed id (no surrogates, nothing NFC changes), built from
 * its unchanged stretches: an id in Cyrillic (`Р-00001`, `ИД-1`) is read with one slice or none.
 */
function readComposed(id: string): string {
  let read = "";
  let runStart = 0;
  let afterSpace = false;
  for (let index = 0; index < id.length; index++) {
    const code = id.charCodeAt(index);
    if (code > SPACE && code < 0x7f) {
      afterSpace = false;
      continue;
    }
    const unit = readUnit(code, afterSpace);
    if (unit !== code) {
      read += id.slice(runStart, index);
      runStart = index + 1;
      if (unit >= 0) read += String.fromCharCode(unit);
    }
    if (unit >= 0) afterSpace = unit === SPACE;
  }
  return (runStart === 0 ? id : read + id.slice(runStart)).trim();
}

/** Invisible characters out, spaces as one, dashes as `-`, Cyrillic look-alikes as Latin, nothing blank at either end. */
function readCharacters(text: string): string {
  let read = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (isInvisible(code)) continue;
    if (isSpaceLike(code)) {
      if (!read.endsWith(" ")) read += " ";
      continue;
    }
    if (isDashLike(code)) {
      read += "-";
      continue;
    }
    const latin = latinLookalikeOf(code);
    read += latin < 0 ? character : String.fromCharCode(latin);
  }
  return read.trim();
}
