import { COLLECTIONS, type CollectionName } from "../../model/findUnknownKeys";
import { MAX_LIST } from "../../errors/optionProblems";
import { isRawRecord, type RawRecord, type RecordChecks, type RecordFacts, type Report, type RuleContext } from "../context";
import { personalIdentifierKindsIn, personalIdentifierKindsOfNumber, type PersonalIdentifierKind } from "./findPersonalIdentifiers";
import { findTextProblem } from "./findTextProblem";
import { createValueWalker, type ValueVisitor, type WalkPosition } from "./walkValues";

/**
 * The deepest a value may lie: its path from the dataset's top has at most this many steps
 * (`visits.0.notes.…`). Files are written and read without a limit of their own, but
 * `JSON.stringify` and every recursive reader give up a few thousand levels down; no data
 * of the contract goes beyond 5.
 *
 * @internal
 */
export const MAX_DEPTH = 64;

// Key names repeat from record to record: those found clean are remembered, up to a bound.
const MAX_CLEAN_KEYS = 1024;

function visitorReportingTo(report: Report): ValueVisitor {
  const cleanKeys = new Set<string>();
  const reportKinds = (kinds: readonly PersonalIdentifierKind[], at: WalkPosition): void => {
    if (kinds.length === 0) return;
    const path = at.path();
    for (const kind of kinds) report("privacy.personal_identifier", path, { kind });
  };
  /** Reports what is wrong with a text; whether anything is. */
  const checkText = (text: string, at: WalkPosition): boolean => {
    const problem = findTextProblem(text);
    if (problem !== undefined) report("schema.invalid_text", at.path(), { problem: problem.kind, codePoint: problem.character, position: problem.index + 1 });
    const kinds = personalIdentifierKindsIn(text);
    reportKinds(kinds, at);
    return problem !== undefined || kinds.length > 0;
  };
  return {
    text: checkText,
    key(key, at) {
      if (cleanKeys.has(key)) return;
      if (!checkText(key, at) && cleanKeys.size < MAX_CLEAN_KEYS) cleanKeys.add(key);
    },
    number(value, at) {
      reportKinds(personalIdentifierKindsOfNumber(value), at);
    },
    tooDeep(at) {
      report("schema.too_deep", at.path(), { maximum: MAX_DEPTH });
    },
    tooLong(at) {
      report("schema.too_big", at.path(), { maximum: MAX_LIST, kind: "array" });
    },
  };
}

/** The dataset's own fields, without the collections it holds as arrays (their records are walked one by one). */
function ownFields(root: RawRecord): RawRecord {
  const isCollection = (key: string): boolean => (COLLECTIONS as readonly string[]).includes(key) && Array.isArray(root[key]);
  // fromEntries defines own properties: a `__proto__` key stays a key.
  return Object.fromEntries(Object.keys(root).flatMap((key) => (isCollection(key) ? [] : [[key, root[key]]])));
}

/**
 * The fields of each collection that hold nothing but codes, dates, booleans and nested
 * records of those once the record has parsed (the schema checked them): only then are they
 * skipped. Every other field, a new one included, is read. Unknown keys at any level are in
 * the record's facts, with their values.
 */
const CLOSED_WHEN_PARSED: Readonly<Record<CollectionName, readonly string[]>> = {
  facilities: ["type", "agency", "region", "openedOn", "closedOn"],
  visits: ["type", "startedOn", "endedOn", "trigger", "announced"],
  recommendations: ["addressee", "level", "themes", "issuedOn", "dueOn", "history"],
  accountability: ["decidedOn", "initiator", "measure", "agency"],
};

/**
 * The rules on every value of the input, in one walk of each record (and of the dataset's
 * own fields), at any depth, key names included:
 *
 * - the privacy rule (OPCAT Art. 21(2)): no string (a name, a text, an id, a value or key
 *   name of a field the contract does not know) may hold a personal identifier, a Kazakh
 *   IIN, a phone number or an e-mail address, and no number may be one (an IIN or a phone
 *   number stored as a number). Each is reported by kind only, never with the identifier;
 * - `schema.invalid_text`: no string may hold a character that not every output can keep
 *   exactly (NUL, another C0 control character, a lone surrogate);
 * - `schema.too_deep`: no value may lie deeper than {@link MAX_DEPTH} steps from the top.
 *
 * A record that did not parse is walked whole. Of one that did, the fields that can only
 * hold codes and dates are skipped (see CLOSED_WHEN_PARSED) but for the unknown keys inside
 * them, which finds the same issues in a fraction of the time.
 *
 * @internal
 */
export function privacyRules(context: RuleContext): RecordChecks {
  const { report, root } = context;
  const walker = createValueWalker(visitorReportingTo(report), MAX_DEPTH);
  const checkRecord = (collection: CollectionName) => {
    const closed = new Set(CLOSED_WHEN_PARSED[collection]);
    // One path per collection, its index and key set for each record: the walker copies it
    // only into the path of an issue.
    const recordPath: [CollectionName, number] = [collection, 0];
    const entryPath: [CollectionName, number, string] = [collection, 0, ""];
    return (record: RawRecord, facts: RecordFacts): void => {
      if (!facts.parsed) {
        recordPath[1] = facts.index;
        walker.walk(record, recordPath);
        return;
      }
      // Every own key but the closed ones: the open fields and the unknown keys of the
      // record itself (for...in: no key array for each record).
      entryPath[1] = facts.index;
      for (const key in record) {
        if (!Object.hasOwn(record, key) || closed.has(key)) continue;
        entryPath[2] = key;
        walker.walkEntry(key, record[key], entryPath);
      }
      // Unknown keys inside the closed fields (a trigger's, a history entry's).
      for (const unknown of facts.unknownKeys) if (unknown.path.length > 3) walker.walkEntry(unknown.key, unknown.value, unknown.path);
    };
  };
  return {
    dataset() {
      if (isRawRecord(root)) walker.walk(ownFields(root), []);
    },
    facility: checkRecord("facilities"),
    visit: checkRecord("visits"),
    recommendation: checkRecord("recommendations"),
    accountabilityAction: checkRecord("accountability"),
  };
}
