// @time-zones: the report rendered in a language pack writes dates in text
// A language the library does not ship, defined by a user: its own texts where it gives them,
// the declared fallback elsewhere, and every fallback listed.
import { describe, expect, it } from "vitest";
import { OpcatError } from "../../src/errors/OpcatError";
import { checkLanguagePack } from "../../src/languages/checkLanguagePack";
import { defineLanguagePack } from "../../src/languages/defineLanguagePack";
import { TEXT_CATALOGUES } from "../../src/languages/textCatalogues";
import { defineProfile } from "../../src/profiles/defineProfile";
import { label } from "../../src/profiles/label";
import { buildReport } from "../../src/report/buildReport";
import { renderReport } from "../../src/report/render/renderReport";
import { languagePack } from "../../src/languages/languagePack";
import { validateDataset } from "../../src/validate/validateDataset";
import { AS_OF, data, facility, visit } from "../metrics/helpers";

const NBSP = "\u00A0";
const UK_MONTHS_GENITIVE = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];
const UK_MONTHS = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"];

/** Ukrainian's CLDR plural rule for integers: the same shape as Russian's. */
function ukrainianCategory(n: number): "one" | "few" | "many" | "other" {
  if (!Number.isInteger(n)) return "other";
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return "one";
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return "few";
  return "many";
}

const OWN_TEXTS = {
  report: {
    title: "Зведена доповідь національного превентивного механізму за період {period}",
    total: "Усього",
    "heading.visitsByType": "Візити за видами",
    "column.visits": "Візити",
  },
  issues: { "ref.unknown_facility": "Установи «{id}» немає серед установ цього набору даних. Додайте установу або виправте ідентифікатор." },
  issueWords: { notGiven: "немає даних" },
} as const;

const uk = defineLanguagePack({
  tag: "uk",
  name: "Українська мова",
  fallback: ["ru"],
  plural: { categories: ["one", "few", "many"], select: ukrainianCategory, formOf: { other: "few" } },
  numbers: { group: NBSP, decimal: ",", percent: `{n}${NBSP}%`, percentagePoints: `{n}${NBSP}в.${NBSP}п.` },
  dates: {
    date: { pattern: "{day} {month} {year} року", months: UK_MONTHS_GENITIVE },
    period: { sameYear: "з {fromDay} {fromMonth} по {to}", otherYears: "з {from} по {to}" },
    months: UK_MONTHS,
    month: "{Month}",
    monthWithYear: "{Month} {year} року",
  },
  lists: { separator: ", ", last: " і " },
  texts: OWN_TEXTS,
});

const dataset = data({
  facilities: [facility("F-1", "temporary_detention_facility", "interior", "KZ-71"), facility("F-2", "pretrial_detention_center", "justice", "KZ-75")],
  visits: [visit("V-1", "periodic", "2023-02-14", ["F-1"]), visit("V-2", "periodic", "2023-05-10", ["F-2"]), visit("V-3", "special", "2023-09-01", ["F-1"])],
});
const report = buildReport(dataset, { asOf: AS_OF });

