// @time-zones: due dates and days overdue over arbitrary data
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { daysBetween } from "../../src/dates/daysBetween";
import { escalationCandidates } from "../../src/followup/escalationCandidates";
import { escalationOutcomes } from "../../src/followup/escalationOutcomes";
import { followUpReport } from "../../src/followup/followUpReport";
import { likelyRepeats } from "../../src/followup/likelyRepeats";
import { overdueRecommendations } from "../../src/followup/overdueRecommendations";
import { repeatChains } from "../../src/followup/repeatChains";
import { visitPlan } from "../../src/followup/visitPlan";
import { recommendationsOverdue } from "../../src/metrics/recommendationsOverdue";
import type { CivilDate } from "../../src/model/civilDate";
import type { Recommendation } from "../../src/model/recommendation";
import { statusAsOf } from "../../src/status/statusAsOf";
import { validateDataset } from "../../src/validate/validateDataset";
import { arbitraryCase, type GeneratedDataset } from "../fixtures/arbitraryDataset";

const NUM_RUNS = 100;

/** The overdue definition of DESIGN §4, written again from the text, with a grace of `grace` days. */
function satisfiesDefinition(recommendation: Recommendation, asOf: CivilDate, grace: number): boolean {
  const { dueOn } = recommendation;
  if (recommendation.issuedOn > asOf || dueOn === undefined || dueOn === null || !(dueOn < asOf)) return false;
  const status = statusAsOf(recommendation, asOf);
  return status !== "implemented" && status !== "rejected" && status !== "withdrawn" && daysBetween(dueOn, asOf) > grace;
}

/** The ids every agency-level recommendation issued on or before asOf escalates. */
function escalatedIds(dataset: GeneratedDataset, asOf: CivilDate): Set<string> {
  const ids = new Set<string>();
  for (const r of dataset.recommendations) if (r.level === "agency" && r.issuedOn <= asOf) for (const id of r.escalates ?? []) ids.add(id);
  return ids;
}

const grace = fc.oneof(fc.constant(0), fc.nat(400));

