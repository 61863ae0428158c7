// @time-zones: visit cycles, days since the last visit
import { describe, expect, it } from "vitest";
import { addYears, visitPlan, type VisitPlanOptions } from "../../src/followup/visitPlan";
import { facilityCoverage } from "../../src/metrics/facilityCoverage";
import { UNREGISTERED } from "../../src/metrics/unregistered";
import type { CivilDate } from "../../src/model/civilDate";
import { defineProfile } from "../../src/profiles/defineProfile";
import { kz } from "../../src/profiles/kz";
import { AS_OF, at, d, data, facility, opcatErrorOf, rec, visit } from "../metrics/helpers";

// As of 2024-11-08, horizon 2025-12-31, the kz cycle of 4 years, the period 2024.
const YEAR_2024 = { from: d("2024-01-01"), to: d("2024-12-31") };
const HORIZON = d("2025-12-31");
const ivs = (id: string, extra = {}) => facility(id, "temporary_detention_facility", "interior", "KZ-71", extra);
const FACILITIES = [
  ivs("P-1"), // never visited
  ivs("P-2"), // special visits only
  ivs("P-3"), // periodic 2020-11-07: due 2024-11-07, the day before asOf: elapsed
  ivs("P-4"), // periodic 2020-11-08: due on asOf itself: not elapsed, due in the horizon
  ivs("P-5"), // periodic 2021-12-31: due on the horizon's last day
  ivs("P-6"), // periodic 2022-01-01: due 2026-01-01, after the horizon
  ivs("P-7"), // periodic 2020-02-29: due 2024-02-29
  ivs("P-8", { closedOn: d("2024-11-07") }), // closed the day before asOf: out of the plan
  ivs("P-9", { closedOn: d("2024-11-08") }), // open on its last day, asOf: in the plan, closing
  ivs("P-10", { openedOn: d("2026-01-01") }), // opens after the horizon
  ivs("P-11", { openedOn: d("2025-06-01") }), // opens within the horizon, never visited
  ivs("P-12"), // periodic 2019 and 2021-06-01, then a special visit: due 2025-06-01
  ivs("P-13"), // a periodic visit after asOf only: never visited as of asOf
  facility("P-20", "psychiatric_institution", "health", "KZ-75"), // a special visit only, in KZ-75
];
const VISITS = [
  visit("V-1", "periodic", "2020-11-07", ["P-3"]),
  visit("V-2", "periodic", "2020-11-08", ["P-4"]),
  visit("V-3", "periodic", "2021-12-31", ["P-5"]),
  visit("V-4", "periodic", "2022-01-01", ["P-6"]),
  visit("V-5", "periodic", "2020-02-29", ["P-7"]),
  visit("V-6", "periodic", "2019-01-01", ["P-12"]),
  visit("V-7", "periodic", "2021-06-01", ["P-12"]),
  visit("V-8", "periodic", "2024-12-01", ["P-13"]),
  visit("S-1", "special", "2024-03-10", ["P-2", "P-20"], { trigger: { kind: "complaint", receivedOn: d("2024-03-07") } }), // 3 days, two regions
  visit("S-2", "special", "2024-01-01", ["P-12"], { trigger: { kind: "media", receivedOn: d("2023-12-25") } }), // 7 days
  visit("S-3", "special", "2024-06-01", ["P-2"]), // no trigger
  visit("S-4", "special", "2023-05-01", ["P-2"], { trigger: { kind: "complaint", receivedOn: d("2023-04-30") } }), // before the period
  visit("S-5", "special", "2024-11-09", ["P-2"], { trigger: { kind: "complaint", receivedOn: d("2024-11-01") } }), // after asOf
];
const overdueAt = (facilityId: string, count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => rec(`${prefix}-${String(i + 1)}`, "2023-02-20", { facilityId, dueOn: d("2023-05-20") }));
const RECOMMENDATIONS = [
  ...overdueAt("P-3", 3, "A"),
  ...overdueAt("P-8", 5, "B"), // a closed facility: no visit to plan
  ...overdueAt("P-4", 2, "C"),
  rec("C-3", "2023-02-20", { facilityId: "P-4", dueOn: d("2023-05-20"), history: [at("implemented", "2023-05-01")] }),
  rec("C-4", "2023-02-20", { facilityId: "P-4", dueOn: d("2024-11-08") }), // due on asOf: not overdue
];
const DATA = data({ period: YEAR_2024, facilities: FACILITIES, visits: VISITS, recommendations: RECOMMENDATIONS });
const plan = (options: Partial<VisitPlanOptions> = {}) => visitPlan(DATA, { asOf: AS_OF, horizon: HORIZON, ...options });

