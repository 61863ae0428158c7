import { isRawRecord, type RuleContext } from "../context";
import { findPersonalIdentifiers } from "./findPersonalIdentifiers";

// Fields whose values are identifiers, codes or dates, checked by the schema: never free text.
const STRUCTURED = new Set([
  "id", "type", "agency", "region", "openedOn", "closedOn", "startedOn", "endedOn", "followUpOf",
  "visitId", "facilityId", "addressee", "level", "issuedOn", "dueOn", "repeatOf", "decidedOn",
  "initiator", "measure",
]);

/**
 * The privacy rule (OPCAT Art. 21(2)): no free text of a record (a facility's name, a
 * recommendation's text, any unknown field holding a string) may contain a personal
 * identifier: a Kazakh IIN with a valid check digit, a phone number or an e-mail address.
 * Each is reported by kind only, never with the identifier itself.
 *
 * @internal
 */
export function privacyRules(context: RuleContext): void {
  const collections = [
    ["facilities", context.facilities.records],
    ["visits", context.visits.records],
    ["recommendations", context.recommendations.records],
    ["accountability", context.accountability.records],
  ] as const;
  for (const [name, records] of collections) {
    records.forEach((record, i) => {
      if (!isRawRecord(record)) return;
      for (const key of Object.keys(record)) {
        const value = record[key];
        if (typeof value !== "string" || STRUCTURED.has(key)) continue;
        const kinds = new Set(findPersonalIdentifiers(value).map((match) => match.kind));
        for (const kind of kinds) context.report("privacy.personal_identifier", [name, i, key], { kind });
      }
    });
  }
}
