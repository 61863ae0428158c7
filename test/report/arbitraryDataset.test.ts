import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/validate/validateDataset";
import { arbitraryCase, dateOfDay, dayOfDate } from "../fixtures/arbitraryDataset";

describe("the arbitrary of valid datasets (test/fixtures/arbitraryDataset.ts)", () => {
  propertyTest.prop([arbitraryCase], { numRuns: 200 })("generates datasets that validateDataset accepts with no error, within the size limits", ({ dataset, options }) => {
    const result = validateDataset(dataset, { asOf: options.asOf });
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
    expect(dataset.facilities.length).toBeLessThanOrEqual(8);
    expect(dataset.visits.length).toBeLessThanOrEqual(15);
    expect(dataset.recommendations.length).toBeLessThanOrEqual(25);
    expect(dataset.accountability.length).toBeLessThanOrEqual(8);
    expect(dataset.period.from <= dataset.period.to).toBe(true);
    expect(options.asOf >= dataset.period.from).toBe(true);
  });

  it("builds civil dates from day numbers over month ends and leap days", () => {
    expect(dateOfDay(0)).toBe("2020-01-01");
    expect(dateOfDay(59)).toBe("2020-02-29");
    expect(dateOfDay(60)).toBe("2020-03-01");
    expect(dateOfDay(366)).toBe("2021-01-01");
    expect(dayOfDate("2023-01-01")).toBe(366 + 365 + 365);
    expect(dayOfDate("2024-03-01") - dayOfDate("2024-02-28")).toBe(2);
  });

  it("generates the interesting cases often enough", () => {
    const cases = fc.sample(arbitraryCase, { seed: 7, numRuns: 300 });
    const some = (test: (c: (typeof cases)[number]) => boolean): number => cases.filter(test).length;
    // Multi-agency visits, agency-level recommendations escalating, same-day history entries, asOf inside the period.
    expect(some(({ dataset }) => dataset.visits.some((v) => new Set(v.facilityIds.map((id) => dataset.facilities.find((f) => f.id === id)?.agency)).size > 1))).toBeGreaterThan(20);
    expect(some(({ dataset }) => dataset.recommendations.some((r) => r.level === "agency"))).toBeGreaterThan(50);
    expect(some(({ dataset }) => dataset.recommendations.some((r) => (r.history ?? []).some((e, i, all) => i > 0 && all[i - 1]!.on === e.on)))).toBeGreaterThan(20);
    expect(some(({ dataset, options }) => options.asOf < dataset.period.to)).toBeGreaterThan(20);
    expect(some(({ dataset }) => dataset.visits.some((v) => v.startedOn < dataset.period.from || v.startedOn > dataset.period.to))).toBeGreaterThan(50);
    expect(some(({ dataset }) => dataset.facilities.some((f) => f.closedOn !== undefined))).toBeGreaterThan(50);
  });
});
