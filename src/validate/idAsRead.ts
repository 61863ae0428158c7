import { isDashLike } from "./rules/isDashLike";
import { isInvisible } from "./rules/isInvisible";
import { isSpaceLike } from "./rules/isSpaceLike";
import { latinLookalikeOf } from "./rules/latinLookalikeOf";

const SPACE = 0x20;

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
 * @example
 * ```ts
 * import { idAsRead } from "opcat-npm";
 *
 * idAsRead("F-001\u200B");
 * //=> "F-001"
 * idAsRead(" F-001 ");
 * //=> "F-001"
 * idAsRead("\u0415-001"); // Cyrillic Е
 * //=> "E-001"
 * idAsRead("ИВС-1"); // И has no Latin look-alike; В and С have
 * //=> "ИBC-1"
 * idAsRead("E\u0301-1") === idAsRead("\u00C9-1"); // É written as E and a combining accent, and composed
 * //=> true
 * idAsRead("F\u2011001"); // a non-breaking hyphen
 * //=> "F-001"
 * idAsRead("f-001");
 * //=> "f-001"
 * ```
 */
export function idAsRead(id: string): string {
  if (isPlain(id)) return id;
  let read = "";
  for (const character of id.normalize("NFC")) {
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
  // Again: taking a character out or reading a letter as Latin can bring a letter and an accent together.
  return read.trim().normalize("NFC");
}
