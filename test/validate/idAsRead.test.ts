import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { idAsRead } from "../../src/validate/idAsRead";
import { findReadingChange } from "../../src/validate/rules/findReadingChange";

// Characters that reading takes out, and the Latin letters with the Cyrillic drawn like them,
// written out by code point here (not taken from the code under test).
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u00ad", "\ufeff", "\u2060", "\u202a", "\u202e", "\u2066", "\u2069", "\u061c", "\ufe0f", "\u{e0041}"];
const CYRILLIC_FOR_LATIN: readonly (readonly [string, string])[] = [
  ["A", "\u0410"], ["B", "\u0412"], ["E", "\u0415"], ["K", "\u041a"], ["M", "\u041c"], ["H", "\u041d"], ["O", "\u041e"], ["P", "\u0420"],
  ["C", "\u0421"], ["T", "\u0422"], ["Y", "\u0423"], ["X", "\u0425"], ["a", "\u0430"], ["e", "\u0435"], ["o", "\u043e"], ["p", "\u0440"],
  ["c", "\u0441"], ["y", "\u0443"], ["x", "\u0445"],
  // Kazakh: Һ һ (shha), І і (dotted i), Ү ү (straight u).
  ["H", "\u04ba"], ["h", "\u04bb"], ["I", "\u0406"], ["i", "\u0456"], ["Y", "\u04ae"], ["y", "\u04af"],
];

/** Printable ASCII, no space at either end, no two in a row: an id that is its own reading. */
const plainId = fc
  .string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 12 })
  .filter((id) => !id.startsWith(" ") && !id.endsWith(" ") && !id.includes("  "));

// Ids with the characters reading changes: invisible ones, spaces, dashes, Cyrillic letters, accents apart.
const trickyUnit = fc.oneof(
  fc.constantFrom("F", "-", "0", "1", "E", "e", "i", " ", "\t", "\u00a0", "\u2009", "\u3000", "\n", "\u2010", "\u2011", "\u2013", "\u2212", "\u0301", "\u0308", "\u0327", "\u0306"),
  fc.constantFrom(...INVISIBLE),
  fc.constantFrom(...CYRILLIC_FOR_LATIN.map(([, cyrillic]) => cyrillic), "\u0418", "\u0401", "\u0435\u0308", "\u212a", "\u2126", "\u00c9"),
);
const trickyId = fc.array(trickyUnit, { maxLength: 12 }).map((units) => units.join(""));
const anyId = fc.oneof(trickyId, fc.string({ unit: "binary", maxLength: 16 }), fc.string({ unit: "grapheme", maxLength: 8 }));

