// @time-zones: the tables by month, with month names
// reportTableCsv (src/report/tables/reportTableCsv.ts): the tables of a report as CSV for the
// spreadsheet they are opened in, in en, ru and kk. Expected cells are worked out by hand
// from the records of reportTables.test.ts's sample (repeated here) and from the rounding
// rules of the document (whole percent from 10 %, one decimal under it).
import { describe, expect, it } from "vitest";
import type { Language } from "../../../src/model/language";
import { kz } from "../../../src/profiles/kz";
import { buildReport } from "../../../src/report/buildReport";
import type { ReportTableName } from "../../../src/report/report";
import type { ReportTable } from "../../../src/report/tables/reportTable";
import { reportTableCsv } from "../../../src/report/tables/reportTableCsv";
import { reportTables } from "../../../src/report/tables/reportTables";
import { exampleReport } from "../render/fixtures";
import { action, at, d, data, facility, opcatErrorOf, rec, visit } from "../../metrics/helpers";

const AS_OF = d("2024-01-31");
// 5 visits in 2023 (3 periodic, 1 intermediate, 1 special), 5 recommendations (2
// implemented, after 50 and 60 days), 6 officials (2 disciplinary, 1 administrative, 3 criminal).
const sample = data({
  facilities: [
    facility("F-1", "temporary_detention_facility", "interior", "KZ-71"),
    facility("F-2", "penal_colony", "interior", "KZ-75"),
    facility("F-3", "psychiatric_institution", "health", "KZ-71"),
  ],
  visits: [
    visit("V-1", "periodic", "2023-02-14", ["F-1"]),
    visit("V-2", "periodic", "2023-02-20", ["F-1", "F-3"]),
    visit("V-3", "special", "2023-05-10", ["F-2"]),
    visit("V-4", "intermediate", "2023-06-01", ["F-1"]),
    visit("V-6", "periodic", "2023-11-03", ["F-1"]),
  ],
  recommendations: [
    rec("R-1", "2023-02-20", { themes: ["food", "sanitation"], history: [at("implemented", "2023-04-11")] }),
    rec("R-2", "2023-03-01", { addressee: "health", dueOn: d("2023-06-01") }),
    rec("R-3", "2023-05-15", { history: [at("implemented", "2023-07-14")] }),
    rec("R-4", "2023-06-10", { history: [at("withdrawn", "2023-09-01")] }),
    rec("R-5", "2023-10-01", { addressee: "health", history: [at("rejected", "2023-11-01")] }),
  ],
  accountability: [
    action("A-1", "2023-06-01", "commissioner_office", "disciplinary", 2),
    action("A-2", "2023-07-01", "commissioner_office", "administrative", 1),
    action("A-3", "2023-08-01", "npm_participant", "criminal", 3),
  ],
  reported: { visits: { total: 6 }, implementationRate: 0.5 },
});
const report = buildReport(sample, { asOf: AS_OF });

function csvOf(name: ReportTableName, lang: Language, from = report): string[] {
  const table = reportTables(from, { lang, profile: kz }).find((each) => each.name === name);
  if (table === undefined) throw new Error(`no table ${name}`);
  return reportTableCsv(table, lang).split("\r\n");
}

