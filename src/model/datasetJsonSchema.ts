import * as z from "zod";
import { Dataset } from "./dataset";

/**
 * The JSON Schema (draft 2020-12) of the data contract, generated from the {@link Dataset}
 * zod schema, so the two cannot drift apart. The package ships the same document as
 * `opcat-npm/dataset.schema.json` for tools outside JavaScript. It checks the shape of the
 * records, not a profile's code lists or the rules across records.
 *
 * @example
 * ```ts
 * import { datasetJsonSchema } from "opcat-npm";
 *
 * const schema = datasetJsonSchema();
 * schema.$schema;
 * //=> "https://json-schema.org/draft/2020-12/schema"
 * schema.required;
 * //=> ["format", "profile", "period", "facilities", "visits", "recommendations", "accountability"]
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Dataset, { target: "draft-2020-12", io: "input", unrepresentable: "throw" });
  return {
    $schema: generated.$schema,
    $id: "urn:opcat-npm:dataset@1",
    title: "opcat-npm dataset (format opcat-npm/dataset@1)",
    description:
      "Records of an OPCAT National Preventive Mechanism: facilities, visits, recommendations, accountability actions. Generated from the zod schemas of opcat-npm.",
    ...generated,
  };
}
