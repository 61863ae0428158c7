import { describe, expect, it } from "vitest";
import { createValueWalker, type ValueVisitor } from "../../src/validate/rules/walkValues";

type Path = (string | number)[];
type Met = readonly ["text" | "key" | "number" | "tooDeep" | "tooLong", unknown, Path];

/** A walker that records every call, with the path at that moment. */
function recorder(maxDepth: number) {
  const met: Met[] = [];
  const visitor: ValueVisitor = {
    text: (text, at) => met.push(["text", text, at.path()]),
    key: (key, at) => met.push(["key", key, at.path()]),
    number: (value, at) => met.push(["number", value, at.path()]),
    tooDeep: (at) => met.push(["tooDeep", undefined, at.path()]),
    tooLong: (at) => met.push(["tooLong", undefined, at.path()]),
  };
  return { met, walker: createValueWalker(visitor, maxDepth) };
}

describe("createValueWalker", () => {
  it("does not read an array longer than 65,536 entries, however sparse: it says where it is", () => {
    const { met, walker } = recorder(64);
    walker.walk({ a: ["x"], b: new Array(2 ** 32 - 1), c: new Array(65_536) }, ["visits", 0, "notes"]);
    expect(met).toEqual([
      ["key", "a", ["visits", 0, "notes", "a"]],
      ["text", "x", ["visits", 0, "notes", "a", 0]],
      ["key", "b", ["visits", 0, "notes", "b"]],
      ["tooLong", undefined, ["visits", 0, "notes", "b"]],
      ["key", "c", ["visits", 0, "notes", "c"]],
    ]);
  });

  it("meets every string, key and number, depth first in key order, with its path", () => {
    const { met, walker } = recorder(64);
    walker.walk({ a: "x", b: [1, { c: "y", d: null, e: true }], f: 2n }, ["visits", 3]);
    expect(met).toEqual([
      ["key", "a", ["visits", 3, "a"]],
      ["text", "x", ["visits", 3, "a"]],
      ["key", "b", ["visits", 3, "b"]],
      ["number", 1, ["visits", 3, "b", 0]],
      ["key", "c", ["visits", 3, "b", 1, "c"]],
      ["text", "y", ["visits", 3, "b", 1, "c"]],
      ["key", "d", ["visits", 3, "b", 1, "d"]],
      ["key", "e", ["visits", 3, "b", 1, "e"]],
      ["key", "f", ["visits", 3, "f"]],
      ["number", 2n, ["visits", 3, "f"]],
    ]);
  });

  it("walks an entry: its key first, then its value, at the path given", () => {
    const { met, walker } = recorder(64);
    walker.walkEntry("notes", ["a"], ["facilities", 0, "notes"]);
    walker.walk("alone", ["name"]);
    expect(met).toEqual([
      ["key", "notes", ["facilities", 0, "notes"]],
      ["text", "a", ["facilities", 0, "notes", 0]],
      ["text", "alone", ["name"]],
    ]);
  });

  it("meets an own __proto__ key (as JSON.parse makes it) like any other, and never inherited ones", () => {
    const { met, walker } = recorder(64);
    const value: unknown = JSON.parse('{"__proto__": {"constructor": "x"}, "toString": 1}');
    walker.walk(value, []);
    walker.walk(Object.create({ inherited: "no" }), []);
    expect(met).toEqual([
      ["key", "__proto__", ["__proto__"]],
      ["key", "constructor", ["__proto__", "constructor"]],
      ["text", "x", ["__proto__", "constructor"]],
      ["key", "toString", ["toString"]],
      ["number", 1, ["toString"]],
    ]);
  });

  it("reports the first value beyond the depth limit and reads nothing more of its container", () => {
    const { met, walker } = recorder(4);
    // The base has 2 steps: [["x", "y"], "z"] puts "x" and "y" at 4 steps, the inner ones at 5.
    walker.walk([[["x", "y"]], [["deep", "deeper"]], "z"], ["a", 0]);
    expect(met).toEqual([
      ["tooDeep", undefined, ["a", 0, 0, 0, 0]],
      ["tooDeep", undefined, ["a", 0, 1, 0, 0]],
      ["text", "z", ["a", 0, 2]],
    ]);
  });

  it("takes an empty object or array at the limit as it is", () => {
    const { met, walker } = recorder(3);
    walker.walk({ a: {}, b: [] }, ["r", 0]);
    expect(met).toEqual([
      ["key", "a", ["r", 0, "a"]],
      ["key", "b", ["r", 0, "b"]],
    ]);
  });

  it("walks a million levels without recursion, and stops at the limit", () => {
    let deep: unknown = "leaf";
    for (let level = 0; level < 1_000_000; level++) deep = [deep];
    const { met, walker } = recorder(64);
    walker.walk(deep, ["visits", 0, "notes"]);
    expect(met).toEqual([["tooDeep", undefined, ["visits", 0, "notes", ...Array<number>(62).fill(0)]]]);
  });

  it("reads a shared or cyclic object once below the top levels, so the walk ends and stays linear", () => {
    const cycle: Record<string, unknown> = { name: "c" };
    cycle["self"] = cycle;
    const { met, walker } = recorder(64);
    walker.walk({ a: { b: cycle } }, []);
    // Levels: the top object 0, a 1, cycle 2 (not remembered), cycle again 3 (remembered), again 4: skipped.
    expect(met.filter(([kind]) => kind === "text")).toEqual([
      ["text", "c", ["a", "b", "name"]],
      ["text", "c", ["a", "b", "self", "name"]],
    ]);
    // 40 levels, each an object whose two keys hold the same object below: 2^40 paths, 40 objects.
    let shared: unknown = "leaf";
    for (let level = 0; level < 40; level++) shared = { left: shared, right: shared };
    const counted = recorder(64);
    counted.walker.walk(shared, []);
    const leaves = counted.met.filter(([kind]) => kind === "text").length;
    expect(leaves).toBeLessThanOrEqual(8);
    expect(counted.met.length).toBeLessThan(1000);
  });

  it("forgets the last walk: a new one starts clean", () => {
    const { met, walker } = recorder(64);
    const shared = { deep: { deeper: { deepest: "x" } } };
    walker.walk({ one: { two: shared } }, []);
    walker.walk({ one: { two: shared } }, []);
    expect(met.filter(([kind]) => kind === "text")).toEqual([
      ["text", "x", ["one", "two", "deep", "deeper", "deepest"]],
      ["text", "x", ["one", "two", "deep", "deeper", "deepest"]],
    ]);
  });
});
