import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import { followUpReport } from "../../src/followup/followUpReport";
import { overdueRecommendations } from "../../src/followup/overdueRecommendations";
import { visitPlan } from "../../src/followup/visitPlan";
import type { Recommendation } from "../../src/model/recommendation";
import type { Visit } from "../../src/model/visit";
import { buildReport } from "../../src/report/buildReport";
import type { ValidationIssue } from "../../src/validate/types";
import { validateDataset } from "../../src/validate/validateDataset";
import { arbitraryCase, type GeneratedCase, type GeneratedDataset } from "../fixtures/arbitraryDataset";

// Issue 11: results never depend on record order. Ties are broken by a documented rule
// (docs/followup.md): of two records that tie on a date, the smaller id in UTF-16 code units.

const COLLECTIONS = ["facilities", "visits", "recommendations", "accountability"] as const;
type Collection = (typeof COLLECTIONS)[number];

/** A dataset with each collection shuffled, and where each record came from. */
interface Shuffled {
  readonly dataset: GeneratedDataset;
  readonly from: Readonly<Record<Collection, readonly number[]>>;
}

function shuffle(dataset: GeneratedDataset, keys: readonly number[]): Shuffled {
  const from = {} as Record<Collection, number[]>;
  const shuffled: Record<string, unknown> = { ...dataset };
  let k = 0;
  for (const collection of COLLECTIONS) {
    const order = dataset[collection].map((_, i) => ({ i, key: keys[k++ % keys.length] ?? 0 })).sort((a, b) => a.key - b.key || a.i - b.i);
    from[collection] = order.map(({ i }) => i);
    shuffled[collection] = order.map(({ i }) => dataset[collection][i]);
  }
  return { dataset: shuffled as unknown as GeneratedDataset, from };
}

/** Issues as a sorted list, their record positions put back to those of the original order. */
function asSet(issues: readonly ValidationIssue[], from?: Shuffled["from"]): string[] {
  return issues
    .map((issue) => {
      const [collection, index, ...rest] = issue.path;
      const original = from !== undefined && typeof index === "number" && typeof collection === "string" && collection in from ? from[collection as Collection][index] : index;
      return JSON.stringify([issue.code, index === undefined ? [collection] : [collection, original, ...rest], issue.params]);
    })
    .sort();
}

/**
 * Generated valid datasets with ties made on purpose: each agency-level recommendation gets a
 * twin (another id, the same day, the same targets), each visit a special visit to the same
 * facilities on the same day.
 */
const withTies: fc.Arbitrary<GeneratedCase> = arbitraryCase.map(({ dataset, options }) => {
  const twins: Recommendation[] = dataset.recommendations.filter((r) => r.level === "agency").map((r) => ({ ...r, id: `${r.id}-twin`, history: [] }));
  const specials: Visit[] = dataset.visits.map((v) => ({
    id: `${v.id}-special`,
    type: "special",
    startedOn: v.startedOn,
    facilityIds: [...v.facilityIds],
    trigger: { kind: "complaint", receivedOn: v.startedOn },
    teamSize: 3,
  }));
  return { dataset: { ...dataset, visits: [...dataset.visits, ...specials], recommendations: [...dataset.recommendations, ...twins] }, options };
});

const keys = fc.array(fc.nat(), { minLength: 64, maxLength: 64 });
const NUM_RUNS = 100;

describe("no result depends on the order of the records", () => {
  it("the generated datasets with ties are valid and do tie", () => {
    fc.assert(
      fc.property(withTies, ({ dataset, options }) => {
        expect(validateDataset(dataset, { asOf: options.asOf }).issues.filter((issue) => issue.severity === "error")).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  for (const [name, cases] of [
    ["generated datasets", arbitraryCase],
    ["generated datasets with ties", withTies],
  ] as const) {
    propertyTest.prop([cases, keys], { numRuns: NUM_RUNS })(`buildReport, followUpReport and validateDataset, every collection shuffled (${name})`, ({ dataset, options }, order) => {
      const { dataset: shuffled, from } = shuffle(dataset, order);
      expect(JSON.stringify(buildReport(shuffled, options))).toBe(JSON.stringify(buildReport(dataset, options)));
      const followUpOptions = { asOf: options.asOf, horizon: civilDate("2029-12-31") };
      expect(followUpReport(shuffled, followUpOptions)).toEqual(followUpReport(dataset, followUpOptions));
      expect(asSet(validateDataset(shuffled, { asOf: options.asOf }).issues, from)).toEqual(asSet(validateDataset(dataset, { asOf: options.asOf }).issues));
    });
  }
});

describe("the tie rules, on cases worked out by hand", () => {
  const period = { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") };
  const facility = { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" } as const;
  const overdue: Recommendation = { id: "R-1", visitId: "V-1", facilityId: "F-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-02-20"), dueOn: civilDate("2023-05-20") };
  const escalation = (id: string): Recommendation => ({ id, addressee: "interior", level: "agency", themes: ["food"], issuedOn: civilDate("2023-09-01"), escalates: ["R-1"] });
  const visit = (id: string, type: Visit["type"]): Visit => ({ id, type, startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"], ...(type === "special" ? { trigger: { kind: "media" as const, receivedOn: civilDate("2023-02-10") } } : {}) });
  const data = (visits: Visit[], recommendations: Recommendation[]) => ({ period, facilities: [facility], visits, recommendations, accountability: [] });
  const asOf = civilDate("2024-11-08");

  it("two escalations on the same day: escalatedBy is the smaller id, whichever comes first", () => {
    // "R-10" < "R-9": code units compare "1" (U+0031) before "9" (U+0039).
    for (const order of [
      ["R-9", "R-10"],
      ["R-10", "R-9"],
    ]) {
      const [entry] = overdueRecommendations(data([visit("V-1", "periodic")], [overdue, ...order.map(escalation)]), { asOf });
      expect([entry?.escalatedBy, entry?.escalatedOn]).toEqual(["R-10", "2023-09-01"]);
    }
  });

  it("an earlier escalation still wins over a smaller id issued later", () => {
    const early = { ...escalation("R-9"), issuedOn: civilDate("2023-08-31") };
    const [entry] = overdueRecommendations(data([visit("V-1", "periodic")], [overdue, escalation("R-10"), early]), { asOf });
    expect([entry?.escalatedBy, entry?.escalatedOn]).toEqual(["R-9", "2023-08-31"]);
  });

  it("two visits to a facility on the same day: lastVisitType is that of the smaller visit id", () => {
    const recommendations = [overdue, { ...overdue, id: "R-2" }, { ...overdue, id: "R-3" }];
    for (const visits of [
      [visit("V-1", "periodic"), visit("V-0", "special")],
      [visit("V-0", "special"), visit("V-1", "periodic")],
    ]) {
      const [candidate] = visitPlan(data(visits, recommendations), { asOf }).intermediateCandidates;
      expect([candidate?.facilityId, candidate?.lastVisitOn, candidate?.lastVisitType]).toEqual(["F-1", "2023-02-14", "special"]);
    }
  });
});
