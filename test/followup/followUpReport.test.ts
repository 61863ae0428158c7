// @time-zones: due dates, days overdue and visit cycles as of asOf
import { describe, expect, it } from "vitest";
import { escalationCandidates } from "../../src/followup/escalationCandidates";
import { escalationOutcomes } from "../../src/followup/escalationOutcomes";
import { FOLLOW_UP_CSV_COLUMNS, followUpCsv } from "../../src/followup/followUpCsv";
import { followUpReport, type FollowUpOptions } from "../../src/followup/followUpReport";
import { likelyRepeats } from "../../src/followup/likelyRepeats";
import { overdueRecommendations } from "../../src/followup/overdueRecommendations";
import { renderFollowUp, type RenderFollowUpOptions } from "../../src/followup/renderFollowUp";
import { repeatChains } from "../../src/followup/repeatChains";
import { visitPlan } from "../../src/followup/visitPlan";
import { buildReport } from "../../src/report/buildReport";
import { validateDataset } from "../../src/validate/validateDataset";
import { AS_OF, d, data, facility, opcatErrorOf, rec } from "../metrics/helpers";
import { parseCsv } from "./csv";
import { EXAMPLE_AS_OF, exampleDataset } from "./fixtures";

describe("followUpReport on the example dataset", () => {
  const { raw, dataset } = exampleDataset();
  const asOf = EXAMPLE_AS_OF;
  const report = followUpReport(dataset, { asOf });

  it("holds each function's result with the same options", () => {
    for (const group of report.overdue.byAgency) {
      expect(group.recommendations).toEqual(overdueRecommendations(dataset, { asOf }).filter((row) => row.agency === group.agency));
      expect(group.count).toBe(group.recommendations.length);
    }
    expect(report.escalation.candidates).toEqual(escalationCandidates(dataset, { asOf }));
    expect(report.escalation.outcomes).toEqual(escalationOutcomes(dataset, { asOf }));
    expect(report.repeats.chains).toEqual(repeatChains(dataset, { asOf }));
    expect(report.repeats.likely).toEqual(likelyRepeats(dataset, { asOf }));
    expect(report.visits).toEqual(visitPlan(dataset, { asOf }));
  });

  it("agrees with the consolidated report", () => {
    const annual = buildReport(dataset, { asOf });
    // The overdue ones issued in 2023 are the report's overdue figure; the list also holds older ones.
    expect(overdueRecommendations(dataset, { asOf, period: dataset.period })).toHaveLength(annual.recommendations.overdue);
    expect(report.overdue.total).toBeGreaterThan(annual.recommendations.overdue);
    expect(report.escalation.outcomes.total.escalations).toBe(annual.recommendations.escalations.issued);
    expect(report.escalation.outcomes.total.escalated).toBe(annual.recommendations.escalations.escalated);
    expect(report.visits.coverage.total).toEqual(annual.facilities.coverage);
    expect(report.visits.specialResponse.total.visits).toBe(annual.visits.byType.special);
  });

  it("reads the example as the office would: figures counted independently from the JSON", () => {
    const records = raw["recommendations"] as { id: string; level: string; issuedOn: string; dueOn?: string | null; history?: { status: string; on: string }[]; escalates?: string[] }[];
    const statusOf = (r: (typeof records)[number]) => (r.history ?? []).filter((change) => change.on <= asOf).at(-1)?.status ?? "issued";
    const overdue = records.filter((r) => r.issuedOn <= asOf && r.dueOn != null && r.dueOn < asOf && !["implemented", "rejected", "withdrawn"].includes(statusOf(r)));
    const escalated = new Set(records.filter((r) => r.level === "agency" && r.issuedOn <= asOf).flatMap((r) => r.escalates ?? []));
    expect(report.overdue.total).toBe(overdue.length);
    expect(report.overdue.escalated).toBe(overdue.filter((r) => escalated.has(r.id)).length);
    const proposed = report.escalation.candidates.flatMap((candidate) => candidate.draft.escalates ?? []);
    expect(proposed.sort()).toEqual(
      overdue
        .filter((r) => r.level === "facility" && !escalated.has(r.id))
        .map((r) => r.id)
        .sort(),
    );
  });

  it("gives drafts that validate against the contract when appended to the example", () => {
    const drafts = report.escalation.candidates.map((candidate) => candidate.draft);
    const validation = validateDataset({ ...raw, recommendations: [...(raw["recommendations"] as unknown[]), ...drafts] }, { asOf });
    expect([validation.valid, validation.counts.errors]).toEqual([true, 0]);
    const next = { ...dataset, recommendations: [...dataset.recommendations, ...drafts] };
    expect(escalationCandidates(next, { asOf })).toEqual([]);
  });

  it("is the same object whatever the order of the records", () => {
    const reversed = { ...dataset, recommendations: [...dataset.recommendations].reverse(), visits: [...dataset.visits].reverse() };
    expect(followUpReport(reversed, { asOf })).toEqual(report);
  });
});

