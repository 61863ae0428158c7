import { describe, expect, it } from "vitest";
import { defineProfile } from "../../src/profiles/defineProfile";
import { kz } from "../../src/profiles/kz";
import { label } from "../../src/profiles/label";
import { labelledCodes } from "../../src/profiles/labelledCodes";
import { LANGUAGES, LIST_NAMES } from "./lists";

const CASES = LIST_NAMES.flatMap((list) => LANGUAGES.map((lang) => [list, lang] as const));

describe("labelledCodes", () => {
  it("lists the measures in Russian as documented", () => {
    expect(labelledCodes(kz, "measures", "ru")).toStrictEqual([
      { code: "disciplinary", label: "Дисциплинарная" },
      { code: "administrative", label: "Административная" },
      { code: "criminal", label: "Уголовная" },
    ]);
  });

  it("lists the initiators and levels in Kazakh", () => {
    expect(labelledCodes(kz, "initiators", "kk").map((option) => option.code)).toEqual(["commissioner_office", "npm_participant"]);
    expect(labelledCodes(kz, "levels", "en")).toStrictEqual([
      { code: "facility", label: "To the facility" },
      { code: "agency", label: "Individualized, to the ministry" },
    ]);
  });

  it("lists the 20 regions in the profile's order", () => {
    expect(labelledCodes(kz, "regions", "kk").map((option) => option.code)).toEqual([
      "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
      "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
    ]);
  });

  it.each(CASES)("%s in %s: every code, in the profile's order, with its label", (list, lang) => {
    const options = labelledCodes(kz, list, lang);
    expect(options.map((option) => option.code)).toEqual(kz.lists[list].map((entry) => entry.code));
    for (const option of options) {
      expect(Object.keys(option), `${list} / ${option.code}`).toEqual(["code", "label"]);
      expect(option.label, `${list} / ${option.code} / ${lang}`).toBe(label(kz, list, option.code, lang));
      expect(option.label.trim(), `${list} / ${option.code} / ${lang}`).not.toBe("");
    }
  });

  it("follows the order a profile gives, not an alphabetical one", () => {
    const l = (text: string) => ({ en: text, ru: `ру ${text}`, kk: `қз ${text}` });
    const profile = defineProfile({
      id: "order",
      name: l("Order"),
      lists: {
        agencies: [{ code: "z", labels: l("Z") }, { code: "a", labels: l("A") }, { code: "m", labels: l("M") }],
        facilityTypes: [{ code: "t", defaultAgency: "m", labels: l("T") }],
        regions: [{ code: "R2", labels: l("Second") }, { code: "R1", labels: l("First") }],
        themes: [{ code: "x", labels: l("X") }],
        statuses: [...kz.lists.statuses].reverse(),
      },
      rules: { minTeamSize: 1, periodicCycleYears: 1 },
    });
    expect(labelledCodes(profile, "agencies", "kk")).toStrictEqual([
      { code: "z", label: "қз Z" },
      { code: "a", label: "қз A" },
      { code: "m", label: "қз M" },
    ]);
    expect(labelledCodes(profile, "regions", "en").map((option) => option.label)).toEqual(["Second", "First"]);
    expect(labelledCodes(profile, "statuses", "en").map((option) => option.code)).toEqual([
      "withdrawn", "rejected", "not_implemented", "implemented", "partially_implemented", "in_progress", "accepted", "issued",
    ]);
  });

  it("gives a new array each time: changing it leaves the profile alone", () => {
    const options = labelledCodes(kz, "themes", "en");
    expect(labelledCodes(kz, "themes", "en")).not.toBe(options);
    options.reverse();
    options.length = 1;
    expect(labelledCodes(kz, "themes", "en")).toHaveLength(15);
    expect(labelledCodes(kz, "themes", "en")[0]).toStrictEqual({ code: "detention_conditions", label: "Conditions of detention" });
  });
});
