// jsonText (src/io/jsonText.ts): a value as JSON exactly, at any depth, or the problem with
// its path; what JSON.stringify would change silently is refused instead.
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { jsonText } from "../../src/io/jsonText";

/** Whether a JSON value holds −0 somewhere (which JSON.stringify writes as 0). */
function hasNegativeZero(value: unknown): boolean {
  if (Object.is(value, -0)) return true;
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).some(hasNegativeZero);
}

describe("jsonText: exact JSON", () => {
  propertyTest.prop([fc.jsonValue()], { numRuns: 500 })("reads back as the same value (−0 included), and is JSON.stringify's text when that is exact", (value) => {
    const text = jsonText(value);
    expect(typeof text).toBe("string");
    expect(JSON.parse(text as string)).toStrictEqual(value);
    if (!hasNegativeZero(value)) expect(text).toBe(JSON.stringify(value));
  });

  propertyTest.prop([fc.jsonValue(), fc.constantFrom(0, 2, 4)], { numRuns: 200 })("indents as JSON.stringify(value, null, indent)", (value, indent) => {
    fc.pre(!hasNegativeZero(value));
    expect(jsonText(value, indent)).toBe(JSON.stringify(value, null, indent));
  });

  it("writes −0 as -0, also where the exact writer indents", () => {
    expect(jsonText(-0)).toBe("-0");
    expect(jsonText({ a: [1, { b: -0 }], c: {}, d: [] }, 2)).toBe('{\n  "a": [\n    1,\n    {\n      "b": -0\n    }\n  ],\n  "c": {},\n  "d": []\n}');
  });

  it("leaves out a member whose value is undefined, as JSON.stringify does, and keeps an own __proto__ key", () => {
    expect(jsonText({ a: 1, b: undefined, c: 2 })).toBe('{"a":1,"c":2}');
    const parsed: unknown = JSON.parse('{"__proto__":{"x":1},"constructor":2}');
    expect(jsonText(parsed)).toBe('{"__proto__":{"x":1},"constructor":2}');
  });

  it("writes 100,000 levels of arrays and objects (JSON.stringify overflows the stack at a few thousand)", () => {
    const depth = 100_000;
    let array: unknown = [];
    let object: unknown = 1;
    for (let i = 0; i < depth; i++) {
      array = [array];
      object = { a: object };
    }
    expect(jsonText(array)).toBe(`${"[".repeat(depth + 1)}${"]".repeat(depth + 1)}`);
    expect(jsonText(object)).toBe(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
  });

  it("a value met twice without a cycle is written twice", () => {
    const shared = { x: 1 };
    expect(jsonText({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });
});

describe("jsonText: what JSON cannot hold, refused with its path", () => {
  class Point {
    readonly x = 1;
  }
  const cyclic: Record<string, unknown> = { a: [1, { b: 2 }] };
  ((cyclic["a"] as unknown[])[1] as Record<string, unknown>)["back"] = cyclic;
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwing = Object.defineProperty({}, "x", {
    enumerable: true,
    get() {
      throw new Error("no");
    },
  });

  it.each<[string, unknown, readonly (string | number)[], RegExp]>([
    ["a cycle", cyclic, ["a", 1, "back"], /a cycle/],
    ["NaN", { n: Number.NaN }, ["n"], /^NaN is not a number JSON can hold/],
    ["Infinity", [Number.POSITIVE_INFINITY], [0], /^Infinity is not a number/],
    ["a big integer", { b: 12n }, ["b"], /^the big integer 12n is not a JSON value/],
    ["a function", { f: () => 1 }, ["f"], /^a function is not a JSON value/],
    ["a symbol", { s: Symbol("s") }, ["s"], /^a symbol is not a JSON value/],
    ["a Map", { m: new Map() }, ["m"], /^a Map is not a JSON value/],
    ["a Date", { d: new Date(0) }, ["d"], /^a Date is not a JSON value/],
    ["a class instance", { p: new Point() }, ["p"], /^a Point is not a JSON value/],
    ["undefined in a list", [1, undefined], [1], /^undefined \(or a hole\) in a list/],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    ["a hole", [1, , 3], [1], /^undefined \(or a hole\) in a list/],
    ["undefined alone", undefined, [], /^undefined is not a JSON value/],
    ["a revoked proxy", { p: revoked.proxy }, ["p"], /^the value cannot be read/],
    ["a getter that throws", { o: throwing }, ["o", "x"], /^the value cannot be read \(no\)/],
  ])("%s", (_name, value, path, message) => {
    const problem = jsonText(value);
    expect(problem).toMatchObject({ path });
    expect((problem as { message: string }).message).toMatch(message);
  });
});
