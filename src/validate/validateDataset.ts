import { createUnknownKeyFinder, type CollectionName } from "../model/findUnknownKeys";
import { kz } from "../profiles/kz";
import { createCollector } from "./collector";
import { arrayAt, indexCollection, isRawRecord, recordById, type RawRecord, type RecordChecks, type RuleContext } from "./context";
import { dateRules } from "./rules/dateRules";
import { privacyRules } from "./rules/privacyRules";
import { recommendationRules } from "./rules/recommendationRules";
import { referenceRules } from "./rules/referenceRules";
import { schemaRules } from "./rules/schemaRules";
import { visitRules } from "./rules/visitRules";
import type { ValidationOptions, ValidationResult } from "./types";

// Besides the schema rules, which also see records that are not objects.
const RULE_FAMILIES = [referenceRules, dateRules, visitRules, recommendationRules, privacyRules] as const;
const DEFAULT_MAX_ISSUES = 1000;

/**
 * Runs every family's checks record by record: one pass over each collection, each record
 * looked at while it is at hand, its links and unknown keys found once for all families.
 */
function checkRecords(context: RuleContext, root: RawRecord): void {
  const schema = schemaRules(context);
  const families: readonly RecordChecks[] = [schema, ...RULE_FAMILIES.map((rules) => rules(context))];
  const unknownKeys = createUnknownKeyFinder();
  const datasetKeys = unknownKeys.dataset(root);
  for (const checks of families) checks.dataset?.(datasetKeys);

  const forEachRecord = (collection: CollectionName, records: readonly unknown[], check: (record: RawRecord, index: number) => void): void => {
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (isRawRecord(record)) check(record, i);
      else schema.notARecord(collection, record, i);
    }
  };
  const facilityChecks = families.flatMap((checks) => (checks.facility === undefined ? [] : [checks.facility]));
  forEachRecord("facilities", context.facilities.records, (facility, i) => {
    const keys = unknownKeys.record("facilities", facility, i);
    for (let c = 0; c < facilityChecks.length; c++) facilityChecks[c]?.(facility, i, keys);
  });
  const visitChecks = families.flatMap((checks) => (checks.visit === undefined ? [] : [checks.visit]));
  forEachRecord("visits", context.visits.records, (visit, i) => {
    const keys = unknownKeys.record("visits", visit, i);
    for (let c = 0; c < visitChecks.length; c++) visitChecks[c]?.(visit, i, keys);
  });
  const recommendationChecks = families.flatMap((checks) => (checks.recommendation === undefined ? [] : [checks.recommendation]));
  forEachRecord("recommendations", context.recommendations.records, (recommendation, i) => {
    const keys = unknownKeys.record("recommendations", recommendation, i);
    const visit = recordById(context.visits, recommendation["visitId"]);
    const facility = recordById(context.facilities, recommendation["facilityId"]);
    for (let c = 0; c < recommendationChecks.length; c++) recommendationChecks[c]?.(recommendation, i, visit, facility, keys);
  });
  const actionChecks = families.flatMap((checks) => (checks.accountabilityAction === undefined ? [] : [checks.accountabilityAction]));
  forEachRecord("accountability", context.accountability.records, (action, i) => {
    const keys = unknownKeys.record("accountability", action, i);
    const visit = recordById(context.visits, action["visitId"]);
    const facility = recordById(context.facilities, action["facilityId"]);
    for (let c = 0; c < actionChecks.length; c++) actionChecks[c]?.(action, i, visit, facility, keys);
  });
}

/**
 * Checks a submitted dataset against the data contract, the profile's code lists and every
 * rule of the catalogue ({@link ISSUE_CATALOGUE}): shapes and codes, references between
 * records, dates, visits, recommendations and confidentiality. It never throws, whatever
 * the input, and never changes it. Every issue has a stable code, a path into the input, a
 * message in `lang` and its params; `valid` is false exactly when there is an error.
 * Issues come in input order: the dataset's own fields, then facilities, visits,
 * recommendations and accountability actions, record by record. Only the first
 * `maxIssues` are listed; `counts` counts them all.
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
    const context: RuleContext = {
      root: input,
      facilities: indexCollection(arrayAt(root, "facilities")),
      visits: indexCollection(arrayAt(root, "visits")),
      recommendations: indexCollection(arrayAt(root, "recommendations")),
      accountability: indexCollection(arrayAt(root, "accountability")),
      profile: options.profile ?? kz,
      asOf: options.asOf,
      report: collector.report,
    };
    checkRecords(context, root);
  } catch {
    // Only input that throws when read (a getter, a proxy) gets here: JSON never does.
    collector.report("schema.unreadable", []);
  }
  return collector.result();
}
