import { describe, expect, it } from "vitest";
import { safeParseEachRecord } from "../../bench/baselineZod.mjs";
import { datasetStats, generateNationalData, INJECTABLE_CODES, type NationalData } from "../../bench/generateNationalData.mjs";
import { AccountabilityAction } from "../../src/model/accountabilityAction";
import { civilDate } from "../../src/dates/civilDate";
import { Dataset } from "../../src/model/dataset";
import { Facility } from "../../src/model/facility";
import { Recommendation } from "../../src/model/recommendation";
import { Visit } from "../../src/model/visit";
import { kz } from "../../src/profiles/kz";
import { schemasFor } from "../../src/profiles/schemasFor";
import { validateDataset } from "../../src/validate/validateDataset";

const SIZES = { facilities: 300, visits: 900, recommendations: 6000, accountability: 120 } as const;
const SCHEMAS = { Facility, Visit, Recommendation, AccountabilityAction };
const PERIOD_END = "2025-12-31";

// Generated once per file: every test reads these and none changes them.
const clean: NationalData = generateNationalData({ seed: 7, ...SIZES });
const broken: NationalData = generateNationalData({ seed: 7, ...SIZES, errorRate: 0.001 });

function ids(records: readonly { id: string }[]): Set<string> {
  return new Set(records.map((record) => record.id));
}

