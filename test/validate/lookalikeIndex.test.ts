import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { idAsRead } from "../../src/validate/idAsRead";
import { createIdIndex } from "../../src/validate/idIndex";
import { createLookalikeIndex, type Lookalike } from "../../src/validate/lookalikeIndex";

/** Adds ids as the validator does: the exact index first, the look-alike index only for an id not seen exactly. */
function addAll(ids: readonly string[], lookups: "many" | "few") {
  const exact = createIdIndex(0, lookups);
  const asRead = createLookalikeIndex(exact);
  const found = ids.map((id, position) => (exact.add(id, position) >= 0 ? "duplicate" : asRead.add(id, position)));
  return { exact, asRead, found };
}

describe("createLookalikeIndex", () => {
  it("names the first earlier record whose id reads the same, in whichever spelling came first", () => {
    const ids = ["F-1\u200b", "F-2", "F-1", "F-1 ", "F-1", "\u0415-1", "E-1", "F-3"];
    expect(addAll(ids, "many").found).toEqual([
      undefined,
      undefined,
      { position: 0, id: "F-1\u200b" },
      { position: 0, id: "F-1\u200b" },
      "duplicate",
      undefined,
      { position: 5, id: "\u0415-1" },
      undefined,
    ]);
  });

  it("prefers a spelling as read that came before an odd one", () => {
    expect(addAll(["R-1", "R-1\u00a0", "R\u20111"], "few").found).toEqual([undefined, { position: 0, id: "R-1" }, { position: 0, id: "R-1" }]);
  });

  it("finds, for a reference no record has exactly, the first record that reads the same", () => {
    const { asRead } = addAll(["V-1", "V-2\u200b", "V-2"], "many");
    expect(asRead.find("V-1 ")).toEqual({ position: 0, id: "V-1" });
    expect(asRead.find("V-2")).toEqual({ position: 1, id: "V-2\u200b" });
    expect(asRead.find("V\u20132")).toEqual({ position: 1, id: "V-2\u200b" });
    expect(asRead.find("v-1")).toBeUndefined();
    expect(asRead.find("V-3")).toBeUndefined();
  });

  // A quadratic reference: for each record, the first earlier one that reads the same (none for an exact repeat).
  const naive = (ids: readonly string[]): (Lookalike | "duplicate" | undefined)[] =>
    ids.map((id, position) => {
      if (ids.slice(0, position).includes(id)) return "duplicate";
      const earlier = ids.slice(0, position).findIndex((other) => idAsRead(other) === idAsRead(id));
      return earlier < 0 ? undefined : { position: earlier, id: ids[earlier] ?? "" };
    });
  const spelling = fc.oneof(
    fc.constantFrom("F-1", "F-1\u200b", "F-1 ", " F-1", "F\u20111", "F-2", "F-2\u00ad", "\u0415-1", "E-1", "E\u0301-1", "\u00c9-1", "f-1", "\u0420-1", "P-1"),
    // Many readings, so that the table grows.
    fc.string({ unit: fc.constantFrom("a", "\u0430", "1", " ", "\u200b", "-", "\u2013"), maxLength: 6 }),
  );

  propertyTest.prop([fc.array(spelling, { maxLength: 120 }), fc.constantFrom("many" as const, "few" as const), fc.array(spelling, { maxLength: 8 })])(
    "agrees with comparing every pair, for ids and for references",
    (ids, lookups, references) => {
      const { asRead, found } = addAll(ids, lookups);
      expect(found).toEqual(naive(ids));
      for (const reference of references.filter((id) => !ids.includes(id))) {
        const earlier = ids.findIndex((id) => idAsRead(id) === idAsRead(reference));
        expect(asRead.find(reference)).toEqual(earlier < 0 ? undefined : { position: earlier, id: ids[earlier] });
      }
    },
  );
});
