// @time-zones: the report tables by month
// The report-table model (src/report/tables/: reportTables) on a small dataset built by
// hand. Every expected count and share below is worked out by hand from DESIGN §4 (see the
// comments on the records). The CSV of the tables: reportTableCsv.test.ts; the files:
// test/io/writeReportTables.test.ts.
import { describe, expect, it } from "vitest";
import { reportTables as ioReportTables } from "../../../src/io/reportTables";
import type { Language } from "../../../src/model/language";
import { kz } from "../../../src/profiles/kz";
import { buildReport } from "../../../src/report/buildReport";
import type { ReportTableName } from "../../../src/report/report";
import type { ReportTable } from "../../../src/report/tables/reportTable";
import { reportTables } from "../../../src/report/tables/reportTables";
import { AGENCIES, FACILITY_TYPES, REGIONS, THEMES } from "../../fixtures/kzDesignCodes";
import { action, at, d, data, facility, opcatErrorOf, rec, visit } from "../../metrics/helpers";
import { TABLE_NAMES } from "./tableNames";

// Period 2023 (data()), as of 2024-01-31.
const AS_OF = d("2024-01-31");
const sample = data({
  facilities: [
    facility("F-1", "temporary_detention_facility", "interior", "KZ-71"),
    facility("F-2", "penal_colony", "interior", "KZ-75"),
    facility("F-3", "psychiatric_institution", "health", "KZ-71"),
    facility("F-4", "childrens_home", "education", "KZ-10"), // never visited
  ],
  visits: [
    visit("V-1", "periodic", "2023-02-14", ["F-1"]),
    visit("V-2", "periodic", "2023-02-20", ["F-1", "F-3"]), // interior and health; KZ-71 once
    visit("V-3", "special", "2023-05-10", ["F-2"], { trigger: { kind: "complaint", receivedOn: d("2023-05-08") } }),
    visit("V-4", "intermediate", "2023-06-01", ["F-1"], { followUpOf: "V-1" }),
    visit("V-5", "periodic", "2022-12-20", ["F-4"]), // before the period: not counted
    visit("V-6", "periodic", "2023-11-03", ["F-9"]), // a facility not in the register
  ],
  recommendations: [
    // implemented on 2023-04-11: 50 days after issue (8 left in February, 31 in March, 11 in April)
    rec("R-1", "2023-02-20", { visitId: "V-1", facilityId: "F-1", themes: ["food", "sanitation"], dueOn: d("2023-05-20"), history: [at("accepted", "2023-03-01"), at("implemented", "2023-04-11")] }),
    // still issued, due 2023-06-01 < asOf: overdue
    rec("R-2", "2023-03-01", { visitId: "V-2", facilityId: "F-3", addressee: "health", themes: ["medical_care"], dueOn: d("2023-06-01") }),
    // implemented on 2023-07-14: 60 days after issue (16 left in May, 30 in June, 14 in July)
    rec("R-3", "2023-05-15", { visitId: "V-3", facilityId: "F-2", history: [at("implemented", "2023-07-14")] }),
    // withdrawn as of asOf (was partially implemented); past due but withdrawn: not overdue
    rec("R-4", "2023-06-10", { themes: ["detention_conditions"], dueOn: d("2023-07-01"), history: [at("partially_implemented", "2023-08-01"), at("withdrawn", "2023-09-01")] }),
    // individualized, escalating R-2; rejected
    rec("R-5", "2023-10-01", { addressee: "health", level: "agency", themes: ["medical_care"], escalates: ["R-2"], history: [at("rejected", "2023-11-01")] }),
    rec("R-6", "2022-12-01"), // before the period: not counted
  ],
  accountability: [
    action("A-1", "2023-06-01", "commissioner_office", "disciplinary", 2),
    action("A-2", "2023-07-01", "commissioner_office", "administrative", 1),
    action("A-3", "2023-08-01", "npm_participant", "criminal", 3),
    action("A-4", "2022-12-31", "commissioner_office", "criminal", 5), // before the period
  ],
  reported: { visits: { total: 6, byType: { periodic: 3 } }, facilitiesMonitored: 4, recommendations: 5, implementationRate: 0.5, officials: { commissioner_office: 3, npm_participant: 2 } },
});
// Counted: visits V-1, V-2, V-3, V-4, V-6 (5); facilities monitored F-1, F-2, F-3, F-9 (4);
// register open in 2023: F-1..F-4 (4), of which visited 3; recommendations R-1..R-5 (5);
// officials 2 + 1 + 3 = 6.
const report = buildReport(sample, { asOf: AS_OF });

