// Small hand-built records for the metric tests (the option checks every metric shares are in options.test.ts).
// Expected values in the tests are worked out by hand from DESIGN §4 and each metric's TSDoc.
import { expect } from "vitest";
import { OpcatError } from "../../src/errors/OpcatError";
import type { AccountabilityAction } from "../../src/model/accountabilityAction";
import type { CivilDate } from "../../src/model/civilDate";
import type { Facility } from "../../src/model/facility";
import type { Period } from "../../src/model/period";
import type { Recommendation } from "../../src/model/recommendation";
import type { RecommendationStatus } from "../../src/model/recommendationStatus";
import type { Visit } from "../../src/model/visit";
import type { ReportData } from "../../src/metrics/reportData";
import { AGENCIES, FACILITY_TYPES, REGIONS, THEMES } from "../fixtures/kzDesignCodes";

/** A civil date, unchecked (the fixtures are written by hand). */
export const d = (text: string): CivilDate => text as CivilDate;

export const YEAR_2023: Period = { from: d("2023-01-01"), to: d("2023-12-31") };
/** The day the 2023 report was presented. */
export const AS_OF = d("2024-11-08");

/** An object with every code of a list at 0: the breakdowns list every code of the profile. */
export function zeros(codes: readonly string[]): Record<string, number> {
  return Object.fromEntries(codes.map((code) => [code, 0]));
}
export const AGENCY_ZEROS = zeros(AGENCIES);
export const REGION_ZEROS = zeros(REGIONS.map(([code]) => code));
export const TYPE_ZEROS = zeros(FACILITY_TYPES.map(([code]) => code));
export const THEME_ZEROS = zeros(THEMES);
export const STATUS_ZEROS = zeros(["issued", "accepted", "in_progress", "partially_implemented", "implemented", "not_implemented", "rejected", "withdrawn"]);

export function facility(id: string, type: string, agency: string, region: string, extra: Partial<Facility> = {}): Facility {
  return { id, name: `Facility ${id}`, type, agency, region, ...extra };
}

export function visit(id: string, type: Visit["type"], startedOn: string, facilityIds: readonly string[], extra: Partial<Visit> = {}): Visit {
  return { id, type, startedOn: d(startedOn), facilityIds: [...facilityIds], ...extra };
}

export const at = (status: RecommendationStatus, on: string): { status: RecommendationStatus; on: CivilDate } => ({ status, on: d(on) });

/** A facility-level recommendation to `interior` on `food`, unless `extra` says otherwise. */
export function rec(id: string, issuedOn: string, extra: Partial<Recommendation> = {}): Recommendation {
  return { id, addressee: "interior", level: "facility", themes: ["food"], issuedOn: d(issuedOn), ...extra };
}

export function action(
  id: string,
  decidedOn: string,
  initiator: AccountabilityAction["initiator"],
  measure: AccountabilityAction["measure"],
  officials: number,
): AccountabilityAction {
  return { id, decidedOn: d(decidedOn), initiator, measure, officials };
}

export function data(parts: Partial<ReportData> = {}): ReportData {
  return { period: YEAR_2023, facilities: [], visits: [], recommendations: [], accountability: [], ...parts };
}

/** The OpcatError a call throws (fails the test when it throws something else, or nothing). */
export function opcatErrorOf(call: () => unknown): OpcatError {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OpcatError);
  return caught as OpcatError;
}
