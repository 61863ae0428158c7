import { describe, expect, it } from "vitest";
import { defineProfile } from "../../src/profiles/defineProfile";
import { kz } from "../../src/profiles/kz";
import { label } from "../../src/profiles/label";
import { LANGUAGES, LIST_NAMES } from "./lists";

describe("label: every list of kz", () => {
  // One code of each list with its labels, written out: a wrong list or language shows here.
  it.each([
    ["agencies", "health", "Ministry of Health", "Министерство здравоохранения", "Денсаулық сақтау министрлігі"],
    ["facilityTypes", "pretrial_detention_centre", "Pre-trial detention centre (SIZO)", "Следственный изолятор", "Тергеу изоляторы"],
    ["regions", "KZ-75", "Almaty", "город Алматы", "Алматы қаласы"],
    ["regions", "KZ-19", "Almaty Region", "Алматинская область", "Алматы облысы"],
    ["themes", "food", "Food", "Питание", "Тамақтану"],
    ["visitTypes", "periodic", "Periodic (planned)", "Периодическое (плановое)", "Кезеңдік (жоспарлы)"],
    ["statuses", "partially_implemented", "Partially implemented", "Исполнена частично", "Ішінара орындалды"],
    ["measures", "administrative", "Administrative", "Административная", "Әкімшілік"],
    ["initiators", "commissioner_office", "Commissioner's office (regional representatives)", "Аппарат Уполномоченного (региональные представители)", "Уәкіл аппараты (өңірлік өкілдер)"],
    ["triggerKinds", "media", "Media report", "Сообщение в СМИ", "БАҚ хабарламасы"],
    ["levels", "facility", "To the facility", "Учреждению", "Мекемеге"],
  ] as const)("%s %s: %s / %s / %s", (list, code, en, ru, kk) => {
    expect(label(kz, list, code, "en")).toBe(en);
    expect(label(kz, list, code, "ru")).toBe(ru);
    expect(label(kz, list, code, "kk")).toBe(kk);
  });

  it.each(LIST_NAMES)("gives the entry's label for every code of %s in every language", (list) => {
    for (const entry of kz.lists[list]) {
      for (const lang of LANGUAGES) {
        expect(label(kz, list, entry.code, lang), `${list} / ${entry.code} / ${lang}`).toBe(entry.labels[lang]);
      }
    }
  });

  it("tells apart lists that share a code", () => {
    expect(label(kz, "agencies", "other", "en")).toBe("Other");
    expect(label(kz, "triggerKinds", "other", "ru")).toBe("Иное");
    expect(label(kz, "levels", "agency", "en")).toBe("Individualized, to the ministry");
  });
});

describe("label: an unknown code comes back unchanged", () => {
  it.each([
    ["themes", "no_such_theme"],
    ["regions", "KZ-AST"], // a legacy code is not a region
    ["regions", "kz-71"], // codes are case-sensitive
    ["agencies", "Interior"],
    ["agencies", "KZ-71"], // a code of another list
    ["visitTypes", "planned"],
    ["statuses", ""],
    ["levels", " agency"],
    ["measures", "constructor"],
    ["initiators", "__proto__"],
    ["triggerKinds", "toString"],
    ["facilityTypes", "hasOwnProperty"],
  ] as const)("%s / %j", (list, code) => {
    for (const lang of LANGUAGES) expect(label(kz, list, code, lang)).toBe(code);
  });

  it("returns the code for a language tag the profile has no label in", () => {
    expect(label(kz, "agencies", "interior", "de")).toBe("interior");
  });
});

describe("label: another profile", () => {
  const l = (en: string, ru: string, kk: string) => ({ en, ru, kk });
  const profile = defineProfile({
    id: "demo",
    name: l("Demo", "Демо", "Демо елі"),
    lists: {
      agencies: [{ code: "justice", labels: l("Justice", "Юстиция", "Әділет") }],
      facilityTypes: [{ code: "prison", defaultAgency: "justice", labels: l("Prison", "Тюрьма", "Түрме") }],
      regions: [{ code: "constructor", labels: l("Constructor Bay", "Бухта Конструктор", "Конструктор шығанағы") }],
      themes: [{ code: "food", labels: l("Food", "Питание", "Тамақтану") }],
      visitTypes: [
        { code: "special", labels: l("Ad hoc", "Внеплановое", "Жоспардан тыс") },
        { code: "periodic", labels: l("Regular", "Регулярное", "Тұрақты") },
        { code: "intermediate", labels: l("Follow-up", "Повторное", "Қайталама") },
      ],
    },
    rules: { minTeamSize: 2, periodicCycleYears: 2 },
  });

  it("reads that profile's labels, not kz's", () => {
    expect(label(profile, "regions", "constructor", "kk")).toBe("Конструктор шығанағы");
    expect(label(profile, "visitTypes", "periodic", "en")).toBe("Regular");
    expect(label(profile, "regions", "KZ-71", "en")).toBe("KZ-71");
    expect(label(profile, "statuses", "implemented", "ru")).toBe("Исполнена");
    expect(label(kz, "regions", "constructor", "en")).toBe("constructor");
  });
});
