import type { FoundKey, RawRecord, RecordChecks, RecordFacts, Report, RuleContext } from "../context";
import { findPersonalIdentifiers, type PersonalIdentifierKind } from "./findPersonalIdentifiers";

// Every identifier kind holds a digit or an "@": text with neither needs no closer look.
const MAY_HOLD_IDENTIFIER = /[\d@]/;

const NONE: readonly PersonalIdentifierKind[] = [];

/** The kinds of personal identifier in a value, each once; none for anything but text. */
function kindsIn(value: unknown): readonly PersonalIdentifierKind[] {
  if (typeof value !== "string" || !MAY_HOLD_IDENTIFIER.test(value)) return NONE;
  const matches = findPersonalIdentifiers(value);
  return matches.length === 0 ? NONE : [...new Set(matches.map((match) => match.kind))];
}

/** Scans the value of each unknown key: free text the contract does not know is text too. */
function scanUnknown(unknownKeys: readonly FoundKey[], report: Report): void {
  for (const { path, value } of unknownKeys) {
    for (const kind of kindsIn(value)) report("privacy.personal_identifier", path, { kind });
  }
}

function scanField(record: RawRecord, collection: string, index: number, field: string, report: Report): void {
  for (const kind of kindsIn(record[field])) report("privacy.personal_identifier", [collection, index, field], { kind });
}

/**
 * The privacy rule (OPCAT Art. 21(2)): no free text (a facility's name, a recommendation's
 * text, any string in a field the contract does not know) may contain a personal
 * identifier: a Kazakh IIN with a valid check digit, a phone number or an e-mail address.
 * Each is reported by kind only, never with the identifier itself.
 *
 * @internal
 */
export function privacyRules(context: RuleContext): RecordChecks {
  const { report } = context;
  const unknownOnly = (_record: RawRecord, facts: RecordFacts): void => {
    if (facts.unknownKeys.length > 0) scanUnknown(facts.unknownKeys, report);
  };
  return {
    dataset(unknownKeys) {
      scanUnknown(unknownKeys, report);
    },
    facility(facility, facts) {
      scanField(facility, "facilities", facts.index, "name", report);
      unknownOnly(facility, facts);
    },
    visit: unknownOnly,
    recommendation(recommendation, facts) {
      scanField(recommendation, "recommendations", facts.index, "text", report);
      unknownOnly(recommendation, facts);
    },
    accountabilityAction: unknownOnly,
  };
}