describe("reportTableCsv in three languages", () => {
  it("en: `,` and `.`, English headers, shares as rounded percentages, a totals row", () => {
    // 3/5 = 60 %, 1/5 = 20 %.
    expect(csvOf("visits-by-type", "en")).toEqual(["Code,Type,Visits,\"Share, %\"", "periodic,Planned (periodic),3,60", "intermediate,Follow-up (intermediate),1,20", "special,Special,1,20", ",Total,5,100", ""]);
    // 2/6 = 33.3… → 33, 1/6 = 16.7… → 17, 3/6 = 50.
    expect(csvOf("officials-by-measure", "en")).toEqual(["Code,Measure,Officials,\"Share, %\"", "disciplinary,Disciplinary,2,33", "administrative,Administrative,1,17", "criminal,Criminal,3,50", ",Total,6,100", ""]);
  });

  it("ru: `;`, a decimal comma, Russian headers; a label holding `;` is quoted", () => {
    expect(csvOf("visits-by-type", "ru")).toEqual([
      "Код;Вид;Визиты;Доля, %",
      "periodic;Плановые (периодические);3;60",
      "intermediate;Повторные (промежуточные);1;20",
      "special;Специальные;1;20",
      ";Всего;5;100",
      "",
    ]);
    const indicators = csvOf("indicators", "ru");
    expect(indicators[0]).toBe("Код;Показатель;Значение");
    // 3 of the 3 facilities of the register visited: 100 %; 2 implemented of 5: 40 %.
    expect(indicators).toContain("facilities.coverage.rate;Охват реестра, %;100");
    expect(indicators).toContain("recommendations.implementation.rate;Доля исполненных, %;40");
    expect(indicators).toContain('recommendations.overdue;"Просроченные (срок истёк; не исполнены, не отклонены и не сняты)";1');
    // Days to implement: 50 and 60, median 55.
    expect(indicators).toContain("recommendations.daysToImplement.median;Медиана, дней;55");
  });

  it("kk: `;`, a decimal comma, Kazakh headers", () => {
    expect(csvOf("officials-by-measure", "kk")).toEqual(["Код;Жауапкершілік түрі;Лауазымды адамдар;Үлесі, %", "disciplinary;Тәртіптік;2;33", "administrative;Әкімшілік;1;17", "criminal;Қылмыстық;3;50", ";Барлығы;6;100", ""]);
  });

  it("shares under 10 % keep one decimal, with the language's decimal sign (the example: 6 and 33 of 461 visits)", () => {
    // 422/461 = 91.54 % → 92; 6/461 = 1.30 % → 1.3; 33/461 = 7.16 % → 7.2.
    const example = exampleReport();
    expect(csvOf("visits-by-type", "ru", example).slice(1, 4)).toEqual(["periodic;Плановые (периодические);422;92", "intermediate;Повторные (промежуточные);6;1,3", "special;Специальные;33;7,2"]);
    expect(csvOf("visits-by-type", "en", example)[2]).toBe("intermediate,Follow-up (intermediate),6,1.3");
    expect(csvOf("visits-by-type", "kk", example)[3]).toBe("special;Арнайы;33;7,2");
  });

  it("the reconciliation: rates in percent and their difference in percentage points; a count difference keeps its sign", () => {
    // Published 6 visits, computed 5: -1. Published rate 0.5, computed 2/5 = 0.4: 50, 40, -10 points.
    expect(csvOf("reconciliation", "en")).toEqual(["Code,Indicator,Published,Computed,Difference", "visits.total,Visits,6,5,-1", 'recommendations.implementation.rate,"Implementation rate, %",50,40,-10', ""]);
    expect(csvOf("reconciliation", "ru")[2]).toBe("recommendations.implementation.rate;Доля исполненных рекомендаций, %;50;40;-10");
  });

  it("visits by facility type and the cross-table by visit type, in three languages, without totals rows (a visit can count twice)", () => {
    // The IVS F-1: V-1, V-2, V-6 (periodic) and V-4 (intermediate): 4 of 5 visits, 80 %; the
    // psychiatric institution F-3: V-2 (periodic), 20 %; the penal colony F-2: V-3 (special), 20 %.
    const en = csvOf("visits-by-facility-type", "en");
    expect(en[0]).toBe('Code,Type,Visits,"Share, %"');
    expect(en).toContain("temporary_detention_facility,Temporary detention facility (IVS),4,80");
    expect(en).toContain("penal_colony,Penal colony (correctional institution),1,20");
    expect(en.some((line) => line.includes("Total"))).toBe(false);
    expect(csvOf("visits-by-facility-type", "ru")).toContain("temporary_detention_facility;Изолятор временного содержания;4;80");
    expect(csvOf("visits-by-facility-type", "kk")[0]).toBe("Код;Түрі;Барулар;Үлесі, %");
    const cross = { en: csvOf("visits-by-type-and-facility-type", "en"), ru: csvOf("visits-by-type-and-facility-type", "ru"), kk: csvOf("visits-by-type-and-facility-type", "kk") };
    expect([cross.en[0], cross.ru[0], cross.kk[0]]).toEqual([
      "Code,Type,Planned (periodic),Follow-up (intermediate),Special",
      "Код;Тип;Плановые (периодические);Повторные (промежуточные);Специальные",
      "Код;Түрі;Жоспарлы (кезеңдік);Қайталама (аралық);Арнайы",
    ]);
    expect(cross.en).toContain("temporary_detention_facility,Temporary detention facility (IVS),3,1,0");
    const label = (code: string, lang: Language) => kz.lists.facilityTypes.find((entry) => entry.code === code)?.labels[lang] ?? "";
    expect(cross.ru).toContain(`psychiatric_institution;${label("psychiatric_institution", "ru")};1;0;0`);
    expect(cross.kk).toContain(`penal_colony;${label("penal_colony", "kk")};0;0;1`);
    // Every facility type of the profile is a row, zeros included; no totals row.
    expect(cross.en).toHaveLength(1 + kz.lists.facilityTypes.length + 1);
  });

  it("a report of nothing: shares and rates are empty cells; the totals row keeps the count 0", () => {
    const empty = buildReport(data(), { asOf: AS_OF });
    expect(csvOf("visits-by-type", "en", empty)).toEqual(["Code,Type,Visits,\"Share, %\"", "periodic,Planned (periodic),0,", "intermediate,Follow-up (intermediate),0,", "special,Special,0,", ",Total,0,", ""]);
    expect(csvOf("indicators", "kk", empty)).toContain("recommendations.daysToImplement.median;Медиана, күн;");
  });
});

