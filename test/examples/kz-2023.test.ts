// @time-zones: the example dataset's report, byte for byte
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateKz2023 } from "../../examples/generate-kz-2023.mjs";
import { AGENCIES, FACILITY_TYPES, REGIONS as DESIGN_REGIONS, THEMES } from "../fixtures/kzDesignCodes";

// The committed example dataset, checked with plain loops over the JSON: nothing here comes
// from the generator's internals or from the library, so a bug in either cannot hide itself.

interface Change {
  status: string;
  on: string;
}
interface Facility {
  id: string;
  name: string;
  type: string;
  agency: string;
  region: string;
  capacity?: number;
  openedOn: string | null;
  closedOn: string | null;
}
interface Visit {
  id: string;
  type: string;
  startedOn: string;
  endedOn?: string;
  facilityIds: string[];
  followUpOf: string | null;
  trigger: { kind: string; receivedOn: string } | null;
  announced: boolean;
  teamSize: number;
}
interface Recommendation {
  id: string;
  visitId?: string;
  facilityId?: string;
  addressee: string;
  level: string;
  themes: string[];
  text: string;
  issuedOn: string;
  dueOn?: string;
  escalates: string[];
  repeatOf: string | null;
  history: Change[];
}
interface Action {
  id: string;
  decidedOn: string;
  initiator: string;
  measure: string;
  officials: number;
  visitId?: string;
  facilityId?: string;
  agency?: string;
}
interface Dataset {
  format: string;
  profile: string;
  period: { from: string; to: string };
  facilities: Facility[];
  visits: Visit[];
  recommendations: Recommendation[];
  accountability: Action[];
  reported: unknown;
}

const raw = readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8");
const data = JSON.parse(raw) as Dataset;

const FROM = "2023-01-01";
const TO = "2023-12-31";
const AS_OF = "2024-11-08";

// The facility types' default agencies and the code lists of DESIGN.md §3 ("other" is never generated).
const DEFAULT_AGENCY: Record<string, string> = Object.fromEntries(FACILITY_TYPES.filter(([type]) => type !== "other"));
const REGIONS = DESIGN_REGIONS.map(([code]) => code);
const STATUSES = ["issued", "accepted", "in_progress", "partially_implemented", "implemented", "not_implemented", "rejected", "withdrawn"];

// ----- small helpers: string comparison of YYYY-MM-DD is date order; day numbers come from Date.UTC -----

function inPeriod(date: string): boolean {
  return date >= FROM && date <= TO;
}

