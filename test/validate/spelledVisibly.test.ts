import { describe, expect, it } from "vitest";
import { spelledVisibly } from "../../src/validate/rules/spelledVisibly";

describe("spelledVisibly", () => {
  it.each([
    ["a zero-width space", "F-001\u200b", "F-001\\u200B"],
    ["a no-break space and a tab", "F\u00a0001\t", "F\\u00A0001\\u0009"],
    ["a byte order mark and bidi controls", "\ufeffF\u202e1\u2066", "\\uFEFFF\\u202E1\\u2066"],
    ["an accent written apart from its letter", "E\u0301C-1", "E\\u0301C-1"],
    ["a tag character, as its surrogate pair", "F\u{e0041}", "F\\uDB40\\uDC41"],
    ["a lone surrogate", "F\ud800", "F\\uD800"],
    ["an escape sequence and a line break", "F\u001b[2J\n", "F\\u001B[2J\\u000A"],
  ])("escapes %s", (_name, id, shown) => {
    expect(spelledVisibly(id)).toBe(shown);
  });

  it("keeps what shows as itself: ASCII with its spaces, Cyrillic, composed letters, dashes, emoji", () => {
    for (const id of ["F-001", "F 001 ", "\u0415C-110/1", "\u00c9C-1", "F\u20131", "ИВС-1", "F-🏢"]) expect(spelledVisibly(id)).toBe(id);
  });
});
