import { createUnknownKeyFinder, type UnknownKey } from "../model/findUnknownKeys";
import { kz } from "../profiles/kz";
import { createCollector } from "./collector";
import { asArray, indexCollection, isRawRecord, recordById, type CollectionIndex, type RawRecord, type RecordChecks, type RecordFacts, type Report, type RuleContext } from "./context";
import { createIdIndex, type IdIndex } from "./idIndex";
import { dateRules } from "./rules/dateRules";
import { privacyRules } from "./rules/privacyRules";
import { recommendationRules } from "./rules/recommendationRules";
import { referenceRules } from "./rules/referenceRules";
import { schemaRules } from "./rules/schemaRules";
import { visitRules } from "./rules/visitRules";
import type { ValidationOptions, ValidationResult } from "./types";

// Besides the schema rules, which run first: they also see records that are not objects, and find unknown keys.
const RULE_FAMILIES = [referenceRules, dateRules, visitRules, recommendationRules, privacyRules] as const;
const DEFAULT_MAX_ISSUES = 1000;

/** The checks of one collection's records, by family, without the absent ones. */
function checksOf<K extends "facility" | "visit" | "recommendation" | "accountabilityAction">(families: readonly RecordChecks[], kind: K): NonNullable<RecordChecks[K]>[] {
  const checks: NonNullable<RecordChecks[K]>[] = [];
  for (const family of families) {
    const check = family[kind];
    if (check !== undefined) checks.push(check);
  }
  return checks;
}

/**
 * Looks up a record by id, remembering the last id asked: consecutive recommendations
 * usually come from one visit and facility, so most lookups are one string comparison.
 */
function cachedLookup(index: CollectionIndex): (id: unknown) => RawRecord | undefined {
  let lastId: unknown;
  let lastRecord: RawRecord | undefined;
  return (id) => {
    if (id !== lastId) {
      lastId = id;
      lastRecord = recordById(index, id);
    }
    return lastRecord;
  };
}

function newFacts(): RecordFacts {
  return { index: 0, parsed: false, unknownKeys: [], duplicateOf: -1, visit: undefined, facility: undefined, facilities: [] };
}

// Records are parsed a block at a time, then checked: zod's code and the rules' data each
// stay in cache through their phase (measured at a million recommendations: a tenth of the
// whole validation less than interleaving the two record by record).
const BLOCK = 1024;

type Issue = Parameters<Report>;

/**
 * Runs the schema parse and then `check` over a collection, block by block, keeping each
 * record's issues in input order: the parse's issues of a record are held back and
 * reported just before the record's other checks run.
 */
function checkInBlocks(
  records: readonly unknown[],
  parse: (record: unknown, facts: RecordFacts) => void,
  check: (record: RawRecord, facts: RecordFacts) => void,
  facts: RecordFacts,
  held: HeldIssues,
): void {
  const parsed = new Uint8Array(BLOCK);
  const unknownKeys = new Array<readonly UnknownKey[]>(BLOCK);
  for (let start = 0; start < records.length; start += BLOCK) {
    const end = Math.min(records.length, start + BLOCK);
    held.clear();
    for (let i = start; i < end; i++) {
      facts.index = i;
      held.slot = i - start;
      parse(records[i], facts);
      parsed[i - start] = facts.parsed ? 1 : 0;
      unknownKeys[i - start] = facts.unknownKeys;
    }
    for (let i = start; i < end; i++) {
      held.release(i - start);
      const record = records[i];
      if (!isRawRecord(record)) continue;
      facts.index = i;
      facts.parsed = parsed[i - start] === 1;
      facts.unknownKeys = unknownKeys[i - start] ?? [];
      check(record, facts);
    }
  }
}

/** The schema rules' issues of the block at hand, by record, until they are released in order. */
interface HeldIssues {
  slot: number;
  readonly report: Report;
  readonly release: (slot: number) => void;
  readonly clear: () => void;
}

function holdIssues(report: Report): HeldIssues {
  let bySlot: (Issue[] | undefined)[] = [];
  let any = false;
  const held: HeldIssues = {
    slot: 0,
    report: (...issue) => {
      any = true;
      (bySlot[held.slot] ??= []).push(issue);
    },
    release: (slot) => {
      if (!any) return;
      const issues = bySlot[slot];
      if (issues !== undefined) for (const issue of issues) report(...issue);
    },
    clear: () => {
      if (any) bySlot = [];
      any = false;
    },
  };
  return held;
}

/**
 * Runs every family's checks record by record: one pass over each collection (in blocks,
 * see {@link checkInBlocks}). Each record's schema parse, unknown keys, duplicate and links
 * are worked out once for all families; recommendations and accountability actions are
 * indexed during their pass. The input is never changed.
 */
