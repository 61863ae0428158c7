import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import { Dataset } from "../../src/model/dataset";
import { buildReport } from "../../src/report/buildReport";
import { reportJsonSchema } from "../../src/report/reportJsonSchema";

const shipped: unknown = JSON.parse(readFileSync(new URL("../../report.schema.json", import.meta.url), "utf8"));
const example = Dataset.parse(JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8")));

function compileShipped() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv, ["date"]);
  return ajv.compile(shipped as object);
}

describe("report.schema.json", () => {
  it("is what the zod schema of the report generates now (run `npm run build` when this fails)", () => {
    expect(shipped).toEqual(reportJsonSchema());
  });

  it("accepts the example's report, as JSON, and refuses a changed shape", () => {
    const validate = compileShipped();
    const report = JSON.parse(JSON.stringify(buildReport(example, { asOf: civilDate("2024-11-08") }))) as Record<string, Record<string, unknown>>;
    expect(validate(report)).toBe(true);
    expect(validate({ ...report, visits: { ...report["visits"], total: -1 } })).toBe(false);
    expect(validate({ ...report, extra: 1 })).toBe(false);
    const { asOf: _asOf, ...withoutAsOf } = report;
    expect(validate(withoutAsOf)).toBe(false);
  });
});
