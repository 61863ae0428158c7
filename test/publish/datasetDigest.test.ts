// datasetDigest and the canonical JSON under it (RFC 8785): expected digests computed by
// Node's own crypto on canonical texts written by hand, never by the code under test.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { OpcatError } from "../../src/errors/OpcatError";
import { canonicalJson } from "../../src/publish/canonicalJson";
import { datasetDigest } from "../../src/publish/datasetDigest";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: [true, null] }, '{"a":[true,null],"b":1}'],
    [{ é: 1, e: 2, E: 3, "10": 4, "9": 5 }, '{"10":4,"9":5,"E":3,"e":2,"é":1}'],
    [{ a: undefined, b: [undefined, 1] }, '{"b":[null,1]}'],
    [{ n: 1e21, m: 0.1 + 0.2, z: -0 }, '{"m":0.30000000000000004,"n":1e+21,"z":0}'],
    [{ s: "line\nquote\"\u2028\ud800" }, '{"s":"line\\nquote\\"\u2028\\ud800"}'],
    [[], "[]"],
  ])("writes %j as %s", (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  // RFC 8785 §3.2.3: keys sorted by UTF-16 code units, so "\u20ac" (U+20AC) comes before "\ud83d\ude00" (U+1F600).
  it("sorts keys by UTF-16 code units, not code points", () => {
    expect(canonicalJson({ "\u{1F600}": 1, "\u20AC": 2, "\uFB33": 3 })).toBe('{"\u20AC":2,"\u{1F600}":1,"\uFB33":3}');
  });

  it.each([
    ["a number that is not finite", { visits: [{ teamSize: Number.NaN }] }, ["visits", 0, "teamSize"]],
    ["Infinity", { x: Number.POSITIVE_INFINITY }, ["x"]],
    ["a bigint", { x: 1n }, ["x"]],
    ["a function", { x: () => 1 }, ["x"]],
  ] as const)("refuses %s with schema.invalid_value at its path", (_name, value, path) => {
    let caught: unknown;
    try {
      canonicalJson(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OpcatError);
    expect([(caught as OpcatError).code, (caught as OpcatError).path]).toEqual(["schema.invalid_value", path]);
  });

  it("refuses a cycle and deep nesting, never overflowing the stack", () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle["self"] = cycle;
    expect(() => canonicalJson(cycle)).toThrow(OpcatError);
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(/Nested deeper than 64 levels/);
  });

  it("says schema.unreadable for a revoked proxy or a throwing getter", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = Object.defineProperty({}, "x", { enumerable: true, get: () => { throw new Error("no"); } });
    for (const value of [proxy, getter]) expect(() => canonicalJson(value)).toThrow(expect.objectContaining({ code: "schema.unreadable" }));
  });
});

describe("datasetDigest", () => {
  it("is the SHA-256 of the canonical JSON, as Node's crypto computes it", () => {
    expect(datasetDigest({ b: 1, a: [true, null] })).toBe(sha256('{"a":[true,null],"b":1}'));
    expect(datasetDigest("Қазақстан")).toBe(sha256('"Қазақстан"'));
  });

  it("of the example dataset: the digest of its JSON with keys sorted (computed apart, by a sorting replacer)", () => {
    const dataset: unknown = JSON.parse(readFileSync("examples/data/kz-2023.json", "utf8"));
    const sorted = (_key: string, value: unknown): unknown =>
      typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value;
    expect(datasetDigest(dataset)).toBe(sha256(JSON.stringify(dataset, sorted)));
    expect(datasetDigest(dataset)).toMatch(/^[0-9a-f]{64}$/);
  });

  propertyTest.prop([fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 8 }), fc.integer()])("does not depend on the order of keys", (record, seed) => {
    const keys = Object.keys(record);
    const shuffled = Object.fromEntries([...keys].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (a < b ? 1 : -1)).map((key) => [key, record[key]]));
    expect(datasetDigest(shuffled)).toBe(datasetDigest(record));
  });

  propertyTest.prop([fc.jsonValue(), fc.jsonValue()])("changes when the data changes", (a, b) => {
    fc.pre(canonicalJson(a) !== canonicalJson(b));
    expect(datasetDigest(a)).not.toBe(datasetDigest(b));
  });

  it("does not change the dataset", () => {
    const dataset = Object.freeze({ b: Object.freeze([2, 1]), a: 1 });
    datasetDigest(dataset);
    expect(dataset).toEqual({ b: [2, 1], a: 1 });
  });
});
