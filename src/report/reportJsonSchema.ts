import * as z from "zod";
import { Report } from "./report";

/**
 * The JSON Schema (draft 2020-12) of the report object, generated from the {@link Report}
 * zod schema: for tools that read `opcat-npm report --format json` without this library.
 * The package ships it as `opcat-npm/report.schema.json`.
 *
 * @example
 * ```ts
 * import { reportJsonSchema } from "opcat-npm";
 *
 * const schema = reportJsonSchema();
 * schema.$id;
 * //=> "urn:opcat-npm:report@1"
 * (schema.required as string[]).slice(0, 4);
 * //=> ["format", "profile", "period", "asOf"]
 * ```
 */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Report, { target: "draft-2020-12", io: "output", unrepresentable: "throw" });
  return {
    $schema: generated.$schema,
    $id: "urn:opcat-npm:report@1",
    title: "opcat-npm report (format opcat-npm/report@1)",
    description: "The consolidated report of an OPCAT National Preventive Mechanism, as buildReport and `opcat-npm report --format json` give it. Generated from the zod schema of opcat-npm.",
    ...generated,
  };
}
