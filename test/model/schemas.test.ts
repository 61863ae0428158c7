import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { AccountabilityAction } from "../../src/model/accountabilityAction";
import type { CivilDate } from "../../src/model/civilDate";
import { Dataset } from "../../src/model/dataset";
import { Facility } from "../../src/model/facility";
import { findUnknownKeys } from "../../src/model/findUnknownKeys";
import { Period } from "../../src/model/period";
import { Recommendation } from "../../src/model/recommendation";
import type { RecommendationStatus } from "../../src/model/recommendationStatus";
import { ReportedFigures } from "../../src/model/reportedFigures";
import { StatusChange } from "../../src/model/statusChange";
import { Visit } from "../../src/model/visit";
import { VisitTrigger } from "../../src/model/visitTrigger";
import * as fixtures from "./fixtures";

type Case = readonly [name: string, path: readonly (string | number)[], value: unknown, code: string, issuePath?: readonly (string | number)[]];

function firstIssue(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues[0];
}

function checkCases(schema: z.ZodType, valid: unknown, cases: readonly Case[]) {
  it("accepts the valid record", () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });
  for (const [name, path, value, code, issuePath = path] of cases) {
    it(name, () => {
      const issue = firstIssue(schema, fixtures.withValue(valid, path, value));
      expect(issue?.code).toBe(code);
      expect(issue?.path).toEqual(issuePath);
    });
  }
}

describe("Facility rejects", () => {
  checkCases(Facility, fixtures.facility, [
    ["an empty id", ["id"], "", "invalid_format"],
    ["a blank id", ["id"], " \t", "invalid_format"],
    ["a numeric id", ["id"], 1, "invalid_type"],
    ["a missing name", ["name"], undefined, "invalid_type"],
    ["a malformed type code", ["type"], "penal colony", "invalid_format"],
    ["a negative capacity", ["capacity"], -1, "too_small"],
    ["a fractional capacity", ["capacity"], 2.5, "invalid_type"],
    ["a capacity given as text", ["capacity"], "40", "invalid_type"],
    ["NaN as capacity", ["capacity"], Number.NaN, "invalid_type"],
    ["an impossible openedOn", ["openedOn"], "2023-02-29", "invalid_format"],
    ["a date with a time", ["closedOn"], "2023-02-14T00:00:00Z", "invalid_format"],
  ]);
});

describe("Visit rejects", () => {
  checkCases(Visit, fixtures.visit, [
    ["an unknown visit type", ["type"], "planned", "invalid_value"],
    ["an impossible startedOn", ["startedOn"], "2023-04-31", "invalid_format"],
    ["a missing startedOn", ["startedOn"], undefined, "invalid_type"],
    ["empty facilityIds", ["facilityIds"], [], "too_small"],
    ["an empty facility id", ["facilityIds", 1], "", "invalid_format"],
    ["facilityIds given as text", ["facilityIds"], "F-0001", "invalid_type"],
    ["an unknown trigger kind", ["trigger", "kind"], "rumour", "invalid_value"],
    ["a trigger without receivedOn", ["trigger", "receivedOn"], undefined, "invalid_type"],
    ["a non-boolean announced", ["announced"], "no", "invalid_type"],
    ["a negative team size", ["teamSize"], -3, "too_small"],
    ["a fractional team size", ["teamSize"], 3.5, "invalid_type"],
  ]);
});

describe("Recommendation rejects", () => {
  checkCases(Recommendation, fixtures.recommendation, [
    ["an unknown level", ["level"], "ministry", "invalid_value"],
    ["no themes", ["themes"], [], "too_small"],
    ["a malformed theme", ["themes", 0], "", "invalid_format"],
    ["an impossible issuedOn", ["issuedOn"], "2023-13-01", "invalid_format"],
    ["an unknown status", ["history", 1, "status"], "done", "invalid_value"],
    ["an impossible history date", ["history", 0, "on"], "2023-02-30", "invalid_format"],
    ["history given as an object", ["history"], { status: "accepted" }, "invalid_type"],
    ["a numeric repeatOf", ["repeatOf"], 7, "invalid_type"],
    ["an empty escalated id", ["escalates"], [""], "invalid_format", ["escalates", 0]],
    ["a missing addressee", ["addressee"], undefined, "invalid_type"],
  ]);
});

describe("AccountabilityAction rejects", () => {
  checkCases(AccountabilityAction, fixtures.action, [
    ["zero officials", ["officials"], 0, "too_small"],
    ["negative officials", ["officials"], -2, "too_small"],
    ["fractional officials", ["officials"], 1.5, "invalid_type"],
    ["an unknown initiator", ["initiator"], "prosecutor", "invalid_value"],
    ["an unknown measure", ["measure"], "civil", "invalid_value"],
    ["an impossible decidedOn", ["decidedOn"], "2023-06-31", "invalid_format"],
  ]);
});

describe("ReportedFigures rejects", () => {
  checkCases(ReportedFigures, fixtures.reported, [
    ["a rate above 1", ["implementationRate"], 40, "too_big"],
    ["a negative rate", ["implementationRate"], -0.1, "too_small"],
    ["a fractional count", ["facilitiesMonitored"], 474.5, "invalid_type"],
    ["an unknown visit type key", ["visits", "byType", "follow_up"], 6, "unrecognized_keys", ["visits", "byType"]],
    ["an unknown initiator key", ["officials", "prosecutor"], 1, "unrecognized_keys", ["officials"]],
  ]);
});

