import { isInvisible } from "./isInvisible";
import { isSpaceLike } from "./isSpaceLike";

const MARK = /^\p{M}$/u;

/** Whether a character would not show as itself: invisible, a space other than U+0020, a control, a separator, an accent standing alone, half a pair. */
function hidden(code: number, character: string): boolean {
  return (
    isInvisible(code) ||
    (code !== 0x20 && isSpaceLike(code)) ||
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0xd800 && code <= 0xdfff) ||
    MARK.test(character)
  );
}

/**
 * An id spelled so that a reader sees every character: those that show nothing or show as
 * something else (invisible characters, spaces other than the ordinary one, tabs, controls,
 * line separators, accents written apart from their letter, halves of surrogate pairs) are
 * written as their JSON escape `\uXXXX` (the CLI's terminal escapes are the same), and every
 * other character as it is: `F-001` then U+200B is shown `F-001\u200B`. The shown text is
 * plain in a terminal and in JSON alike.
 *
 * @internal
 */
export function spelledVisibly(id: string): string {
  let shown = "";
  for (const character of id) {
    const code = character.codePointAt(0) ?? 0;
    if (!hidden(code, character)) shown += character;
    else for (let unit = 0; unit < character.length; unit++) shown += `\\u${character.charCodeAt(unit).toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return shown;
}
