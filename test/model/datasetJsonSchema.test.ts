import { readFileSync } from "node:fs";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { Dataset } from "../../src/model/dataset";
import { datasetJsonSchema } from "../../src/model/datasetJsonSchema";
import * as fixtures from "./fixtures";

const shipped: unknown = JSON.parse(readFileSync(new URL("../../dataset.schema.json", import.meta.url), "utf8"));
const readExample = (): unknown => JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8"));

function compileShipped() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv, ["date"]);
  return ajv.compile(shipped as object);
}

describe("dataset.schema.json", () => {
  it("is what the zod schemas generate now (run `npm run build` when this fails)", () => {
    expect(shipped).toEqual(datasetJsonSchema());
  });

  it("is JSON Schema draft 2020-12 that ajv compiles in strict mode", () => {
    expect(() => compileShipped()).not.toThrow();
  });

  it("accepts the hand-written dataset and the example dataset", () => {
    const validate = compileShipped();
    expect(validate(fixtures.dataset)).toBe(true);
    expect(validate(readExample())).toBe(true);
  });

  it.each([
    ["an impossible date", ["visits", 0, "startedOn"], "2023-02-29", "/visits/0/startedOn"],
    ["empty facilityIds", ["visits", 0, "facilityIds"], [], "/visits/0/facilityIds"],
    ["zero officials", ["accountability", 0, "officials"], 0, "/accountability/0/officials"],
    ["an unknown status", ["recommendations", 0, "history", 0, "status"], "done", "/recommendations/0/history/0/status"],
    ["an empty id", ["facilities", 0, "id"], "", "/facilities/0/id"],
    ["a missing collection", ["visits"], undefined, ""],
  ] as const)("rejects %s at the same place as zod", (_name, path, value, pointer) => {
    const input = fixtures.withValue(fixtures.dataset, path, value);
    const validate = compileShipped();
    expect(validate(input)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(pointer);
    expect(Dataset.safeParse(input).success).toBe(false);
  });
});

describe("zod and the shipped JSON Schema agree", () => {
  const validate = compileShipped();
  // Mutate one value of a valid dataset: both validators must give the same verdict.
  const paths: readonly (readonly (string | number)[])[] = [
    ["visits", 0, "startedOn"],
    ["visits", 0, "type"],
    ["visits", 0, "teamSize"],
    ["visits", 0, "facilityIds"],
    ["visits", 0, "trigger"],
    ["facilities", 0, "capacity"],
    ["facilities", 1, "region"],
    ["recommendations", 0, "themes"],
    ["recommendations", 0, "history", 1, "on"],
    ["accountability", 0, "officials"],
    ["reported", "implementationRate"],
    ["period", "from"],
  ];
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noNaN: true, min: -2, max: 2 }),
    fc.constantFrom("2023-02-28", "2023-02-29", "2024-02-29", "2023-04-31", "2023-1-1", "KZ-71", "", " ", "periodic", "planned"),
    fc.array(fc.constantFrom("F-1", "", "sanitation"), { maxLength: 3 }),
  );
  propertyTest.prop([fc.constantFrom(...paths), replacement])("on mutated datasets", (path, value) => {
    const input = fixtures.withValue(fixtures.dataset, path, value);
    expect(validate(input)).toBe(Dataset.safeParse(input).success);
  });
});