const NAMES = TABLE_NAMES;

const tableOf = (tables: readonly ReportTable[], name: ReportTableName): ReportTable => {
  const found = tables.find((table) => table.name === name);
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
};

/** Every code of a list at [code, 0, 0], then the given ones set: rows without their labels. */
function zeroRows(codes: readonly string[], counts: Readonly<Record<string, number>>, total: number | null): (string | number | null)[][] {
  const all = [...codes, ...Object.keys(counts).filter((code) => !codes.includes(code))];
  return all.map((code) => {
    const count = counts[code] ?? 0;
    return total === null ? [code, count] : [code, count, total === 0 ? null : count / total];
  });
}
/** The rows as [code, label, ...values]: what a spreadsheet row of the table holds. */
const plain = (table: ReportTable) => table.rows.map((row) => [row.code, row.label, ...row.values]);
const withoutLabels = (table: ReportTable) => table.rows.map((row) => [row.code, ...row.values]);
const labelOf = (table: ReportTable, code: string) => table.rows.find((row) => row.code === code)?.label;

const en = reportTables(report, { lang: "en", profile: kz });

describe("reportTables on a hand-built dataset (en)", () => {
  it("the 18 tables in the report's order: 16 files, 16 in the document, with their columns", () => {
    expect(en.map((table) => table.name)).toEqual([...NAMES.slice(0, 12), "implementation", "days-to-implement", ...NAMES.slice(12)]);
    expect(en.filter((table) => table.asFile).map((table) => table.name)).toEqual(NAMES);
    expect(en.filter((table) => !table.inDocument).map((table) => table.name)).toEqual(["facilities-by-region", "indicators"]);
    for (const table of en) {
      const keys =
        table.name === "facilities-by-region"
          ? ["count"]
          : ["implementation", "days-to-implement", "indicators"].includes(table.name)
            ? ["value"]
            : table.name === "reconciliation"
              ? ["reported", "computed", "difference"]
              : table.name === "visits-by-type-and-facility-type"
                ? ["periodic", "intermediate", "special"]
                : ["count", "share"];
      expect(table.columns.map((column) => column.key), table.name).toEqual(keys);
      for (const row of table.rows) expect(row.values, `${table.name} ${row.code}`).toHaveLength(keys.length);
    }
    expect(tableOf(en, "visits-by-agency").columns).toEqual([
      { key: "count", title: "Visits", role: "value" },
      { key: "share", title: "Share", role: "share" },
    ]);
    expect([tableOf(en, "visits-by-agency").heading, tableOf(en, "visits-by-agency").labelTitle]).toEqual(["Visits by supervising agency", "Agency"]);
    expect(tableOf(en, "recommendations-by-status").heading).toBe("Recommendations by status, as of 31 January 2024");
  });

  it("totals rows where the rows add up to the total; none where a record counts under several codes", () => {
    const totals = Object.fromEntries(en.map((table) => [table.name, table.total === null ? null : [table.total.code, table.total.label, ...table.total.values]]));
    expect(totals).toEqual({
      "visits-by-type": ["", "Total", 5, 1],
      "visits-by-agency": null, // V-2 counts for interior and health: 4 + 1 + 1 = 6 > 5
      "visits-by-region": null,
      "visits-by-facility-type": null, // V-2 counts for the IVS and the psychiatric institution
      "visits-by-type-and-facility-type": null,
      "visits-by-month": ["", "Total", 5, 1],
      "facilities-by-agency": ["", "Total", 4, 1], // 2 + 1 + 1 = 4 monitored
      "facilities-by-type": ["", "Total", 4, 1],
      "facilities-by-region": ["", "Total", 4],
      "recommendations-by-theme": null, // R-1 is on food and sanitation
      "recommendations-by-status": ["", "Total", 5, 1],
      "recommendations-by-agency": ["", "Total", 5, 1], // 3 interior + 2 health
      implementation: null,
      "days-to-implement": null,
      "officials-by-initiator": ["", "Total", 6, 1],
      "officials-by-measure": ["", "Total", 6, 1],
      indicators: null,
      reconciliation: null,
    });
  });

  it("rows of 0 of long tables are kept but not shown in the document; short tables show every row", () => {
    const shownCodes = (name: ReportTableName) => tableOf(en, name).rows.filter((row) => row.shown).map((row) => row.code);
    expect(shownCodes("visits-by-agency")).toEqual(["interior", "health", "_unregistered"]);
    expect(tableOf(en, "visits-by-agency").rows).toHaveLength(AGENCIES.length + 1);
    expect(shownCodes("recommendations-by-theme")).toEqual(THEMES.filter((theme) => ["food", "sanitation", "medical_care", "detention_conditions"].includes(theme)));
    expect(shownCodes("visits-by-type")).toEqual(["periodic", "intermediate", "special"]);
    expect(shownCodes("recommendations-by-status")).toHaveLength(8);
    expect(shownCodes("visits-by-month")).toHaveLength(12);
  });

  it("notes: a record counted under several codes, and the coverage of the register under facilities by agency", () => {
    expect(tableOf(en, "visits-by-agency").notes).toEqual([
      "A visit covering facilities of several agencies counts once for each of them: the rows can add up to more than the total (5) and the shares to more than 100%.",
    ]);
    expect(tableOf(en, "recommendations-by-theme").notes).toEqual([
      "A recommendation on several themes counts once for each of them: the rows can add up to more than the total (5) and the shares to more than 100%.",
    ]);
    // F-1, F-2, F-3 of the 4 open in 2023 (F-9 is not in the register).
    expect(tableOf(en, "facilities-by-agency").notes).toEqual(["Coverage: 3 of the 4 facilities in the register open during the period were visited (75%)."]);
    expect(tableOf(en, "visits-by-type").notes).toEqual([]);
    // Published: 6 visits, 3 of them periodic and no other type: 3 short; the records hold
    // V-4 (intermediate) and V-3 (special) of the types not published.
    expect(tableOf(en, "reconciliation").notes).toEqual([
      "The published visits by type (3 = 3) fall 3 short of the published total of 6; the records hold 2 visits of the unpublished types: follow-up and special.",
    ]);
    const none = reportTables(buildReport({ ...sample, reported: null }, { asOf: AS_OF }), { lang: "en", profile: kz });
    expect(tableOf(none, "reconciliation").notes).toEqual(["No published figures were given, so there is nothing to reconcile."]);
    expect(en.some((table) => table.empty)).toBe(false);
  });

  it("visits-by-type: 3 periodic, 1 intermediate, 1 special of 5", () => {
    expect(plain(tableOf(en, "visits-by-type"))).toEqual([
      ["periodic", "Planned (periodic)", 3, 3 / 5],
      ["intermediate", "Follow-up (intermediate)", 1, 1 / 5],
      ["special", "Special", 1, 1 / 5],
    ]);
  });

  it("visits-by-agency and -by-region: a visit counts once for each agency or region it covers; unregistered last", () => {
    const byAgency = tableOf(en, "visits-by-agency");
    expect(withoutLabels(byAgency)).toEqual(zeroRows(AGENCIES, { interior: 4, health: 1, _unregistered: 1 }, 5));
    expect([labelOf(byAgency, "interior"), labelOf(byAgency, "health"), labelOf(byAgency, "_unregistered")]).toEqual(["Ministry of Internal Affairs", "Ministry of Health", "Not in the register"]);
    const byRegion = tableOf(en, "visits-by-region");
    expect(withoutLabels(byRegion)).toEqual(zeroRows(REGIONS.map(([code]) => code), { "KZ-71": 3, "KZ-75": 1, _unregistered: 1 }, 5));
    expect([labelOf(byRegion, "KZ-71"), labelOf(byRegion, "KZ-75"), labelOf(byRegion, "KZ-10")]).toEqual(["Astana", "Almaty", "Abai Region"]);
  });

  it("visits-by-facility-type: a visit counts once for each facility type it covers, with a note; shares of the 5 visits", () => {
    // V-1, V-2, V-4 covered the IVS F-1; V-2 also the psychiatric institution F-3; V-3 the
    // penal colony F-2; V-6 the unregistered F-9: 3 + 1 + 1 + 1 = 6 > 5 visits.
    const table = tableOf(en, "visits-by-facility-type");
    expect(withoutLabels(table)).toEqual(
      zeroRows(
        FACILITY_TYPES.map(([code]) => code),
        { temporary_detention_facility: 3, psychiatric_institution: 1, penal_colony: 1, _unregistered: 1 },
        5,
      ),
    );
    expect([table.heading, table.labelTitle, labelOf(table, "penal_colony")]).toEqual(["Visits by facility type", "Type", "Penal colony (correctional institution)"]);
    expect(table.rows.filter((row) => row.shown).map((row) => row.code)).toEqual(FACILITY_TYPES.map(([code]) => code).filter((code) => ["temporary_detention_facility", "psychiatric_institution", "penal_colony"].includes(code)).concat("_unregistered"));
    expect(table.notes).toEqual([
      "A visit covering facilities of several types counts once for each of them: the rows can add up to more than the total (5) and the shares to more than 100%.",
    ]);
  });

  it("visits-by-type-and-facility-type: a column per visit type, a row per facility type", () => {
    // Periodic V-1 (IVS), V-2 (IVS, psychiatric), V-6 (unregistered); intermediate V-4 (IVS); special V-3 (penal colony).
    const table = tableOf(en, "visits-by-type-and-facility-type");
    expect(table.columns).toEqual([
      { key: "periodic", title: "Planned (periodic)", role: "value" },
      { key: "intermediate", title: "Follow-up (intermediate)", role: "value" },
      { key: "special", title: "Special", role: "value" },
    ]);
    const shown = table.rows.filter((row) => row.shown).map((row) => [row.code, ...row.values]);
    expect(Object.fromEntries(shown.map(([code, ...values]) => [code, values]))).toEqual({
      temporary_detention_facility: [2, 1, 0],
      psychiatric_institution: [1, 0, 0],
      penal_colony: [0, 0, 1],
      _unregistered: [1, 0, 0],
    });
    expect(table.rows).toHaveLength(FACILITY_TYPES.length + 1);
    expect([table.heading, table.total, table.empty]).toEqual(["Visits by type and facility type", null, false]);
    expect(table.notes).toEqual(["A visit covering facilities of several types counts once for each of them, in the column of its type: a column can add up to more than the visits of that type."]);
  });

  it("visits-by-month: every month of the period, named without the year (one year)", () => {
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const counts = [0, 2, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0];
    expect(plain(tableOf(en, "visits-by-month"))).toEqual(months.map((month, index) => [`2023-${String(index + 1).padStart(2, "0")}`, month, counts[index], counts[index]! / 5]));
  });

  it("facilities: by agency, type (shares of the 4 monitored) and region (no share)", () => {
    expect(withoutLabels(tableOf(en, "facilities-by-agency"))).toEqual(zeroRows(AGENCIES, { interior: 2, health: 1, _unregistered: 1 }, 4));
    const byType = tableOf(en, "facilities-by-type");
    expect(withoutLabels(byType)).toEqual(
      zeroRows(
        FACILITY_TYPES.map(([code]) => code),
        { penal_colony: 1, temporary_detention_facility: 1, psychiatric_institution: 1, _unregistered: 1 },
        4,
      ),
    );
    expect(labelOf(byType, "temporary_detention_facility")).toBe("Temporary detention facility (IVS)");
    expect(withoutLabels(tableOf(en, "facilities-by-region"))).toEqual(zeroRows(REGIONS.map(([code]) => code), { "KZ-71": 2, "KZ-75": 1, _unregistered: 1 }, null));
  });

  it("recommendations: by theme (one per theme), status as of asOf, addressee; shares of 5", () => {
    const byTheme = tableOf(en, "recommendations-by-theme");
    expect(withoutLabels(byTheme)).toEqual(zeroRows(THEMES, { food: 2, sanitation: 1, medical_care: 2, detention_conditions: 1 }, 5));
    expect(labelOf(byTheme, "food")).toBe("Food");
    expect(plain(tableOf(en, "recommendations-by-status"))).toEqual([
      ["issued", "Issued", 1, 1 / 5],
      ["accepted", "Accepted", 0, 0],
      ["in_progress", "In progress", 0, 0],
      ["partially_implemented", "Partially implemented", 0, 0],
      ["implemented", "Implemented", 2, 2 / 5],
      ["not_implemented", "Not implemented", 0, 0],
      ["rejected", "Rejected", 1, 1 / 5],
      ["withdrawn", "Withdrawn (no longer applicable)", 1, 1 / 5],
    ]);
    expect(withoutLabels(tableOf(en, "recommendations-by-agency"))).toEqual(zeroRows(AGENCIES, { interior: 3, health: 2 }, 5));
  });

  it("officials: by initiator and measure, shares of the 6 held liable", () => {
    expect(plain(tableOf(en, "officials-by-initiator"))).toEqual([
      ["commissioner_office", "Commissioner's office (regional representatives)", 3, 1 / 2],
      ["npm_participant", "NPM participants", 3, 1 / 2],
    ]);
    expect(plain(tableOf(en, "officials-by-measure"))).toEqual([
      ["disciplinary", "Disciplinary", 2, 1 / 3],
      ["administrative", "Administrative", 1, 1 / 6],
      ["criminal", "Criminal", 3, 1 / 2],
    ]);
  });

  it("indicators: the scalar figures with their paths in the report", () => {
    expect(plain(tableOf(en, "indicators"))).toEqual([
      ["visits.total", "Visits", 5],
      ["facilities.monitored", "Facilities monitored", 4],
      ["facilities.coverage.numerator", "Facilities of the register visited", 3],
      ["facilities.coverage.denominator", "Facilities of the register open during the period", 4],
      ["facilities.coverage.rate", "Coverage of the register", 3 / 4],
      ["recommendations.total", "Recommendations", 5],
      ["recommendations.implementation.numerator", "Implemented", 2],
      ["recommendations.implementation.denominator", "Recommendations counted", 5],
      ["recommendations.implementation.rate", "Implementation rate", 2 / 5],
      ["recommendations.overdue", "Overdue (past the due date; not implemented, rejected or withdrawn)", 1],
      ["recommendations.daysToImplement.count", "Recommendations implemented", 2],
      ["recommendations.daysToImplement.median", "Median, days", 55],
      ["recommendations.daysToImplement.q1", "First quartile, days", 50],
      ["recommendations.daysToImplement.q3", "Third quartile, days", 60],
      ["recommendations.escalations.issued", "Individualized recommendations to ministries", 1],
      ["recommendations.escalations.escalated", "Earlier recommendations they escalate", 1],
      ["accountability.officials.total", "Officials held liable", 6],
    ]);
  });

  it("indicators with partialWeight and excludeWithdrawn: their labels, and R-4 (withdrawn) left out of the denominator", () => {
    const tables = reportTables(buildReport(sample, { asOf: AS_OF, partialWeight: 0.5, excludeWithdrawn: true }), { lang: "en", profile: kz });
    const rows = plain(tableOf(tables, "indicators")).filter((row) => String(row[0]).startsWith("recommendations.implementation."));
    expect(rows).toEqual([
      ["recommendations.implementation.numerator", "Implemented (partially implemented ones counted with a weight of 0.5)", 2],
      ["recommendations.implementation.denominator", "Recommendations counted (withdrawn ones left out)", 4],
      ["recommendations.implementation.rate", "Implementation rate", 2 / 4],
    ]);
  });

  it("reconciliation: each published figure beside the computed one", () => {
    expect(plain(tableOf(en, "reconciliation"))).toEqual([
      ["visits.total", "Visits", 6, 5, -1],
      ["visits.byType.periodic", "Planned visits", 3, 3, 0],
      ["facilities.monitored", "Facilities monitored", 4, 4, 0],
      ["recommendations.total", "Recommendations", 5, 5, 0],
      ["recommendations.implementation.rate", "Implementation rate", 0.5, 0.4, 0.4 - 0.5],
      ["accountability.officials.byInitiator.commissioner_office", "Officials held liable on the proposal of the Commissioner's representatives", 3, 3, 0],
      ["accountability.officials.byInitiator.npm_participant", "Officials held liable on the initiative of NPM participants", 2, 3, 1],
    ]);
    expect(plain(tableOf(reportTables(buildReport({ ...sample, reported: null }, { asOf: AS_OF }), { lang: "en", profile: kz }), "reconciliation"))).toEqual([]);
  });

  it("opcat-npm/io gives the same function", () => {
    expect(ioReportTables).toBe(reportTables);
  });

  it("pure: the report is left as it was, and the tables are the same on every call", () => {
    const before = structuredClone(report);
    const again = reportTables(report, { lang: "en", profile: kz });
    expect(again).toEqual(en);
    expect(report).toEqual(before);
  });
});

