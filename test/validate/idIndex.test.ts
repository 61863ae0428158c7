import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createIdIndex } from "../../src/validate/idIndex";

// Adds the ids in order, as the validator does, and notes what each add answered.
function indexOf(ids: readonly (string | undefined)[], lookups: "many" | "few") {
  const index = createIdIndex(ids.length, lookups);
  const duplicates = new Map<number, number>();
  ids.forEach((id, position) => {
    if (id === undefined) return;
    const first = index.add(id, position);
    if (first >= 0) duplicates.set(position, first);
  });
  return { positionOf: index.positionOf, duplicates };
}

describe.each(["many", "few"] as const)("createIdIndex, %s lookups", (lookups) => {
  it("finds the first position of each id and -1 for others", () => {
    const index = indexOf(["V-1", "V-2", undefined, "V-1", "V-3", "V-2"], lookups);
    expect(["V-1", "V-2", "V-3", "V-4", "", "v-1"].map(index.positionOf)).toEqual([0, 1, 4, -1, -1, -1]);
    expect([...index.duplicates]).toEqual([
      [3, 0],
      [5, 1],
    ]);
  });

  it("knows, while it is filled, only the ids added so far", () => {
    const index = createIdIndex(3, lookups);
    expect(index.positionOf("R-2")).toBe(-1);
    expect(index.add("R-1", 0)).toBe(-1);
    expect(index.positionOf("R-2")).toBe(-1);
    expect(index.add("R-2", 1)).toBe(-1);
    expect(index.add("R-1", 2)).toBe(0);
    expect([index.positionOf("R-1"), index.positionOf("R-2")]).toEqual([0, 1]);
  });

  it("answers the same whether the ids come in order, out of order, or in order then not", () => {
    const ordered = ["R-8", "R-9", "R-10", "R-11", "R-100"];
    for (const ids of [ordered, [...ordered].reverse(), [...ordered, "R-10", "R-2", "R-9"], ["A", "A", "B", "A"]]) {
      const index = indexOf(ids, lookups);
      for (const id of [...ids, "R-1", "R-12", "B-1"]) expect(index.positionOf(id)).toBe(ids.indexOf(id));
      const duplicates = ids.flatMap((id, position) => (ids.indexOf(id) < position ? [[position, ids.indexOf(id)]] : []));
      expect([...index.duplicates]).toEqual(duplicates);
    }
  });

  it("indexes nothing", () => {
    const index = indexOf([], lookups);
    expect(index.positionOf("R-1")).toBe(-1);
    expect(index.duplicates.size).toBe(0);
  });

  it("tells apart ids that differ only in their last characters, at scale", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `R-${String(i)}`);
    const index = indexOf(ids, lookups);
    expect(ids.every((id, i) => index.positionOf(id) === i)).toBe(true);
    expect(index.positionOf("R-50000")).toBe(-1);
    expect(index.duplicates.size).toBe(0);
  });

  it("treats ids as exact strings: no trimming, no case folding, no prototype keys", () => {
    const index = indexOf(["__proto__", "constructor", "Ж-1", "a b"], lookups);
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
      const index = indexOf(ids, lookups);
      for (const id of [...ids.filter((id) => id !== undefined), ...probes]) expect(index.positionOf(id)).toBe(first.get(id) ?? -1);
      expect([...index.duplicates]).toEqual(duplicates);
    },
  );

  // Mostly ordered ids (the usual export), with a few out of place: both forms get exercised.
  propertyTest.prop([fc.uniqueArray(fc.nat({ max: 5000 }), { maxLength: 200 }), fc.array(fc.nat({ max: 5000 }), { maxLength: 5 }), fc.nat({ max: 200 })])(
    "agrees with a Map of first positions on mostly ordered ids",
    (numbers, strays, at) => {
      const ids = [...numbers.sort((a, b) => a - b).map((n) => `R-${String(n)}`)];
      ids.splice(Math.min(at, ids.length), 0, ...strays.map((n) => `R-${String(n)}`));
      const index = indexOf(ids, lookups);
      for (const id of [...ids, "R-5001", "R-"]) expect(index.positionOf(id)).toBe(ids.indexOf(id));
      expect([...index.duplicates]).toEqual(ids.flatMap((id, position) => (ids.indexOf(id) < position ? [[position, ids.indexOf(id)]] : [])));
    },
  );
});
