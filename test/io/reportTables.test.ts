// @time-zones: the report tables by month
// reportTables (src/io/reportTables.ts) and writeReportTables, decimalText, cellText
// (src/io/writeReportTables.ts), on a small dataset built by hand. Every expected count and
// share below is worked out by hand from DESIGN §4 (see the comments on the records).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { reportTables, type ReportTable, type ReportTableName } from "../../src/io/reportTables";
import { writeReportTables } from "../../src/io/writeReportTables";
import { csvRecord, decimalText } from "../../src/report/render/csvText";
import type { Language } from "../../src/model/language";
import { kz } from "../../src/profiles/kz";
import { buildReport } from "../../src/report/buildReport";
import { AGENCIES, FACILITY_TYPES, REGIONS, THEMES } from "../fixtures/kzDesignCodes";
import { action, at, d, data, facility, opcatErrorOf, rec, visit } from "../metrics/helpers";

const root = mkdtempSync(path.join(tmpdir(), "opcat-report-tables-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

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

const NAMES: ReportTableName[] = [
  "visits-by-type",
  "visits-by-agency",
  "visits-by-region",
  "visits-by-month",
  "facilities-by-agency",
  "facilities-by-type",
  "facilities-by-region",
  "recommendations-by-theme",
  "recommendations-by-status",
  "recommendations-by-agency",
  "officials-by-initiator",
  "officials-by-measure",
  "indicators",
  "reconciliation",
];

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
const withoutLabels = (table: ReportTable) => table.rows.map(([code, , ...rest]) => [code, ...rest]);
const labelOf = (table: ReportTable, code: string) => table.rows.find((row) => row[0] === code)?.[1];

const en = reportTables(report, { lang: "en", profile: kz });

describe("reportTables on a hand-built dataset (en)", () => {
  it("the 14 tables, in order, with their headers", () => {
    expect(en.map((table) => table.name)).toEqual(NAMES);
    const share = ["code", "label", "count", "share"];
    for (const table of en) {
      const header =
        table.name === "facilities-by-region"
          ? ["code", "label", "count"]
          : table.name === "indicators"
            ? ["code", "label", "value"]
            : table.name === "reconciliation"
              ? ["code", "label", "reported", "computed", "difference"]
              : share;
      expect(table.header, table.name).toEqual(header);
      for (const row of table.rows) expect(row, table.name).toHaveLength(header.length);
    }
  });

  it("visits-by-type: 3 periodic, 1 intermediate, 1 special of 5", () => {
    expect(tableOf(en, "visits-by-type").rows).toEqual([
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

  it("visits-by-month: every month of the period, named without the year (one year)", () => {
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const counts = [0, 2, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0];
    expect(tableOf(en, "visits-by-month").rows).toEqual(months.map((month, index) => [`2023-${String(index + 1).padStart(2, "0")}`, month, counts[index], counts[index]! / 5]));
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
    expect(tableOf(en, "recommendations-by-status").rows).toEqual([
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
    expect(tableOf(en, "officials-by-initiator").rows).toEqual([
      ["commissioner_office", "Commissioner's office (regional representatives)", 3, 1 / 2],
      ["npm_participant", "NPM participants", 3, 1 / 2],
    ]);
    expect(tableOf(en, "officials-by-measure").rows).toEqual([
      ["disciplinary", "Disciplinary", 2, 1 / 3],
      ["administrative", "Administrative", 1, 1 / 6],
      ["criminal", "Criminal", 3, 1 / 2],
    ]);
  });

  it("indicators: the scalar figures with their paths in the report", () => {
    expect(tableOf(en, "indicators").rows).toEqual([
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
    const rows = tableOf(tables, "indicators").rows.filter((row) => String(row[0]).startsWith("recommendations.implementation."));
    expect(rows).toEqual([
      ["recommendations.implementation.numerator", "Implemented (partially implemented ones counted with a weight of 0.5)", 2],
      ["recommendations.implementation.denominator", "Recommendations counted (withdrawn ones left out)", 4],
      ["recommendations.implementation.rate", "Implementation rate", 2 / 4],
    ]);
  });

  it("reconciliation: each published figure beside the computed one", () => {
    expect(tableOf(en, "reconciliation").rows).toEqual([
      ["visits.total", "Visits", 6, 5, -1],
      ["visits.byType.periodic", "Planned visits", 3, 3, 0],
      ["facilities.monitored", "Facilities monitored", 4, 4, 0],
      ["recommendations.total", "Recommendations", 5, 5, 0],
      ["recommendations.implementation.rate", "Implementation rate", 0.5, 0.4, 0.4 - 0.5],
      ["accountability.officials.byInitiator.commissioner_office", "Officials held liable on the proposal of the Commissioner's representatives", 3, 3, 0],
      ["accountability.officials.byInitiator.npm_participant", "Officials held liable on the initiative of NPM participants", 2, 3, 1],
    ]);
    expect(tableOf(reportTables(buildReport({ ...sample, reported: null }, { asOf: AS_OF }), { lang: "en", profile: kz }), "reconciliation").rows).toEqual([]);
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
    expect(tableOf(ru, "visits-by-type").rows.map((row) => row[1])).toEqual(["Плановые (периодические)", "Повторные (промежуточные)", "Специальные"]);
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
    const numbers = (tables: readonly ReportTable[]) => tables.map((table) => table.rows.map((row) => row.filter((_cell, index) => index !== 1)));
    expect(numbers(ru)).toEqual(numbers(en));
    expect(numbers(kk)).toEqual(numbers(en));
  });

  it("a report of nothing: counts 0, shares and rates null (no value), no median", () => {
    const empty = reportTables(buildReport(data(), { asOf: AS_OF }), { lang: "en", profile: kz });
    expect(tableOf(empty, "visits-by-type").rows).toEqual([
      ["periodic", "Planned (periodic)", 0, null],
      ["intermediate", "Follow-up (intermediate)", 0, null],
      ["special", "Special", 0, null],
    ]);
    const indicators = Object.fromEntries(tableOf(empty, "indicators").rows.map((row) => [row[0], row[2]]));
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
    expect(tableOf(reportTables(built, { lang: "en", profile: kz }), "visits-by-month").rows).toEqual([
      ["2023-11", "November 2023", 0, 0],
      ["2023-12", "December 2023", 1, 1 / 3],
      ["2024-01", "January 2024", 0, 0],
      ["2024-02", "February 2024", 2, 2 / 3],
    ]);
    expect(tableOf(reportTables(built, { lang: "kk", profile: kz }), "visits-by-month").rows[1]?.[1]).toBe("2023 жылғы желтоқсан");
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

describe("writeReportTables", () => {
  it("writes the 14 files <name>.csv and returns their paths in order", async () => {
    const folder = path.join(root, "en");
    const written = await writeReportTables(report, folder, { lang: "en", profile: kz });
    expect(written).toEqual(NAMES.map((name) => path.join(folder, `${name}.csv`)));
    expect(readdirSync(folder).sort()).toEqual(NAMES.map((name) => `${name}.csv`).sort());
    const read = (name: string) => readFileSync(path.join(folder, `${name}.csv`), "utf8");
    expect(read("visits-by-type")).toBe("code,label,count,share\r\nperiodic,Planned (periodic),3,0.6\r\nintermediate,Follow-up (intermediate),1,0.2\r\nspecial,Special,1,0.2\r\n");
    expect(read("officials-by-measure")).toBe(
      "code,label,count,share\r\ndisciplinary,Disciplinary,2,0.3333333333333333\r\nadministrative,Administrative,1,0.16666666666666666\r\ncriminal,Criminal,3,0.5\r\n",
    );
    expect(read("indicators")).toBe(
      [
        "code,label,value",
        "visits.total,Visits,5",
        "facilities.monitored,Facilities monitored,4",
        "facilities.coverage.numerator,Facilities of the register visited,3",
        "facilities.coverage.denominator,Facilities of the register open during the period,4",
        "facilities.coverage.rate,Coverage of the register,0.75",
        "recommendations.total,Recommendations,5",
        "recommendations.implementation.numerator,Implemented,2",
        "recommendations.implementation.denominator,Recommendations counted,5",
        "recommendations.implementation.rate,Implementation rate,0.4",
        'recommendations.overdue,"Overdue (past the due date; not implemented, rejected or withdrawn)",1',
        "recommendations.daysToImplement.count,Recommendations implemented,2",
        "recommendations.daysToImplement.median,\"Median, days\",55",
        "recommendations.daysToImplement.q1,\"First quartile, days\",50",
        "recommendations.daysToImplement.q3,\"Third quartile, days\",60",
        "recommendations.escalations.issued,Individualized recommendations to ministries,1",
        "recommendations.escalations.escalated,Earlier recommendations they escalate,1",
        "accountability.officials.total,Officials held liable,6",
        "",
      ].join("\r\n"),
    );
    expect(read("reconciliation").split("\r\n")[5]).toBe("recommendations.implementation.rate,Implementation rate,0.5,0.4,-0.09999999999999998");
    expect(read("facilities-by-region").split("\r\n").slice(0, 2)).toEqual(["code,label,count", "KZ-10,Abai Region,0"]);
    for (const name of NAMES) expect(read(name).startsWith("\uFEFF")).toBe(false);
  });

  it("bom: true starts each file with a byte-order mark; no value is an empty cell; files are replaced with overwrite only", async () => {
    const folder = path.join(root, "ru-bom");
    await writeReportTables(report, folder, { lang: "ru", profile: kz });
    await expect(writeReportTables(report, folder, { lang: "ru", profile: kz })).rejects.toMatchObject({ code: "io.target_exists", params: { file: path.join(folder, "visits-by-type.csv") } });
    await writeReportTables(buildReport(data(), { asOf: AS_OF }), folder, { lang: "ru", profile: kz, bom: true, overwrite: true });
    const read = (name: string) => readFileSync(path.join(folder, `${name}.csv`), "utf8");
    for (const name of NAMES) expect(read(name).startsWith("\uFEFF"), name).toBe(true);
    expect(read("visits-by-type")).toBe("\uFEFFcode,label,count,share\r\nperiodic,Плановые (периодические),0,\r\nintermediate,Повторные (промежуточные),0,\r\nspecial,Специальные,0,\r\n");
    expect(read("reconciliation")).toBe("\uFEFFcode,label,reported,computed,difference\r\n");
  });

  it("a bad lang rejects with schema.invalid_value", async () => {
    await expect(writeReportTables(report, path.join(root, "bad"), { lang: "de" as Language, profile: kz })).rejects.toMatchObject({ code: "schema.invalid_value" });
  });
});

describe("decimalText and the cells of numbers", () => {
  it.each<[number, string]>([
    [1e-7, "0.0000001"],
    [1.5e21, "1500000000000000000000"],
    [1e21, "1000000000000000000000"],
    [0.1, "0.1"],
    [-2.5e-8, "-0.000000025"],
    [1.234e-5, "0.00001234"],
    [-1.5e22, "-15000000000000000000000"],
    [1.2345e22, "12345000000000000000000"],
    [0, "0"],
    [42, "42"],
    [-0.5, "-0.5"],
    [2 / 3, "0.6666666666666666"],
    [5e-324, `0.${"0".repeat(323)}5`],
  ])("decimalText(%s) is %s", (value, text) => {
    expect(decimalText(value)).toBe(text);
  });

  it("the largest double: 17976931348623157 and 292 zeros", () => {
    expect(decimalText(Number.MAX_VALUE)).toBe(`17976931348623157${"0".repeat(292)}`);
  });

  propertyTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], { numRuns: 2000 })("reads back as the same number, and never has an exponent", (value) => {
    const text = decimalText(value);
    expect(Number(text)).toBe(value === 0 ? 0 : value);
    expect(text).not.toMatch(/e/i);
    expect(text).toMatch(/^-?\d+(?:\.\d+)?$/);
  });

  it("csvRecord: null is an empty cell, a number a plain decimal (a negative one too), a string itself", () => {
    expect(csvRecord([null, 1e-7, 3, -0.5, "Astana", ""])).toBe(",0.0000001,3,-0.5,Astana,\r\n");
  });
});
