import { isDashLike } from "./isDashLike";
import { isInvisible } from "./isInvisible";
import { isSpaceLike } from "./isSpaceLike";
import { latinLookalikeOf } from "./latinLookalikeOf";

/**
 * What reading an id as people do ({@link idAsRead}) changes first in it: an invisible
 * character, a space (or line break) at the start or at the end, a space after a space, a
 * space that is not the ordinary one (no-break, thin, tab…), a dash read as a hyphen, a
 * Cyrillic letter read as Latin, or a character not in Unicode's composed form (NFC: a letter
 * followed by a combining accent, for one).
 *
 * @internal
 */
export type ReadingChangeKind = "invisible_character" | "leading_space" | "trailing_space" | "double_space" | "special_space" | "dash" | "cyrillic_letter" | "not_nfc";

/**
 * The first change, its character as `U+XXXX` and its position (1-based, in UTF-16 code
 * units, as the positions of `schema.invalid_text`).
 *
 * @internal
 */
export interface ReadingChange {
  readonly kind: ReadingChangeKind;
  readonly codePoint: string;
  readonly position: number;
}

const SPACE = 0x20;
const BLANK = /^\s$/;
const MARK = /^\p{M}$/u;

/** A space or anything `trim` takes off (line breaks too). */
function isBlank(code: number, character: string): boolean {
  return isSpaceLike(code) || BLANK.test(character);
}

function change(kind: ReadingChangeKind, code: number, index: number): ReadingChange {
  return { kind, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`, position: index + 1 };
}

/** Where an id and its NFC form first differ, in code units, or -1. */
function firstNotComposed(id: string): number {
  const composed = id.normalize("NFC");
  if (composed === id) return -1;
  let index = 0;
  while (index < id.length && id.charCodeAt(index) === composed.charCodeAt(index)) index++;
  // Step back to the start of a pair, so that the character found is whole.
  const code = id.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
}

/**
 * The first change that {@link idAsRead} makes in an id, or undefined when it makes none (the
 * id is already as read). Linear in the id's length.
 *
 * @internal
 */
export function findReadingChange(id: string): ReadingChange | undefined {
  // The id's content, between what trimming takes off at each end (invisible characters count as blank there).
  let contentStart = -1;
  let contentEnd = 0;
  for (let index = 0; index < id.length; ) {
    const code = id.codePointAt(index) ?? 0;
    const character = String.fromCodePoint(code);
    if (!isInvisible(code) && !isBlank(code, character)) {
      if (contentStart < 0) contentStart = index;
      contentEnd = index + character.length;
    }
    index += character.length;
  }
  const notComposed = firstNotComposed(id);
  let previousSpace = false;
  for (let index = 0; index < id.length; ) {
    const code = id.codePointAt(index) ?? 0;
    const character = String.fromCodePoint(code);
    if (isInvisible(code)) return change("invisible_character", code, index);
    if (contentStart < 0 || index < contentStart) return change("leading_space", code, index);
    if (index >= contentEnd) return change("trailing_space", code, index);
    if (notComposed >= 0 && index >= notComposed) {
      // Name the accent that stands apart (E then U+0301 for É), when there is one.
      const next = index + character.length;
      const at = !MARK.test(character) && next < id.length && MARK.test(String.fromCodePoint(id.codePointAt(next) ?? 0)) ? next : index;
      return change("not_nfc", id.codePointAt(at) ?? code, at);
    }
    if (isSpaceLike(code)) {
      if (code !== SPACE) return change("special_space", code, index);
      if (previousSpace) return change("double_space", code, index);
    }
    previousSpace = isSpaceLike(code);
    if (isDashLike(code)) return change("dash", code, index);
    if (latinLookalikeOf(code) >= 0) return change("cyrillic_letter", code, index);
    index += character.length;
  }
  return undefined;
}
