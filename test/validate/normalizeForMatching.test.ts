import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { matchableText, normalizeForMatching } from "../../src/validate/rules/normalizeForMatching";

/** The normalized text and, for each of its characters, the slice of the original it stands for. */
function pieces(text: string): { text: string; slices: string[] } | undefined {
  const normalized = normalizeForMatching(text);
  if (normalized === undefined) return undefined;
  const slices = Array.from(normalized.text, (_char, index) => text.slice(normalized.from[index], normalized.to[index]));
  return { text: normalized.text, slices };
}

describe("normalizeForMatching", () => {
  it("gives nothing for text that needs no rewriting, so that it is not copied", () => {
    for (const text of ["", "plain text, cells 3-7 (see annex).", "+7 701 234 56 78", "a@b.kz", "Иванов [черновик]", "Art. 21(2)"]) {
      expect(normalizeForMatching(text)).toBeUndefined();
    }
  });

  it("drops invisible characters, keeping them inside the neighbour's slice", () => {
    expect(pieces("a\u200bb\u00adc\ufeffd\u2060e\u200c\u200df")).toEqual({ text: "abcdef", slices: ["a", "b", "c", "d", "e", "f"] });
    // Bidi controls, variation selectors and a tag character (U+E0041, a surrogate pair).
    expect(pieces("1\u202e2\u2066\u20693\ufe0f4\udb40\udc415")?.text).toBe("12345");
  });

  it("reads every Unicode space and tab as one space, and a run of them as one", () => {
    expect(pieces("8\u2009701\t\t234\u00a0\u202f56  78\u3000x")).toEqual({
      text: "8 701 234 56 78 x",
      slices: ["8", "\u2009", "7", "0", "1", "\t\t", "2", "3", "4", "\u00a0\u202f", "5", "6", "  ", "7", "8", "\u3000", "x"],
    });
  });

  it("reads hyphens and dashes as -, and fullwidth forms as ASCII", () => {
    expect(pieces("1\u20102\u20113\u20124\u20135\u20146\u22127")?.text).toBe("1-2-3-4-5-6-7");
    expect(pieces("＋７（７０１）ｉｖａｎ＠ｍａｉｌ．ｋｚ")?.text).toBe("+7(701)ivan@mail.kz");
  });

  it("reads bracketed at and dot as @ and ., with the spaces around them", () => {
    expect(pieces("ivan [at] mail [dot] kz")).toEqual({ text: "ivan@mail.kz", slices: ["i", "v", "a", "n", " [at] ", "m", "a", "i", "l", " [dot] ", "k", "z"] });
    expect(pieces("a(AT)b{Dot}c<@>d[.]e( at )f")?.text).toBe("a@b.c@d.e@f");
    // Spaces collapsed first: a run of them before the bracket is dropped with it.
    expect(pieces("ivan   [at]\u2009mail.kz")).toEqual({ text: "ivan@mail.kz", slices: ["i", "v", "a", "n", "   [at]\u2009", "m", "a", "i", "l", ".", "k", "z"] });
  });

  it("leaves other bracketed words, unmatched brackets and unbracketed words alone", () => {
    expect(normalizeForMatching("see [annex] (at least) at home, [at) {dot]")).toBeUndefined();
    expect(pieces("two  spaces [ta]")?.text).toBe("two spaces [ta]");
  });

  const UNITS = [..."aZ09@.-()[]{}<> tx".split(""), "at", "dot", "\u200b", "\u00ad", "\u2009", "\t", "\u2013", "＠", "０", "\ud800", "\udc00", "\udb40\udc41"];
  const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((units) => units.join("")));

  propertyTest.prop([anyText])("maps each character to a slice of the original, in order, covering it but for the dropped characters", (text) => {
    const normalized = normalizeForMatching(text);
    if (normalized === undefined) return;
    let previousEnd = 0;
    for (let index = 0; index < normalized.text.length; index++) {
      const from = normalized.from[index] ?? -1;
      const to = normalized.to[index] ?? -1;
      expect(from).toBeGreaterThanOrEqual(previousEnd);
      expect(to).toBeGreaterThan(from);
      expect(to).toBeLessThanOrEqual(text.length);
      previousEnd = to;
    }
    expect(normalized.text.length).toBeLessThanOrEqual(text.length);
  });

  propertyTest.prop([anyText])("matchableText is the normalized text without offsets, and the text itself when nothing changes", (text) => {
    expect(matchableText(text)).toBe(normalizeForMatching(text)?.text ?? text);
  });

  it("matchableText reads the worked examples as normalizeForMatching does", () => {
    expect(matchableText("ivan [at] mail [dot] kz")).toBe("ivan@mail.kz");
    expect(matchableText("8\u2009701\t\t234\u00a0\u202f56  78")).toBe("8 701 234 56 78");
    expect(matchableText("Иванов [черновик]")).toBe("Иванов [черновик]");
  });
});
