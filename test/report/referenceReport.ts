// An independent reference implementation of every figure of the report, written from the
// definitions of DESIGN §4 (and the metrics' TSDoc where DESIGN leaves a detail open) with plain
// loops over plain JSON. It imports nothing from src/: the code lists are the hand-written ones
// of DESIGN §3, day numbers come from integer arithmetic, and no Date is involved.
import { AGENCIES, FACILITY_TYPES, REGIONS, THEMES } from "../fixtures/kzDesignCodes";

interface PlainFacility {
  readonly id: string;
  readonly type: string;
  readonly agency: string;
  readonly region: string;
  readonly openedOn?: string | null | undefined;
  readonly closedOn?: string | null | undefined;
}
interface PlainVisit {
  readonly type: string;
  readonly startedOn: string;
  readonly facilityIds: readonly string[];
}
interface PlainRecommendation {
  readonly addressee: string;
  readonly level: string;
  readonly themes: readonly string[];
  readonly issuedOn: string;
  readonly dueOn?: string | null | undefined;
  readonly escalates?: readonly string[] | null | undefined;
  readonly history?: readonly { readonly status: string; readonly on: string }[] | null | undefined;
}
interface PlainAction {
  readonly decidedOn: string;
  readonly initiator: string;
  readonly measure: string;
  readonly officials: number;
}
export interface PlainDataset {
  readonly period: { readonly from: string; readonly to: string };
  readonly facilities: readonly PlainFacility[];
  readonly visits: readonly PlainVisit[];
  readonly recommendations: readonly PlainRecommendation[];
  readonly accountability: readonly PlainAction[];
}
export interface PlainOptions {
  readonly asOf: string;
  readonly period?: { readonly from: string; readonly to: string } | undefined;
  readonly partialWeight?: number | undefined;
  readonly excludeWithdrawn?: boolean | undefined;
}

const UNREGISTERED = "_unregistered";
const VISIT_TYPES = ["periodic", "intermediate", "special"];
const STATUSES = ["issued", "accepted", "in_progress", "partially_implemented", "implemented", "not_implemented", "rejected", "withdrawn"];
const INITIATORS = ["commissioner_office", "npm_participant"];
const MEASURES = ["disciplinary", "administrative", "criminal"];
const REGION_CODES = REGIONS.map(([code]) => code);
const TYPE_CODES = FACILITY_TYPES.map(([code]) => code);

/** Days since 1970-01-01 of a YYYY-MM-DD date (the days-from-civil algorithm, integers only). */
export function referenceDayNumber(date: string): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function zeroed(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = 0;
  return counts;
}

