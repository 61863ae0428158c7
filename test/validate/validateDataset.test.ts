import { readFileSync } from "node:fs";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import type { ValidationResult } from "../../src/validate/types";
import { validateDataset } from "../../src/validate/validateDataset";
import { withValue } from "../fixtures/withValue";
import { cleanDataset } from "./cleanDataset";

const example: unknown = JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8"));

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Every issue's path leads into the input: each step but the last exists (the last may be a missing field). */
function expectPathsResolve(input: unknown, result: ValidationResult): void {
  for (const issue of result.issues) {
    let node: unknown = input;
    for (const step of issue.path.slice(0, -1)) {
      expect(typeof node === "object" && node !== null && Object.prototype.hasOwnProperty.call(node, step), `${issue.code} at ${issue.path.join(".")}`).toBe(true);
      node = (node as Record<string | number, unknown>)[step];
    }
    if (issue.path.length > 0) expect(typeof node === "object" && node !== null).toBe(true);
  }
}

function expectConsistent(input: unknown, result: ValidationResult): void {
  expect(result.valid).toBe(!result.issues.some((issue) => issue.severity === "error") && result.counts.errors === 0);
  expect(result.counts.errors + result.counts.warnings).toBe(result.counts.listed + result.counts.omitted);
  expect(Object.values(result.counts.byCode).reduce((sum, count) => sum + count, 0)).toBe(result.counts.errors + result.counts.warnings);
  expectPathsResolve(input, result);
}

describe("validateDataset: the order of issues", () => {
  // 3,000 copies of one recommendation (more than two blocks of the validator's pass), with
  // a schema issue and a reference issue in the same record, and others far apart.
  const base = cleanDataset.recommendations[0];
  const many = Array.from({ length: 3000 }, (_, i) => ({ ...base, id: `R-${String(i)}` }));
  const broken = many.map((recommendation, i) => {
    if (i === 5) return { ...recommendation, visitId: "V-9" };
    if (i === 6) return { ...recommendation, dueOn: "2023-02-30", visitId: "V-7" };
    if (i === 1030) return { ...recommendation, themes: [] };
    if (i === 2999) return { ...recommendation, visitId: "V-8" };
    return recommendation;
  });
  const input = { ...cleanDataset, recommendations: broken };

  it("lists each record's issues together, records in input order, across blocks", () => {
    const found = validateDataset(input).issues.map((issue) => [issue.code, issue.path.join(".")]);
    expect(found).toEqual([
      ["ref.unknown_visit", "recommendations.5.visitId"],
      ["schema.invalid_date", "recommendations.6.dueOn"],
      ["ref.unknown_visit", "recommendations.6.visitId"],
      ["schema.too_small", "recommendations.1030.themes"],
      ["ref.unknown_visit", "recommendations.2999.visitId"],
    ]);
  });

  it("keeps that order under the cap", () => {
    expect(validateDataset(input, { maxIssues: 2 }).issues.map((issue) => issue.path.join("."))).toEqual(["recommendations.5.visitId", "recommendations.6.dueOn"]);
  });

  it("lists references to recommendations not found after the records, since one may point further down", () => {
    const forward = withValue(withValue(input, ["recommendations", 10, "repeatOf"], "R-2000"), ["recommendations", 20, "repeatOf"], "R-9999");
    const found = validateDataset(forward).issues.map((issue) => [issue.code, issue.path.join(".")]);
    expect(found.at(-1)).toEqual(["ref.unknown_recommendation", "recommendations.20.repeatOf"]);
    expect(found.filter(([code]) => code === "ref.unknown_recommendation")).toHaveLength(1);
  });
});

describe("validateDataset on the example dataset", () => {
  it("finds no error, and only the warnings its design puts there", () => {
    const result = validateDataset(example, { asOf: civilDate("2024-11-08") });
    expect(result.counts.errors).toBe(0);
    expect(result.valid).toBe(true);
    // The four visits just outside 2023, and the history entries dated after 8 November 2024.
    expect(result.counts.byCode["date.outside_period"]).toBe(4);
    expect(Object.keys(result.counts.byCode).sort()).toEqual(["date.after_as_of", "date.outside_period"]);
  });
});