describe("generateNationalData", () => {
  it("is deterministic for a seed, with and without errors", () => {
    expect(JSON.stringify(generateNationalData({ seed: 7, ...SIZES }))).toBe(JSON.stringify(clean));
    expect(JSON.stringify(generateNationalData({ seed: 7, ...SIZES, errorRate: 0.001 }))).toBe(JSON.stringify(broken));
  });

  it("gives other data for another seed", () => {
    const other = generateNationalData({ seed: 8, ...SIZES });
    expect(JSON.stringify(other.dataset.visits)).not.toBe(JSON.stringify(clean.dataset.visits));
    expect(JSON.stringify(other.dataset.recommendations)).not.toBe(JSON.stringify(clean.dataset.recommendations));
  });

  it("makes as many records as asked, errors or not", () => {
    for (const { dataset } of [clean, broken]) {
      expect(dataset.facilities).toHaveLength(SIZES.facilities);
      expect(dataset.visits).toHaveLength(SIZES.visits);
      expect(dataset.recommendations).toHaveLength(SIZES.recommendations);
      expect(dataset.accountability).toHaveLength(SIZES.accountability);
    }
    const tiny = generateNationalData({ seed: 1, facilities: 3, visits: 5, recommendations: 25, accountability: 2 }).dataset;
    expect([tiny.facilities.length, tiny.visits.length, tiny.recommendations.length, tiny.accountability.length]).toEqual([3, 5, 25, 2]);
    const empty = generateNationalData({ facilities: 0, visits: 0, recommendations: 0, accountability: 0 }).dataset;
    expect(empty.recommendations).toEqual([]);
  });

  it("refuses sizes that cannot be met and bad options", () => {
    expect(() => generateNationalData({ facilities: 0, visits: 1 })).toThrow(RangeError);
    expect(() => generateNationalData({ visits: 0, recommendations: 1 })).toThrow(RangeError);
    expect(() => generateNationalData({ facilities: -1 })).toThrow(RangeError);
    expect(() => generateNationalData({ seed: 1.5 })).toThrow(RangeError);
    expect(() => generateNationalData({ errorRate: 0.5 })).toThrow(RangeError);
  });

  it("has unique ids and every reference resolves when errorRate is 0", () => {
    const { facilities, visits, recommendations, accountability } = clean.dataset;
    const facilityById = new Map(facilities.map((facility) => [facility.id, facility]));
    const visitById = new Map(visits.map((visit) => [visit.id, visit]));
    const recommendationById = new Map(recommendations.map((recommendation) => [recommendation.id, recommendation]));
    expect(facilityById.size).toBe(facilities.length);
    expect(visitById.size).toBe(visits.length);
    expect(recommendationById.size).toBe(recommendations.length);
    expect(ids(accountability).size).toBe(accountability.length);
    for (const visit of visits) {
      for (const id of visit.facilityIds) expect(facilityById.has(id)).toBe(true);
      if (visit.followUpOf !== null) {
        const previous = visitById.get(visit.followUpOf);
        expect(previous).toBeDefined();
        expect(previous!.startedOn < visit.startedOn).toBe(true);
        expect(previous!.facilityIds).toContain(visit.facilityIds[0]);
      }
    }
    for (const recommendation of recommendations) {
      if (recommendation.level === "facility") {
        const visit = visitById.get(recommendation.visitId!);
        const facility = facilityById.get(recommendation.facilityId!);
        expect(visit?.facilityIds).toContain(recommendation.facilityId);
        expect(recommendation.addressee).toBe(facility?.agency);
        expect(recommendation.issuedOn > visit!.startedOn).toBe(true);
      } else {
        expect(recommendation.escalates!.length).toBeGreaterThan(0);
        for (const id of recommendation.escalates!) {
          const target = recommendationById.get(id);
          expect(target?.addressee).toBe(recommendation.addressee);
          expect(target!.issuedOn < recommendation.issuedOn).toBe(true);
        }
      }
      if (recommendation.repeatOf != null) expect(recommendationById.has(recommendation.repeatOf)).toBe(true);
    }
    for (const action of accountability) {
      if (action.visitId !== null) expect(visitById.get(action.visitId)?.facilityIds).toContain(action.facilityId);
    }
  });

  it("has the shapes of the contract and of the kz profile", () => {
    const { facilities, visits, recommendations, accountability } = clean.dataset;
    const defaultAgency = new Map(kz.lists.facilityTypes.map((entry) => [entry.code, entry.defaultAgency]));
    const regions = new Set(kz.lists.regions.map((entry) => entry.code));
    const themes = new Set(kz.lists.themes.map((entry) => entry.code));
    for (const facility of facilities) {
      expect(regions.has(facility.region)).toBe(true);
      expect([defaultAgency.get(facility.type), "local_executive"]).toContain(facility.agency);
    }
    expect(new Set(facilities.map((facility) => facility.region)).size).toBe(20);
    expect(new Set(visits.map((visit) => visit.type))).toEqual(new Set(["periodic", "intermediate", "special"]));
    expect(new Set(visits.map((visit) => visit.startedOn.slice(0, 4)))).toEqual(new Set(["2021", "2022", "2023", "2024", "2025"]));
    for (const visit of visits) {
      expect(visit.facilityIds.length).toBeGreaterThanOrEqual(1);
      expect(visit.facilityIds.length).toBeLessThanOrEqual(3);
      expect(new Set(visit.facilityIds).size).toBe(visit.facilityIds.length);
      expect(visit.followUpOf !== null).toBe(visit.type === "intermediate");
      expect(visit.trigger !== null).toBe(visit.type === "special");
      if (visit.endedOn !== null) expect(visit.endedOn >= visit.startedOn).toBe(true);
    }
    for (const recommendation of recommendations) {
      expect(recommendation.themes.length).toBeGreaterThanOrEqual(1);
      expect(recommendation.themes.length).toBeLessThanOrEqual(3);
      expect(new Set(recommendation.themes).size).toBe(recommendation.themes.length);
      for (const theme of recommendation.themes) expect(themes.has(theme)).toBe(true);
      if (recommendation.dueOn !== null) expect(recommendation.dueOn > recommendation.issuedOn).toBe(true);
      expect(recommendation.history.length).toBeLessThanOrEqual(4);
      let previous = recommendation.issuedOn;
      for (const change of recommendation.history) {
        expect(change.on > previous).toBe(true);
        previous = change.on;
      }
    }
    expect(recommendations.some((recommendation) => recommendation.level === "agency")).toBe(true);
    expect(recommendations.some((recommendation) => recommendation.repeatOf != null)).toBe(true);
    for (const action of accountability) {
      expect(action.officials).toBeGreaterThanOrEqual(1);
      expect(action.officials).toBeLessThanOrEqual(5);
    }
  });

  it("dates no visit after 2025-12-31, errors or not", () => {
    for (const { dataset } of [clean, broken]) {
      for (const visit of dataset.visits) {
        expect(visit.startedOn <= PERIOD_END).toBe(true);
        if (visit.endedOn !== null) expect(visit.endedOn <= PERIOD_END).toBe(true);
        if (visit.trigger !== null) expect(visit.trigger.receivedOn <= PERIOD_END).toBe(true);
      }
    }
  });

  it("passes the library's Dataset schema, and the kz code lists, when errorRate is 0", () => {
    expect(Dataset.safeParse(clean.dataset).success).toBe(true);
    expect(schemasFor(kz).Dataset.safeParse(clean.dataset).success).toBe(true);
    expect(Dataset.safeParse(broken.dataset).success).toBe(false);
  });

  it("gives no validation issue at all when errorRate is 0, also as of the date it returns", () => {
    expect(clean.injected).toEqual(Object.fromEntries(INJECTABLE_CODES.map((code) => [code, 0])));
    for (const options of [{}, { asOf: civilDate(clean.asOf) }]) {
      const result = validateDataset(clean.dataset, { ...options, maxIssues: 5 });
      expect(result.issues).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it("injects every kind of error, and the validator finds exactly the numbers reported", () => {
    for (const code of INJECTABLE_CODES) expect(broken.injected[code], code).toBeGreaterThan(0);
    const result = validateDataset(broken.dataset, { maxIssues: 0 });
    expect(result.counts.byCode).toEqual(broken.injected);
  });

  it("reports counts and an approximate JSON size", () => {
    const stats = datasetStats(clean.dataset);
    expect(stats).toMatchObject({ ...SIZES, records: 7320 });
    const exact = Buffer.byteLength(JSON.stringify(clean.dataset));
    expect(Math.abs(stats.approxJsonBytes - exact) / exact).toBeLessThan(0.05);
    expect(Math.abs(datasetStats(clean.dataset, { sample: Infinity }).approxJsonBytes - exact)).toBeLessThan(300);
  });

  it("is the zod baseline's input: no record fails when clean, some do with errors", () => {
    expect(safeParseEachRecord(clean.dataset, SCHEMAS)).toBe(0);
    expect(safeParseEachRecord(clean.dataset, { ...schemasFor(kz), Visit })).toBe(0);
    expect(safeParseEachRecord(broken.dataset, SCHEMAS)).toBeGreaterThan(0);
  });
});
