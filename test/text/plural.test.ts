import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../../src/model/language";
import { REPORT_TEXTS, reportText } from "../../src/report/render/catalogue";
import { BUILT_IN_PACKS } from "../../src/text/builtInPacks";
import { pluralForm } from "../../src/text/plural";

// The category of a number by a built-in language's rule (CLDR's, written out in builtInPacks).
const pluralCategory = (n: number, lang: "en" | "ru" | "kk") => BUILT_IN_PACKS[lang].plural.select(n);
import { fillTemplate } from "../../src/text/template";

const VISIT_FORMS = ["# визит", "# визита", "# визитов"];

describe("the built-in plural rules", () => {
  it.each([
    [0, "many"],
    [1, "one"],
    [2, "few"],
    [4, "few"],
    [5, "many"],
    [11, "many"],
    [12, "many"],
    [14, "many"],
    [21, "one"],
    [22, "few"],
    [25, "many"],
    [101, "one"],
    [111, "many"],
    [112, "many"],
    [122, "few"],
    [461, "one"],
    [1000, "many"],
    [3125, "many"],
    [-21, "one"],
    [1.5, "other"],
  ] as const)("Russian %s: %s", (n, category) => {
    expect(pluralCategory(n, "ru")).toBe(category);
  });

  it.each([
    [1, "one"],
    [0, "other"],
    [2, "other"],
    [21, "other"],
    [1.5, "other"],
  ] as const)("English %s: %s", (n, category) => {
    expect(pluralCategory(n, "en")).toBe(category);
  });

  it("agrees with CLDR (this Node's Intl.PluralRules) for the integers 0 to 1,200", () => {
    // The library computes its own categories, so that no engine's ICU data can change them.
    for (const lang of ["en", "ru"] as const) {
      const rules = new Intl.PluralRules(lang);
      for (let n = 0; n <= 1200; n++) expect(pluralCategory(n, lang), `${lang} ${String(n)}`).toBe(rules.select(n));
    }
  });
});

describe("pluralForm", () => {
  it.each([
    [1, "1 визит"],
    [2, "2 визита"],
    [4, "4 визита"],
    [5, "5 визитов"],
    [11, "11 визитов"],
    [12, "12 визитов"],
    [14, "14 визитов"],
    [21, "21 визит"],
    [22, "22 визита"],
    [25, "25 визитов"],
    [101, "101 визит"],
    [111, "111 визитов"],
    [461, "461 визит"],
  ])("Russian %i: %s", (n, expected) => {
    expect(pluralForm(VISIT_FORMS, n, "ru").replace("#", String(n))).toBe(expected);
  });

  it("takes the genitive singular (the few form) for a Russian fraction", () => {
    expect(pluralForm(VISIT_FORMS, 1.5, "ru")).toBe("# визита");
  });

  it("has one|other in English and a single form in Kazakh", () => {
    expect(pluralForm(["# visit", "# visits"], 1, "en")).toBe("# visit");
    expect(pluralForm(["# visit", "# visits"], 0, "en")).toBe("# visits");
    expect(pluralForm(["# visit", "# visits"], 21, "en")).toBe("# visits");
    for (const n of [0, 1, 2, 5, 21, 461]) expect(pluralForm(["# бару"], n, "kk")).toBe("# бару");
  });

  it("falls back to the last form given", () => {
    expect(pluralForm(["# x"], 5, "ru")).toBe("# x");
  });
});

describe("the report's plural phrases", () => {
  it.each([
    [1, "1 превентивный визит", "1 preventive visit"],
    [2, "2 превентивных визита", "2 preventive visits"],
    [5, "5 превентивных визитов", "5 preventive visits"],
    [11, "11 превентивных визитов", "11 preventive visits"],
    [21, "21 превентивный визит", "21 preventive visits"],
    [461, "461 превентивный визит", "461 preventive visits"],
  ])("%i visits: %s", (n, ru, en) => {
    expect(reportText("summary.visits.any", "ru", { n })).toBe(ru);
    expect(reportText("summary.visits.any", "en", { n })).toBe(en);
    expect(reportText("summary.visits.any", "kk", { n })).toBe(`${String(n)} превентивтік бару`);
  });

  it("makes Russian adjectives and verbs agree with the number", () => {
    expect(reportText("summary.type.periodic", "ru", { n: 421 })).toBe("421 плановый");
    expect(reportText("summary.type.periodic", "ru", { n: 422 })).toBe("422 плановых");
    expect(reportText("summary.coverage", "ru", { facilities: 1, bodies: 1 })).toBe(", охватив 1 учреждение, подведомственное 1 государственному органу");
    expect(reportText("summary.coverage", "ru", { facilities: 474, bodies: 6 })).toBe(", охватив 474 учреждения, подведомственных 6 государственным органам");
    expect(reportText("summary.recommendations.noRate", "ru", { n: 1 })).toBe("Государственным органам направлена 1 рекомендация.");
    expect(reportText("summary.recommendations.noRate", "ru", { n: 3 })).toBe("Государственным органам направлены 3 рекомендации.");
    expect(reportText("summary.recommendations.noRate", "ru", { n: 3125 })).toBe("Государственным органам направлено 3\u00A0125 рекомендаций.");
  });
});

// Every placeholder of the catalogue, with its plural forms when it has them.
function placeholders(template: string): Map<string, number | undefined> {
  const found = new Map<string, number | undefined>();
  for (const match of template.matchAll(/\{(\w+)(\|[^{}]*)?\}/g)) found.set(match[1] ?? "", match[2] === undefined ? undefined : match[2].slice(1).split("|").length);
  return found;
}

describe("REPORT_TEXTS", () => {
  const FORMS: Record<Language, number> = { en: 2, ru: 3, kk: 1 };

  it.each(Object.entries(REPORT_TEXTS))("%s has the same placeholders in every language, with the plural forms of each", (_key, texts) => {
    const names = (lang: Language) => [...placeholders(texts[lang]).keys()].sort();
    for (const lang of LANGUAGES) {
      expect(names(lang)).toEqual(names("en"));
      for (const [name, forms] of placeholders(texts[lang])) {
        if (forms !== undefined) expect(forms, `${lang} {${name}|…}`).toBe(FORMS[lang]);
      }
    }
  });

  it("has no braces left once filled", () => {
    for (const texts of Object.values(REPORT_TEXTS)) {
      for (const lang of LANGUAGES) {
        const params = Object.fromEntries([...placeholders(texts[lang]).keys()].map((name) => [name, 2]));
        expect(fillTemplate(texts[lang], params, lang)).not.toMatch(/[{}]/);
      }
    }
  });

  it("throws for a missing param (a bug of the renderer, not of the data)", () => {
    expect(() => fillTemplate("{n} visits", {}, "en")).toThrow(/no value for \{n\}/);
    expect(() => fillTemplate("{n|# a|# b}", { n: "x" }, "en")).toThrow(/not a number/);
  });
});