describe("idAsRead", () => {
  it.each([
    ["a zero-width space", "F-001\u200b", "F-001"],
    ["a trailing space", "F-001 ", "F-001"],
    ["a leading tab and a trailing no-break space", "\tF-001\u00a0", "F-001"],
    ["a byte order mark in front (a CSV cell of Excel's)", "\ufeffF-001", "F-001"],
    ["a soft hyphen inside", "F-0\u00ad01", "F-001"],
    ["a word joiner and a right-to-left mark", "F\u2060-001\u200f", "F-001"],
    ["a Cyrillic Е for the Latin E", "\u0415C-110/1", "EC-110/1"],
    ["an all-Cyrillic ИВС: В and С read as Latin, И has no look-alike", "\u0418\u0412\u0421-1", "\u0418BC-1"],
    ["Kazakh Һ, І and Ү", "\u04ba\u0406\u04ae-1", "HIY-1"],
    ["a non-breaking hyphen", "F\u2011001", "F-001"],
    ["an en dash and a minus sign", "F\u2013001\u22121", "F-001-1"],
    ["a thin space inside, read as one space", "F\u2009001", "F 001"],
    ["two spaces in a row, read as one", "F  001", "F 001"],
    ["É decomposed (NFD)", "E\u0301C-1", "\u00c9C-1"],
    ["Й decomposed (NFD), still Cyrillic", "\u0418\u0306-1", "\u0419-1"],
    ["a Cyrillic Е with a combining diaeresis: Ё, read as the Latin Ë", "\u0415\u0308-1", "\u00cb-1"],
    ["the Kelvin sign (NFC makes it K)", "\u212a-1", "K-1"],
    ["a zero-width space between a letter and its accent", "E\u200b\u0301-1", "\u00c9-1"],
    ["nothing but invisible characters", "\u200b\u200c", ""],
  ])("%s", (_name, id, read) => {
    expect(idAsRead(id)).toBe(read);
  });

  it.each([
    ["upper and lower case", "f-001", "f-001"],
    ["a fullwidth letter (NFKC would merge it; NFC does not)", "\uff26-001", "\uff26-001"],
    ["a superscript two", "F\u00b2", "F\u00b2"],
    ["the numero sign", "\u2116 5", "\u2116 5"],
    ["the Cyrillic З, drawn like the digit 3", "F-\u0417", "F-\u0417"],
    ["the lower-case Cyrillic к and т (small capitals)", "\u043a\u0442-1", "\u043a\u0442-1"],
    ["the Greek capital omicron", "\u039f-1", "\u039f-1"],
    ["a line break inside", "F\n1", "F\n1"],
  ])("keeps %s", (_name, id, read) => {
    expect(idAsRead(id)).toBe(read);
  });

  it("returns a plain id itself", () => {
    const id = "R-00001";
    expect(idAsRead(id)).toBe(id);
    expect(idAsRead("")).toBe("");
  });

  it("is linear: a million-character id with an invisible character every other one is read at once", () => {
    const id = "F\u200b".repeat(500_000);
    expect(idAsRead(id)).toBe("F".repeat(500_000));
  });

  propertyTest.prop([anyId])("is idempotent", (id) => {
    const read = idAsRead(id);
    expect(idAsRead(read)).toBe(read);
  });

  propertyTest.prop([plainId])("reads a plain ASCII id as itself, so distinct plain ids keep distinct readings", (id) => {
    expect(idAsRead(id)).toBe(id);
  });

  propertyTest.prop([plainId, plainId])("tells two plain ids apart unless they are the same string", (a, b) => {
    expect(idAsRead(a) === idAsRead(b)).toBe(a === b);
  });

  propertyTest.prop([plainId, fc.nat(), fc.constantFrom(...INVISIBLE)])("reads an id with an invisible character inserted anywhere as the id", (id, at, invisible) => {
    const cut = at % (id.length + 1);
    expect(idAsRead(id.slice(0, cut) + invisible + id.slice(cut))).toBe(id);
  });

  propertyTest.prop([plainId, fc.constantFrom(" ", "\t", "\u00a0", "\u2009", "\u3000", "\n", "\r\n"), fc.boolean()])("reads an id with a blank at either end as the id", (id, blank, atEnd) => {
    expect(idAsRead(atEnd ? id + blank : blank + id)).toBe(id);
  });

  propertyTest.prop([fc.array(fc.constantFrom(...CYRILLIC_FOR_LATIN), { minLength: 1, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })])(
    "reads Latin letters and their Cyrillic look-alikes, mixed in any way, as the Latin",
    (pairs, useCyrillic) => {
      const latin = pairs.map(([letter]) => letter).join("");
      const mixed = pairs.map(([letter, cyrillic], k) => (useCyrillic[k] === true ? cyrillic : letter)).join("");
      expect(idAsRead(`${mixed}-1`)).toBe(`${latin}-1`);
    },
  );

  propertyTest.prop([fc.string({ unit: "grapheme", maxLength: 10 })])("reads the NFD and NFC forms of an id alike", (id) => {
    expect(idAsRead(id.normalize("NFD"))).toBe(idAsRead(id.normalize("NFC")));
  });

  propertyTest.prop([fc.string({ unit: fc.constantFrom("a", "b", "F", "Q", "-", "1"), minLength: 1, maxLength: 8 })])("keeps upper and lower case apart", (id) => {
    if (id.toUpperCase() !== id.toLowerCase()) expect(idAsRead(id.toUpperCase())).not.toBe(idAsRead(id.toLowerCase()));
  });

  propertyTest.prop([anyId])("never throws, and its result is in NFC with no blank at either end", (id) => {
    const read = idAsRead(id);
    expect(read.normalize("NFC")).toBe(read);
    expect(read.trim()).toBe(read);
  });
});

describe("findReadingChange", () => {
  it.each([
    ["a zero-width space", "F-001\u200b", { kind: "invisible_character", codePoint: "U+200B", position: 6 }],
    ["a trailing space", "F-001 ", { kind: "trailing_space", codePoint: "U+0020", position: 6 }],
    ["a trailing no-break space", "F-001\u00a0", { kind: "trailing_space", codePoint: "U+00A0", position: 6 }],
    ["a trailing line feed", "F-001\n", { kind: "trailing_space", codePoint: "U+000A", position: 6 }],
    ["a leading space", " F-001", { kind: "leading_space", codePoint: "U+0020", position: 1 }],
    ["a Cyrillic Е", "\u0415C-110/1", { kind: "cyrillic_letter", codePoint: "U+0415", position: 1 }],
    ["a Kazakh І further in", "F-\u0406V", { kind: "cyrillic_letter", codePoint: "U+0406", position: 3 }],
    ["NFD: the accent, after its letter", "E\u0301C-1", { kind: "not_nfc", codePoint: "U+0301", position: 2 }],
    ["NFD further in", "F-1E\u0301", { kind: "not_nfc", codePoint: "U+0301", position: 5 }],
    ["the Kelvin sign, which NFC changes", "\u212a-1", { kind: "not_nfc", codePoint: "U+212A", position: 1 }],
    ["two spaces", "F  1", { kind: "double_space", codePoint: "U+0020", position: 3 }],
    ["a thin space", "F\u20091", { kind: "special_space", codePoint: "U+2009", position: 2 }],
    ["an en dash", "F\u20131", { kind: "dash", codePoint: "U+2013", position: 2 }],
    ["a tag character (a surrogate pair)", "F\u{e0041}1", { kind: "invisible_character", codePoint: "U+E0041", position: 2 }],
    ["the first of several", "\u0415-1\u200b ", { kind: "cyrillic_letter", codePoint: "U+0415", position: 1 }],
  ])("%s", (_name, id, change) => {
    expect(findReadingChange(id)).toEqual(change);
  });

  it("finds nothing in an id that is its own reading", () => {
    for (const id of ["F-001", "f 1", "\u0418\u0414-1", "\u00c9C-1", "F\n1", ""]) expect(findReadingChange(id)).toBeUndefined();
  });

  propertyTest.prop([anyId])("finds a change exactly when reading changes the id", (id) => {
    expect(findReadingChange(id) === undefined).toBe(idAsRead(id) === id);
  });
});