describe("validateDataset never throws", () => {
  propertyTest.prop([fc.jsonValue()])("on any JSON value, with consistent results", (value) => {
    const result = validateDataset(value);
    expectConsistent(value, result);
  });

  propertyTest.prop([fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true })])("on any JavaScript value", (value) => {
    expect(() => validateDataset(value)).not.toThrow();
  });

  const paths: readonly (readonly (string | number)[])[] = [
    ["format"], ["profile"], ["period"], ["period", "from"], ["facilities"], ["facilities", 0], ["facilities", 1, "id"], ["facilities", 2, "closedOn"],
    ["visits", 0], ["visits", 0, "facilityIds"], ["visits", 1, "followUpOf"], ["visits", 2, "trigger"], ["visits", 2, "type"], ["visits", 0, "teamSize"],
    ["recommendations", 0, "history"], ["recommendations", 0, "history", 0], ["recommendations", 2, "escalates"], ["recommendations", 1, "facilityId"],
    ["accountability", 0, "officials"], ["accountability", 0], ["reported"], ["reported", "visits", "byType"],
  ];
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom("V-1", "F-3", "R-2", "2023-02-29", "2024-01-01", "interior", "special", "", null, [], {}),
  );
  propertyTest.prop([fc.array(fc.tuple(fc.constantFrom(...paths), replacement), { minLength: 1, maxLength: 4 })])("on mutated datasets, with consistent results", (changes) => {
    // A change whose parent an earlier change replaced by a non-object is skipped.
    const parentExists = (data: unknown, path: readonly (string | number)[]) =>
      path.slice(0, -1).reduce<unknown>((node, step) => (typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[step] : undefined), data);
    const input = changes.reduce<unknown>((data, [path, value]) => {
      const parent = parentExists(data, path);
      return typeof parent === "object" && parent !== null ? withValue(data, path, value) : data;
    }, cleanDataset);
    expectConsistent(input, validateDataset(input, { asOf: civilDate("2023-12-31") }));
  });
});

describe("validateDataset is safe on hostile input", () => {
  it("does not change its input", () => {
    const input = deepFreeze(structuredClone(cleanDataset));
    expect(() => validateDataset(withValue(input, ["visits", 0, "endedOn"], "2020-01-01"))).not.toThrow();
    expect(validateDataset(input).valid).toBe(true);
  });

  it("never lets __proto__ or constructor keys reach a prototype", () => {
    const text = JSON.stringify(cleanDataset).replace('"id":"F-1",', '"id":"F-1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const result = validateDataset(JSON.parse(text));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(result.issues.filter((issue) => issue.code === "schema.unknown_key").map((issue) => issue.path)).toEqual([
      ["facilities", 0, "__proto__"],
      ["facilities", 0, "constructor"],
    ]);
  });

  it("answers on a 10 MB string and on 20,000 levels of nesting", () => {
    const long = "7".repeat(10_000_000);
    const withLongText = withValue(cleanDataset, ["recommendations", 0, "text"], long);
    expect(validateDataset(withLongText).valid).toBe(true);
    let deep: unknown = "leaf";
    for (let i = 0; i < 20_000; i++) deep = { trigger: deep, list: [deep] };
    const withDeepValue = withValue(cleanDataset, ["visits", 0, "notes"], deep);
    // Refused beyond 64 steps, each shared object read once: X = notes + 61 × "trigger" has
    // its first entry at step 65, and so has the list of the object above it.
    expect(validateDataset(withDeepValue).counts.byCode).toEqual({ "schema.unknown_key": 1, "schema.too_deep": 2 });
    expect(validateDataset(deep).valid).toBe(false);
  });

  it("lists at most maxIssues and counts the rest", () => {
    const visits = Array.from({ length: 20_000 }, (_, i) => ({ id: `V-${String(i)}`, type: "periodic", startedOn: "2023-03-01", facilityIds: ["F-404"], teamSize: 3 }));
    const input = { ...cleanDataset, visits, recommendations: [], accountability: [] };
    const result = validateDataset(input, { maxIssues: 100 });
    expect(result.valid).toBe(false);
    expect(result.issues).toHaveLength(100);
    expect(result.counts).toEqual({ errors: 20_000, warnings: 0, listed: 100, omitted: 19_900, byCode: { "ref.unknown_facility": 20_000 } });
    expect(validateDataset(input, { maxIssues: 0 }).issues).toEqual([]);
  });
});

describe("validateDataset speaks the reader's language", () => {
  it("gives each message in en, ru and kk, with the same code, path and params", () => {
    const input = withValue(cleanDataset, ["visits", 0, "facilityIds", 1], "F-9");
    const [en, ru, kk] = (["en", "ru", "kk"] as const).map((lang) => validateDataset(input, { lang }).issues);
    expect(en?.map((issue) => issue.code)).toEqual(["ref.unknown_facility"]);
    for (const issues of [ru, kk]) expect(issues?.map(({ code, path, params }) => ({ code, path, params }))).toEqual(en?.map(({ code, path, params }) => ({ code, path, params })));
    expect(new Set([en?.[0]?.message, ru?.[0]?.message, kk?.[0]?.message]).size).toBe(3);
    for (const issues of [en, ru, kk]) expect(issues?.[0]?.message).toContain("F-9");
  });
});
