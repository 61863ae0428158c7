import { describe, expect, expectTypeOf, it } from "vitest";
import type { Language } from "../../src/model/language";
import type { LanguagePack } from "../../src/text/types";
import { CONTRACT_LISTS } from "../../src/profiles/contractLists";
import { kz } from "../../src/profiles/kz";
import { label } from "../../src/profiles/label";
import { labelledCodes } from "../../src/profiles/labelledCodes";
import type { CodeEntry, FacilityTypeEntry, Labels, LegacyRegionCode, ListName, Profile, ProfileLists, ProfileRules } from "../../src/profiles/profile";
import { LANGUAGES, LIST_NAMES } from "./lists";
import { AGENCIES, FACILITY_TYPES, REGIONS, THEMES } from "../fixtures/kzDesignCodes";

// The expected lists: the country lists from DESIGN.md §3 (test/fixtures/kzDesignCodes.ts), the contract lists from §2.

/** The three cities of republican significance; the other 17 are regions (oblys). */
const CITIES = ["KZ-71", "KZ-75", "KZ-79"];

/** Carved out in 2022 (Abai from East Kazakhstan, Jetisu from Almaty Region, Ulytau from Karaganda). */
const NEW_IN_2022 = ["KZ-10", "KZ-33", "KZ-62"];

const CONTRACT: Readonly<Record<Exclude<ListName, "agencies" | "facilityTypes" | "regions" | "themes">, readonly string[]>> = {
  visitTypes: ["periodic", "intermediate", "special"],
  statuses: ["issued", "accepted", "in_progress", "partially_implemented", "implemented", "not_implemented", "rejected", "withdrawn"],
  measures: ["disciplinary", "administrative", "criminal"],
  initiators: ["commissioner_office", "npm_participant"],
  triggerKinds: ["complaint", "media", "incident", "other"],
  levels: ["facility", "agency"],
};

/**
 * Codes whose Kazakh label may equal the Russian one: loanwords used unchanged in Kazakh
 * official texts. "Гауптвахта" (military guardhouse) is the term of the Kazakh versions of
 * the law on military service and of the Criminal Executive Code; Kazakh has no native word.
 */
const SAME_IN_RU_AND_KK = new Set(["facilityTypes:military_guardhouse"]);

const codesOf = (list: ListName): string[] => kz.lists[list].map((entry) => entry.code);
const entriesOf = (list: ListName): readonly CodeEntry[] => kz.lists[list];

/** Letters that are not Cyrillic (Latin look-alikes such as "A", "C", "O", "p" included). */
function nonCyrillicLetters(text: string): string[] {
  return Array.from(text.match(/(?!\p{Script=Cyrillic})\p{L}/gu) ?? []);
}

/** Paths of every object reachable from `value` that is not frozen. */
function unfrozenPaths(value: unknown, path = "kz"): string[] {
  if (typeof value !== "object" || value === null) return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([key, inner]) => unfrozenPaths(inner, `${path}.${key}`))];
}

describe("kz: identity and rules", () => {
  it("is the profile kz, named in three languages", () => {
    expect(kz.id).toBe("kz");
    expect(kz.name).toEqual({ en: "Kazakhstan", ru: "Казахстан", kk: "Қазақстан" });
  });

  it("has exactly the ten lists", () => {
    expect(Object.keys(kz.lists).sort()).toEqual([...LIST_NAMES].sort());
  });

  it("requires visit groups of at least 3 and a periodic visit every 4 years", () => {
    expect(kz.rules).toEqual({ minTeamSize: 3, periodicCycleYears: 4 });
  });
});

