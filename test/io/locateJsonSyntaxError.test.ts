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

describe("locateJsonSyntaxError", () => {
  it.each([
    ['{"a": 1,}', 8, "a property name in double quotes"],
    ["[1, 2,, 3]", 6, "a value"],
    ['{"a" 1}', 5, "':'"],
    ['{"a": 1 "b": 2}', 8, "',' or '}'"],
    ["[1 2]", 3, "',' or ']'"],
    ["", 0, "a value"],
    ["{", 1, "a property name in double quotes or '}'"],
    ['{"a": tru}', 6, "a value"],
    ["01", 1, "end of input"],
    ['{"a": 1} x', 9, "end of input"],
    ['"tab\there"', 4, "no control character inside a string (write it as an escape such as \\n)"],
    ['{"a": "unterminated', 19, "a closing double quote"],
    ['["bad \\x escape"]', 6, "a valid escape after \\"],
    ['["\\u12G4"]', 2, "four hex digits after \\u"],
    ['{"a\nb": 1}', 3, "no control character inside a string (write it as an escape such as \\n)"],
    ["{'a': 1}", 1, "a property name in double quotes or '}'"],
    ['{"a": NaN}', 6, "a value"],
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
    expect(locateJsonSyntaxError("[".repeat(depth) + "]".repeat(depth - 1) + "}")).toEqual({ offset: 2 * depth - 1, expected: "',' or ']'" });
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
