// @time-zones: due dates of the drafts (addDays), overdue as of asOf
import { describe, expect, it } from "vitest";
import { escalationCandidates, type EscalationOptions } from "../../src/followup/escalationCandidates";
import type { Recommendation } from "../../src/model/recommendation";
import { defineProfile } from "../../src/profiles/defineProfile";
import { validateDataset } from "../../src/validate/validateDataset";
import { AS_OF, at, d, facility, opcatErrorOf, rec, visit } from "../metrics/helpers";
import { deepFreeze, wholeDataset } from "./fixtures";

// As of 2024-11-08. Days overdue by hand: due 2023-05-20 → 538, due 2024-06-01 → 160, due 2024-10-01 → 38.
const FACILITIES = [
  facility("F-1", "temporary_detention_facility", "interior", "KZ-71"),
  facility("F-2", "temporary_detention_facility", "interior", "KZ-71", { closedOn: d("2023-06-30") }),
  facility("F-3", "psychiatric_institution", "health", "KZ-75"),
];
const VISITS = [visit("V-1", "periodic", "2023-02-14", ["F-1", "F-2"]), visit("V-2", "periodic", "2023-02-15", ["F-3"])];
const onF1 = { visitId: "V-1", facilityId: "F-1" } as const;
const onF2 = { visitId: "V-1", facilityId: "F-2" } as const;
const RECOMMENDATIONS: Recommendation[] = [
  rec("R-1", "2023-02-20", { ...onF1, themes: ["sanitation", "food"], dueOn: d("2023-05-20") }), // escalated by E-1: not again
  rec("R-2", "2023-02-20", { ...onF1, themes: ["food"], dueOn: d("2024-06-01") }), // overdue 160
  rec("R-3", "2023-02-20", { ...onF1, themes: ["detention_conditions"], dueOn: d("2024-11-08") }), // due on asOf: not yet
  rec("R-4", "2023-02-20", { ...onF1, themes: ["medical_care"], dueOn: d("2023-05-20") }), // escalated only by E-2, after asOf: proposed
  rec("R-5", "2023-02-20", { ...onF1, themes: ["food"], dueOn: d("2023-05-20"), history: [at("withdrawn", "2023-04-01")] }),
  rec("R-6", "2023-02-20", { ...onF1, themes: ["food"], dueOn: d("2023-05-20"), history: [at("rejected", "2023-04-01")] }),
  rec("R-7", "2023-02-20", { ...onF2, themes: ["sanitation"], dueOn: d("2023-05-20") }), // facility closed, not withdrawn: proposed, flagged
  rec("R-8", "2023-02-20", { ...onF2, themes: ["sanitation"], dueOn: d("2023-05-20"), history: [at("withdrawn", "2023-06-30")] }),
  rec("R-20", "2023-02-20", { visitId: "V-2", facilityId: "F-3", addressee: "health", themes: ["medical_care"], dueOn: d("2024-10-01") }), // overdue 38
  rec("E-1", "2023-11-01", { level: "agency", themes: ["sanitation"], escalates: ["R-1"], dueOn: d("2024-01-31") }), // overdue itself: never escalated again
  rec("E-2", "2024-12-01", { level: "agency", themes: ["medical_care"], escalates: ["R-4"] }), // after asOf
  rec("R-9", "2023-03-01", { ...onF1, themes: ["food"], dueOn: d("2023-06-01") }), // escalated in the next year, before asOf
  rec("E-3", "2024-03-01", { level: "agency", themes: ["food"], escalates: ["R-9"] }),
];
const DATASET = wholeDataset({ facilities: FACILITIES, visits: VISITS, recommendations: RECOMMENDATIONS });
const run = (options: Partial<EscalationOptions> = {}, data = DATASET) => escalationCandidates(data, { asOf: AS_OF, ...options });
const summary = (options: Partial<EscalationOptions> = {}) => run(options).map((candidate) => [candidate.agency, candidate.draft.escalates]);

