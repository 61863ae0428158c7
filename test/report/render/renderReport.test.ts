// @time-zones: dates and months in the rendered report
import { afterEach, describe, expect, it, vi } from "vitest";
import { OpcatError } from "../../../src/errors/OpcatError";
import { UNREGISTERED } from "../../../src/metrics/unregistered";
import { LANGUAGES, type Language } from "../../../src/model/language";
import { kz } from "../../../src/profiles/kz";
import type { Profile } from "../../../src/profiles/profile";
import { renderReport } from "../../../src/report/render/renderReport";
import type { Report } from "../../../src/report/report";
import { exampleReport, tinyReport } from "./fixtures";

const NBSP = "\u00A0";

/** The summary paragraph: the first block after the title. */
function summary(report: Report, lang: Language): string {
  const text = renderReport(report, { lang, format: "markdown" });
  return text.split("\n")[2] ?? "";
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("the summary of 2023", () => {
  it("reads like the published release, in English", () => {
    expect(summary(exampleReport(), "en")).toBe(
      "In 2023, NPM members made 461 preventive visits, including 422 planned, 33 special and 6 follow-up, covering 474 monitored facilities run by 6 state bodies. " +
        "They issued 3,125 recommendations to state bodies; as of 8 November 2024, 40% had been implemented. " +
        "At that date, 1,427 recommendations were overdue. " +
        "8 individualized recommendations were addressed to the ministries responsible, escalating 28 earlier recommendations that had not been implemented. " +
        "275 officials were held liable: 258 on the proposal of the Commissioner's representatives and 17 on the initiative of NPM participants.",
    );
  });

  it("in Russian", () => {
    expect(summary(exampleReport(), "ru")).toBe(
      "В 2023 году участники НПМ совершили 461 превентивный визит, в том числе 422 плановых, 33 специальных и 6 повторных, охватив 474 учреждения, подведомственных 6 государственным органам. " +
        `Государственным органам направлено 3${NBSP}125 рекомендаций; по состоянию на 8 ноября 2024 года из них исполнено 40${NBSP}%. ` +
        `На ту же дату просрочено исполнение 1${NBSP}427 рекомендаций. ` +
        "В связи с неисполнением 28 ранее направленных рекомендаций министерствам направлено 8 индивидуализированных рекомендаций. " +
        "К ответственности привлечено 275 должностных лиц: 258 — по предложению представителей Уполномоченного и 17 — по инициативе участников НПМ.",
    );
  });

  it("in Kazakh", () => {
    expect(summary(exampleReport(), "kk")).toBe(
      "2023 жылы ҰАТ қатысушылары 6 мемлекеттік органның қарамағындағы 474 мекемеге 461 превентивтік бару жүргізді, оның ішінде 422 жоспарлы, 33 арнайы және 6 қайталама бару. " +
        `Мемлекеттік органдарға 3${NBSP}125 ұсыным жіберілді; 2024 жылғы 8 қарашадағы жағдай бойынша олардың орындалу деңгейі — 40${NBSP}%. ` +
        `Сол күнгі жағдай бойынша 1${NBSP}427 ұсынымның орындалу мерзімі өтіп кетті. ` +
        "Бұрын жіберілген 28 ұсынымның орындалмауына байланысты министрліктерге 8 жекелендірілген ұсыным жіберілді. " +
        "Жауапкершілікке барлығы 275 лауазымды адам тартылды: Уәкіл өкілдерінің ұсынуы бойынша — 258 және ҰАТ қатысушыларының бастамасы бойынша — 17.",
    );
  });

  it("starts with the title of the period", () => {
    const [en, ru, kk] = LANGUAGES.map((lang) => renderReport(exampleReport(), { lang, format: "markdown" }).split("\n")[0]);
    expect(en).toBe("# Consolidated report of the National Preventive Mechanism, 1 January – 31 December 2023");
    expect(ru).toBe("# Консолидированный доклад национального превентивного механизма за период с 1 января по 31 декабря 2023 года");
    expect(kk).toBe("# Азаптауларға қарсы ұлттық алдын алу тетігінің шоғырландырылған баяндамасы, 2023 жылғы 1 қаңтар – 31 желтоқсан");
  });
});

describe("the summary, adapted to the figures", () => {
  function variant(change: (report: Report) => void): Report {
    const report = exampleReport();
    change(report);
    return report;
  }

  it("leaves out a type with no visits", () => {
    const report = variant((r) => {
      r.visits.byType.intermediate = 0;
      r.visits.total = 455;
    });
    expect(summary(report, "en")).toMatch(/^In 2023, NPM members made 455 preventive visits, including 422 planned and 33 special, covering/);
    expect(summary(report, "ru")).toMatch(/совершили 455 превентивных визитов, в том числе 422 плановых и 33 специальных, охватив/);
    expect(summary(report, "kk")).toMatch(/455 превентивтік бару жүргізді, оның ішінде 422 жоспарлы және 33 арнайы бару\./);
  });

  it("says the type once when all visits are of one type, and agrees with the number", () => {
    const report = variant((r) => {
      r.visits.byType = { periodic: 0, intermediate: 0, special: 21 };
      r.visits.total = 21;
    });
    expect(summary(report, "en")).toMatch(/made 21 special preventive visits, covering/);
    expect(summary(report, "ru")).toMatch(/совершили 21 специальный превентивный визит, охватив/);
    expect(summary(report, "kk")).toMatch(/474 мекемеге 21 арнайы превентивтік бару жүргізді\./);
  });

  it("says when no visit was made", () => {
    const report = variant((r) => {
      r.visits.byType = { periodic: 0, intermediate: 0, special: 0 };
      r.visits.total = 0;
    });
    expect(summary(report, "en")).toMatch(/^In 2023, NPM members made no preventive visits\. They issued/);
    expect(summary(report, "ru")).toMatch(/^В 2023 году участники НПМ превентивных визитов не совершали\. /);
    expect(summary(report, "kk")).toMatch(/^2023 жылы ҰАТ қатысушылары превентивтік бару жүргізген жоқ\. /);
  });

  it("does not count the unregistered facilities as a state body", () => {
    const report = variant((r) => {
      r.facilities.byAgency = { health: 1, [UNREGISTERED]: 3 };
    });
    expect(summary(report, "en")).toMatch(/covering 474 monitored facilities run by 1 state body\./);
    const none = variant((r) => {
      r.facilities.byAgency = { [UNREGISTERED]: 3 };
    });
    expect(summary(none, "en")).toMatch(/and 6 follow-up, covering 474 monitored facilities\. They/);
    expect(summary(none, "ru")).toMatch(/и 6 повторных, охватив 474 учреждения\. /);
  });

  it("gives the parameters of the rate when they are not the defaults", () => {
    const report = variant((r) => {
      r.parameters = { partialWeight: 0.5, excludeWithdrawn: true };
      r.recommendations.implementation = { numerator: 1440, denominator: 3035, rate: 1440 / 3035 };
    });
    expect(summary(report, "en")).toMatch(/as of 8 November 2024, 47% had been implemented \(partially implemented ones counted with a weight of 0\.5; withdrawn ones left out\)\./);
    expect(summary(report, "ru")).toMatch(/из них исполнено 47\u00A0% \(частично исполненные учтены с весом 0,5; снятые не учитывались\)\./);
    const rendered = renderReport(report, { lang: "en", format: "text" });
    expect(rendered).toMatch(/Implemented \(partially implemented ones counted with a weight of 0\.5\) +1,440\n/);
    expect(rendered).toMatch(/Recommendations counted \(withdrawn ones left out\) +3,035\n/);
  });

  it("says the date with the overdue ones when there is no rate", () => {
    const report = variant((r) => {
      r.recommendations.implementation = { numerator: 0, denominator: 0, rate: null };
    });
    expect(summary(report, "en")).toMatch(/They issued 3,125 recommendations to state bodies\. As of 8 November 2024, 1,427 recommendations were overdue\./);
    expect(summary(report, "ru")).toMatch(/направлено 3\u00A0125 рекомендаций\. По состоянию на 8 ноября 2024 года просрочено исполнение 1\u00A0427 рекомендаций\./);
    expect(summary(report, "kk")).toMatch(/3\u00A0125 ұсыным жіберілді\. 2024 жылғы 8 қарашадағы жағдай бойынша 1\u00A0427 ұсынымның орындалу мерзімі өтіп кетті\./);
  });

  it("writes one recommendation, one escalation, one official in the singular", () => {
    const report = variant((r) => {
      r.recommendations.total = 1;
      r.recommendations.implementation = { numerator: 1, denominator: 1, rate: 1 };
      r.recommendations.overdue = 1;
      r.recommendations.escalations = { issued: 1, escalated: 1 };
      r.accountability.officials = { total: 1, byInitiator: { commissioner_office: 1, npm_participant: 0 }, byMeasure: { disciplinary: 1, administrative: 0, criminal: 0 } };
    });
    expect(summary(report, "en")).toMatch(
      /They issued 1 recommendation to state bodies; as of 8 November 2024, 100% had been implemented\. At that date, 1 recommendation was overdue\. 1 individualized recommendation was addressed to the ministry responsible, escalating 1 earlier recommendation that had not been implemented\. 1 official was held liable on the proposal of the Commissioner's representatives\.$/,
    );
    expect(summary(report, "ru")).toMatch(
      /Государственным органам направлена 1 рекомендация; .* На ту же дату просрочено исполнение 1 рекомендации\. В связи с неисполнением 1 ранее направленной рекомендации министерствам направлена 1 индивидуализированная рекомендация\. По предложению представителей Уполномоченного к ответственности привлечено 1 должностное лицо\.$/,
    );
  });

  it("says when nobody was held liable, and leaves out overdue ones and escalations when there are none", () => {
    const report = variant((r) => {
      r.recommendations.overdue = 0;
      r.recommendations.escalations = { issued: 0, escalated: 0 };
      r.accountability.officials = { total: 0, byInitiator: { commissioner_office: 0, npm_participant: 0 }, byMeasure: { disciplinary: 0, administrative: 0, criminal: 0 } };
    });
    expect(summary(report, "en")).toMatch(/40% had been implemented\. No officials were held liable\.$/);
    expect(summary(report, "ru")).toMatch(/исполнено 40\u00A0%\. Должностные лица к ответственности не привлекались\.$/);
    expect(summary(report, "kk")).toMatch(/40\u00A0%\. Лауазымды адамдар жауапкершілікке тартылған жоқ\.$/);
  });
});

describe("the tables", () => {
  it("label the unregistered group from the catalogue", () => {
    const report = exampleReport();
    report.visits.byAgency = { ...report.visits.byAgency, [UNREGISTERED]: 2 };
    expect(renderReport(report, { lang: "en", format: "text" })).toMatch(/\nNot in the register +2 +0\.4%\n/);
    expect(renderReport(report, { lang: "ru", format: "text" })).toMatch(/\nНет в реестре +2 +0,4\u00A0%\n/);
    expect(renderReport(report, { lang: "kk", format: "text" })).toMatch(/\nТізілімде жоқ +2 +0,4\u00A0%\n/);
  });

  it("take labels from the profile given, escaped in Markdown", () => {
    const profile: Profile = {
      ...kz,
      lists: {
        ...kz.lists,
        agencies: kz.lists.agencies.map((entry) => (entry.code === "interior" ? { ...entry, labels: { ...entry.labels, en: "Interior | Police *and* prisons" } } : entry)),
      },
    };
    const markdown = renderReport(exampleReport(), { lang: "en", format: "markdown", profile });
    expect(markdown).toMatch(/\n\| Interior \\\| Police \\\*and\\\* prisons +\| +264 \|/);
    const text = renderReport(exampleReport(), { lang: "en", format: "text", profile });
    expect(text).toContain("\nInterior | Police *and* prisons ");
  });

  it("show the reconciliation with its check in a sentence", () => {
    const text = renderReport(exampleReport(), { lang: "en", format: "text" });
    expect(text).toMatch(/\nRecommendations +3,000 +3,125 +\+125\n/);
    expect(text).toMatch(/\nImplementation rate +40% +40% +0\n/);
    expect(text.endsWith("The published visits by type (422 + 33 = 455) fall 6 short of the published total of 461; the records hold 6 visits of the unpublished type: follow-up.\n")).toBe(true);
  });

  it("say when published parts exceed the total", () => {
    const report = exampleReport();
    report.reconciliation = {
      figures: [
        { key: "visits.total", reported: 450, computed: 461, difference: 11 },
        { key: "visits.byType.periodic", reported: 422, computed: 422, difference: 0 },
        { key: "visits.byType.special", reported: 33, computed: 33, difference: 0 },
        { key: "recommendations.implementation.rate", reported: 0.42, computed: 0.4, difference: 0.4 - 0.42 },
      ],
      checks: [{ code: "reported.parts_exceed_total", key: "visits.byType", total: 450, sumOfParts: 455, gap: -5, unreported: ["intermediate"], computedUnreported: 6 }],
    };
    const en = renderReport(report, { lang: "en", format: "text" });
    expect(en).toMatch(/\nImplementation rate +42% +40% +-2\u00A0pp\n/);
    expect(en).toContain("The published visits by type (422 + 33 = 455) exceed the published total of 450 by 5; the records hold 6 visits of the unpublished type: follow-up.\n");
    expect(renderReport(report, { lang: "ru", format: "text" })).toContain(
      "Опубликованные числа визитов по видам (422 + 33 = 455) в сумме на 5 больше опубликованного общего числа визитов (450); в данных визитов неопубликованного вида (повторные) — 6.\n",
    );
    expect(renderReport(report, { lang: "kk", format: "text" })).toContain(
      "Жарияланған бару түрлері бойынша сандардың қосындысы (422 + 33 = 455) жарияланған жалпы саннан (450) 5 артық; деректерде жарияланбаған түрдегі (қайталама) барулар саны — 6.\n",
    );
  });

  it("note when rows with 0 are left out, but keep them in visits by type and status", () => {
    const text = renderReport(tinyReport(), { lang: "en", format: "text" });
    expect(text).toContain("\n19 rows with 0 left out.\n");
    expect(text).toMatch(/\nPlanned \(periodic\) +0 +0%\n/);
    expect(renderReport(exampleReport(), { lang: "en", format: "text" })).toMatch(/\nWithdrawn \(no longer applicable\) +90 +2\.9%\n/);
  });

  it("write a dash for a rate or a median with nothing counted", () => {
    const text = renderReport(tinyReport(), { lang: "en", format: "text" });
    expect(text).toMatch(/\nImplementation rate +—\n/);
    expect(text).toMatch(/\nMedian, days +—\n/);
  });
});

describe("renderReport", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("ends every line with \\n, the whole with exactly one, and leaves no trailing spaces", () => {
    for (const build of [exampleReport, tinyReport]) {
      for (const lang of LANGUAGES) {
        for (const format of ["markdown", "text"] as const) {
          const text = renderReport(build(), { lang, format });
          expect(text.endsWith("\n") && !text.endsWith("\n\n")).toBe(true);
          expect(text).not.toMatch(/\r|[ \t]\n/);
          if (format === "text") expect(text).not.toMatch(/^(#|\|)/m);
          else expect(text).toMatch(/^\| .* \|$/m);
        }
      }
    }
  });

  it("is pure: it changes nothing and gives the same text each time", () => {
    const report = deepFreeze(exampleReport());
    const first = renderReport(report, { lang: "ru", format: "markdown" });
    expect(renderReport(report, { lang: "ru", format: "markdown" })).toBe(first);
  });

  it("uses no locale data of the engine (Intl, toLocaleString)", () => {
    const refuse = () => {
      throw new Error("locale-dependent API used");
    };
    vi.spyOn(Intl, "NumberFormat").mockImplementation(refuse);
    vi.spyOn(Intl, "PluralRules").mockImplementation(refuse);
    vi.spyOn(Intl, "DateTimeFormat").mockImplementation(refuse);
    vi.spyOn(Number.prototype, "toLocaleString").mockImplementation(refuse);
    vi.spyOn(Date.prototype, "toLocaleDateString").mockImplementation(refuse);
    for (const lang of LANGUAGES) expect(renderReport(exampleReport(), { lang, format: "text" })).toContain("461");
  });

  it("throws an OpcatError for an unknown language or format", () => {
    const report = tinyReport();
    expect(() => renderReport(report, { lang: "de" as Language, format: "text" })).toThrow(OpcatError);
    let caught: unknown;
    try {
      renderReport(report, { lang: "en", format: "html" as "text" });
    } catch (error) {
      caught = error;
    }
    expect((caught as OpcatError).code).toBe("schema.invalid_value");
    expect((caught as OpcatError).path).toEqual(["format"]);
  });
});