describe("reportTables: languages, empty reports, years", () => {
  it("labels in ru and kk", () => {
    const ru = reportTables(report, { lang: "ru", profile: kz });
    expect(plain(tableOf(ru, "visits-by-type")).map((row) => row[1])).toEqual(["Плановые (периодические)", "Повторные (промежуточные)", "Специальные"]);
    expect(labelOf(tableOf(ru, "visits-by-agency"), "interior")).toBe("Министерство внутренних дел");
    expect(labelOf(tableOf(ru, "visits-by-agency"), "_unregistered")).toBe("Нет в реестре");
    expect(labelOf(tableOf(ru, "visits-by-month"), "2023-02")).toBe("Февраль");
    expect(labelOf(tableOf(ru, "recommendations-by-status"), "implemented")).toBe("Исполнена");
    const kk = reportTables(report, { lang: "kk", profile: kz });
    expect(labelOf(tableOf(kk, "facilities-by-region"), "KZ-71")).toBe("Астана қаласы");
    expect(labelOf(tableOf(kk, "officials-by-measure"), "criminal")).toBe("Қылмыстық");
    expect(labelOf(tableOf(kk, "visits-by-month"), "2023-05")).toBe("Мамыр");
    expect(labelOf(tableOf(kk, "indicators"), "visits.total")).toBe("Барулар");
    // The numbers do not depend on the language.
    const numbers = (tables: readonly ReportTable[]) => tables.map((table) => table.rows.map((row) => [row.code, ...row.values]));
    expect(numbers(ru)).toEqual(numbers(en));
    expect(numbers(kk)).toEqual(numbers(en));
  });

  it("a report of nothing: counts 0, shares and rates null (no value), no median; the tables of counts empty", () => {
    const empty = reportTables(buildReport(data(), { asOf: AS_OF }), { lang: "en", profile: kz });
    expect(empty.filter((table) => table.empty).map((table) => table.name)).toEqual(NAMES.slice(0, 14));
    expect(plain(tableOf(empty, "visits-by-type"))).toEqual([
      ["periodic", "Planned (periodic)", 0, null],
      ["intermediate", "Follow-up (intermediate)", 0, null],
      ["special", "Special", 0, null],
    ]);
    const indicators = Object.fromEntries(plain(tableOf(empty, "indicators")).map((row) => [row[0], row[2]]));
    expect(indicators).toMatchObject({
      "visits.total": 0,
      "facilities.coverage.rate": null,
      "recommendations.implementation.rate": null,
      "recommendations.daysToImplement.median": null,
      "recommendations.daysToImplement.q1": null,
    });
  });

  it("visits-by-month over two years names the months with the year", () => {
    const twoYears = data({
      period: { from: d("2023-11-01"), to: d("2024-02-29") },
      facilities: [facility("F-1", "temporary_detention_facility", "interior", "KZ-71")],
      visits: [visit("V-1", "periodic", "2023-12-05", ["F-1"]), visit("V-2", "special", "2024-02-29", ["F-1"]), visit("V-3", "periodic", "2024-02-01", ["F-1"])],
    });
    const built = buildReport(twoYears, { asOf: d("2024-03-01") });
    expect(plain(tableOf(reportTables(built, { lang: "en", profile: kz }), "visits-by-month"))).toEqual([
      ["2023-11", "November 2023", 0, 0],
      ["2023-12", "December 2023", 1, 1 / 3],
      ["2024-01", "January 2024", 0, 0],
      ["2024-02", "February 2024", 2, 2 / 3],
    ]);
    expect(plain(tableOf(reportTables(built, { lang: "kk", profile: kz }), "visits-by-month"))[1]?.[1]).toBe("2023 жылғы желтоқсан");
  });

  it.each<[string, unknown]>([
    ["fr", "fr"],
    ["undefined", undefined],
    ["KK", "KK"],
  ])("a bad lang (%s) throws an OpcatError schema.invalid_value at lang", (_label, lang) => {
    const error = opcatErrorOf(() => reportTables(report, { lang: lang as Language, profile: kz }));
    expect([error.code, error.path]).toEqual(["schema.invalid_value", ["lang"]]);
  });
});

