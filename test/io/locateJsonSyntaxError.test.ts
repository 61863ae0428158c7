import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { lineAndColumn } from "../../src/io/jsonSyntaxProblem";
import { locateJsonSyntaxError } from "../../src/io/locateJsonSyntaxError";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// What was expected is named by its key of the error texts (their English words: test/errors).
describe("locateJsonSyntaxError", () => {
  it.each([
    ['{"a": 1,}', 8, "name"],
    ["[1, 2,, 3]", 6, "value"],
    ['{"a" 1}', 5, "colon"],
    ['{"a": 1 "b": 2}', 8, "comma_or_brace"],
    ["[1 2]", 3, "comma_or_bracket"],
    ["", 0, "value"],
    ["{", 1, "name_or_brace"],
    ['{"a": tru}', 6, "value"],
    ["01", 1, "end"],
    ['{"a": 1} x', 9, "end"],
    ['"tab\there"', 4, "control_character"],
    ['{"a": "unterminated', 19, "closing_quote"],
    ['["bad \\x escape"]', 6, "escape"],
    ['["\\u12G4"]', 2, "hex_digits"],
    ['{"a\nb": 1}', 3, "control_character"],
    ["{'a': 1}", 1, "name_or_brace"],
    ['{"a": NaN}', 6, "value"],
  ])("finds the error in %j at offset %i", (text, offset, expected) => {
    expect(parses(text)).toBe(false);
    expect(locateJsonSyntaxError(text)).toEqual({ offset, expected });
  });

  it.each(['{"a": [1, 2.5e-3, -0, true, false, null, "\\u00e9\\n"]}', "  []  ", '"x"', "0", '{"":{}}'])("finds nothing in valid JSON %j", (text) => {
    expect(locateJsonSyntaxError(text)).toBeUndefined();
  });

  it("handles 100,000 levels of nesting without recursion", () => {
    const depth = 100_000;
    expect(locateJsonSyntaxError("[".repeat(depth) + "]".repeat(depth))).toBeUndefined();
    expect(locateJsonSyntaxError("[".repeat(depth) + "]".repeat(depth - 1) + "}")).toEqual({ offset: 2 * depth - 1, expected: "comma_or_bracket" });
  });

  propertyTest.prop([fc.jsonValue()])("finds nothing in anything JSON.stringify writes", (value) => {
    expect(locateJsonSyntaxError(JSON.stringify(value, null, 1))).toBeUndefined();
  });

  propertyTest.prop([fc.jsonValue(), fc.nat(), fc.constantFrom("", ",", "}", "]", ":", '"', "x", "\n", "0")])(
    "agrees with JSON.parse on damaged JSON",
    (value, position, insert) => {
      const text = JSON.stringify(value);
      const at = position % (text.length + 1);
      const damaged = text.slice(0, at) + insert + text.slice(at + 1);
      expect(locateJsonSyntaxError(damaged) === undefined).toBe(parses(damaged));
    },
  );
});

describe("lineAndColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd\nef", 8)).toEqual({ line: 3, column: 3 });
  });
});