describe("escalationCandidates", () => {
  it("proposes, per agency in the profile's order, the overdue facility-level recommendations not escalated on or before asOf", () => {
    expect(summary()).toEqual([
      ["interior", ["R-4", "R-7", "R-2"]],
      ["health", ["R-20"]],
    ]);
  });

  it("groups them by theme in the profile's order and by facility, flagging a facility closed before asOf", () => {
    const [interior] = run();
    expect(interior?.recommendations.map((row) => [row.id, row.daysOverdue])).toEqual([
      ["R-4", 538],
      ["R-7", 538],
      ["R-2", 160],
    ]);
    expect(interior?.byTheme).toEqual([
      { theme: "medical_care", recommendationIds: ["R-4"] },
      { theme: "sanitation", recommendationIds: ["R-7"] },
      { theme: "food", recommendationIds: ["R-2"] },
    ]);
    expect(interior?.byFacility).toEqual([
      { facilityId: "F-1", facilityName: "Facility F-1", region: "KZ-71", closedOn: null, recommendationIds: ["R-4", "R-2"] },
      { facilityId: "F-2", facilityName: "Facility F-2", region: "KZ-71", closedOn: "2023-06-30", recommendationIds: ["R-7"] },
    ]);
  });

  it("drafts an individualized recommendation: level agency, escalates filled, issued on asOf, no visit or facility", () => {
    const [interior, health] = run();
    expect(interior?.draft).toEqual({
      id: "ESC-interior-2024-11-08",
      addressee: "interior",
      level: "agency",
      themes: ["medical_care", "sanitation", "food"],
      text: "Ensure that subordinate institutions implement the overdue recommendations escalated here, on medical care, sanitary standards and food.",
      issuedOn: "2024-11-08",
      escalates: ["R-4", "R-7", "R-2"],
      history: [],
    });
    expect(health?.draft.id).toBe("ESC-health-2024-11-08");
    expect(health?.draft.text).toBe("Ensure that subordinate institutions implement the overdue recommendations escalated here, on medical care.");
  });

  it("gives the drafts a due date dueInDays after asOf", () => {
    expect(run({ dueInDays: 90 }).map((candidate) => candidate.draft.dueOn)).toEqual(["2025-02-06", "2025-02-06"]);
    expect(run({ dueInDays: 0 })[0]?.draft.dueOn).toBe("2024-11-08");
  });

  it("proposes an agency only with at least minOverdue recommendations to escalate", () => {
    expect(summary({ minOverdue: 2 })).toEqual([["interior", ["R-4", "R-7", "R-2"]]]);
    expect(summary({ minOverdue: 3 })).toEqual([["interior", ["R-4", "R-7", "R-2"]]]);
    expect(summary({ minOverdue: 4 })).toEqual([]);
  });

  it("escalates only recommendations at least minDaysOverdue days overdue (and more than graceDays)", () => {
    expect(summary({ minDaysOverdue: 38 })).toEqual([
      ["interior", ["R-4", "R-7", "R-2"]],
      ["health", ["R-20"]],
    ]);
    expect(summary({ minDaysOverdue: 39 })).toEqual([["interior", ["R-4", "R-7", "R-2"]]]);
    expect(summary({ minDaysOverdue: 161 })).toEqual([["interior", ["R-4", "R-7"]]]);
    expect(summary({ graceDays: 160 })).toEqual([["interior", ["R-4", "R-7"]]]);
    expect(summary({ minDaysOverdue: 161, minOverdue: 3 })).toEqual([]);
  });

  it("reads escalations as of asOf: one dated after asOf does not count yet", () => {
    // As of 2024-12-01, E-2 is issued: R-4 is escalated, and proposed no more; R-3 (due on
    // 2024-11-08) is overdue by then.
    expect(escalationCandidates(DATASET, { asOf: d("2024-12-01") }).map((candidate) => candidate.draft.escalates)).toEqual([["R-7", "R-2", "R-3"], ["R-20"]]);
  });

  it("with period, escalates only recommendations issued in it, escalated or not by escalations of any period", () => {
    expect(summary({ period: { from: d("2024-01-01"), to: d("2024-12-31") } })).toEqual([]);
    // R-9 (2023) was escalated by E-3 in 2024: escalated, even for the 2023 period.
    expect(summary({ period: { from: d("2023-01-01"), to: d("2023-12-31") } })).toEqual([
      ["interior", ["R-4", "R-7", "R-2"]],
      ["health", ["R-20"]],
    ]);
    // As of the day before E-3, R-9 is still to escalate (R-2 and R-20 are not due yet).
    expect(escalationCandidates(DATASET, { asOf: d("2024-02-29") }).map((candidate) => candidate.draft.escalates)).toEqual([["R-4", "R-7", "R-9"]]);
  });

  it("gives a draft an id no recommendation has", () => {
    const taken = [
      ...RECOMMENDATIONS,
      rec("ESC-interior-2024-11-08", "2023-02-20", { ...onF1, themes: ["food"] }),
      rec("ESC-interior-2024-11-08-2", "2023-02-20", { ...onF1, themes: ["food"] }),
    ];
    const [interior, health] = run({}, wholeDataset({ facilities: FACILITIES, visits: VISITS, recommendations: taken }));
    expect([interior?.draft.id, health?.draft.id]).toEqual(["ESC-interior-2024-11-08-3", "ESC-health-2024-11-08"]);
  });

  it("writes no digit in a draft's text, and lower-cases a theme's label except an acronym", () => {
    for (const candidate of run()) expect(candidate.draft.text).not.toMatch(/\d/);
    const labels = (text: string) => ({ en: text, ru: text, kk: text });
    const profile = defineProfile({
      id: "demo",
      name: labels("Demo"),
      lists: {
        agencies: [{ code: "justice", labels: labels("Justice") }],
        facilityTypes: [{ code: "prison", defaultAgency: "justice", labels: labels("Prison") }],
        regions: [{ code: "R1", labels: labels("Region 1") }],
        themes: [
          { code: "hiv", labels: labels("HIV prevention") },
          { code: "food", labels: labels("Food") },
        ],
      },
      rules: { minTeamSize: 2, periodicCycleYears: 2 },
    });
    const data = wholeDataset({ recommendations: [rec("R-1", "2023-02-20", { addressee: "justice", themes: ["food", "hiv"], dueOn: d("2023-05-20") })] });
    const [candidate] = escalationCandidates(data, { asOf: AS_OF, profile });
    expect([candidate?.draft.themes, candidate?.draft.text]).toEqual([
      ["hiv", "food"],
      "Ensure that subordinate institutions implement the overdue recommendations escalated here, on HIV prevention and food.",
    ]);
  });

  it("gives drafts that validate and, once appended, are not proposed again", () => {
    expect(validateDataset(DATASET, { asOf: AS_OF }).valid).toBe(true);
    const drafts = run({ dueInDays: 90 }).map((candidate) => candidate.draft);
    const next = { ...DATASET, recommendations: [...DATASET.recommendations, ...drafts] };
    const validation = validateDataset(next, { asOf: AS_OF });
    expect(validation.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(escalationCandidates(next, { asOf: AS_OF })).toEqual([]);
    // A month later, only what fell overdue since (R-3, due on the first asOf) is proposed.
    expect(escalationCandidates(next, { asOf: d("2024-12-08") }).map((candidate) => candidate.draft.escalates)).toEqual([["R-3"]]);
  });

  it("does not change its input", () => {
    const frozen = deepFreeze(structuredClone(DATASET));
    expect(escalationCandidates(frozen, { asOf: AS_OF })).toEqual(run());
  });
});

describe("escalationCandidates with bad options", () => {
  const bad = (options: Record<string, unknown>) => opcatErrorOf(() => escalationCandidates(DATASET, options as unknown as EscalationOptions));

  it.each<[string, Record<string, unknown>, string, string]>([
    ["no asOf", {}, "schema.invalid_date", "asOf"],
    ["minOverdue 0", { asOf: AS_OF, minOverdue: 0 }, "schema.invalid_value", "minOverdue"],
    ["minOverdue a fraction", { asOf: AS_OF, minOverdue: 1.5 }, "schema.invalid_value", "minOverdue"],
    ["minDaysOverdue negative", { asOf: AS_OF, minDaysOverdue: -1 }, "schema.invalid_value", "minDaysOverdue"],
    ["minDaysOverdue NaN", { asOf: AS_OF, minDaysOverdue: Number.NaN }, "schema.invalid_value", "minDaysOverdue"],
    ["dueInDays negative", { asOf: AS_OF, dueInDays: -90 }, "schema.invalid_value", "dueInDays"],
    ["graceDays a string", { asOf: AS_OF, graceDays: "0" }, "schema.invalid_value", "graceDays"],
    ["period reversed", { asOf: AS_OF, period: { from: d("2023-12-31"), to: d("2023-01-01") } }, "date.period_order", "period"],
  ])("%s: %s at %s", (_label, options, code, path) => {
    const error = bad(options);
    expect([error.code, error.path]).toEqual([code, [path]]);
  });

  it("lists every problem at once", () => {
    expect(bad({ asOf: "today", minOverdue: 0, minDaysOverdue: "90" }).problems.map((problem) => problem.path[0])).toEqual(["asOf", "minOverdue", "minDaysOverdue"]);
  });
});
