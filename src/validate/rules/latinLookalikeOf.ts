// Cyrillic letters (Russian, Kazakh, and the few others met in Kazakhstan's data) drawn like
// a Latin letter in common fonts, and that letter, at the same place in LATIN. Lower-case
// в, к, м, н, т are not here: they are drawn as small capitals, which a reader tells apart.
const CYRILLIC = "АВЕКМНОРСТУХЅІЈҮҺӀԚԜЁЇаеорсухѕіјүһӏԛԝёї";
const LATIN = "ABEKMHOPCTYXSIJYHIQWËÏaeopcyxsijyhlqwëï";

/**
 * The Latin letter that a Cyrillic letter looks like (`Е` U+0415 → `E`, `Һ` → `H`, `і` → `i`),
 * as a code point, or -1 for any other character. Case is kept: `Е` → `E`, `е` → `e`.
 *
 * @internal
 */
export function latinLookalikeOf(code: number): number {
  if (code < 0x400 || code > 0x52f) return -1;
  const at = CYRILLIC.indexOf(String.fromCharCode(code));
  return at < 0 ? -1 : LATIN.charCodeAt(at);
}
