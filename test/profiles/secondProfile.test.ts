// A second, invented country used end to end: the core must not assume Kazakhstan.
import { describe, expect, it } from "vitest";
import { CONTRACT_LISTS } from "../../src/profiles/contractLists";
import { defineProfile } from "../../src/profiles/defineProfile";
import { kz } from "../../src/profiles/kz";
import { label } from "../../src/profiles/label";
import { labelledCodes } from "../../src/profiles/labelledCodes";
import { migrateRegionCodes } from "../../src/profiles/migrateRegionCodes";
import type { ProfileDefinition } from "../../src/profiles/profile";
import { safeDefineProfile } from "../../src/profiles/safeDefineProfile";
import { schemasFor } from "../../src/profiles/schemasFor";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function unfrozenPaths(value: unknown, path = "profile"): string[] {
  if (typeof value !== "object" || value === null) return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([key, inner]) => unfrozenPaths(inner, `${path}.${key}`))];
}

const l = (en: string, ru: string, kk: string) => ({ en, ru, kk });

/** Ruritania: 2 agencies, 2 facility types, 3 regions, 2 themes, 1 legacy region code. */
const RURITANIA = deepFreeze({
  id: "rt",
  name: l("Ruritania", "Руритания", "Руритания мемлекеті"),
  lists: {
    agencies: [
      { code: "justice", labels: l("Ministry of Justice", "Министерство юстиции", "Әділет министрлігі") },
      { code: "health", labels: l("Ministry of Health", "Министерство здравоохранения", "Денсаулық сақтау министрлігі") },
    ],
    facilityTypes: [
      { code: "prison", defaultAgency: "justice", labels: l("Prison", "Тюрьма", "Түрме") },
      { code: "psychiatric_hospital", defaultAgency: "health", labels: l("Psychiatric hospital", "Психиатрическая больница", "Психиатриялық аурухана") },
    ],
    regions: [
      { code: "RT-N", labels: l("Northern Province", "Северная провинция", "Солтүстік провинция") },
      { code: "RT-S", labels: l("Southern Province", "Южная провинция", "Оңтүстік провинция") },
      { code: "RT-C", labels: l("Strelsau (capital)", "Штрельзау (столица)", "Штрельзау (астана)") },
    ],
    themes: [
      { code: "food", labels: l("Food", "Питание", "Тамақтану") },
      { code: "medical_care", labels: l("Medical care", "Медицинская помощь", "Медициналық көмек") },
    ],
  },
  rules: { minTeamSize: 2, periodicCycleYears: 2 },
  // The old North Province, out of which the capital district was later carved.
  legacyRegionCodes: [{ code: "RT-NP", replacedBy: "RT-N", splitInto: ["RT-C"] }],
} satisfies ProfileDefinition);

const rt = defineProfile(RURITANIA);
const schemas = schemasFor(rt);

const DATASET = deepFreeze({
  format: "opcat-npm/dataset@1",
  profile: "rt",
  period: { from: "2024-01-01", to: "2024-12-31" },
  facilities: [
    { id: "F-1", name: "Zenda prison", type: "prison", agency: "justice", region: "RT-N", capacity: 300 },
    { id: "F-2", name: "Strelsau psychiatric hospital", type: "psychiatric_hospital", agency: "health", region: "RT-C", openedOn: "1990-03-01", closedOn: null },
  ],
  visits: [
    { id: "V-1", type: "periodic", startedOn: "2024-02-05", endedOn: "2024-02-06", facilityIds: ["F-1"], teamSize: 2 },
    { id: "V-2", type: "special", startedOn: "2024-03-10", facilityIds: ["F-2"], trigger: { kind: "complaint", receivedOn: "2024-03-08" }, announced: false },
    { id: "V-3", type: "intermediate", startedOn: "2024-09-01", facilityIds: ["F-1"], followUpOf: "V-1" },
  ],
  recommendations: [
    {
      id: "R-1",
      visitId: "V-1",
      facilityId: "F-1",
      addressee: "justice",
      level: "facility",
      themes: ["food"],
      issuedOn: "2024-02-20",
      dueOn: "2024-05-20",
      history: [{ status: "not_implemented", on: "2024-06-01" }],
    },
    {
      id: "R-2",
      visitId: "V-2",
      facilityId: "F-2",
      addressee: "health",
      level: "facility",
      themes: ["medical_care", "food"],
      issuedOn: "2024-03-20",
      history: [
        { status: "accepted", on: "2024-04-01" },
        { status: "implemented", on: "2024-07-01" },
      ],
    },
    { id: "R-3", addressee: "justice", level: "agency", themes: ["food"], issuedOn: "2024-06-15", escalates: ["R-1"] },
  ],
  accountability: [{ id: "A-1", decidedOn: "2024-08-01", initiator: "npm_participant", measure: "administrative", officials: 1, facilityId: "F-2", agency: "health" }],
  reported: { visits: { total: 3, byType: { periodic: 1, special: 1, intermediate: 1 } }, facilitiesMonitored: 2, recommendations: 3 },
});