describe("a language pack defined by a user (uk)", () => {
  const text = renderReport(report, { lang: uk, format: "text" });
  const lines = text.split("\n");

  it("renders the report in its own texts where it gives them, its own dates and numbers", () => {
    expect(lines[0]).toBe("Зведена доповідь національного превентивного механізму за період з 1 січня по 31 грудня 2023 року");
    expect(text).toContain("Візити за видами");
    expect(text).toMatch(/Усього\s+3\s+100\u00A0%/);
    // 2 of 3 visits: 67 %, with the pack's percent pattern.
    expect(text).toContain(`67${NBSP}%`);
  });

  it("takes the declared fallback (Russian) for every text it lacks", () => {
    expect(text).toContain("Визиты по ведомствам");
    expect(text).not.toContain("Visits by supervising agency");
  });

  it("gives the validator's messages in its own texts, and in Russian where it has none", () => {
    const broken = { ...dataset, visits: [visit("V-1", "periodic", "2023-02-14", ["F-9"])], facilities: [{ ...dataset.facilities[0], name: undefined }] };
    const messages = validateDataset(broken, { lang: uk }).issues.map((issue) => [issue.code, issue.message]);
    expect(messages).toContainEqual(["ref.unknown_facility", "Установи «F-9» немає серед установ цього набору даних. Додайте установу або виправте ідентифікатор."]);
    expect(messages).toContainEqual(["schema.required", "Отсутствует обязательное поле «name». Добавьте его в запись."]);
  });

  it("checkLanguagePack lists exactly the texts it lacks, each from Russian", () => {
    const coverage = checkLanguagePack(uk);
    const given = Object.entries(OWN_TEXTS).flatMap(([catalogue, texts]) => Object.keys(texts).map((key) => `${catalogue}/${key}`));
    const every = TEXT_CATALOGUES.flatMap((catalogue) => Object.keys(catalogue.texts).map((key) => `${catalogue.name}/${key}`));
    expect(coverage.tag).toBe("uk");
    expect(coverage.own).toBe(6);
    expect(coverage.total).toBe(every.length);
    expect(coverage.fallbacks.map((fallback) => `${fallback.catalogue}/${fallback.key}`)).toEqual(every.filter((key) => !given.includes(key)));
    expect(new Set(coverage.fallbacks.map((fallback) => fallback.from))).toEqual(new Set(["ru"]));
  });

  it("a chain through another pack ends in English for texts neither has", () => {
    const surzhyk = defineLanguagePack({ ...uk, tag: "uk-x-test", name: "Test", fallback: [uk], texts: { report: { total: "Разом" } } });
    const coverage = checkLanguagePack(surzhyk);
    expect(coverage.own).toBe(1);
    expect(coverage.fallbacks.find((fallback) => fallback.key === "title")).toEqual({ catalogue: "report", key: "title", from: "uk" });
    expect(coverage.fallbacks.find((fallback) => fallback.key === "heading.visitsByAgency")).toEqual({ catalogue: "report", key: "heading.visitsByAgency", from: "ru" });
    const english = defineLanguagePack({ ...uk, tag: "uk-x-en", name: "Test", fallback: [], texts: {} });
    expect(new Set(checkLanguagePack(english).fallbacks.map((fallback) => fallback.from))).toEqual(new Set(["en"]));
  });

  it("built-in languages have every text", () => {
    for (const lang of ["en", "ru", "kk"] as const) expect(checkLanguagePack(lang)).toMatchObject({ tag: lang, fallbacks: [] });
  });
});