describe("visitPlan: periodic visits due", () => {
  it("lists the facilities open from asOf to the horizon whose periodic cycle ends by then, or that had no periodic visit", () => {
    expect(plan().periodicDue.map((due) => [due.facilityId, due.reason, due.lastPeriodicVisitOn, due.dueOn])).toEqual([
      ["P-1", "never_visited", null, null],
      ["P-11", "never_visited", null, null],
      ["P-13", "never_visited", null, null],
      ["P-9", "never_visited", null, null],
      ["P-2", "no_periodic_visit", null, null],
      ["P-20", "no_periodic_visit", null, null],
      ["P-7", "cycle_elapsed", "2020-02-29", "2024-02-29"],
      ["P-3", "cycle_elapsed", "2020-11-07", "2024-11-07"],
      ["P-4", "due_in_horizon", "2020-11-08", "2024-11-08"],
      ["P-12", "due_in_horizon", "2021-06-01", "2025-06-01"],
      ["P-5", "due_in_horizon", "2021-12-31", "2025-12-31"],
    ]);
  });

  it("shows the last visit of any type, the facility's data, and a closing day within the horizon", () => {
    const due = new Map(plan().periodicDue.map((entry) => [entry.facilityId, entry]));
    expect(due.get("P-12")).toEqual({
      facilityId: "P-12",
      name: "Facility P-12",
      type: "temporary_detention_facility",
      agency: "interior",
      region: "KZ-71",
      lastVisitOn: "2024-01-01",
      reason: "due_in_horizon",
      lastPeriodicVisitOn: "2021-06-01",
      dueOn: "2025-06-01",
      closedOn: null,
    });
    // Visits after asOf do not count: S-5 (2024-11-09) is not P-2's last visit.
    expect(due.get("P-2")?.lastVisitOn).toBe("2024-06-01");
    expect(due.get("P-9")?.closedOn).toBe("2024-11-08");
  });

  it("by default plans up to asOf only", () => {
    expect(plan({ horizon: undefined }).periodicDue.map((due) => due.facilityId)).toEqual(["P-1", "P-13", "P-9", "P-2", "P-20", "P-7", "P-3", "P-4"]);
    expect(plan({ horizon: undefined }).horizon).toBe("2024-11-08");
  });

  it("takes the cycle from the profile's rule", () => {
    expect(plan().cycleYears).toBe(4);
    const yearly = defineProfile({ id: "kz-yearly", name: kz.name, lists: kz.lists, rules: { ...kz.rules, periodicCycleYears: 1 } });
    const due = plan({ profile: yearly, horizon: undefined }).periodicDue.filter((entry) => entry.dueOn !== null);
    // A cycle of one year: 29 February 2020 is due on 28 February 2021.
    expect(due.map((entry) => [entry.facilityId, entry.dueOn])).toEqual([
      ["P-7", "2021-02-28"],
      ["P-3", "2021-11-07"],
      ["P-4", "2021-11-08"],
      ["P-12", "2022-06-01"],
      ["P-5", "2022-12-31"],
      ["P-6", "2023-01-01"],
    ]);
    expect(due.every((entry) => entry.reason === "cycle_elapsed")).toBe(true);
  });
});

describe("visitPlan: intermediate visits", () => {
  it("proposes facilities not closed before asOf with at least minOverdueForVisit overdue recommendations", () => {
    expect(plan().intermediateCandidates.map((c) => [c.facilityId, c.overdue, c.maxDaysOverdue, c.lastVisitOn, c.lastVisitType])).toEqual([["P-3", 3, 538, "2020-11-07", "periodic"]]);
    expect(plan({ minOverdueForVisit: 2 }).intermediateCandidates.map((c) => [c.facilityId, c.overdue])).toEqual([
      ["P-3", 3],
      ["P-4", 2],
    ]);
    expect(plan({ minOverdueForVisit: 4 }).intermediateCandidates).toEqual([]);
    // With grace of 538 days nothing is overdue enough.
    expect(plan({ graceDays: 538, minOverdueForVisit: 1 }).intermediateCandidates).toEqual([]);
  });
});