describe("kz: the country's lists (DESIGN §3)", () => {
  it("has the agencies, in order", () => {
    expect(codesOf("agencies")).toEqual(AGENCIES);
  });

  it("has the facility types with their default agencies, in order", () => {
    expect(kz.lists.facilityTypes.map((entry) => [entry.code, entry.defaultAgency])).toEqual(FACILITY_TYPES);
  });

  it("has the 20 regions by ISO 3166-2:KZ numeric code, in order", () => {
    expect(codesOf("regions")).toEqual(REGIONS.map(([code]) => code));
    expect(codesOf("regions")).toHaveLength(20);
  });

  it.each(REGIONS)("labels %s in English as %s", (code, name) => {
    const english = label(kz, "regions", code, "en");
    expect(CITIES.includes(code) || name.endsWith(" Region") ? english : english.replace(/ Region$/, "")).toBe(name);
  });

  it("has the themes, in order", () => {
    expect(codesOf("themes")).toEqual(THEMES);
  });

  it("does not list a legacy letter code as a region", () => {
    expect(codesOf("regions").filter((code) => !/^KZ-\d\d$/.test(code))).toEqual([]);
  });
});

describe("kz: the contract's lists (DESIGN §2)", () => {
  it.each(Object.entries(CONTRACT))("%s has exactly the contract's codes, in order", (list, codes) => {
    expect(codesOf(list as ListName)).toEqual(codes);
  });

  it.each(Object.keys(CONTRACT))("%s uses the library's labels (CONTRACT_LISTS)", (list) => {
    const name = list as keyof typeof CONTRACT_LISTS;
    expect(kz.lists[name]).toEqual(CONTRACT_LISTS[name]);
  });

  it("labels the visit types as published (periodic = planned, intermediate = follow-up)", () => {
    expect(label(kz, "visitTypes", "periodic", "en")).toMatch(/planned/i);
    expect(label(kz, "visitTypes", "intermediate", "en")).toMatch(/follow-up/i);
  });
});

describe("kz: labels", () => {
  it.each(LIST_NAMES)("every code of %s has a non-blank label in en, ru and kk", (list) => {
    for (const entry of entriesOf(list)) {
      const labels: Partial<Record<string, unknown>> = entry.labels;
      for (const lang of LANGUAGES) {
        const text = labels[lang];
        expect(typeof text === "string" && text.trim() !== "", `${list} / ${entry.code} / ${lang}: missing or blank label`).toBe(true);
      }
    }
  });

  it.each(LIST_NAMES)("labels of %s have no stray white space", (list) => {
    for (const entry of entriesOf(list)) {
      for (const lang of LANGUAGES) {
        const text = entry.labels[lang] ?? "";
        expect(text === text.trim() && !/\s{2}/.test(text), `${list} / ${entry.code} / ${lang}: stray white space in ${JSON.stringify(text)}`).toBe(true);
      }
    }
  });

  it.each(LIST_NAMES)("ru and kk labels of %s are written in Cyrillic only (no Latin letters)", (list) => {
    for (const entry of entriesOf(list)) {
      for (const lang of ["ru", "kk"] as const) {
        const text = entry.labels[lang] ?? "";
        expect(nonCyrillicLetters(text), `${list} / ${entry.code} / ${lang}: non-Cyrillic letters in ${JSON.stringify(text)}`).toEqual([]);
        expect(text, `${list} / ${entry.code} / ${lang}: Latin letters`).not.toMatch(/[A-Za-z]/);
        expect(text, `${list} / ${entry.code} / ${lang}: no Cyrillic letter`).toMatch(/\p{Script=Cyrillic}/u);
      }
    }
  });

  it("spots Latin look-alikes in Cyrillic text (the check itself)", () => {
    expect(nonCyrillicLetters("Ішкі істер министрлігі")).toEqual([]);
    expect(nonCyrillicLetters("Министерствo (IVS)")).toEqual(["o", "I", "V", "S"]);
  });

  it.each(LIST_NAMES)("kk labels of %s differ from the ru ones (no copy-paste)", (list) => {
    for (const entry of entriesOf(list)) {
      if (SAME_IN_RU_AND_KK.has(`${list}:${entry.code}`)) continue;
      expect(entry.labels.kk, `${list} / ${entry.code} / kk: same as the ru label`).not.toBe(entry.labels.ru);
    }
  });

  it("keeps the allow-list of kk = ru labels short and current", () => {
    for (const key of SAME_IN_RU_AND_KK) {
      const [list, code] = key.split(":") as [ListName, string];
      const entry = entriesOf(list).find((candidate) => candidate.code === code);
      expect(entry?.labels.kk, key).toBe(entry?.labels.ru);
    }
  });

  it.each(LIST_NAMES)("en labels of %s differ from the ru and kk ones", (list) => {
    for (const entry of entriesOf(list)) {
      expect(entry.labels.en, `${list} / ${entry.code} / en`).not.toBe(entry.labels.ru);
      expect(entry.labels.en, `${list} / ${entry.code} / en`).not.toBe(entry.labels.kk);
    }
  });

  it.each(LIST_NAMES)("no two codes of %s share a label in one language", (list) => {
    for (const lang of LANGUAGES) {
      const labels = entriesOf(list).map((entry) => entry.labels[lang]);
      expect(new Set(labels).size, `${list} / ${lang}: ${labels.join(" | ")}`).toBe(labels.length);
    }
  });

  it.each(REGIONS)("%s is an oblys or a city in ru and kk", (code) => {
    const ru = label(kz, "regions", code, "ru");
    const kk = label(kz, "regions", code, "kk");
    expect(kk, `regions / ${code} / kk`).toMatch(/(?:облысы|қаласы)$/);
    expect(ru, `regions / ${code} / ru`).toMatch(/область|город/i);
    if (CITIES.includes(code)) {
      expect(kk, `regions / ${code} / kk`).toMatch(/қаласы$/);
      expect(ru, `regions / ${code} / ru`).toMatch(/город/);
    } else {
      expect(kk, `regions / ${code} / kk`).toMatch(/облысы$/);
      expect(ru, `regions / ${code} / ru`).toMatch(/область/i);
    }
  });

  it("labels a few codes as the design describes them", () => {
    expect(label(kz, "agencies", "interior", "en")).toBe("Ministry of Internal Affairs");
    expect(label(kz, "agencies", "national_security", "en")).toBe("National Security Committee");
    expect(label(kz, "agencies", "education", "en")).toMatch(/Enlightenment/);
    expect(label(kz, "agencies", "local_executive", "en")).toMatch(/akimats/);
    expect(label(kz, "regions", "KZ-75", "ru")).toBe("город Алматы");
    expect(label(kz, "regions", "KZ-71", "kk")).toBe("Астана қаласы");
    expect(label(kz, "agencies", "interior", "kk")).toBe("Ішкі істер министрлігі");
    expect(label(kz, "measures", "criminal", "ru")).toBe("Уголовная");
  });
});

