// @time-zones: days overdue as of asOf, the grace period
import { describe, expect, it } from "vitest";
import { overdueRecommendations, type OverdueOptions } from "../../src/followup/overdueRecommendations";
import { recommendationsOverdue } from "../../src/metrics/recommendationsOverdue";
import { AS_OF, at, d, data, facility, opcatErrorOf, rec, YEAR_2023 } from "../metrics/helpers";
import { deepFreeze } from "./fixtures";

// As of 2024-11-08. Days overdue worked out by hand: 2023-05-20 → 2024-11-08 is 366 + 172 = 538
// (2024 is a leap year); 2024-01-31 → 2024-11-08 is 282; 2022-09-01 → 2024-11-08 is 731 + 68 = 799.
const FACILITIES = [
  facility("F-1", "temporary_detention_facility", "interior", "KZ-71"),
  facility("F-2", "psychiatric_institution", "health", "KZ-75", { closedOn: d("2023-06-30") }),
];
const at1 = { facilityId: "F-1" } as const;
const RECOMMENDATIONS = [
  rec("R-1", "2023-02-20", { ...at1, dueOn: d("2023-05-20") }), // overdue 538, escalated by R-14
  rec("R-2", "2023-02-20", { ...at1, dueOn: d("2024-11-08") }), // due on asOf itself: not yet overdue
  rec("R-3", "2023-02-20", { ...at1, dueOn: d("2024-11-07") }), // overdue 1; escalated only by R-15, dated after asOf
  rec("R-4", "2023-02-20", { ...at1 }), // no due date: never overdue
  rec("R-5", "2023-02-20", { ...at1, dueOn: d("2023-05-20"), history: [at("rejected", "2023-03-01")] }), // rejected
  rec("R-6", "2023-02-20", { ...at1, dueOn: d("2023-05-20"), history: [at("withdrawn", "2023-03-01")] }), // withdrawn
  rec("R-7", "2023-02-20", { ...at1, dueOn: d("2023-05-20"), history: [at("implemented", "2023-04-01")] }), // implemented
  rec("R-8", "2023-02-20", { ...at1, dueOn: d("2023-05-20"), history: [at("in_progress", "2023-03-01"), at("implemented", "2024-12-01")] }), // implemented after asOf: overdue, in progress
  rec("R-9", "2023-02-20", { ...at1, dueOn: d("2023-05-20"), history: [at("implemented", "2023-04-01"), at("not_implemented", "2023-06-01")] }), // overdue
  rec("R-10", "2023-02-20", { addressee: "health", facilityId: "F-2", dueOn: d("2023-05-20") }), // at a facility closed since: still overdue
  rec("R-11", "2023-02-20", { addressee: "health", facilityId: "F-2", dueOn: d("2023-05-20"), history: [at("withdrawn", "2023-07-01")] }), // withdrawn when it closed
  rec("R-13", "2023-02-20", { facilityId: "F-9", dueOn: d("2023-05-20") }), // a facility the register lacks: region null
  rec("R-14", "2023-11-01", { level: "agency", escalates: ["R-1"], dueOn: d("2024-01-31") }), // an escalation, itself overdue 282
  rec("R-15", "2024-12-01", { level: "agency", escalates: ["R-3"], dueOn: d("2025-03-01") }), // an escalation after asOf
  rec("R-16", "2022-06-01", { ...at1, dueOn: d("2022-09-01") }), // from the year before: overdue 799
];
const DATA = data({ facilities: FACILITIES, recommendations: RECOMMENDATIONS });
const run = (options: Partial<OverdueOptions> = {}) => overdueRecommendations(DATA, { asOf: AS_OF, ...options });
const ids = (options: Partial<OverdueOptions> = {}) => run(options).map((row) => row.id);

