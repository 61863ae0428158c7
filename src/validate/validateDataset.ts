import { createUnknownKeyFinder } from "../model/findUnknownKeys";
import { kz } from "../profiles/kz";
import { createCollector } from "./collector";
import { asArray, indexCollection, isRawRecord, recordById, type CollectionIndex, type RawRecord, type RecordChecks, type RecordFacts, type RuleContext } from "./context";
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

/**
 * Runs every family's checks record by record: one pass over each collection, each record
 * looked at while it is at hand. Its schema parse, unknown keys, duplicate and links are
 * worked out once for all families; recommendations and accountability actions are
 * indexed during their pass. The input is never changed.
 */
function checkRecords(root: RawRecord, context: RuleContext, indexes: Indexes): void {
  const schema = schemaRules(context);
  const families: readonly RecordChecks[] = RULE_FAMILIES.map((rules) => rules(context));
  const datasetKeys = createUnknownKeyFinder().dataset(root);
  schema.dataset(datasetKeys);
  for (const family of families) family.dataset?.(datasetKeys);

  const facts = newFacts();
  const facilities = context.facilities.records;
  const facilityChecks = checksOf(families, "facility");
  for (let i = 0; i < facilities.length; i++) {
    const facility = facilities[i];
    facts.index = i;
    schema.records.facilities(facility, facts);
    if (!isRawRecord(facility)) continue;
    facts.duplicateOf = indexes.facilities.duplicates.get(i) ?? -1;
    for (let c = 0; c < facilityChecks.length; c++) facilityChecks[c]?.(facility, facts);
  }

  const visits = context.visits.records;
  const visitChecks = checksOf(families, "visit");
  for (let i = 0; i < visits.length; i++) {
    const visit = visits[i];
    facts.index = i;
    schema.records.visits(visit, facts);
    if (!isRawRecord(visit)) continue;
    facts.duplicateOf = indexes.visits.duplicates.get(i) ?? -1;
    const facilityIds = asArray(visit["facilityIds"]);
    facts.facilities.length = facilityIds.length;
    for (let j = 0; j < facilityIds.length; j++) facts.facilities[j] = recordById(context.facilities, facilityIds[j]);
    for (let c = 0; c < visitChecks.length; c++) visitChecks[c]?.(visit, facts);
  }

  const recommendations = context.recommendations.records;
  const recommendationChecks = checksOf(families, "recommendation");
  const visitOf = cachedLookup(context.visits);
  const facilityOf = cachedLookup(context.facilities);
  for (let i = 0; i < recommendations.length; i++) {
    const recommendation = recommendations[i];
    facts.index = i;
    schema.records.recommendations(recommendation, facts);
    if (!isRawRecord(recommendation)) continue;
    const id = recommendation["id"];
    facts.duplicateOf = typeof id === "string" ? indexes.recommendations.add(id, i) : -1;
    facts.visit = visitOf(recommendation["visitId"]);
    facts.facility = facilityOf(recommendation["facilityId"]);
    for (let c = 0; c < recommendationChecks.length; c++) recommendationChecks[c]?.(recommendation, facts);
  }

  const actions = context.accountability.records;
  const actionChecks = checksOf(families, "accountabilityAction");
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    facts.index = i;
    schema.records.accountability(action, facts);
    if (!isRawRecord(action)) continue;
    const id = action["id"];
    facts.duplicateOf = typeof id === "string" ? indexes.accountability.add(id, i) : -1;
    facts.visit = recordById(context.visits, action["visitId"]);
    facts.facility = recordById(context.facilities, action["facilityId"]);
    for (let c = 0; c < actionChecks.length; c++) actionChecks[c]?.(action, facts);
  }
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