function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The report of DESIGN §4, minus `reconciliation`. */
export function referenceReport(dataset: PlainDataset, options: PlainOptions) {
  const period = options.period ?? dataset.period;
  const asOf = options.asOf;
  const partialWeight = options.partialWeight ?? 0;
  const excludeWithdrawn = options.excludeWithdrawn ?? false;
  // The last day counted: the earlier of the period's end and asOf.
  const until = asOf < period.to ? asOf : period.to;
  const counted = (date: string): boolean => date >= period.from && date <= until;

  const register = new Map<string, PlainFacility>();
  for (const f of dataset.facilities) if (!register.has(f.id)) register.set(f.id, f);

  // ----- visits -----
  let visitTotal = 0;
  const visitsByType = zeroed(VISIT_TYPES);
  const visitsByAgency = zeroed(AGENCIES);
  const visitsByRegion = zeroed(REGION_CODES);
  const visitsByFacilityType = zeroed(TYPE_CODES);
  const visitsByTypeAndFacilityType: Record<string, Record<string, number>> = Object.fromEntries(VISIT_TYPES.map((type) => [type, zeroed(TYPE_CODES)]));
  const visitsByMonth: Record<string, number> = {};
  {
    let year = Number(period.from.slice(0, 4));
    let month = Number(period.from.slice(5, 7));
    for (;;) {
      const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
      if (key > until.slice(0, 7)) break;
      visitsByMonth[key] = 0;
      month += 1;
      if (month === 13) {
        month = 1;
        year += 1;
      }
    }
  }
  const monitored = new Set<string>();
  for (const v of dataset.visits) {
    if (!counted(v.startedOn)) continue;
    visitTotal += 1;
    bump(visitsByType, v.type);
    bump(visitsByMonth, v.startedOn.slice(0, 7));
    const agencies = new Set<string>();
    const regions = new Set<string>();
    const types = new Set<string>();
    for (const id of v.facilityIds) {
      monitored.add(id);
      const f = register.get(id);
      agencies.add(f === undefined ? UNREGISTERED : f.agency);
      regions.add(f === undefined ? UNREGISTERED : f.region);
      types.add(f === undefined ? UNREGISTERED : f.type);
    }
    for (const agency of agencies) bump(visitsByAgency, agency);
    for (const region of regions) bump(visitsByRegion, region);
    // Once per distinct facility type of the visit, overall and under the visit's type.
    for (const type of types) {
      bump(visitsByFacilityType, type);
      bump(visitsByTypeAndFacilityType[v.type]!, type);
    }
  }
  // Every visit type lists every facility type found under any of them.
  for (const counts of Object.values(visitsByTypeAndFacilityType)) for (const type of Object.keys(visitsByFacilityType)) counts[type] ??= 0;

  // ----- facilities -----
  const facilitiesByAgency = zeroed(AGENCIES);
  const facilitiesByType = zeroed(TYPE_CODES);
  const facilitiesByRegion = zeroed(REGION_CODES);
  for (const id of monitored) {
    const f = register.get(id);
    bump(facilitiesByAgency, f === undefined ? UNREGISTERED : f.agency);
    bump(facilitiesByType, f === undefined ? UNREGISTERED : f.type);
    bump(facilitiesByRegion, f === undefined ? UNREGISTERED : f.region);
  }
  let open = 0;
  let openMonitored = 0;
  for (const f of register.values()) {
    const opened = f.openedOn ?? null;
    const closed = f.closedOn ?? null;
    if ((opened === null || opened <= until) && (closed === null || closed >= period.from)) {
      open += 1;
      if (monitored.has(f.id)) openMonitored += 1;
    }
  }

  // ----- recommendations -----
  let recTotal = 0;
  const byStatus = zeroed(STATUSES);
  const byTheme = zeroed(THEMES);
  const recsByAgency = zeroed(AGENCIES);
  let overdue = 0;
  const days: number[] = [];
  let escalationsIssued = 0;
  const escalated = new Set<string>();
  for (const r of dataset.recommendations) {
    if (!counted(r.issuedOn)) continue;
    recTotal += 1;
    // Status as of asOf: the latest entry on or before it; of two on one day, the later in the list.
    let status = "issued";
    let latest = "";
    let firstImplemented: string | null = null;
    for (const change of r.history ?? []) {
      if (change.on > asOf) continue;
      if (change.on >= latest) {
        status = change.status;
        latest = change.on;
      }
      if (change.status === "implemented" && (firstImplemented === null || change.on < firstImplemented)) firstImplemented = change.on;
    }
    bump(byStatus, status);
    for (const theme of new Set(r.themes)) bump(byTheme, theme);
    bump(recsByAgency, r.addressee);
    const due = r.dueOn ?? null;
    if (due !== null && due < asOf && status !== "implemented" && status !== "rejected" && status !== "withdrawn") overdue += 1;
    if (firstImplemented !== null) days.push(referenceDayNumber(firstImplemented) - referenceDayNumber(r.issuedOn));
    if (r.level === "agency") {
      escalationsIssued += 1;
      for (const id of r.escalates ?? []) escalated.add(id);
    }
  }
  const implementedCount = byStatus["implemented"]!;
  const partialCount = byStatus["partially_implemented"]!;
  const numerator = implementedCount + partialCount * partialWeight;
  const denominator = recTotal - (excludeWithdrawn ? byStatus["withdrawn"]! : 0);
  days.sort((a, b) => a - b);
  const half = days.length === 1 ? 1 : Math.floor(days.length / 2);
  const quartiles =
    days.length === 0
      ? { count: 0, median: null, q1: null, q3: null }
      : { count: days.length, median: median(days), q1: median(days.slice(0, half)), q3: median(days.slice(days.length - half)) };

  // ----- accountability -----
  let officialsTotal = 0;
  const byInitiator = zeroed(INITIATORS);
  const byMeasure = zeroed(MEASURES);
  for (const a of dataset.accountability) {
    if (!counted(a.decidedOn)) continue;
    officialsTotal += a.officials;
    bump(byInitiator, a.initiator, a.officials);
    bump(byMeasure, a.measure, a.officials);
  }

  return {
    format: "opcat-npm/report@1",
    profile: "kz",
    period: { from: period.from, to: period.to },
    asOf,
    parameters: { partialWeight, excludeWithdrawn },
    visits: {
      total: visitTotal,
      byType: visitsByType,
      byAgency: visitsByAgency,
      byRegion: visitsByRegion,
      byFacilityType: visitsByFacilityType,
      byTypeAndFacilityType: visitsByTypeAndFacilityType,
      byMonth: visitsByMonth,
    },
    facilities: {
      monitored: monitored.size,
      byAgency: facilitiesByAgency,
      byType: facilitiesByType,
      byRegion: facilitiesByRegion,
      coverage: { numerator: openMonitored, denominator: open, rate: open === 0 ? null : openMonitored / open },
    },
    recommendations: {
      total: recTotal,
      byStatus,
      byTheme,
      byAgency: recsByAgency,
      implementation: { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator },
      overdue,
      daysToImplement: quartiles,
      escalations: { issued: escalationsIssued, escalated: escalated.size },
    },
    accountability: { officials: { total: officialsTotal, byInitiator, byMeasure } },
  };
}
