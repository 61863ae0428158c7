import type { Report } from "../report";

/**
 * The value at a dotted key of a report (`visits.byType`), as the report's tables read their
 * figures; undefined where the report has none.
 *
 * @internal
 */
export function figureAt(report: Report, key: string): unknown {
  let value: unknown = report;
  for (const part of key.split(".")) {
    if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Readonly<Record<string, unknown>>)[part];
  }
  return value;
}