describe("overdueRecommendations over generated valid datasets", () => {
  propertyTest.prop([arbitraryCase, grace], { numRuns: NUM_RUNS })("reports exactly the recommendations that satisfy the definition, with their days overdue", ({ dataset, options }, graceDays) => {
    const reported = overdueRecommendations(dataset, { asOf: options.asOf, graceDays });
    const expected = dataset.recommendations.filter((r) => satisfiesDefinition(r, options.asOf, graceDays));
    expect(reported.map((row) => row.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const row of reported) {
      expect(row.daysOverdue).toBe(daysBetween(row.dueOn, options.asOf));
      expect(row.daysOverdue).toBeGreaterThan(graceDays);
      expect(row.status).toBe(statusAsOf(dataset.recommendations.find((r) => r.id === row.id)!, options.asOf));
    }
    // Sorted: most overdue first, then by id.
    for (let i = 1; i < reported.length; i++) {
      const [a, b] = [reported[i - 1]!, reported[i]!];
      expect(a.daysOverdue > b.daysOverdue || (a.daysOverdue === b.daysOverdue && a.id < b.id)).toBe(true);
    }
  });

  propertyTest.prop([arbitraryCase], { numRuns: NUM_RUNS })("restricted to the period, has as many rows as the report's overdue figure", ({ dataset, options }) => {
    expect(overdueRecommendations(dataset, { asOf: options.asOf, period: dataset.period })).toHaveLength(recommendationsOverdue(dataset, { asOf: options.asOf }));
  });
});

describe("escalationCandidates over generated valid datasets", () => {
  const escalationOptions = fc.record({
    minOverdue: fc.integer({ min: 1, max: 3 }),
    minDaysOverdue: fc.oneof(fc.constant(0), fc.nat(400)),
    dueInDays: fc.option(fc.nat(365), { nil: undefined }),
  });

  propertyTest.prop([arbitraryCase, escalationOptions], { numRuns: NUM_RUNS })(
    "escalates exactly the overdue facility-level recommendations not escalated yet, in drafts that validate and are not proposed again once appended",
    ({ dataset, options }, { minOverdue, minDaysOverdue, dueInDays }) => {
      const { asOf } = options;
      const candidates = escalationCandidates(dataset, { asOf, minOverdue, minDaysOverdue, dueInDays });
      const already = escalatedIds(dataset, asOf);
      const eligible = dataset.recommendations.filter(
        (r) => r.level === "facility" && satisfiesDefinition(r, asOf, 0) && !already.has(r.id) && daysBetween(r.dueOn!, asOf) >= minDaysOverdue,
      );
      const byAgency = new Map<string, string[]>();
      for (const r of eligible) byAgency.set(r.addressee, [...(byAgency.get(r.addressee) ?? []), r.id]);
      const expected = [...byAgency].filter(([, ids]) => ids.length >= minOverdue);
      expect(candidates.map((c) => [c.agency, [...(c.draft.escalates ?? [])].sort()]).sort()).toEqual(expected.map(([agency, ids]) => [agency, ids.sort()]).sort());

      const drafts = candidates.map((c) => c.draft);
      for (const draft of drafts) {
        expect([draft.level, draft.issuedOn, draft.visitId, draft.facilityId]).toEqual(["agency", asOf, undefined, undefined]);
        expect(new Set(draft.themes).size).toBe(draft.themes.length);
      }
      const next = { ...dataset, recommendations: [...dataset.recommendations, ...drafts] };
      const validation = validateDataset(next, { asOf });
      expect(validation.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(escalationCandidates(next, { asOf, minOverdue, minDaysOverdue, dueInDays })).toEqual([]);
      // Even with no threshold at all, none of the escalated ones is proposed again.
      const proposedAgain = escalationCandidates(next, { asOf }).flatMap((c) => c.draft.escalates ?? []);
      const escalatedNow = new Set(drafts.flatMap((draft) => draft.escalates ?? []));
      expect(proposedAgain.filter((id) => escalatedNow.has(id))).toEqual([]);
    },
  );
});

describe("followUpReport over generated valid datasets", () => {
  propertyTest.prop([arbitraryCase], { numRuns: 50 })("holds what each function gives with the same options", ({ dataset, options }) => {
    const { asOf } = options;
    const report = followUpReport(dataset, { asOf });
    expect(report.overdue.byAgency.flatMap((group) => group.recommendations.map((row) => row.id)).sort()).toEqual(
      overdueRecommendations(dataset, { asOf })
        .map((row) => row.id)
        .sort(),
    );
    expect(report.escalation.candidates).toEqual(escalationCandidates(dataset, { asOf }));
    expect(report.escalation.outcomes).toEqual(escalationOutcomes(dataset, { asOf }));
    expect(report.repeats.chains).toEqual(repeatChains(dataset, { asOf }));
    expect(report.repeats.likely).toEqual(likelyRepeats(dataset, { asOf }));
    expect(report.visits).toEqual(visitPlan(dataset, { asOf }));
    // Plain JSON data.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("the generated datasets", () => {
  it("exercise the follow-up: escalation candidates, overdue ones already escalated, likely repeats", () => {
    const cases = fc.sample(arbitraryCase, { numRuns: 200, seed: 42 });
    let withCandidates = 0;
    let withEscalatedOverdue = 0;
    let withSuggestions = 0;
    for (const { dataset, options } of cases) {
      if (escalationCandidates(dataset, { asOf: options.asOf }).length > 0) withCandidates++;
      if (overdueRecommendations(dataset, { asOf: options.asOf }).some((row) => row.escalatedBy !== null)) withEscalatedOverdue++;
      if (likelyRepeats(dataset, { asOf: options.asOf }).length > 0) withSuggestions++;
    }
    expect(withCandidates).toBeGreaterThan(50);
    expect(withEscalatedOverdue).toBeGreaterThan(10);
    expect(withSuggestions).toBeGreaterThan(10);
  });
});
