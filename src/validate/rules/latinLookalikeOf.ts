/**
 * The Latin letter that a Cyrillic letter looks like (`Е` U+0415 → `E`, `Һ` → `H`, `і` → `i`),
 * as a code point, or -1 for any other character. Case is kept: `Е` → `E`, `е` → `e`. The
 * letters are those of Russian and Kazakh, and the few others met in Kazakhstan's data,
 * drawn like a Latin letter in common fonts; lower-case в, к, м, н, т are not among them:
 * they are drawn as small capitals, which a reader tells apart.
 *
 * @internal
 */
export function latinLookalikeOf(code: number): number {
  // A switch, not a table: nothing is built when the module loads, and it compiles to a jump table.
  switch (code) {
    case 0x0410: return 0x41; // А A
    case 0x0412: return 0x42; // В B
    case 0x0415: return 0x45; // Е E
    case 0x041a: return 0x4b; // К K
    case 0x041c: return 0x4d; // М M
    case 0x041d: return 0x48; // Н H
    case 0x041e: return 0x4f; // О O
    case 0x0420: return 0x50; // Р P
    case 0x0421: return 0x43; // С C
    case 0x0422: return 0x54; // Т T
    case 0x0423: return 0x59; // У Y
    case 0x0425: return 0x58; // Х X
    case 0x0405: return 0x53; // Ѕ S
    case 0x0406: return 0x49; // І I
    case 0x0408: return 0x4a; // Ј J
    case 0x04ae: return 0x59; // Ү Y
    case 0x04ba: return 0x48; // Һ H
    case 0x04c0: return 0x49; // Ӏ I
    case 0x051a: return 0x51; // Ԛ Q
    case 0x051c: return 0x57; // Ԝ W
    case 0x0401: return 0xcb; // Ё Ë
    case 0x0407: return 0xcf; // Ї Ï
    case 0x0430: return 0x61; // а a
    case 0x0435: return 0x65; // е e
    case 0x043e: return 0x6f; // о o
    case 0x0440: return 0x70; // р p
    case 0x0441: return 0x63; // с c
    case 0x0443: return 0x79; // у y
    case 0x0445: return 0x78; // х x
    case 0x0455: return 0x73; // ѕ s
    case 0x0456: return 0x69; // і i
    case 0x0458: return 0x6a; // ј j
    case 0x04af: return 0x79; // ү y
    case 0x04bb: return 0x68; // һ h
    case 0x04cf: return 0x6c; // ӏ l
    case 0x051b: return 0x71; // ԛ q
    case 0x051d: return 0x77; // ԝ w
    case 0x0451: return 0xeb; // ё ë
    case 0x0457: return 0xef; // ї ï
    default: return -1;
  }
}