function checkRecords(root: RawRecord, context: RuleContext, indexes: Indexes): void {
  const held = holdIssues(context.report);
  const schema = schemaRules({ ...context, report: held.report });
  const families: readonly RecordChecks[] = RULE_FAMILIES.map((rules) => rules(context));
  const datasetKeys = createUnknownKeyFinder().dataset(root);
  schema.dataset(datasetKeys);
  held.release(0);
  held.clear();
  for (const family of families) family.dataset?.(datasetKeys);

  const facts = newFacts();
  const facilityChecks = checksOf(families, "facility");
  checkInBlocks(context.facilities.records, schema.records.facilities, (facility, f) => {
    f.duplicateOf = indexes.facilities.duplicates.get(f.index) ?? -1;
    for (let c = 0; c < facilityChecks.length; c++) facilityChecks[c]?.(facility, f);
  }, facts, held);

  const visitChecks = checksOf(families, "visit");
  checkInBlocks(context.visits.records, schema.records.visits, (visit, f) => {
    f.duplicateOf = indexes.visits.duplicates.get(f.index) ?? -1;
    const facilityIds = asArray(visit["facilityIds"]);
    f.facilities.length = facilityIds.length;
    for (let j = 0; j < facilityIds.length; j++) f.facilities[j] = recordById(context.facilities, facilityIds[j]);
    for (let c = 0; c < visitChecks.length; c++) visitChecks[c]?.(visit, f);
  }, facts, held);

  const recommendationChecks = checksOf(families, "recommendation");
  const visitOf = cachedLookup(context.visits);
  const facilityOf = cachedLookup(context.facilities);
  checkInBlocks(context.recommendations.records, schema.records.recommendations, (recommendation, f) => {
    const id = recommendation["id"];
    f.duplicateOf = typeof id === "string" ? indexes.recommendations.add(id, f.index) : -1;
    f.visit = visitOf(recommendation["visitId"]);
    f.facility = facilityOf(recommendation["facilityId"]);
    for (let c = 0; c < recommendationChecks.length; c++) recommendationChecks[c]?.(recommendation, f);
  }, facts, held);

  const actionChecks = checksOf(families, "accountabilityAction");
  checkInBlocks(context.accountability.records, schema.records.accountability, (action, f) => {
    const id = action["id"];
    f.duplicateOf = typeof id === "string" ? indexes.accountability.add(id, f.index) : -1;
    f.visit = recordById(context.visits, action["visitId"]);
    f.facility = recordById(context.facilities, action["facilityId"]);
    for (let c = 0; c < actionChecks.length; c++) actionChecks[c]?.(action, f);
  }, facts, held);
  for (const family of families) family.end?.();
}

interface Indexes {
  readonly facilities: ReturnType<typeof indexCollection>;
  readonly visits: ReturnType<typeof indexCollection>;
  readonly recommendations: IdIndex;
  readonly accountability: IdIndex;
}

/**
 * Checks a submitted dataset against the data contract, the profile's code lists and every
 * rule of the catalogue ({@link ISSUE_CATALOGUE}): shapes and codes, references between
 * records, dates, visits, recommendations and confidentiality. It never throws, whatever
 * the input, and never changes it. Every issue has a stable code, a path into the input, a
 * message in `lang` and its params; `valid` is false exactly when there is an error.
 * Issues come in input order: the dataset's own fields, then facilities, visits,
 * recommendations and accountability actions, record by record, except that references to
 * recommendations not found are listed after the accountability actions (a recommendation
 * may refer to one further down). Only the first `maxIssues` are listed; `counts` counts
 * them all.
 *
 * @example
 * ```ts
 * import { validateDataset } from "opcat-npm";
 *
 * const result = validateDataset({
 *   format: "opcat-npm/dataset@1",
 *   profile: "kz",
 *   period: { from: "2023-01-01", to: "2023-12-31" },
 *   facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *   visits: [{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1", "F-2"], teamSize: 3 }],
 *   recommendations: [],
 *   accountability: [],
 * });
 * result.valid;
 * //=> false
 * result.issues.map((issue) => [issue.code, issue.path.join(".")]);
 * //=> [["ref.unknown_facility", "visits.0.facilityIds.1"]]
 * validateDataset("not a dataset").issues[0]?.code;
 * //=> "schema.invalid_type"
 * ```
 */
export function validateDataset(input: unknown, options: ValidationOptions = {}): ValidationResult {
  const maxIssues = Math.max(0, Math.floor(options.maxIssues ?? DEFAULT_MAX_ISSUES));
  const collector = createCollector(options.lang ?? "en", Number.isNaN(maxIssues) ? DEFAULT_MAX_ISSUES : maxIssues);
  try {
    const root = isRawRecord(input) ? input : {};
    const recommendations = asArray(root["recommendations"]);
    const accountability = asArray(root["accountability"]);
    const indexes: Indexes = {
      facilities: indexCollection(asArray(root["facilities"])),
      visits: indexCollection(asArray(root["visits"])),
      recommendations: createIdIndex(recommendations.length, "few"),
      accountability: createIdIndex(accountability.length, "few"),
    };
    const context: RuleContext = {
      root: input,
      facilities: indexes.facilities,
      visits: indexes.visits,
      recommendations: { records: recommendations, positionOf: indexes.recommendations.positionOf },
      accountability: { records: accountability, positionOf: indexes.accountability.positionOf },
      profile: options.profile ?? kz,
      asOf: options.asOf,
      report: collector.report,
    };
    checkRecords(root, context, indexes);
  } catch {
    // Only input that throws when read (a getter, a proxy) gets here: JSON never does.
    collector.report("schema.unreadable", []);
  }
  return collector.result();
}
