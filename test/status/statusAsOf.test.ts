// @time-zones: a recommendation's status as of a day
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { CivilDate } from "../../src/model/civilDate";
import type { Recommendation } from "../../src/model/recommendation";
import type { RecommendationStatus } from "../../src/model/recommendationStatus";
import { statusAsOf } from "../../src/status/statusAsOf";

// Real civil dates built from a days-in-month table and the Gregorian leap rule.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
const monthLength = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
const pad = (value: number, width: number): string => String(value).padStart(width, "0");
const d = (text: string): CivilDate => text as CivilDate;

interface Entry {
  readonly status: RecommendationStatus;
  readonly on: CivilDate;
}

const STATUSES: readonly RecommendationStatus[] = ["issued", "accepted", "in_progress", "partially_implemented", "implemented", "not_implemented", "rejected", "withdrawn"];

const civilDateIn = (minYear: number, maxYear: number): fc.Arbitrary<CivilDate> =>
  fc.integer({ min: minYear, max: maxYear }).chain((year) =>
    fc.integer({ min: 1, max: 12 }).chain((month) => fc.integer({ min: 1, max: monthLength(year, month) }).map((day) => d(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`))),
  );

/** Dates from a small pool (so entries share days and queries hit them) or spread over years. */
const someDate: fc.Arbitrary<CivilDate> = fc.oneof(
  fc.constantFrom(...["2023-02-28", "2023-03-01", "2023-12-31", "2024-01-01", "2024-02-28", "2024-02-29", "2024-03-01", "2018-11-04", "2019-02-16", "2019-02-17", "1969-12-31", "0050-06-01", "1950-06-01"].map(d)),
  civilDateIn(2022, 2025),
  civilDateIn(0, 9999),
);
const entry: fc.Arbitrary<Entry> = fc.record({ status: fc.constantFrom(...STATUSES), on: someDate });
const byDate = (a: Entry, b: Entry): number => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0);

/** The filter oracle, for a history sorted by date: the status of the last entry on or before `date`. */
const lastOnOrBefore = (sorted: readonly Entry[], date: CivilDate): RecommendationStatus => sorted.filter((change) => change.on <= date).at(-1)?.status ?? "issued";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const at = (status: RecommendationStatus, on: string): Entry => ({ status, on: d(on) });

describe("statusAsOf", () => {
  const recommendation = { history: [at("accepted", "2023-03-01"), at("implemented", "2023-04-11")] };

  it.each([
    ["2023-02-28", "issued"],
    ["2023-03-01", "accepted"], // an entry counts on its own day
    ["2023-04-10", "accepted"],
    ["2023-04-11", "implemented"],
    ["2024-11-08", "implemented"],
    ["1969-12-31", "issued"],
  ])("as of %s is %s", (date, expected) => {
    expect(statusAsOf(recommendation, d(date))).toBe(expected);
  });

  it.each([
    ["an empty history", { history: [] }],
    ["no history", {}],
    ["a null history", { history: null }],
    ["an undefined history", { history: undefined }],
  ])("is issued with %s", (_label, record) => {
    expect(statusAsOf(record, d("2023-06-01"))).toBe("issued");
  });

  it("changes exactly at a year end", () => {
    const record = { history: [at("in_progress", "2023-12-31"), at("implemented", "2024-01-01")] };
    expect(statusAsOf(record, d("2023-12-30"))).toBe("issued");
    expect(statusAsOf(record, d("2023-12-31"))).toBe("in_progress");
    expect(statusAsOf(record, d("2024-01-01"))).toBe("implemented");
  });

  it("changes exactly on a leap day, and on the days Almaty and Sao Paulo changed their clocks", () => {
    const record = { history: [at("accepted", "2018-11-04"), at("in_progress", "2019-02-17"), at("partially_implemented", "2024-02-29"), at("implemented", "2024-03-01")] };
    expect(statusAsOf(record, d("2018-11-03"))).toBe("issued");
    expect(statusAsOf(record, d("2018-11-04"))).toBe("accepted");
    expect(statusAsOf(record, d("2019-02-16"))).toBe("accepted");
    expect(statusAsOf(record, d("2019-02-17"))).toBe("in_progress");
    expect(statusAsOf(record, d("2024-02-28"))).toBe("in_progress");
    expect(statusAsOf(record, d("2024-02-29"))).toBe("partially_implemented");
    expect(statusAsOf(record, d("2024-03-01"))).toBe("implemented");
  });

  it("lets the later of two entries on the same day win", () => {
    const record = { history: [at("accepted", "2023-03-01"), at("rejected", "2023-03-01")] };
    expect(statusAsOf(record, d("2023-02-28"))).toBe("issued");
    expect(statusAsOf(record, d("2023-03-01"))).toBe("rejected");
  });

  it("gives the status of the latest date in an out-of-order history", () => {
    const record = { history: [at("implemented", "2023-04-11"), at("accepted", "2023-03-01")] };
    expect(statusAsOf(record, d("2023-02-28"))).toBe("issued");
    expect(statusAsOf(record, d("2023-03-15"))).toBe("accepted");
    expect(statusAsOf(record, d("2023-05-01"))).toBe("implemented");
    const sameDay = { history: [at("accepted", "2023-03-01"), at("in_progress", "2023-04-01"), at("rejected", "2023-03-01")] };
    expect(statusAsOf(sameDay, d("2023-03-15"))).toBe("rejected");
    expect(statusAsOf(sameDay, d("2023-05-01"))).toBe("in_progress");
  });

  it("reads any status, including issued and withdrawn", () => {
    const record = { history: [at("implemented", "2023-04-11"), at("issued", "2023-05-01"), at("withdrawn", "2023-06-01")] };
    expect(statusAsOf(record, d("2023-05-15"))).toBe("issued");
    expect(statusAsOf(record, d("2023-06-01"))).toBe("withdrawn");
  });

  it("orders dates before 1970 and in years 0–99 by the calendar", () => {
    expect(statusAsOf({ history: [at("accepted", "0050-01-01")] }, d("1950-01-01"))).toBe("accepted");
    expect(statusAsOf({ history: [at("accepted", "1950-01-01")] }, d("0050-06-01"))).toBe("issued");
    expect(statusAsOf({ history: [at("accepted", "1969-12-31")] }, d("1970-01-01"))).toBe("accepted");
  });

  it("takes a whole Recommendation record", () => {
    const record: Recommendation = {
      id: "R-00001",
      addressee: "interior",
      level: "facility",
      themes: ["sanitation"],
      issuedOn: d("2023-02-20"),
      history: [{ status: "accepted", on: d("2023-03-01") }],
    };
    expect(statusAsOf(record, d("2023-03-01"))).toBe("accepted");
  });

  propertyTest.prop([fc.array(entry, { maxLength: 12 }), someDate], { numRuns: 500 })("on a history sorted by date, is the status of the last entry on or before the date", (history, date) => {
    const sorted = [...history].sort(byDate);
    expect(statusAsOf({ history: sorted }, date)).toBe(lastOnOrBefore(sorted, date));
  });

  propertyTest.prop([fc.array(entry, { maxLength: 12 }), someDate], { numRuns: 300 })(
    "on any history, is the status of the latest date on or before the date, the later entry winning a tie",
    (history, date) => {
      const eligible = history.filter((change) => change.on <= date);
      const latest = eligible.map((change) => change.on).sort().at(-1);
      const expected = eligible.filter((change) => change.on === latest).at(-1)?.status ?? "issued";
      expect(statusAsOf({ history }, date)).toBe(expected);
    },
  );

  propertyTest.prop([fc.uniqueArray(entry, { selector: (change) => change.on, maxLength: 12 }).chain((history) => fc.tuple(fc.constant(history), fc.shuffledSubarray(history, { minLength: history.length }))), someDate], {
    numRuns: 300,
  })("does not depend on the order of a history whose dates are distinct", ([history, shuffled], date) => {
    const sorted = [...history].sort(byDate);
    expect(statusAsOf({ history: shuffled }, date)).toBe(lastOnOrBefore(sorted, date));
  });

  propertyTest.prop([someDate, fc.constantFrom({}, { history: [] }, { history: null }, { history: undefined })])("is issued for an empty, absent or null history", (date, record) => {
    expect(statusAsOf(record, date)).toBe("issued");
  });

  propertyTest.prop([fc.array(entry, { maxLength: 12 }), someDate])("never mutates its input", (history, date) => {
    const record = { id: "R-1", history };
    const before = structuredClone(record);
    deepFreeze(record);
    const status = statusAsOf(record, date);
    expect(record).toEqual(before);
    expect(status === "issued" || history.some((change) => change.status === status)).toBe(true);
  });
});
