import { readFileSync } from "node:fs";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import { OpcatError } from "../../src/errors/OpcatError";
import { createDatasetValidator } from "../../src/validate/createDatasetValidator";
import type { ValidationOptions } from "../../src/validate/types";
import { validateDataset } from "../../src/validate/validateDataset";
import { withValue } from "../fixtures/withValue";
import { cleanDataset } from "./cleanDataset";

const COLLECTIONS = ["facilities", "visits", "recommendations", "accountability"] as const;
const example = JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8")) as Record<string, unknown>;

/** Feeds a dataset to the streaming validator as a reader of files would: its own fields, then each collection. */
function streamed(input: Record<string, unknown>, options: ValidationOptions = {}) {
  const validator = createDatasetValidator(options);
  validator.dataset(Object.fromEntries(Object.entries(input).filter(([key]) => !(COLLECTIONS as readonly string[]).includes(key))));
  for (const collection of COLLECTIONS) for (const record of input[collection] as unknown[]) validator.add(collection, record);
  return validator.result();
}

describe("createDatasetValidator", () => {
  it("finds on the example dataset what validateDataset finds, issue for issue", () => {
    const options = { asOf: civilDate("2024-11-08"), lang: "kk" } as const;
    expect(streamed(example, options)).toEqual(validateDataset(example, options));
  });

  it("finds what validateDataset finds on a dataset with an error of every family, across blocks", () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...cleanDataset.recommendations[0], id: `R-${String(i)}` }));
    let input: Record<string, unknown> = { ...cleanDataset, recommendations: [...cleanDataset.recommendations, ...many] };
    for (const [path, value] of [
      [["facilities", 1, "id"], "F-1"],
      [["visits", 0, "facilityIds", 1], "F-9"],
      [["visits", 1, "followUpOf"], "V-3"],
      [["recommendations", 40, "repeatOf"], "R-2400"],
      [["recommendations", 50, "repeatOf"], "R-missing"],
      [["recommendations", 1500, "dueOn"], "2023-01-01"],
      [["recommendations", 2000, "note"], "call +7 701 123 45 67"],
      [["accountability", 0, "visitId"], "V-0"],
    ] as const) {
      input = withValue(input, path, value) as Record<string, unknown>;
    }
    const whole = validateDataset(input, { maxIssues: 100 });
    expect(whole.counts.errors).toBeGreaterThan(5);
    expect(streamed(input, { maxIssues: 100 })).toEqual(whole);
  });

  const paths: readonly (readonly (string | number)[])[] = [
    ["format"], ["period", "from"], ["facilities", 0], ["facilities", 1, "id"], ["facilities", 2, "closedOn"], ["visits", 0], ["visits", 0, "facilityIds"],
    ["visits", 1, "followUpOf"], ["visits", 2, "trigger"], ["recommendations", 0, "history"], ["recommendations", 2, "escalates"], ["recommendations", 1, "facilityId"],
    ["accountability", 0, "officials"], ["accountability", 0], ["reported"],
  ];
  const replacement = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom("V-1", "F-3", "R-2", "2023-02-29", "interior", "", null, [], {}));
  propertyTest.prop([fc.array(fc.tuple(fc.constantFrom(...paths), replacement), { minLength: 1, maxLength: 4 })])(
    "agrees with validateDataset on mutated datasets whose collections are arrays",
    (changes) => {
      const input = changes.reduce<Record<string, unknown>>((data, [path, value]) => {
        const parent = path.slice(0, -1).reduce<unknown>((node, step) => (typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[step] : undefined), data);
        return typeof parent === "object" && parent !== null ? (withValue(data, path, value) as Record<string, unknown>) : data;
      }, cleanDataset);
      expect(streamed(input, { asOf: civilDate("2023-12-31") })).toEqual(validateDataset(input, { asOf: civilDate("2023-12-31") }));
    },
  );

  it("refuses records out of the order facilities, visits, recommendations, accountability (validate.usage)", () => {
    const validator = createDatasetValidator();
    validator.dataset({});
    validator.add("visits", cleanDataset.visits[0]);
    let caught: unknown;
    try {
      validator.add("facilities", cleanDataset.facilities[0]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OpcatError);
    expect((caught as OpcatError).code).toBe("validate.usage");
  });

  it("refuses records before dataset() and after result(); result() is final", () => {
    const early = createDatasetValidator();
    expect(() => early.add("facilities", {})).toThrow(OpcatError);
    const done = createDatasetValidator();
    done.dataset({});
    const result = done.result();
    expect(done.result()).toBe(result);
    expect(() => done.add("visits", {})).toThrow(OpcatError);
    expect(() => done.dataset({})).toThrow(OpcatError);
  });

  it("checks a follow-up of a visit further down once all visits are read", () => {
    const validator = createDatasetValidator();
    validator.dataset({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
    validator.add("facilities", cleanDataset.facilities[0]);
    validator.add("visits", { id: "V-2", type: "intermediate", startedOn: "2023-02-01", facilityIds: ["F-1"], followUpOf: "V-1", teamSize: 3 });
    validator.add("visits", { id: "V-1", type: "periodic", startedOn: "2023-03-01", facilityIds: ["F-1"], teamSize: 3 });
    validator.add("visits", { id: "V-3", type: "intermediate", startedOn: "2023-04-01", facilityIds: ["F-1"], followUpOf: "V-9", teamSize: 3 });
    expect(validator.result().issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["ref.unknown_visit", "visits.2.followUpOf"],
      ["visit.follow_up_order", "visits.0.startedOn"],
    ]);
  });

  it("reports a getter that throws as schema.unreadable, once, and goes on", () => {
    const validator = createDatasetValidator();
    validator.dataset({ format: "opcat-npm/dataset@1" });
    const hostile = Object.defineProperty({}, "id", { enumerable: true, get: () => { throw new Error("no"); } });
    validator.add("facilities", hostile);
    validator.add("facilities", hostile);
    expect(validator.result().counts.byCode["schema.unreadable"]).toBe(1);
  });
});
