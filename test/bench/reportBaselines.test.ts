import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateNationalData } from "../../bench/generateNationalData.mjs";
import {
  arqueroReport, arqueroReportFromRecords, arqueroTables, codeListsOf, figuresOf, handLoopReport, lodashReport, quartilesOfSorted,
  type BaselineData, type BaselineOptions,
} from "../../bench/reportBaselines.mjs";
import * as library from "../../src/index";
import type { MetricOptions } from "../../src/metrics/metricContext";
import type { CivilDate } from "../../src/model/civilDate";
import { kz } from "../../src/profiles/kz";
import { schemasFor } from "../../src/profiles/schemasFor";
import { buildReport } from "../../src/report/buildReport";

// The baselines of bench/report.bench.mjs must compute exactly buildReport's figures, key order
// included, or the benchmark compares different work. Checked on generated data (through JSON
// and the profile's Dataset schema, as in the benchmark), on the example dataset, and on a small
// dataset made of the rules' traps.

const LISTS = codeListsOf(kz, library);
const { Dataset } = schemasFor(kz);
const d = (text: string) => text as CivilDate;

type Parsed = ReturnType<typeof Dataset.parse>;

const CONTENDERS = {
  "hand-written loop": handLoopReport,
  lodash: lodashReport,
  arquero: arqueroReportFromRecords,
  "arquero, tables built beforehand": (data: BaselineData, lists: typeof LISTS, options: BaselineOptions) =>
    arqueroReport(arqueroTables(data), data, lists, options),
} as const;

function expectSameFigures(data: Parsed, options: MetricOptions): void {
  const expected = JSON.stringify(figuresOf(buildReport(data, options)));
  for (const [name, contender] of Object.entries(CONTENDERS)) {
    const figures = contender(data, LISTS, options);
    // toEqual first for a readable difference, then the exact text (key order, -0, undefined).
    expect(figures, name).toEqual(JSON.parse(expected));
    expect(JSON.stringify(figures), name).toBe(expected);
  }
}

const generated = generateNationalData({ seed: 7, facilities: 300, visits: 900, recommendations: 6000, accountability: 120 });
const national = Dataset.parse(JSON.parse(JSON.stringify(generated.dataset)));
const asOf = d(generated.asOf);

