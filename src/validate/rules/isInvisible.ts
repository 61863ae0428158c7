/**
 * Whether a character shows nothing: the soft hyphen, the combining grapheme joiner, the
 * Arabic letter mark, Mongolian variation selectors, zero-width spaces and joiners, the
 * left-to-right and right-to-left marks, bidi embeddings, overrides and isolates, the word
 * joiner and invisible operators, variation selectors, the byte order mark, interlinear
 * annotation marks and tag characters (U+E0000–U+E007F; given as a code point). Anyone can
 * slip one into an identifier without changing how it looks.
 *
 * @internal
 */
export function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x34f ||
    code === 0x61c ||
    (code >= 0x180b && code <= 0x180e) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    (code >= 0xfff9 && code <= 0xfffb) ||
    (code >= 0xe0000 && code <= 0xe007f)
  );
}
