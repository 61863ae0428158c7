import type { PathSegment } from "../../errors/OpcatError";
import { isRawRecord, type Report, type RuleContext } from "../context";
import { findPersonalIdentifiers } from "./findPersonalIdentifiers";

// Every identifier kind holds a digit or an "@": text with neither needs no closer look.
const MAY_HOLD_IDENTIFIER = /[\d@]/;

function scan(value: unknown, path: readonly PathSegment[], report: Report): void {
  if (typeof value !== "string" || !MAY_HOLD_IDENTIFIER.test(value)) return;
  const kinds = new Set(findPersonalIdentifiers(value).map((match) => match.kind));
  for (const kind of kinds) report("privacy.personal_identifier", path, { kind });
}

function scanField(records: readonly unknown[], collection: string, field: string, report: Report): void {
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (isRawRecord(record)) {
      const value = record[field];
      if (typeof value === "string") scan(value, [collection, i, field], report);
    }
  }
}

/**
 * The privacy rule (OPCAT Art. 21(2)): no free text (a facility's name, a recommendation's
 * text, any string in a field the contract does not know) may contain a personal
 * identifier: a Kazakh IIN with a valid check digit, a phone number or an e-mail address.
 * Each is reported by kind only, never with the identifier itself.
 *
 * @internal
 */
export function privacyRules(context: RuleContext): void {
  const { report } = context;
  scanField(context.facilities.records, "facilities", "name", report);
  scanField(context.recommendations.records, "recommendations", "text", report);
  for (const { path } of context.unknownKeys) {
    let node: unknown = context.root;
    for (const step of path) node = typeof node === "object" && node !== null ? (node as Record<PathSegment, unknown>)[step] : undefined;
    scan(node, path, report);
  }
}