describe("defineLanguagePack refuses a pack with problems, each with a code and a path", () => {
  const base = { ...uk, tag: "uk-x-check", texts: {} };
  const problems = (definition: unknown) => {
    try {
      defineLanguagePack(definition as never);
    } catch (error) {
      expect(error).toBeInstanceOf(OpcatError);
      return (error as OpcatError).problems.map((problem) => [problem.code, problem.path]);
    }
    return [];
  };

  it.each([
    ["a tag that is not BCP 47", { ...base, tag: "uk_UA" }, [["language.invalid_tag", ["tag"]]]],
    ["a built-in tag", { ...base, tag: "RU" }, [["language.built_in", ["tag"]]]],
    ["a fallback that is no language", { ...base, fallback: ["de"] }, [["language.unknown_fallback", ["fallback", 0]]]],
    ["a plural rule that gives no category", { ...base, plural: { categories: ["one", "other"], select: () => "several" } }, [["language.invalid_plural", ["plural", "select"]]]],
    ["eleven months", { ...base, dates: { ...base.dates, months: UK_MONTHS.slice(0, 11) } }, [["language.invalid_value", ["dates", "months"]]]],
    ["a date pattern without the year", { ...base, dates: { ...base.dates, date: { pattern: "{day} {month}", months: UK_MONTHS_GENITIVE } } }, [["language.missing_placeholder", ["dates", "date", "pattern"]]]],
    ["a percent pattern without the number", { ...base, numbers: { ...base.numbers, percent: "%" } }, [["language.missing_placeholder", ["numbers", "percent"]]]],
    ["a name with an escape sequence", { ...base, name: "\u001b[31mУкраїнська" }, [["language.invalid_value", ["name"]]]],
    ["a text with a control character", { ...base, texts: { report: { total: "Усього\u0007" } } }, [["language.invalid_value", ["texts", "report", "total"]]]],
    ["a text of no catalogue", { ...base, texts: { dashboard: { title: "x" } } }, [["language.unknown_catalogue", ["texts", "dashboard"]]]],
    ["a key no catalogue has", { ...base, texts: { report: { titel: "x" } } }, [["language.unknown_text", ["texts", "report", "titel"]]]],
    ["a placeholder the key does not have", { ...base, texts: { report: { total: "Усього {n}" } } }, [["language.unknown_placeholder", ["texts", "report", "total"]]]],
    ["plural forms on a value that is no number", { ...base, texts: { issues: { "ref.unknown_facility": "{id|а|б}" } } }, [["language.not_a_count", ["texts", "issues", "ref.unknown_facility"]]]],
    ["more forms than categories", { ...base, texts: { report: { "summary.visits.any": "{n|# a|# b|# c|# d}" } } }, [["language.too_many_forms", ["texts", "report", "summary.visits.any"]]]],
  ] as const)("%s", (_name, definition, expected) => {
    expect(problems(definition)).toEqual(expected);
  });

  it("accepts a pack built on a built-in one, and returns it frozen", () => {
    const pack = defineLanguagePack({ ...languagePack("kk"), tag: "kk-Latn", name: "Qazaq tili", fallback: ["kk"] });
    expect(Object.isFrozen(pack) && Object.isFrozen(pack.dates)).toBe(true);
    expect(checkLanguagePack(pack).fallbacks.every((fallback) => fallback.from === "kk")).toBe(true);
  });
});

describe("a profile labelled in Georgian and English only", () => {
  const l = (ka: string, en: string) => ({ ka, en });
  const ge = defineProfile({
    id: "ge",
    languages: ["ka", "en"],
    name: l("საქართველო", "Georgia"),
    lists: {
      agencies: [{ code: "justice", labels: l("იუსტიციის სამინისტრო", "Ministry of Justice") }],
      facilityTypes: [{ code: "prison", defaultAgency: "justice", labels: l("პენიტენციური დაწესებულება", "Penitentiary establishment") }],
      regions: [{ code: "GE-TB", labels: l("თბილისი", "Tbilisi") }],
      themes: [{ code: "food", labels: l("კვება", "Food") }],
    },
    rules: { minTeamSize: 2, periodicCycleYears: 2 },
  });
  const ka = defineLanguagePack({ ...languagePack("en"), tag: "ka", name: "ქართული ენა", fallback: ["en"], texts: { report: { total: "სულ" } } });
  const georgian = buildReport(
    data({ facilities: [facility("F-1", "prison", "justice", "GE-TB")], visits: [visit("V-1", "periodic", "2023-02-14", ["F-1"])] }),
    { asOf: AS_OF, profile: ge },
  );

  it("is accepted, and its ka labels reach the report rendered in ka", () => {
    expect(ge.languages).toEqual(["ka", "en"]);
    const text = renderReport(georgian, { lang: ka, format: "text", profile: ge });
    expect(text).toContain("იუსტიციის სამინისტრო");
    expect(text).toContain("თბილისი");
    expect(text).toContain("პენიტენციური დაწესებულება");
    expect(text).not.toContain("Ministry of Justice");
  });

  it("reads in English in a Russian report (the chain ends in English), and by tag", () => {
    expect(renderReport(georgian, { lang: "ru", format: "text", profile: ge })).toContain("Ministry of Justice");
    expect(label(ge, "regions", "GE-TB", "ka")).toBe("თბილისი");
    expect(label(ge, "regions", "GE-TB", "kk")).toBe("Tbilisi");
  });
});