describe("followUpReport", () => {
  const DATA = data({
    facilities: [facility("F-1", "temporary_detention_facility", "interior", "KZ-71")],
    recommendations: [rec("R-1", "2023-02-20", { facilityId: "F-1", dueOn: d("2023-05-20") }), rec("R-2", "2023-02-20", { facilityId: "F-1", dueOn: d("2024-10-09") })],
  });

  it("records its parameters", () => {
    const report = followUpReport(DATA, { asOf: AS_OF, graceDays: 5, minDaysOverdue: 100, dueInDays: 30, minOverdueForVisit: 2, sortBy: "id", horizon: d("2025-12-31") });
    expect([report.format, report.profile, report.asOf]).toEqual(["opcat-npm/followup@1", "kz", "2024-11-08"]);
    expect(report.parameters).toEqual({ graceDays: 5, sortBy: "id", minOverdue: 1, minDaysOverdue: 100, dueInDays: 30, minOverdueForVisit: 2 });
    expect(report.escalation.candidates.map((candidate) => [candidate.draft.escalates, candidate.draft.dueOn])).toEqual([[["R-1"], "2024-12-08"]]);
    expect(report.visits.horizon).toBe("2025-12-31");
    expect(report.visits.intermediateCandidates.map((candidate) => candidate.overdue)).toEqual([2]);
  });

  it("lists every bad option at once", () => {
    const error = opcatErrorOf(() =>
      followUpReport(DATA, { asOf: AS_OF, graceDays: -1, sortBy: "x", minOverdue: 0, minDaysOverdue: 0.5, dueInDays: -1, horizon: d("2024-01-01"), minOverdueForVisit: 0 } as unknown as FollowUpOptions),
    );
    expect(error.problems.map((problem) => [problem.code, problem.path[0]])).toEqual([
      ["schema.invalid_value", "graceDays"],
      ["schema.invalid_value", "sortBy"],
      ["schema.invalid_value", "minOverdue"],
      ["schema.invalid_value", "minDaysOverdue"],
      ["schema.invalid_value", "dueInDays"],
      ["date.horizon_before_as_of", "horizon"],
      ["schema.invalid_value", "minOverdueForVisit"],
    ]);
    const noAsOf = opcatErrorOf(() => followUpReport(DATA, {} as FollowUpOptions));
    expect([noAsOf.code, noAsOf.path]).toEqual(["schema.invalid_date", ["asOf"]]);
  });
});