/** A copy of `value` with the value at `path` replaced. */
function withValue(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const copy: unknown = structuredClone(value);
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1)!] = replacement;
  return copy;
}

const unknownCode = (path: readonly (string | number)[], list: string): unknown =>
  expect.objectContaining({ code: "custom", path, params: { opcatCode: "schema.unknown_code", list, profile: "rt" } });

describe("a second profile, end to end", () => {
  it("is defined from a frozen definition, which is left as it was", () => {
    expect(safeDefineProfile(RURITANIA).success).toBe(true);
    expect(rt.id).toBe("rt");
    expect(rt.rules).toStrictEqual({ minTeamSize: 2, periodicCycleYears: 2 });
    expect(rt.lists.agencies.map((entry) => entry.code)).toEqual(["justice", "health"]);
    expect(rt.lists.facilityTypes.map((entry) => [entry.code, entry.defaultAgency])).toEqual([
      ["prison", "justice"],
      ["psychiatric_hospital", "health"],
    ]);
    expect(rt.lists.regions.map((entry) => entry.code)).toEqual(["RT-N", "RT-S", "RT-C"]);
    expect(rt.lists.themes.map((entry) => entry.code)).toEqual(["food", "medical_care"]);
    expect(rt.legacyRegionCodes).toStrictEqual([{ code: "RT-NP", replacedBy: "RT-N", splitInto: ["RT-C"] }]);
    expect(unfrozenPaths(rt)).toEqual([]);
  });

  it("takes the contract's lists from CONTRACT_LISTS", () => {
    for (const list of ["visitTypes", "statuses", "measures", "initiators", "triggerKinds", "levels"] as const) {
      expect(rt.lists[list], list).toStrictEqual(CONTRACT_LISTS[list]);
    }
  });

  it("parses a dataset in the contract with schemasFor(profile).Dataset", () => {
    const result = schemas.Dataset.safeParse(DATASET);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
    expect(result.data).toStrictEqual(DATASET);
  });

  it.each([
    ["a kz region", ["facilities", 0, "region"], "KZ-71", "regions"],
    ["a kz agency", ["facilities", 1, "agency"], "interior", "agencies"],
    ["a kz facility type", ["facilities", 0, "type"], "penal_colony", "facilityTypes"],
    ["a kz theme", ["recommendations", 1, "themes", 1], "sanitation", "themes"],
    ["a kz agency as addressee", ["recommendations", 2, "addressee"], "interior", "agencies"],
    ["a kz agency in an action", ["accountability", 0, "agency"], "health_kz", "agencies"],
    ["the kz profile", ["profile"], "kz", "profiles"],
  ] as const)("rejects %s with the path and params.opcatCode", (_name, path, value, list) => {
    const result = schemas.Dataset.safeParse(withValue(DATASET, path, value));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toStrictEqual([unknownCode(path, list)]);
  });

  it("is rejected by the kz schemas, code by code", () => {
    const issues = schemasFor(kz).Dataset.safeParse(DATASET).error?.issues ?? [];
    const paramsOf = (issue: (typeof issues)[number]): Readonly<Record<string, unknown>> | undefined => (issue.code === "custom" ? issue.params : undefined);
    // "health", "food" and "medical_care" are kz codes too: only the others are reported.
    expect(issues.map((issue) => [issue.path.join("."), paramsOf(issue)?.["list"]])).toEqual([
      ["profile", "profiles"],
      ["facilities.0.type", "facilityTypes"],
      ["facilities.0.agency", "agencies"],
      ["facilities.0.region", "regions"],
      ["facilities.1.type", "facilityTypes"],
      ["facilities.1.region", "regions"],
      ["recommendations.0.addressee", "agencies"],
      ["recommendations.2.addressee", "agencies"],
    ]);
    expect(issues.map((issue) => paramsOf(issue)?.["opcatCode"])).toEqual(issues.map(() => "schema.unknown_code"));
  });

  it("labels its codes in all three languages", () => {
    expect(label(rt, "regions", "RT-C", "en")).toBe("Strelsau (capital)");
    expect(label(rt, "regions", "RT-C", "ru")).toBe("Штрельзау (столица)");
    expect(label(rt, "regions", "RT-C", "kk")).toBe("Штрельзау (астана)");
    expect(label(rt, "facilityTypes", "psychiatric_hospital", "kk")).toBe("Психиатриялық аурухана");
    expect(label(rt, "agencies", "justice", "ru")).toBe("Министерство юстиции");
    expect(label(rt, "measures", "administrative", "kk")).toBe("Әкімшілік");
    expect(label(rt, "regions", "KZ-71", "ru")).toBe("KZ-71");
    expect(label(rt, "regions", "RT-NP", "en")).toBe("RT-NP");
  });

  it("lists its codes with labels in all three languages, in its order", () => {
    expect(labelledCodes(rt, "agencies", "en")).toStrictEqual([
      { code: "justice", label: "Ministry of Justice" },
      { code: "health", label: "Ministry of Health" },
    ]);
    expect(labelledCodes(rt, "regions", "ru")).toStrictEqual([
      { code: "RT-N", label: "Северная провинция" },
      { code: "RT-S", label: "Южная провинция" },
      { code: "RT-C", label: "Штрельзау (столица)" },
    ]);
    expect(labelledCodes(rt, "themes", "kk")).toStrictEqual([
      { code: "food", label: "Тамақтану" },
      { code: "medical_care", label: "Медициналық көмек" },
    ]);
    expect(labelledCodes(rt, "visitTypes", "en").map((option) => option.code)).toEqual(["periodic", "intermediate", "special"]);
  });

  it("migrates its legacy region code, and then the dataset is valid", () => {
    const submitted = deepFreeze(withValue(withValue(DATASET, ["facilities", 0, "region"], "RT-NP"), ["facilities", 1, "region"], "KZ-AST") as typeof DATASET);
    expect(schemas.Dataset.safeParse(submitted).error?.issues).toStrictEqual([unknownCode(["facilities", 0, "region"], "regions"), unknownCode(["facilities", 1, "region"], "regions")]);

    const { dataset, changes } = migrateRegionCodes(submitted, rt);
    expect(changes).toStrictEqual([{ path: ["facilities", 0, "region"], facilityId: "F-1", from: "RT-NP", to: "RT-N", mayNowBeIn: ["RT-C"] }]);
    // A kz legacy code means nothing to this profile: it stays, and the validator reports it.
    expect(dataset.facilities[1]).toBe(submitted.facilities[1]);
    expect(schemas.Dataset.safeParse(dataset).error?.issues).toStrictEqual([unknownCode(["facilities", 1, "region"], "regions")]);

    const fixed = migrateRegionCodes(withValue(submitted, ["facilities", 1, "region"], "RT-C") as typeof DATASET, rt).dataset;
    expect(schemas.Dataset.safeParse(fixed).success).toBe(true);
    expect(migrateRegionCodes(fixed, kz).changes).toEqual([]);
  });

  it("has its own rules", () => {
    expect(rt.rules.minTeamSize).toBe(2);
    expect(kz.rules.minTeamSize).toBe(3);
  });
});
