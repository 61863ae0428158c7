import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { findTextProblem } from "../../src/validate/rules/findTextProblem";

/** The first problem by the rule, checked apart: code points, not code units, and no regular expression. */
function expectedProblem(text: string): { kind: string; index: number; character: string } | undefined {
  let index = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    if (code === 0) return { kind: "nul", index, character: hex };
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return { kind: "control_character", index, character: hex };
    // for...of yields a lone surrogate as a one-unit string.
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) return { kind: "lone_surrogate", index, character: hex };
    index += char.length;
  }
  return undefined;
}

describe("findTextProblem", () => {
  it.each([
    ["\u0000", { kind: "nul", index: 0, character: "U+0000" }],
    ["abc\u0000def\u0001", { kind: "nul", index: 3, character: "U+0000" }],
    ["a\u0001", { kind: "control_character", index: 1, character: "U+0001" }],
    ["\u0008\u0000", { kind: "control_character", index: 0, character: "U+0008" }],
    ["x\u000b", { kind: "control_character", index: 1, character: "U+000B" }],
    ["x\u001f", { kind: "control_character", index: 1, character: "U+001F" }],
    ["\u001b[31mred", { kind: "control_character", index: 0, character: "U+001B" }],
    ["ok \ud83d", { kind: "lone_surrogate", index: 3, character: "U+D83D" }],
    ["\ude00 after", { kind: "lone_surrogate", index: 0, character: "U+DE00" }],
    ["\ud83d\ude00\ude00", { kind: "lone_surrogate", index: 2, character: "U+DE00" }],
    [`${"long text ".repeat(10)}\u0002`, { kind: "control_character", index: 100, character: "U+0002" }],
    [`${"long text ".repeat(10)}\udbff`, { kind: "lone_surrogate", index: 100, character: "U+DBFF" }],
  ])("finds the first problem of %j", (text, problem) => {
    expect(findTextProblem(text)).toEqual(problem);
  });

  it.each(["", "plain", "tab\tline\nreturn\r\n", "DEL \u007f and C1 \u0085\u009b", "😀 𝕏 🏢", "\u202e bidi \u2066", "\ufffd\uffff", `${"long text ".repeat(10)}\n`])("finds nothing in %j", (text) => {
    expect(findTextProblem(text)).toBeUndefined();
  });

  propertyTest.prop([fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom("a", "\u0000", "\t", "\n", "\u0007", "\ud800", "\udc00", "\ud83d\ude00", "\u007f") }), fc.string({ unit: "grapheme" }))])(
    "agrees with the rule checked code point by code point",
    (text) => {
      expect(findTextProblem(text)).toEqual(expectedProblem(text));
    },
  );
});