describe("overdueRecommendations", () => {
  it("lists every overdue recommendation issued on or before asOf, most overdue first, then by id", () => {
    expect(run().map((row) => [row.id, row.daysOverdue])).toEqual([
      ["R-16", 799],
      ["R-1", 538],
      ["R-10", 538],
      ["R-13", 538],
      ["R-8", 538],
      ["R-9", 538],
      ["R-14", 282],
      ["R-3", 1],
    ]);
  });

  it("gives each row its agency, facility, region, themes, status and first escalation", () => {
    const rows = new Map(run().map((row) => [row.id, row]));
    expect(rows.get("R-1")).toEqual({
      id: "R-1",
      level: "facility",
      agency: "interior",
      facilityId: "F-1",
      facilityName: "Facility F-1",
      region: "KZ-71",
      visitId: null,
      themes: ["food"],
      issuedOn: "2023-02-20",
      dueOn: "2023-05-20",
      daysOverdue: 538,
      status: "issued",
      escalatedBy: "R-14",
      escalatedOn: "2023-11-01",
    });
    expect(rows.get("R-8")?.status).toBe("in_progress");
    expect(rows.get("R-9")?.status).toBe("not_implemented");
    // An escalation dated after asOf does not count yet.
    expect([rows.get("R-3")?.escalatedBy, rows.get("R-3")?.escalatedOn]).toEqual([null, null]);
    // The facility closed, the recommendation was never withdrawn: overdue, with the facility's region.
    expect([rows.get("R-10")?.agency, rows.get("R-10")?.region]).toEqual(["health", "KZ-75"]);
    // A facility missing from the register: no name, no region.
    expect([rows.get("R-13")?.facilityId, rows.get("R-13")?.facilityName, rows.get("R-13")?.region]).toEqual(["F-9", null, null]);
    // An agency-level recommendation is listed too, without facility.
    expect([rows.get("R-14")?.level, rows.get("R-14")?.facilityId, rows.get("R-14")?.region]).toEqual(["agency", null, null]);
  });

  it("counts an escalation from the day it is issued: one in a later period counts once asOf reaches it", () => {
    const later = new Map(overdueRecommendations(DATA, { asOf: d("2024-12-01") }).map((row) => [row.id, row]));
    expect([later.get("R-3")?.escalatedBy, later.get("R-3")?.escalatedOn]).toEqual(["R-15", "2024-12-01"]);
    // Restricted to 2023, the list still knows the escalations of any period.
    const in2023 = new Map(overdueRecommendations(DATA, { asOf: d("2024-12-01"), period: YEAR_2023 }).map((row) => [row.id, row]));
    expect(in2023.get("R-3")?.escalatedBy).toBe("R-15");
  });

  it("is the report's overdue figure when restricted to the period", () => {
    expect(ids({ period: YEAR_2023 })).toEqual(["R-1", "R-10", "R-13", "R-8", "R-9", "R-14", "R-3"]);
    expect(run({ period: YEAR_2023 })).toHaveLength(recommendationsOverdue(DATA, { asOf: AS_OF }));
  });

  it("reads statuses at an earlier asOf, and leaves out what was issued after it", () => {
    // As of 2023-05-21: R-1, R-8 (in progress), R-10, R-11 (withdrawn only in July), R-13 and R-16 are
    // overdue (1 day; R-16 262 days); R-9 was implemented then; R-14 was not issued yet.
    expect(overdueRecommendations(DATA, { asOf: d("2023-05-21") }).map((row) => [row.id, row.daysOverdue])).toEqual([
      ["R-16", 262],
      ["R-1", 1],
      ["R-10", 1],
      ["R-11", 1],
      ["R-13", 1],
      ["R-8", 1],
    ]);
    // Due on asOf: none of the 2023-05-20 ones is overdue on 2023-05-20.
    expect(overdueRecommendations(DATA, { asOf: d("2023-05-20") }).map((row) => row.id)).toEqual(["R-16"]);
  });

  it("with graceDays g, lists only recommendations more than g days overdue", () => {
    expect(ids({ graceDays: 0 })).toContain("R-3");
    expect(ids({ graceDays: 1 })).not.toContain("R-3");
    expect(ids({ graceDays: 281 })).toContain("R-14");
    expect(ids({ graceDays: 282 })).toEqual(["R-16", "R-1", "R-10", "R-13", "R-8", "R-9"]);
    expect(ids({ graceDays: 799 })).toEqual([]);
  });

  it("sorts by agency, facility, region or id, the most overdue first within a group", () => {
    expect(ids({ sortBy: "agency" })).toEqual(["R-10", "R-16", "R-1", "R-13", "R-8", "R-9", "R-14", "R-3"]);
    expect(ids({ sortBy: "facility" })).toEqual(["R-16", "R-1", "R-8", "R-9", "R-3", "R-10", "R-13", "R-14"]);
    expect(ids({ sortBy: "region" })).toEqual(["R-16", "R-1", "R-8", "R-9", "R-3", "R-10", "R-13", "R-14"]);
    expect(ids({ sortBy: "id" })).toEqual(["R-1", "R-10", "R-13", "R-14", "R-16", "R-3", "R-8", "R-9"]);
    expect(ids({ sortBy: "daysOverdue" })).toEqual(ids());
  });

  it("does not change its input, and does not share its arrays with it", () => {
    const frozen = deepFreeze(structuredClone(DATA));
    const rows = overdueRecommendations(frozen, { asOf: AS_OF });
    expect(rows).toHaveLength(8);
    expect(rows[0]?.themes).not.toBe(frozen.recommendations.find((r) => r.id === "R-16")?.themes);
  });

  it("is empty on empty data", () => {
    expect(overdueRecommendations(data(), { asOf: AS_OF })).toEqual([]);
  });
});

describe("overdueRecommendations with bad options", () => {
  const bad = (options: Record<string, unknown>) => opcatErrorOf(() => overdueRecommendations(DATA, options as unknown as OverdueOptions));

  it.each<[string, Record<string, unknown>, string, string]>([
    ["no asOf", {}, "schema.invalid_date", "asOf"],
    ["asOf not a calendar day", { asOf: "2023-02-29" }, "schema.invalid_date", "asOf"],
    ["asOf a Date", { asOf: new Date(Date.UTC(2024, 10, 8)) }, "schema.invalid_date", "asOf"],
    ["graceDays negative", { asOf: AS_OF, graceDays: -1 }, "schema.invalid_value", "graceDays"],
    ["graceDays a fraction", { asOf: AS_OF, graceDays: 1.5 }, "schema.invalid_value", "graceDays"],
    ["graceDays a string", { asOf: AS_OF, graceDays: "30" }, "schema.invalid_value", "graceDays"],
    ["sortBy unknown", { asOf: AS_OF, sortBy: "dueOn" }, "schema.invalid_value", "sortBy"],
    ["period reversed", { asOf: AS_OF, period: { from: d("2023-12-31"), to: d("2023-01-01") } }, "date.period_order", "period"],
    ["period without dates", { asOf: AS_OF, period: { from: "2023" } }, "schema.invalid_date", "period"],
    ["asOf before the period", { asOf: d("2022-12-31"), period: YEAR_2023 }, "date.as_of_before_period", "asOf"],
  ])("%s: %s at %s", (_label, options, code, path) => {
    const error = bad(options);
    expect([error.code, error.path]).toEqual([code, [path]]);
  });

  it("lists every problem at once", () => {
    const error = bad({ graceDays: -1, sortBy: "x" });
    expect(error.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ["schema.invalid_date", ["asOf"]],
      ["schema.invalid_value", ["graceDays"]],
      ["schema.invalid_value", ["sortBy"]],
    ]);
  });
});