describe("visitPlan: special visits", () => {
  it("gives the days from the trigger to the visit, in all and by region, for visits started in the window", () => {
    const { total, byRegion } = plan().specialResponse;
    expect(total).toEqual({ visits: 3, withoutTrigger: 1, days: { count: 2, median: 5, q1: 3, q3: 7 } });
    expect(byRegion["KZ-71"]).toEqual({ visits: 3, withoutTrigger: 1, days: { count: 2, median: 5, q1: 3, q3: 7 } });
    expect(byRegion["KZ-75"]).toEqual({ visits: 1, withoutTrigger: 0, days: { count: 1, median: 3, q1: 3, q3: 3 } });
    expect(byRegion["KZ-10"]).toEqual({ visits: 0, withoutTrigger: 0, days: { count: 0, median: null, q1: null, q3: null } });
    expect(Object.keys(byRegion)).toHaveLength(20);
  });

  it("counts a facility missing from the register under _unregistered", () => {
    const withUnknown = data({ period: YEAR_2024, facilities: FACILITIES, visits: [visit("S-9", "special", "2024-02-01", ["P-99"], { trigger: { kind: "other", receivedOn: d("2024-01-31") } })] });
    const byRegion = visitPlan(withUnknown, { asOf: AS_OF }).specialResponse.byRegion;
    expect(byRegion[UNREGISTERED]).toEqual({ visits: 1, withoutTrigger: 0, days: { count: 1, median: 1, q1: 1, q3: 1 } });
    expect(Object.keys(byRegion).at(-1)).toBe(UNREGISTERED);
  });
});

describe("visitPlan: coverage", () => {
  it("is the report's facilities.coverage, by facility type and region", () => {
    const { coverage } = plan();
    // Open in 2024 up to asOf: all but P-10 and P-11 (12); visited in it: P-2, P-12, P-20.
    expect(coverage.total).toEqual({ numerator: 3, denominator: 12, rate: 0.25 });
    expect(coverage.total).toEqual(facilityCoverage(DATA, { asOf: AS_OF }));
    expect(coverage.byType["temporary_detention_facility"]).toEqual({ numerator: 2, denominator: 11, rate: 2 / 11 });
    expect(coverage.byType["psychiatric_institution"]).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(coverage.byType["penal_colony"]).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(coverage.byRegion["KZ-71"]).toEqual({ numerator: 2, denominator: 11, rate: 2 / 11 });
    expect(coverage.byRegion["KZ-75"]).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });

  it("reads another period", () => {
    const coverage = plan({ period: { from: d("2020-01-01"), to: d("2020-12-31") } }).coverage.total;
    // Open in 2020: all but P-10, P-11; visited: P-3, P-4, P-7.
    expect(coverage).toEqual({ numerator: 3, denominator: 12, rate: 0.25 });
  });
});

describe("addYears", () => {
  it.each<[string, number, string | undefined]>([
    ["2020-02-29", 4, "2024-02-29"],
    ["2020-02-29", 1, "2021-02-28"],
    ["2023-12-31", 4, "2027-12-31"],
    ["9998-06-01", 1, "9999-06-01"],
    ["9999-06-01", 1, undefined],
  ])("%s + %i years = %s", (date, years, expected) => {
    expect(addYears(date as CivilDate, years)).toBe(expected);
  });
});

describe("visitPlan with bad options", () => {
  const bad = (options: Record<string, unknown>) => opcatErrorOf(() => visitPlan(DATA, options as unknown as VisitPlanOptions));

  it.each<[string, Record<string, unknown>, string, string]>([
    ["no asOf", {}, "schema.invalid_date", "asOf"],
    ["horizon not a date", { asOf: AS_OF, horizon: "2025" }, "schema.invalid_date", "horizon"],
    ["horizon before asOf", { asOf: AS_OF, horizon: d("2024-11-07") }, "date.horizon_before_as_of", "horizon"],
    ["minOverdueForVisit 0", { asOf: AS_OF, minOverdueForVisit: 0 }, "schema.invalid_value", "minOverdueForVisit"],
    ["graceDays negative", { asOf: AS_OF, graceDays: -1 }, "schema.invalid_value", "graceDays"],
    ["asOf before the dataset's period", { asOf: d("2023-12-31") }, "date.as_of_before_period", "asOf"],
  ])("%s: %s at %s", (_label, options, code, path) => {
    const error = bad(options);
    expect([error.code, error.path]).toEqual([code, [path]]);
  });

  it("checks the dataset's period when no period is given", () => {
    const reversed = data({ period: { from: d("2024-12-31"), to: d("2024-01-01") } });
    const error = opcatErrorOf(() => visitPlan(reversed, { asOf: AS_OF }));
    expect([error.code, error.path]).toEqual(["date.period_order", ["period"]]);
  });

  it("accepts a horizon on asOf itself", () => {
    expect(() => plan({ horizon: AS_OF })).not.toThrow();
  });
});