describe("reportTableCsv: numbers a spreadsheet reads as numbers, text it never runs", () => {
  const table: ReportTable = {
    name: "visits-by-agency",
    heading: "Visits",
    labelTitle: "=HYPERLINK(\"x\")",
    columns: [
      { key: "count", title: "Visits", role: "value" },
      { key: "share", title: "Share", role: "share" },
    ],
    rows: [
      // 1 of 4,000: 0.025 %, which the document writes "<0.1%": the cell keeps the digits it
      // needs not to read as 0 (0.03, rounded half away from zero).
      { code: "a", label: "=1+1", unit: "count", values: [1, 1 / 4000], shown: true },
      // 1,999 of 2,000: 99.95 %, ">99.9%" in the document.
      { code: "-b", label: "@SUM(A1)", unit: "count", values: [1999, 1999 / 2000], shown: true },
      { code: "c", label: "+c; -d", unit: "days", values: [55.55, null], shown: false },
    ],
    total: null,
    notes: [],
    empty: false,
    inDocument: true,
    asFile: true,
  };

  it("the edges of the rounding as numbers; days to one decimal (half away from zero); formula marks on text", () => {
    expect(reportTableCsv(table, "ru").split("\r\n")).toEqual([
      // The titles of the columns are the table's; the mark `'` goes where a cell may start.
      `Код;"'=HYPERLINK(""x"")";Visits;Share, %`,
      "a;'=1+1;1;0,03",
      "'-b;'@SUM(A1);1999;99,95",
      `c;"'+c;' -d";55,6;`,
      "",
    ]);
    expect(reportTableCsv(table, "en").split("\r\n").slice(2, 4)).toEqual(["'-b,'@SUM(A1),1999,99.95", "c,'+c;' -d,55.6,"]);
  });

  it("an unknown language is an OpcatError", () => {
    const error = opcatErrorOf(() => reportTableCsv(table, "de" as Language));
    expect([error.code, error.path]).toEqual(["schema.invalid_value", ["lang"]]);
  });
});
