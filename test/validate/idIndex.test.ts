import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createIdIndex } from "../../src/validate/idIndex";

// Adds the ids in order, as the validator does, and notes what each add answered.
function indexOf(ids: readonly (string | undefined)[]) {
  const index = createIdIndex(ids.length);
  const duplicates = new Map<number, number>();
  ids.forEach((id, position) => {
    if (id === undefined) return;
    const first = index.add(id, position);
    if (first >= 0) duplicates.set(position, first);
  });
  return { positionOf: index.positionOf, duplicates };
}

describe("createIdIndex", () => {
  it("finds the first position of each id and -1 for others", () => {
    const index = indexOf(["V-1", "V-2", undefined, "V-1", "V-3", "V-2"]);
    expect(["V-1", "V-2", "V-3", "V-4", "", "v-1"].map(index.positionOf)).toEqual([0, 1, 4, -1, -1, -1]);
    expect([...index.duplicates]).toEqual([
      [3, 0],
      [5, 1],
    ]);
  });

  it("knows, while it is filled, only the ids added so far", () => {
    const index = createIdIndex(3);
    expect(index.positionOf("R-2")).toBe(-1);
    expect(index.add("R-1", 0)).toBe(-1);
    expect(index.positionOf("R-2")).toBe(-1);
    expect(index.add("R-2", 1)).toBe(-1);
    expect(index.add("R-1", 2)).toBe(0);
    expect([index.positionOf("R-1"), index.positionOf("R-2")]).toEqual([0, 1]);
  });

  it("indexes nothing", () => {
    const index = indexOf([]);
    expect(index.positionOf("R-1")).toBe(-1);
    expect(index.duplicates.size).toBe(0);
  });

  it("tells apart ids that differ only in their last characters, at scale", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `R-${String(i)}`);
    const index = indexOf(ids);
    expect(ids.every((id, i) => index.positionOf(id) === i)).toBe(true);
    expect(index.positionOf("R-50000")).toBe(-1);
    expect(index.duplicates.size).toBe(0);
  });

  it("treats ids as exact strings: no trimming, no case folding, no prototype keys", () => {
    const index = indexOf(["__proto__", "constructor", "Ж-1", "a b"]);
    expect(["__proto__", "constructor", "toString", "ж-1", "Ж-1", "a  b", "a b"].map(index.positionOf)).toEqual([0, 1, -1, -1, 2, -1, 3]);
  });

  // An independent model: a Map that keeps the first position of each id.
  propertyTest.prop([fc.array(fc.option(fc.string({ maxLength: 4 }), { nil: undefined }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 50 })])(
    "agrees with a Map of first positions, duplicates included",
    (ids, probes) => {
      const first = new Map<string, number>();
      const duplicates: [number, number][] = [];
      ids.forEach((id, position) => {
        if (id === undefined) return;
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, position);
        else duplicates.push([position, earlier]);
      });
      const index = indexOf(ids);
      for (const id of [...ids.filter((id) => id !== undefined), ...probes]) expect(index.positionOf(id)).toBe(first.get(id) ?? -1);
      expect([...index.duplicates]).toEqual(duplicates);
    },
  );
});
