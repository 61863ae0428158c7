import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { AccountabilityAction } from "../../src/model/accountabilityAction";
import type { Dataset } from "../../src/model/dataset";
import type { Facility } from "../../src/model/facility";
import type { Recommendation } from "../../src/model/recommendation";
import { kz } from "../../src/profiles/kz";
import { schemasFor } from "../../src/profiles/schemasFor";
import { action, dataset, facility, recommendation, withValue } from "../model/fixtures";

type Path = readonly (string | number)[];

const schemas = schemasFor(kz);

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues;
}

/** The issue schemasFor gives for a code not in a list. */
const unknownCode = (path: Path, list: string, input: string) => ({
  code: "custom",
  path,
  message: list === "profiles" ? `This dataset is for profile ${input}, not kz` : `Unknown code in ${list} of profile kz: ${input}`,
  params: { opcatCode: "schema.unknown_code", list, profile: "kz" },
});

type Case = readonly [name: string, schema: z.ZodType, valid: unknown, path: Path, value: string, list: string];

const CASES: readonly Case[] = [
  ["an unknown agency", schemas.Facility, facility, ["agency"], "justice", "agencies"],
  ["an agency in another case", schemas.Facility, facility, ["agency"], "Interior", "agencies"],
  ["a region code as agency", schemas.Facility, facility, ["agency"], "KZ-71", "agencies"],
  ["an inherited property name as agency", schemas.Facility, facility, ["agency"], "constructor", "agencies"],
  ["an unknown facility type", schemas.Facility, facility, ["type"], "prison", "facilityTypes"],
  ["an agency as facility type", schemas.Facility, facility, ["type"], "interior", "facilityTypes"],
  ["a legacy region code", schemas.Facility, facility, ["region"], "KZ-AST", "regions"],
  ["an unknown numeric region", schemas.Facility, facility, ["region"], "KZ-99", "regions"],
  ["a region without its country prefix", schemas.Facility, facility, ["region"], "71", "regions"],
  ["an unknown addressee", schemas.Recommendation, recommendation, ["addressee"], "ministry", "agencies"],
  ["an unknown theme", schemas.Recommendation, recommendation, ["themes", 1], "weather", "themes"],
  ["a region as theme", schemas.Recommendation, recommendation, ["themes", 0], "KZ-71", "themes"],
  ["an unknown agency of an action", schemas.AccountabilityAction, action, ["agency"], "prosecutor", "agencies"],
  ["another profile", schemas.Dataset, dataset, ["profile"], "kg", "profiles"],
  ["the profile in upper case", schemas.Dataset, dataset, ["profile"], "KZ", "profiles"],
  ["a facility's legacy region in a dataset", schemas.Dataset, dataset, ["facilities", 1, "region"], "KZ-ALA", "regions"],
  ["a facility's unknown type in a dataset", schemas.Dataset, dataset, ["facilities", 0, "type"], "ship", "facilityTypes"],
  ["a recommendation's unknown theme in a dataset", schemas.Dataset, dataset, ["recommendations", 0, "themes", 0], "food_quality", "themes"],
  ["a recommendation's unknown addressee in a dataset", schemas.Dataset, dataset, ["recommendations", 0, "addressee"], "police", "agencies"],
  ["an action's unknown agency in a dataset", schemas.Dataset, dataset, ["accountability", 0, "agency"], "court", "agencies"],
];

describe("schemasFor(kz)", () => {
  it.each([
    ["Facility", schemas.Facility, facility],
    ["Recommendation", schemas.Recommendation, recommendation],
    ["AccountabilityAction", schemas.AccountabilityAction, action],
    ["Dataset", schemas.Dataset, dataset],
  ] as const)("accepts a valid %s and returns it as it was", (_name, schema, valid) => {
    const result = schema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toStrictEqual(valid);
  });

  it.each(CASES)("rejects %s with one issue at the path, with params", (_name, schema, valid, path, value, list) => {
    expect(issuesOf(schema, withValue(valid, path, value))).toStrictEqual([unknownCode(path, list, value)]);
  });

  it("reports every unknown code of a record", () => {
    const input = { ...facility, type: "ship", agency: "navy", region: "KZ-SEV" };
    expect(issuesOf(schemas.Facility, input)).toStrictEqual([
      unknownCode(["type"], "facilityTypes", "ship"),
      unknownCode(["agency"], "agencies", "navy"),
      unknownCode(["region"], "regions", "KZ-SEV"),
    ]);
  });

  it("accepts every code of the kz lists", () => {
    for (const entry of kz.lists.agencies) expect(schemas.Facility.safeParse({ ...facility, agency: entry.code }).success, entry.code).toBe(true);
    for (const entry of kz.lists.facilityTypes) expect(schemas.Facility.safeParse({ ...facility, type: entry.code }).success, entry.code).toBe(true);
    for (const entry of kz.lists.regions) expect(schemas.Facility.safeParse({ ...facility, region: entry.code }).success, entry.code).toBe(true);
    for (const entry of kz.lists.agencies) expect(schemas.AccountabilityAction.safeParse({ ...action, agency: entry.code }).success, entry.code).toBe(true);
    expect(schemas.Recommendation.safeParse({ ...recommendation, themes: kz.lists.themes.map((entry) => entry.code) }).success).toBe(true);
  });

  it("leaves the optional agency of an action optional", () => {
    expect(schemas.AccountabilityAction.safeParse({ ...action, agency: null }).success).toBe(true);
    expect(schemas.AccountabilityAction.safeParse(withValue(action, ["agency"], undefined)).success).toBe(true);
  });

  it("still reports a value that is not a string as invalid_type, without an unknown_code issue", () => {
    expect(issuesOf(schemas.Facility, { ...facility, region: 71 }).map((issue) => [issue.code, issue.path])).toEqual([["invalid_type", ["region"]]]);
  });

  it("reports a malformed code as invalid_format first", () => {
    const issues = issuesOf(schemas.Facility, { ...facility, region: "KZ 71" });
    expect(issues[0]?.code).toBe("invalid_format");
    expect(issues[0]?.path).toEqual(["region"]);
  });

  it("keeps unknown keys (they are reported as warnings, never dropped)", () => {
    const result = schemas.Facility.safeParse({ ...facility, inspector: "regional office" });
    expect(result.data).toStrictEqual({ ...facility, inspector: "regional office" });
  });

  it("infers the plain model types", () => {
    expectTypeOf<z.infer<typeof schemas.Facility>>().toEqualTypeOf<Facility>();
    expectTypeOf<z.infer<typeof schemas.Recommendation>>().toEqualTypeOf<Recommendation>();
    expectTypeOf<z.infer<typeof schemas.AccountabilityAction>>().toEqualTypeOf<AccountabilityAction>();
    expectTypeOf<z.infer<typeof schemas.Dataset>>().toEqualTypeOf<Dataset>();
  });

  it("gives the four schemas whose fields take the profile's codes", () => {
    expect(Object.keys(schemas).sort()).toEqual(["AccountabilityAction", "Dataset", "Facility", "Recommendation"]);
  });
});

describe("schemasFor(kz): a malformed code", () => {
  it("gets one issue, about its form, not a second one about the list", () => {
    const issues = issuesOf(schemas.Facility, { ...facility, region: "KZ 71" });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_format", ["region"]]]);
  });
});