const example = Dataset.parse(JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8")));

// Each record is a trap of one rule (see the comments); period 2023, asOf 2024-11-08 unless said.
const traps = Dataset.parse({
  format: "opcat-npm/dataset@1",
  profile: "kz",
  period: { from: "2023-01-01", to: "2023-12-31" },
  facilities: [
    { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71", openedOn: "2010-01-01" },
    // A second record of F-1: the first wins (agency interior, region KZ-71).
    { id: "F-1", name: "IVS again", type: "childrens_home", agency: "education", region: "KZ-75" },
    // Closed before the period: not open in it, yet visited (monitored, not in the coverage).
    { id: "F-2", name: "Closed home", type: "childrens_home", agency: "education", region: "KZ-75", closedOn: "2022-06-30" },
    // Opened after the period: not open in it.
    { id: "F-3", name: "New hospital", type: "psychiatric_institution", agency: "health", region: "KZ-71", openedOn: "2024-02-01" },
    // Open, never visited; closed on the period's first day (still open that day).
    { id: "F-4", name: "Police unit", type: "police_unit", agency: "interior", region: "KZ-19", closedOn: "2023-01-01", openedOn: null },
  ],
  visits: [
    { id: "V-1", type: "periodic", startedOn: "2023-01-01", facilityIds: ["F-1", "F-2"] },
    // F-9 is not in the register: _unregistered; F-1 twice counts interior once.
    { id: "V-2", type: "special", startedOn: "2023-03-01", facilityIds: ["F-1", "F-9", "F-1"] },
    { id: "V-3", type: "intermediate", startedOn: "2023-12-31", facilityIds: ["F-2"], followUpOf: "V-1" },
    { id: "V-4", type: "periodic", startedOn: "2022-12-31", facilityIds: ["F-3"] },
    { id: "V-5", type: "periodic", startedOn: "2024-01-01", facilityIds: ["F-4"] },
  ],
  recommendations: [
    // History out of order: the latest date wins (implemented), implemented on 04-11; a theme twice counts once.
    {
      id: "R-1", addressee: "interior", level: "facility", themes: ["food", "food", "sanitation"], issuedOn: "2023-02-20", dueOn: "2023-03-01",
      history: [{ status: "implemented", on: "2023-04-11" }, { status: "accepted", on: "2023-03-01" }],
    },
    // Two entries on one day: the later in the list wins (rejected: not overdue).
    {
      id: "R-2", addressee: "education", level: "facility", themes: ["medical_care"], issuedOn: "2023-03-10", dueOn: "2023-04-01",
      history: [{ status: "accepted", on: "2023-05-01" }, { status: "rejected", on: "2023-05-01" }],
    },
    // Implemented twice, then in progress: status in_progress (overdue), implemented on the earliest entry (05-01).
    {
      id: "R-3", addressee: "interior", level: "facility", themes: ["sanitation"], issuedOn: "2023-04-01", dueOn: "2023-09-01",
      history: [{ status: "implemented", on: "2023-06-01" }, { status: "in_progress", on: "2023-07-01" }, { status: "implemented", on: "2023-05-01" }],
    },
    // Implemented after asOf: issued as of asOf, not implemented; due after asOf: not overdue.
    { id: "R-4", addressee: "health", level: "facility", themes: ["food"], issuedOn: "2023-05-05", dueOn: "2025-01-01", history: [{ status: "implemented", on: "2025-01-02" }] },
    // Agency level: escalates R-3 twice (once) and R-4.
    { id: "R-5", addressee: "interior", level: "agency", themes: ["other"], issuedOn: "2023-11-01", escalates: ["R-3", "R-4", "R-3"], history: null },
    { id: "R-6", addressee: "interior", level: "agency", themes: ["other"], issuedOn: "2023-12-31", escalates: null },
    { id: "R-7", addressee: "education", level: "facility", themes: ["food"], issuedOn: "2023-06-01", history: [{ status: "partially_implemented", on: "2023-08-01" }] },
    { id: "R-8", addressee: "education", level: "facility", themes: ["food"], issuedOn: "2023-06-02", dueOn: "2023-07-01", history: [{ status: "withdrawn", on: "2023-08-01" }] },
    { id: "R-9", addressee: "education", level: "facility", themes: ["food"], issuedOn: "2023-06-02", history: [{ status: "implemented", on: "2023-06-12" }] },
    // Outside the period.
    { id: "R-10", addressee: "interior", level: "facility", themes: ["food"], issuedOn: "2024-01-05", history: [{ status: "implemented", on: "2024-02-01" }] },
    { id: "R-11", addressee: "interior", level: "agency", themes: ["food"], issuedOn: "2022-12-31", escalates: ["R-1"] },
  ],
  accountability: [
    { id: "A-1", decidedOn: "2023-06-01", initiator: "commissioner_office", measure: "disciplinary", officials: 2 },
    { id: "A-2", decidedOn: "2023-12-31", initiator: "npm_participant", measure: "criminal", officials: 3 },
    { id: "A-3", decidedOn: "2022-01-01", initiator: "npm_participant", measure: "administrative", officials: 7 },
  ],
});

const empty = Dataset.parse({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" }, facilities: [], visits: [], recommendations: [], accountability: [] });

describe("the report benchmark's baselines give exactly buildReport's figures", () => {
  it("on generated national data (small), as the benchmark runs them", () => {
    expectSameFigures(national, { asOf });
    const report = buildReport(national, { asOf });
    // Not vacuous: every part of the report has something to count.
    expect(report.visits.total).toBeGreaterThan(500);
    expect(report.facilities.coverage.numerator).toBeGreaterThan(100);
    expect(report.recommendations.daysToImplement.count).toBeGreaterThan(1000);
    expect(report.recommendations.escalations.escalated).toBeGreaterThan(0);
    expect(report.recommendations.overdue).toBeGreaterThan(0);
    expect(report.accountability.officials.total).toBeGreaterThan(100);
  });

  it("on generated data with asOf inside the period, another period and the rate options", () => {
    expectSameFigures(national, { asOf: d("2023-06-30") });
    expectSameFigures(national, { asOf, period: { from: d("2022-03-15"), to: d("2022-11-30") }, partialWeight: 0.5, excludeWithdrawn: true });
    expectSameFigures(national, { asOf: d("2024-02-29"), period: { from: d("2021-01-01"), to: d("2024-12-31") }, partialWeight: 1 });
  });

  it("on the example dataset", () => {
    expectSameFigures(example, { asOf: d("2024-11-08") });
    expectSameFigures(example, { asOf: d("2023-07-01"), partialWeight: 0.5 });
  });

  it("on the traps of each rule", () => {
    expectSameFigures(traps, { asOf: d("2024-11-08") });
    expectSameFigures(traps, { asOf: d("2023-06-01"), excludeWithdrawn: true, partialWeight: 0.25 });
    expectSameFigures(traps, { asOf: d("2023-01-01") });
    const report = buildReport(traps, { asOf: d("2024-11-08") });
    expect(report.visits.byAgency).toMatchObject({ interior: 2, education: 2, _unregistered: 1 });
    expect(report.facilities.coverage).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(report.recommendations.byStatus).toMatchObject({ implemented: 2, rejected: 1, in_progress: 1, issued: 3, withdrawn: 1 });
    expect(report.recommendations.daysToImplement).toEqual({ count: 3, median: 30, q1: 10, q3: 50 });
    expect(report.recommendations.escalations).toEqual({ issued: 2, escalated: 2 });
  });

  it("on an empty dataset", () => {
    expectSameFigures(empty, { asOf: d("2024-11-08") });
  });
});

describe("quartilesOfSorted", () => {
  it("uses the halves method of src/metrics/quartiles.ts", () => {
    expect(quartilesOfSorted([])).toEqual({ count: 0, median: null, q1: null, q3: null });
    expect(quartilesOfSorted([7])).toEqual({ count: 1, median: 7, q1: 7, q3: 7 });
    expect(quartilesOfSorted([1, 3])).toEqual({ count: 2, median: 2, q1: 1, q3: 3 });
    expect(quartilesOfSorted([10, 20, 30, 60, 270])).toEqual({ count: 5, median: 30, q1: 15, q3: 165 });
    expect(quartilesOfSorted([1, 2, 3, 4, 5, 6])).toEqual({ count: 6, median: 3.5, q1: 2, q3: 5 });
  });
});
