/**
 * Whether a character looks like the hyphen-minus `-`: the hyphen, non-breaking hyphen,
 * figure dash, en and em dashes, horizontal bar, minus sign, small em dash and small
 * hyphen-minus.
 *
 * @internal
 */
export function isDashLike(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63;
}