describe("Dataset rejects", () => {
  checkCases(Dataset, fixtures.dataset, [
    ["another format", ["format"], "opcat-npm/dataset@2", "invalid_value"],
    ["a missing collection", ["accountability"], undefined, "invalid_type"],
    ["a collection given as an object", ["visits"], {}, "invalid_type"],
    ["a bad record deep inside", ["visits", 0, "facilityIds"], [], "too_small"],
    ["a bad period", ["period", "to"], "2023-12-32", "invalid_format"],
    ["a profile that is not a code", ["profile"], "k z", "invalid_format"],
  ]);

  it("reports every problem, each with its own path", () => {
    const input = fixtures.withValue(fixtures.withValue(fixtures.dataset, ["visits", 0, "teamSize"], -1), ["facilities", 1, "id"], "");
    const paths = Dataset.safeParse(input).error?.issues.map((issue) => issue.path);
    expect(paths).toEqual([
      ["facilities", 1, "id"],
      ["visits", 0, "teamSize"],
    ]);
  });
});

describe("the schemas keep what they do not know", () => {
  it("keeps unknown keys at every level, unchanged", () => {
    const input = {
      ...fixtures.dataset,
      notes: "draft",
      visits: [{ ...fixtures.visit, weather: { rain: true }, trigger: { ...fixtures.visit.trigger, source: "hotline" } }],
      recommendations: [{ ...fixtures.recommendation, history: [{ status: "accepted", on: "2023-03-01", by: "office" }] }],
    };
    const result = Dataset.safeParse(input);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(input);
  });

  it("accepts null or an absent value for every optional field", () => {
    const nulls = { ...fixtures.visit, endedOn: null, followUpOf: null, trigger: null, announced: null, teamSize: null };
    const { endedOn: _e, followUpOf: _f, trigger: _t, announced: _a, teamSize: _s, ...absent } = fixtures.visit;
    expect(Visit.safeParse(nulls).success).toBe(true);
    expect(Visit.safeParse(absent).success).toBe(true);
  });

  it("does not mutate its input", () => {
    const input = structuredClone(fixtures.dataset);
    Dataset.safeParse(input);
    expect(input).toEqual(fixtures.dataset);
  });

  it("never lets a __proto__ key from JSON reach a prototype; findUnknownKeys reports it", () => {
    const text = `{"id":"F-1","name":"x","type":"police_unit","agency":"interior","region":"KZ-71","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`;
    const input: unknown = JSON.parse(text);
    const result = Facility.safeParse(input);
    expect(result.success).toBe(true);
    // zod does not copy an own __proto__ key (the safe choice); constructor stays plain data.
    expect(Object.keys(result.data ?? {})).toEqual(["id", "name", "type", "agency", "region", "constructor"]);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(findUnknownKeys({ facilities: [input] }).map((found) => found.key)).toEqual(["__proto__", "constructor"]);
  });
});

describe("safeParse never throws", () => {
  const schemas = [Facility, Visit, VisitTrigger, Recommendation, StatusChange, AccountabilityAction, ReportedFigures, Period, Dataset];
  propertyTest.prop([fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true })])(
    "on any value",
    (value) => {
      for (const schema of schemas) expect(() => schema.safeParse(value)).not.toThrow();
    },
  );

  it("on cyclic and deeply nested values", () => {
    const cyclic: Record<string, unknown> = { ...fixtures.facility };
    cyclic["self"] = cyclic;
    expect(Facility.safeParse(cyclic).success).toBe(true);
    let deep: unknown = "leaf";
    for (let i = 0; i < 20_000; i++) deep = { visits: [deep] };
    expect(() => Dataset.safeParse(deep)).not.toThrow();
  });
});

describe("inferred types", () => {
  it("are pinned", () => {
    expectTypeOf<Visit["type"]>().toEqualTypeOf<"periodic" | "intermediate" | "special">();
    expectTypeOf<Visit["startedOn"]>().toEqualTypeOf<CivilDate>();
    expectTypeOf<Visit["facilityIds"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Visit["endedOn"]>().toEqualTypeOf<CivilDate | null | undefined>();
    expectTypeOf<Visit["trigger"]>().toEqualTypeOf<VisitTrigger | null | undefined>();
    expectTypeOf<Facility["capacity"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Recommendation["level"]>().toEqualTypeOf<"facility" | "agency">();
    expectTypeOf<Recommendation["history"]>().toEqualTypeOf<StatusChange[] | null | undefined>();
    expectTypeOf<StatusChange["status"]>().toEqualTypeOf<RecommendationStatus>();
    expectTypeOf<AccountabilityAction["initiator"]>().toEqualTypeOf<"commissioner_office" | "npm_participant">();
    expectTypeOf<AccountabilityAction["measure"]>().toEqualTypeOf<"disciplinary" | "administrative" | "criminal">();
    expectTypeOf<Dataset["format"]>().toEqualTypeOf<"opcat-npm/dataset@1">();
    expectTypeOf<Dataset["visits"]>().toEqualTypeOf<Visit[]>();
    expectTypeOf<Dataset["reported"]>().toEqualTypeOf<ReportedFigures | null | undefined>();
    expectTypeOf<z.input<typeof Visit>["startedOn"]>().toEqualTypeOf<string>();
  });

  it("keep civil dates apart from plain strings", () => {
    // @ts-expect-error a plain string is not a checked civil date
    const unchecked: CivilDate = "2023-02-14";
    expect(unchecked).toBe("2023-02-14");
  });
});
