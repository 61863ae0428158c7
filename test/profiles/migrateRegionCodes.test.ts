import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, expectTypeOf, it } from "vitest";
import { defineProfile } from "../../src/profiles/defineProfile";
import { kz } from "../../src/profiles/kz";
import { migrateRegionCodes, type RegionCodeChange, type RegionCodeMigration } from "../../src/profiles/migrateRegionCodes";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const LEGACY_CODES = kz.legacyRegionCodes.map((entry) => entry.code);
const CURRENT_CODES = kz.lists.regions.map((entry) => entry.code);

function facility(id: string, region: unknown, extra: Record<string, unknown> = {}) {
  return { id, name: `Facility ${id}`, type: "police_unit", agency: "interior", region, ...extra };
}

describe("migrateRegionCodes with kz", () => {
  const input = deepFreeze({
    format: "opcat-npm/dataset@1",
    profile: "kz",
    period: { from: "2023-01-01", to: "2023-12-31" },
    facilities: [
      facility("F-1", "KZ-AST"),
      facility("F-2", "KZ-71"),
      facility("F-3", "KZ-VOS", { capacity: 40, note: "kept" }),
      facility("F-4", "KZ-ALA"),
      facility("F-5", "KZ-ALM"),
      facility("F-6", "KZ-KAR"),
      facility("F-7", "KZ-ast"),
    ],
    visits: [{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1"] }],
    recommendations: [],
    accountability: [],
    extra: { kept: true },
  });

  it("replaces each legacy code and reports exactly the changes", () => {
    const { dataset, changes } = migrateRegionCodes(input, kz);
    expect(dataset.facilities.map((f) => f.region)).toEqual(["KZ-71", "KZ-71", "KZ-63", "KZ-75", "KZ-19", "KZ-35", "KZ-ast"]);
    expect(changes).toStrictEqual([
      { path: ["facilities", 0, "region"], facilityId: "F-1", from: "KZ-AST", to: "KZ-71", mayNowBeIn: [] },
      { path: ["facilities", 2, "region"], facilityId: "F-3", from: "KZ-VOS", to: "KZ-63", mayNowBeIn: ["KZ-10"] },
      { path: ["facilities", 3, "region"], facilityId: "F-4", from: "KZ-ALA", to: "KZ-75", mayNowBeIn: [] },
      { path: ["facilities", 4, "region"], facilityId: "F-5", from: "KZ-ALM", to: "KZ-19", mayNowBeIn: ["KZ-33"] },
      { path: ["facilities", 5, "region"], facilityId: "F-6", from: "KZ-KAR", to: "KZ-35", mayNowBeIn: ["KZ-62"] },
    ]);
  });

  it("never mutates the input (frozen deeply before the call)", () => {
    const before = structuredClone(input);
    expect(() => migrateRegionCodes(input, kz)).not.toThrow();
    expect(input).toStrictEqual(before);
  });

  it("returns a new dataset that keeps everything else, by reference", () => {
    const { dataset } = migrateRegionCodes(input, kz);
    expect(dataset).not.toBe(input);
    expect(dataset.facilities).not.toBe(input.facilities);
    expect(Object.keys(dataset)).toEqual(Object.keys(input));
    expect(dataset.visits).toBe(input.visits);
    expect(dataset.period).toBe(input.period);
    expect(dataset.extra).toBe(input.extra);
  });

  it("keeps unchanged facilities as the same objects and copies the changed ones whole", () => {
    const { dataset } = migrateRegionCodes(input, kz);
    expect(dataset.facilities[1]).toBe(input.facilities[1]);
    expect(dataset.facilities[6]).toBe(input.facilities[6]);
    expect(dataset.facilities[0]).not.toBe(input.facilities[0]);
    expect(dataset.facilities[2]).toStrictEqual({ ...input.facilities[2], region: "KZ-63" });
  });

  it("gives the same dataset back when nothing is legacy", () => {
    const current = deepFreeze({ facilities: [facility("F-1", "KZ-71"), facility("F-2", "KZ-10")] });
    const result = migrateRegionCodes(current, kz);
    expect(result.dataset).toBe(current);
    expect(result.changes).toEqual([]);
  });

  it("reports a facility without an id, or with an odd one, as it is", () => {
    const { changes } = migrateRegionCodes({ facilities: [{ region: "KZ-AST" }, { id: 7, region: "KZ-SHY" }] }, kz);
    expect(changes).toStrictEqual([
      { path: ["facilities", 0, "region"], facilityId: undefined, from: "KZ-AST", to: "KZ-71", mayNowBeIn: [] },
      { path: ["facilities", 1, "region"], facilityId: 7, from: "KZ-SHY", to: "KZ-79", mayNowBeIn: [] },
    ]);
  });

  it("does nothing with a profile that has no legacy codes", () => {
    const l = (text: string) => ({ en: text, ru: text, kk: text });
    const profile = defineProfile({
      id: "plain",
      name: l("Plain"),
      lists: {
        agencies: [{ code: "a", labels: l("A") }],
        facilityTypes: [{ code: "t", defaultAgency: "a", labels: l("T") }],
        regions: [{ code: "KZ-71", labels: l("R") }],
        themes: [{ code: "x", labels: l("X") }],
      },
      rules: { minTeamSize: 1, periodicCycleYears: 1 },
    });
    const result = migrateRegionCodes(input, profile);
    expect(result.dataset).toBe(input);
    expect(result.changes).toEqual([]);
  });

  it("does not pollute Object.prototype through a __proto__ key of JSON input", () => {
    const parsed: unknown = JSON.parse('{"__proto__":{"polluted":1},"facilities":[{"__proto__":{"polluted":2},"id":"F-1","region":"KZ-AST"}]}');
    const { dataset, changes } = migrateRegionCodes(parsed, kz);
    expect(changes).toHaveLength(1);
    expect(Object.prototype).not.toHaveProperty("polluted");
    const migrated = (dataset as { facilities: Record<string, unknown>[] }).facilities[0]!;
    expect(Object.getPrototypeOf(migrated)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(migrated, "__proto__")?.value).toEqual({ polluted: 2 });
  });
});

describe("migrateRegionCodes: input that is not a dataset comes back unchanged", () => {
  const holes: unknown[] = [];
  holes[2] = { region: "KZ-71" };
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "KZ-AST"],
    ["a number", 42],
    ["an array of facilities", [{ region: "KZ-AST" }]],
    ["an object without facilities", { format: "opcat-npm/dataset@1" }],
    ["facilities as a string", { facilities: "x" }],
    ["facilities as null", { facilities: null }],
    ["facilities as an object", { facilities: { 0: { region: "KZ-AST" } } }],
    ["facilities with non-string regions", { facilities: [{ id: "F-1", region: 71 }, { id: "F-2", region: null }, { id: "F-3" }, { id: "F-4", region: ["KZ-AST"] }, { id: "F-5", region: { code: "KZ-AST" } }] }],
    ["facilities that are not objects", { facilities: ["KZ-AST", null, 7, ["KZ-AST"]] }],
    ["a sparse facilities array", { facilities: holes }],
  ])("%s", (_name, value) => {
    const frozen = deepFreeze(value);
    const result = migrateRegionCodes(frozen, kz);
    expect(result.dataset).toBe(frozen);
    expect(result.changes).toEqual([]);
  });
});

