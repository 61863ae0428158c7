/**
 * Whether a character is read as a space: the space, tab and the Unicode spaces (no-break,
 * Ogham, en to hair spaces, narrow no-break, medium mathematical, ideographic).
 *
 * @internal
 */
export function isSpaceLike(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