function isCivilDate(value: unknown): boolean {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function statusAt(rec: Recommendation, asOf: string): string {
  let status = "issued";
  for (const change of rec.history) if (change.on <= asOf) status = change.status;
  return status;
}

function tally(keys: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function get<T>(map: Map<string, T>, id: string | null | undefined): T {
  const item = id == null ? undefined : map.get(id);
  if (item === undefined) throw new Error(`unresolved reference ${String(id)}`);
  return item;
}

const facilities = byId(data.facilities);
const visits = byId(data.visits);
const recommendations = byId(data.recommendations);

const countedVisits = data.visits.filter((v) => inPeriod(v.startedOn));
const monitored = new Set<string>();
for (const visit of countedVisits) for (const id of visit.facilityIds) monitored.add(id);
const countedRecs = data.recommendations.filter((r) => inPeriod(r.issuedOn));
const countedActions = data.accountability.filter((a) => inPeriod(a.decidedOn));

describe("examples/data/kz-2023.json", () => {
  it("is exactly what examples/generate-kz-2023.mjs writes (rerun it after changing the generator)", () => {
    const regenerated = `${JSON.stringify(generateKz2023(), null, 2)}\n`;
    let firstDifference = -1;
    for (let i = 0; i < Math.max(raw.length, regenerated.length); i++) {
      if (raw[i] !== regenerated[i]) {
        firstDifference = i;
        break;
      }
    }
    expect(firstDifference, `first difference near: ${raw.slice(firstDifference - 80, firstDifference + 80)}`).toBe(-1);
  });

  it("stays small enough to commit", () => {
    expect(Buffer.byteLength(raw, "utf8")).toBeLessThan(2_500_000);
  });

  it("has the contract's top level and the published figures", () => {
    expect(Object.keys(data)).toEqual(["format", "profile", "period", "facilities", "visits", "recommendations", "accountability", "reported"]);
    expect(data.format).toBe("opcat-npm/dataset@1");
    expect(data.profile).toBe("kz");
    expect(data.period).toEqual({ from: FROM, to: TO });
    expect(data.reported).toEqual({
      visits: { total: 461, byType: { periodic: 422, special: 33 } },
      facilitiesMonitored: 474,
      recommendations: 3000,
      implementationRate: 0.4,
      officials: { commissioner_office: 258, npm_participant: 17 },
    });
  });
});

describe("the 2023 figures, recomputed from the JSON", () => {
  it("461 visits: 422 periodic, 33 special, 6 intermediate", () => {
    expect(countedVisits.length).toBe(461);
    expect(tally(countedVisits.map((v) => v.type))).toEqual({ periodic: 422, special: 33, intermediate: 6 });
  });

  it("has a few visits just outside the period, before and after", () => {
    const outside = data.visits.filter((v) => !inPeriod(v.startedOn));
    expect(outside.map((v) => v.startedOn)).toEqual(["2022-12-06", "2022-12-14", "2024-01-08", "2024-01-10"]);
  });

  it("474 facilities monitored under six agencies, interior first", () => {
    expect(monitored.size).toBe(474);
    const monitoredFacilities = [...monitored].map((id) => get(facilities, id));
    expect(tally(monitoredFacilities.map((f) => f.agency))).toEqual({
      interior: 290,
      labour_social_protection: 72,
      education: 62,
      health: 34,
      defence: 10,
      national_security: 6,
    });
    expect(tally(monitoredFacilities.map((f) => f.type))).toEqual({
      penal_colony: 66,
      pretrial_detention_centre: 18,
      temporary_detention_facility: 104,
      police_unit: 64,
      special_reception_centre: 20,
      special_centre_foreigners: 4,
      reception_distribution_centre: 14,
      nsc_detention_facility: 6,
      military_guardhouse: 10,
      psychiatric_institution: 20,
      narcological_institution: 14,
      childrens_home: 38,
      special_educational_organization: 10,
      juvenile_adaptation_centre: 14,
      social_care_institution: 72,
    });
    expect(new Set(monitoredFacilities.map((f) => f.region)).size).toBe(20);
  });

  it("has multi-facility visits and facilities visited more than once", () => {
    expect(tally(countedVisits.map((v) => String(v.facilityIds.length)))).toEqual({ "1": 404, "2": 51, "3": 6 });
    const visitsPerFacility = tally(countedVisits.flatMap((v) => v.facilityIds));
    expect(tally(Object.values(visitsPerFacility).map(String))).toEqual({ "1": 424, "2": 50 });
  });

  it("3,125 recommendations issued in 2023, exactly 40 % implemented as of 2024-11-08", () => {
    expect(countedRecs.length).toBe(3125);
    const implemented = countedRecs.filter((r) => statusAt(r, AS_OF) === "implemented").length;
    expect(implemented).toBe(1250);
    expect(implemented / countedRecs.length).toBe(0.4);
    expect(tally(countedRecs.map((r) => statusAt(r, AS_OF)))).toEqual({
      issued: 160,
      accepted: 330,
      in_progress: 520,
      partially_implemented: 380,
      implemented: 1250,
      not_implemented: 300,
      rejected: 95,
      withdrawn: 90,
    });
  });

  it("reads a higher implementation rate later, from history after 2024-11-08", () => {
    expect(data.recommendations.filter((r) => r.history.some((c) => c.on > AS_OF)).length).toBe(305);
    expect(countedRecs.filter((r) => statusAt(r, "2025-12-31") === "implemented").length).toBe(1514);
  });

  it("has recommendations issued outside 2023 that do not count", () => {
    const outside = data.recommendations.filter((r) => !inPeriod(r.issuedOn));
    expect(tally(outside.map((r) => r.issuedOn.slice(0, 4)))).toEqual({ "2022": 19, "2024": 117 });
  });

  it("has the published main themes on top", () => {
    const byTheme = Object.entries(tally(countedRecs.flatMap((r) => r.themes))).sort((a, b) => b[1] - a[1]);
    expect(new Set(byTheme.slice(0, 5).map(([theme]) => theme))).toEqual(
      new Set(["detention_conditions", "procurement", "legal_awareness", "medical_care", "sanitation"]),
    );
  });

  it("8 individualized recommendations, issued in October-December 2023, escalate 28 others", () => {
    const agencyLevel = countedRecs.filter((r) => r.level === "agency");
    expect(agencyLevel.length).toBe(8);
    for (const rec of agencyLevel) expect(rec.issuedOn >= "2023-10-01" && rec.issuedOn <= TO).toBe(true);
    expect(new Set(agencyLevel.flatMap((r) => r.escalates)).size).toBe(28);
  });

  it("12 recommendations repeat earlier ones", () => {
    expect(data.recommendations.filter((r) => r.repeatOf !== null).length).toBe(12);
  });

  it("officials held liable in 2023: 258 on the Commissioner's office's proposal, 17 on NPM participants'", () => {
    const officials: Record<string, number> = {};
    for (const action of countedActions) officials[action.initiator] = (officials[action.initiator] ?? 0) + action.officials;
    expect(officials).toEqual({ commissioner_office: 258, npm_participant: 17 });
    expect(data.accountability.length - countedActions.length).toBe(3);
    // Most decisions concern one official.
    expect(countedActions.filter((a) => a.officials === 1).length).toBeGreaterThan(countedActions.length / 2);
  });
});

describe("integrity of the example", () => {
  it("has unique, well-formed ids in every collection", () => {
    const patterns: [readonly { id: string }[], RegExp][] = [
      [data.facilities, /^F-\d{4}$/],
      [data.visits, /^V-\d{4}$/],
      [data.recommendations, /^R-\d{5}$/],
      [data.accountability, /^A-\d{3}$/],
    ];
    for (const [items, pattern] of patterns) {
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      for (const item of items) expect(item.id).toMatch(pattern);
    }
  });

  it("has facilities whose codes, agencies and dates are valid", () => {
    for (const f of data.facilities) {
      expect(Object.keys(DEFAULT_AGENCY)).toContain(f.type);
      expect(f.agency).toBe(DEFAULT_AGENCY[f.type]);
      expect(REGIONS).toContain(f.region);
      expect(f.name.trim().length).toBeGreaterThan(0);
      if (f.capacity !== undefined) expect(Number.isInteger(f.capacity) && f.capacity >= 0).toBe(true);
      for (const date of [f.openedOn, f.closedOn]) if (date !== null) expect(isCivilDate(date)).toBe(true);
      if (f.openedOn !== null && f.closedOn !== null) expect(f.openedOn <= f.closedOn).toBe(true);
    }
    expect(new Set(data.facilities.map((f) => f.name)).size).toBe(data.facilities.length);
  });

  it("holds facilities not visited in 2023, closed before it, opened or closed during it", () => {
    const notVisited = data.facilities.filter((f) => !monitored.has(f.id));
    expect(notVisited.length).toBeGreaterThanOrEqual(40);
    expect(notVisited.length).toBeLessThanOrEqual(80);
    expect(data.facilities.filter((f) => f.closedOn !== null && f.closedOn.startsWith("2022")).length).toBeGreaterThan(0);
    const openedIn2023 = data.facilities.filter((f) => f.openedOn !== null && inPeriod(f.openedOn));
    expect(openedIn2023.length).toBeGreaterThanOrEqual(1);
    expect(openedIn2023.length).toBeLessThanOrEqual(2);
    const closedIn2023 = data.facilities.filter((f) => f.closedOn !== null && inPeriod(f.closedOn));
    expect(closedIn2023.length).toBeGreaterThanOrEqual(1);
    expect(closedIn2023.length).toBeLessThanOrEqual(2);
    for (const f of closedIn2023) expect(monitored.has(f.id)).toBe(true);
  });

  it("has visits that are well-formed and consistent with their facilities", () => {
    for (const v of data.visits) {
      expect(["periodic", "intermediate", "special"]).toContain(v.type);
      expect(isCivilDate(v.startedOn)).toBe(true);
      if (v.endedOn !== undefined) {
        expect(isCivilDate(v.endedOn)).toBe(true);
        expect(daysFrom(v.startedOn, v.endedOn)).toBeGreaterThanOrEqual(0);
        expect(daysFrom(v.startedOn, v.endedOn)).toBeLessThanOrEqual(2);
      }
      expect(v.facilityIds.length).toBeGreaterThanOrEqual(1);
      expect(v.facilityIds.length).toBeLessThanOrEqual(3);
      expect(new Set(v.facilityIds).size).toBe(v.facilityIds.length);
      for (const id of v.facilityIds) {
        const f = get(facilities, id);
        // No visit to a place before it opened or after it closed.
        if (f.openedOn !== null) expect(v.startedOn >= f.openedOn).toBe(true);
        if (f.closedOn !== null) expect(v.startedOn <= f.closedOn).toBe(true);
      }
      expect(v.announced).toBe(false);
      expect(Number.isInteger(v.teamSize) && v.teamSize >= 3 && v.teamSize <= 7).toBe(true);

      if (v.type === "intermediate") {
        const original = get(visits, v.followUpOf);
        expect(original.startedOn < v.startedOn).toBe(true);
        for (const id of v.facilityIds) expect(original.facilityIds).toContain(id);
      } else {
        expect(v.followUpOf).toBeNull();
      }
      if (v.type === "special") {
        expect(v.trigger).not.toBeNull();
        const trigger = v.trigger ?? { kind: "", receivedOn: "" };
        expect(["complaint", "media", "incident", "other"]).toContain(trigger.kind);
        expect(isCivilDate(trigger.receivedOn)).toBe(true);
        expect(daysFrom(trigger.receivedOn, v.startedOn)).toBeGreaterThanOrEqual(0);
        expect(daysFrom(trigger.receivedOn, v.startedOn)).toBeLessThanOrEqual(10);
      } else {
        expect(v.trigger).toBeNull();
      }
    }
    // Visits are numbered in date order.
    const starts = data.visits.map((v) => v.startedOn);
    expect(starts).toEqual([...starts].sort());
  });

  it("has facility-level recommendations that point to their visit and facility", () => {
    for (const r of data.recommendations.filter((rec) => rec.level === "facility")) {
      const visit = get(visits, r.visitId);
      expect(visit.facilityIds).toContain(r.facilityId);
      expect(r.addressee).toBe(get(facilities, r.facilityId).agency);
      expect(r.issuedOn >= visit.startedOn).toBe(true);
      expect(r.escalates).toEqual([]);
    }
  });

  it("has recommendations with valid themes, dates and histories", () => {
    expect(new Set(data.recommendations.map((r) => r.level))).toEqual(new Set(["facility", "agency"]));
    for (const r of data.recommendations) {
      expect(AGENCIES).toContain(r.addressee);
      expect(r.themes.length).toBeGreaterThanOrEqual(1);
      expect(r.themes.length).toBeLessThanOrEqual(3);
      expect(new Set(r.themes).size).toBe(r.themes.length);
      for (const theme of r.themes) expect(THEMES).toContain(theme);
      expect(isCivilDate(r.issuedOn)).toBe(true);
      if (r.dueOn !== undefined) {
        expect(isCivilDate(r.dueOn)).toBe(true);
        expect(r.dueOn >= r.issuedOn).toBe(true);
      }
      let previous = r.issuedOn;
      for (const change of r.history) {
        expect(STATUSES).toContain(change.status);
        expect(change.status).not.toBe("issued");
        expect(isCivilDate(change.on)).toBe(true);
        expect(change.on >= previous).toBe(true);
        previous = change.on;
      }
    }
  });

  it("has repeats of earlier, unimplemented recommendations to the same facility on a shared theme", () => {
    for (const r of data.recommendations.filter((rec) => rec.repeatOf !== null)) {
      const original = get(recommendations, r.repeatOf);
      expect(original.facilityId).toBe(r.facilityId);
      expect(original.issuedOn < r.issuedOn).toBe(true);
      expect(r.themes.some((t) => original.themes.includes(t))).toBe(true);
      expect(statusAt(original, r.issuedOn)).not.toBe("implemented");
    }
  });

  it("has individualized recommendations escalating unimplemented ones to the same agency", () => {
    for (const r of data.recommendations.filter((rec) => rec.level === "agency")) {
      expect(r.visitId).toBeUndefined();
      expect(r.facilityId).toBeUndefined();
      expect(r.repeatOf).toBeNull();
      expect(r.escalates.length).toBeGreaterThan(0);
      for (const id of r.escalates) {
        const target = get(recommendations, id);
        expect(target.level).toBe("facility");
        expect(target.addressee).toBe(r.addressee);
        expect(target.issuedOn < r.issuedOn).toBe(true);
        expect(statusAt(target, r.issuedOn)).not.toBe("implemented");
      }
    }
  });

  it("has every status as of 2024-11-08", () => {
    expect(new Set(countedRecs.map((r) => statusAt(r, AS_OF)))).toEqual(new Set(STATUSES));
  });

  it("has accountability actions with consistent links", () => {
    for (const a of data.accountability) {
      expect(isCivilDate(a.decidedOn)).toBe(true);
      expect(["commissioner_office", "npm_participant"]).toContain(a.initiator);
      expect(["disciplinary", "administrative", "criminal"]).toContain(a.measure);
      expect(Number.isInteger(a.officials) && a.officials >= 1 && a.officials <= 5).toBe(true);
      if (a.visitId !== undefined) {
        const visit = get(visits, a.visitId);
        expect(visit.facilityIds).toContain(a.facilityId);
        expect(a.decidedOn >= visit.startedOn).toBe(true);
      }
      if (a.facilityId !== undefined) expect(a.agency).toBe(get(facilities, a.facilityId).agency);
      if (a.agency !== undefined) expect(AGENCIES).toContain(a.agency);
    }
  });

  it("holds no personal identifiers in free text", () => {
    const texts = [...data.facilities.map((f) => f.name), ...data.recommendations.map((r) => r.text)];
    for (const text of texts) {
      expect(text).not.toMatch(/\d{12}/); // an IIN
      expect(text).not.toMatch(/\+?\d[\d ()-]{8,}\d/); // a phone number
      expect(text).not.toContain("@"); // an e-mail address
    }
    for (const r of data.recommendations) expect(r.text).not.toMatch(/\d/);
  });
});