describe("kz: legacy region codes", () => {
  const legacy = (code: string): LegacyRegionCode | undefined => kz.legacyRegionCodes.find((entry) => entry.code === code);

  it.each([
    ["KZ-AST", "KZ-71", []],
    ["KZ-ALA", "KZ-75", []],
    ["KZ-VOS", "KZ-63", ["KZ-10"]],
    ["KZ-ALM", "KZ-19", ["KZ-33"]],
    ["KZ-KAR", "KZ-35", ["KZ-62"]],
  ])("%s is replaced by %s (may now be in %j)", (code, replacedBy, splitInto) => {
    expect(legacy(code)).toEqual({ code, replacedBy, splitInto });
  });

  it("has only letter codes, each once, none of them a current region", () => {
    const codes = kz.legacyRegionCodes.map((entry) => entry.code);
    expect(codes.filter((code) => !/^KZ-[A-Z]{3}$/.test(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => codesOf("regions").includes(code))).toEqual([]);
  });

  it("maps one letter code to each region that existed before 2022, and the new regions only through splits", () => {
    const replacedBy = kz.legacyRegionCodes.map((entry) => entry.replacedBy).sort();
    expect(replacedBy).toEqual(REGIONS.map(([code]) => code).filter((code) => !NEW_IN_2022.includes(code)).sort());
    const splits = kz.legacyRegionCodes.flatMap((entry) => entry.splitInto).sort();
    expect(splits).toEqual(expect.arrayContaining(NEW_IN_2022));
    expect(splits.filter((code) => !codesOf("regions").includes(code))).toEqual([]);
  });
});

describe("kz: immutability", () => {
  it("is deeply frozen", () => {
    expect(unfrozenPaths(kz)).toEqual([]);
  });

  it("rejects writes at every level", () => {
    const write = (target: object, key: string, value: unknown) => () => {
      (target as Record<string, unknown>)[key] = value;
    };
    expect(write(kz, "id", "xx")).toThrow(TypeError);
    expect(write(kz.rules, "minTeamSize", 1)).toThrow(TypeError);
    expect(write(kz.lists, "regions", [])).toThrow(TypeError);
    expect(() => (kz.lists.regions as CodeEntry[]).push({ code: "KZ-99", labels: { en: "x", ru: "х", kk: "х" } })).toThrow(TypeError);
    expect(write(kz.lists.agencies[0]!.labels, "en", "Police")).toThrow(TypeError);
    expect(write(kz.legacyRegionCodes[0]!, "replacedBy", "KZ-10")).toThrow(TypeError);
    expect(label(kz, "agencies", "interior", "en")).toBe("Ministry of Internal Affairs");
  });
});

describe("kz: types", () => {
  it("pins Profile, its parts, ListName and the label helpers", () => {
    expectTypeOf<ListName>().toEqualTypeOf<
      "agencies" | "facilityTypes" | "regions" | "themes" | "visitTypes" | "statuses" | "measures" | "initiators" | "triggerKinds" | "levels"
    >();
    expectTypeOf<Labels>().toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf<CodeEntry>().toEqualTypeOf<{ readonly code: string; readonly labels: Labels }>();
    expectTypeOf<CodeEntry<"a" | "b">["code"]>().toEqualTypeOf<"a" | "b">();
    expectTypeOf<FacilityTypeEntry>().toEqualTypeOf<{ readonly code: string; readonly labels: Labels; readonly defaultAgency: string }>();
    expectTypeOf<LegacyRegionCode>().toEqualTypeOf<{ readonly code: string; readonly replacedBy: string; readonly splitInto: readonly string[] }>();
    expectTypeOf<ProfileRules>().toEqualTypeOf<{ readonly minTeamSize: number; readonly periodicCycleYears: number }>();
    expectTypeOf<Profile>().toEqualTypeOf<{
      readonly id: string;
      readonly languages: readonly string[];
      readonly name: Labels;
      readonly lists: ProfileLists;
      readonly rules: ProfileRules;
      readonly legacyRegionCodes: readonly LegacyRegionCode[];
    }>();
    expectTypeOf<ProfileLists["facilityTypes"]>().toEqualTypeOf<readonly FacilityTypeEntry[]>();
    expectTypeOf<ProfileLists["regions"]>().toEqualTypeOf<readonly CodeEntry[]>();
    expectTypeOf<ProfileLists["visitTypes"][number]["code"]>().toEqualTypeOf<"periodic" | "intermediate" | "special">();
    expectTypeOf<ProfileLists["measures"][number]["code"]>().toEqualTypeOf<"disciplinary" | "administrative" | "criminal">();
    expectTypeOf<ProfileLists["initiators"][number]["code"]>().toEqualTypeOf<"commissioner_office" | "npm_participant">();
    expectTypeOf<ProfileLists["triggerKinds"][number]["code"]>().toEqualTypeOf<"complaint" | "media" | "incident" | "other">();
    expectTypeOf<ProfileLists["levels"][number]["code"]>().toEqualTypeOf<"facility" | "agency">();
    expectTypeOf<ProfileLists["statuses"][number]["code"]>().toEqualTypeOf<
      "issued" | "accepted" | "in_progress" | "partially_implemented" | "implemented" | "not_implemented" | "rejected" | "withdrawn"
    >();
    expectTypeOf(kz).toEqualTypeOf<Profile>();
    expectTypeOf(label).parameters.toEqualTypeOf<[profile: Profile, list: ListName, code: string, lang: string | LanguagePack]>();
    expectTypeOf(label).returns.toEqualTypeOf<string>();
    expectTypeOf(labelledCodes).parameters.toEqualTypeOf<[profile: Profile, list: ListName, lang: string | LanguagePack]>();
    expectTypeOf(labelledCodes).returns.toEqualTypeOf<{ readonly code: string; readonly label: string }[]>();
    expectTypeOf<Language>().toEqualTypeOf<"en" | "ru" | "kk">();
  });
});