describe("followUpCsv", () => {
  const { dataset } = exampleDataset();
  const report = followUpReport(dataset, { asOf: EXAMPLE_AS_OF });

  it("has a header of the column codes and one row per overdue recommendation, agency by agency", () => {
    const rows = parseCsv(followUpCsv(report));
    expect(rows[0]).toEqual([...FOLLOW_UP_CSV_COLUMNS]);
    const expected = report.overdue.byAgency.flatMap((group) =>
      group.recommendations.map((row) => [
        row.agency,
        row.id,
        row.level,
        row.facilityId ?? "",
        row.facilityName ?? "",
        row.region ?? "",
        row.visitId ?? "",
        row.themes.join(";"),
        row.issuedOn,
        row.dueOn,
        String(row.daysOverdue),
        row.status,
        row.escalatedBy ?? "",
        row.escalatedOn ?? "",
      ]),
    );
    expect(rows.slice(1)).toEqual(expected);
    expect(rows).toHaveLength(report.overdue.total + 1);
  });

  it("quotes fields with quotes, commas and line breaks (RFC 4180), and reads back the same", () => {
    const tricky = data({
      facilities: [facility("F-1", "temporary_detention_facility", "interior", "KZ-71", { name: 'IVS "North", Astana\r\nblock 2' })],
      recommendations: [rec("R-1", "2023-02-20", { facilityId: "F-1", dueOn: d("2023-05-20") })],
    });
    const csv = followUpCsv(followUpReport(tricky, { asOf: AS_OF }));
    expect(csv).toContain('"IVS ""North"", Astana\r\nblock 2"');
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)[1]?.[4]).toBe('IVS "North", Astana\r\nblock 2');
  });

  it("is a header alone without overdue recommendations", () => {
    expect(followUpCsv(followUpReport(data(), { asOf: AS_OF }))).toBe(`${FOLLOW_UP_CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("renderFollowUp", () => {
  const { dataset } = exampleDataset();
  const report = followUpReport(dataset, { asOf: EXAMPLE_AS_OF });

  it("shows maxRows rows of each list, or all with Infinity", () => {
    const five = renderFollowUp(report, { lang: "en", format: "markdown", maxRows: 5 });
    expect(five).toContain("5 of 934 shown.");
    const all = renderFollowUp(report, { lang: "en", format: "markdown", maxRows: Number.POSITIVE_INFINITY });
    expect(all).not.toContain(" shown.");
    for (const row of report.overdue.byAgency.flatMap((group) => group.recommendations)) expect(all).toContain(`| ${row.id} `);
  });

  it("says so when there is nothing to follow up", () => {
    const empty = followUpReport(data(), { asOf: AS_OF });
    expect(renderFollowUp(empty, { lang: "en", format: "text" }).split("\n").slice(0, 4)).toEqual([
      "Follow-up of recommendations and visit plan, as of 8 November 2024",
      "==================================================================",
      "",
      "As of 8 November 2024, no recommendation was overdue. No new escalation is proposed. No repeat recommendations were found. No facility is due a periodic visit by 8 November 2024.",
    ]);
    expect(renderFollowUp(empty, { lang: "ru", format: "text" })).toContain("По состоянию на 8 ноября 2024 года просроченных рекомендаций нет.");
    expect(renderFollowUp(empty, { lang: "kk", format: "text" })).toContain("2024 жылғы 8 қарашадағы жағдай бойынша мерзімі өткен ұсынымдар жоқ.");
  });

  it("agrees Russian words with the numbers", () => {
    const one = followUpReport(
      data({
        facilities: [facility("F-1", "temporary_detention_facility", "interior", "KZ-71")],
        recommendations: [rec("R-1", "2023-02-20", { facilityId: "F-1", dueOn: d("2023-05-20") })],
      }),
      { asOf: AS_OF },
    );
    const ru = renderFollowUp(one, { lang: "ru", format: "text" });
    expect(ru).toContain("просрочено исполнение 1 рекомендации, направленной 1 государственному органу; ни одна из них ещё не вынесена");
    expect(ru).toContain("индивидуализированных рекомендаций 1 государственному органу по 1 просроченной рекомендации, ранее не вынесенной на уровень министерства");
    expect(ru).toContain("выносит на уровень министерства 1 просроченную рекомендацию по 1 учреждению, просрочка от 538 до 538 дней");
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an unknown lang", { lang: "de", format: "text" }, "lang"],
    ["an unknown format", { lang: "en", format: "html" }, "format"],
    ["maxRows 0", { lang: "en", format: "text", maxRows: 0 }, "maxRows"],
    ["maxRows a fraction", { lang: "en", format: "text", maxRows: 2.5 }, "maxRows"],
  ])("refuses %s", (_label, options, path) => {
    const error = opcatErrorOf(() => renderFollowUp(report, options as unknown as RenderFollowUpOptions));
    expect([error.code, error.path]).toEqual(["schema.invalid_value", [path]]);
  });
});