describe("migrateRegionCodes: properties", () => {
  const region = fc.oneof(fc.constantFrom(...LEGACY_CODES), fc.constantFrom(...CURRENT_CODES), fc.string({ maxLength: 8 }), fc.constant(null), fc.integer());
  const facilityArb = fc.oneof(
    { weight: 8, arbitrary: fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), region, capacity: fc.option(fc.nat()) }, { requiredKeys: ["region"] }) },
    { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.string(), fc.constantFrom(...LEGACY_CODES)) },
  );
  const datasetArb = fc.record({ profile: fc.constant("kz"), facilities: fc.array(facilityArb, { maxLength: 30 }), visits: fc.array(fc.jsonValue(), { maxLength: 2 }) });

  const isLegacy = (value: unknown): boolean => typeof value === "string" && LEGACY_CODES.includes(value);
  const regionOf = (value: unknown): unknown => (typeof value === "object" && value !== null ? (value as { region?: unknown }).region : undefined);

  propertyTest.prop([datasetArb])("after migration no facility has a legacy code; one change per legacy facility", (dataset) => {
    const frozen = deepFreeze(dataset);
    const before = structuredClone(frozen);
    const { dataset: migrated, changes } = migrateRegionCodes(frozen, kz);
    expect(migrated.facilities.filter((f) => isLegacy(regionOf(f)))).toEqual([]);
    expect(changes).toHaveLength(frozen.facilities.filter((f) => isLegacy(regionOf(f))).length);
    // toEqual: fast-check also makes objects without a prototype, which structuredClone does not keep.
    expect(frozen).toEqual(before);
    expect(migrated.facilities).toHaveLength(frozen.facilities.length);
    frozen.facilities.forEach((original, index) => {
      const change = changes.find((candidate) => candidate.path[1] === index);
      if (change === undefined) {
        expect(migrated.facilities[index]).toBe(original);
      } else {
        expect(change.path).toEqual(["facilities", index, "region"]);
        expect(change.from).toBe(regionOf(original));
        expect(regionOf(migrated.facilities[index])).toBe(change.to);
        expect(CURRENT_CODES).toContain(change.to);
        expect({ ...(migrated.facilities[index] as object), region: change.from }).toEqual(original);
      }
    });
  });

  propertyTest.prop([datasetArb])("migrating twice changes nothing more", (dataset) => {
    const once = migrateRegionCodes(deepFreeze(dataset), kz).dataset;
    const twice = migrateRegionCodes(once, kz);
    expect(twice.changes).toEqual([]);
    expect(twice.dataset).toBe(once);
  });

  propertyTest.prop([fc.anything()])("never throws and changes nothing in values without legacy facilities", (value) => {
    const result = migrateRegionCodes(value, kz);
    if (result.changes.length === 0) expect(result.dataset).toBe(value);
  });
});

describe("migrateRegionCodes: types", () => {
  it("keeps the type of the dataset", () => {
    const typed = { facilities: [{ id: "F-1", region: "KZ-AST" }], year: 2023 };
    expectTypeOf(migrateRegionCodes(typed, kz)).toEqualTypeOf<RegionCodeMigration<typeof typed>>();
    expectTypeOf(migrateRegionCodes(null, kz).dataset).toEqualTypeOf<null>();
    expectTypeOf<RegionCodeMigration<unknown>["changes"]>().toEqualTypeOf<readonly RegionCodeChange[]>();
    expectTypeOf<RegionCodeChange>().toEqualTypeOf<{
      readonly path: readonly (string | number)[];
      readonly facilityId: unknown;
      readonly from: string;
      readonly to: string;
      readonly mayNowBeIn: readonly string[];
    }>();
  });
});
