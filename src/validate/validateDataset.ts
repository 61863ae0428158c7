import { findUnknownKeys } from "../model/findUnknownKeys";
import { kz } from "../profiles/kz";
import { createCollector } from "./collector";
import { arrayAt, indexCollection, isRawRecord, linkField, type RuleContext } from "./context";
import { dateRules } from "./rules/dateRules";
import { privacyRules } from "./rules/privacyRules";
import { recommendationRules } from "./rules/recommendationRules";
import { referenceRules } from "./rules/referenceRules";
import { schemaRules } from "./rules/schemaRules";
import { visitRules } from "./rules/visitRules";
import type { ValidationOptions, ValidationResult } from "./types";

const RULE_FAMILIES = [schemaRules, referenceRules, dateRules, visitRules, recommendationRules, privacyRules] as const;
const DEFAULT_MAX_ISSUES = 1000;

/**
 * Checks a submitted dataset against the data contract, the profile's code lists and every
 * rule of the catalogue ({@link ISSUE_CATALOGUE}): shapes and codes, references between
 * records, dates, visits, recommendations and confidentiality. It never throws, whatever
 * the input, and never changes it. Every issue has a stable code, a path into the input, a
 * message in `lang` and its params; `valid` is false exactly when there is an error. Only
 * the first `maxIssues` are listed; `counts` counts them all.
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
    const facilities = indexCollection(arrayAt(root, "facilities"));
    const visits = indexCollection(arrayAt(root, "visits"));
    const recommendations = indexCollection(arrayAt(root, "recommendations"));
    const context: RuleContext = {
      root: input,
      facilities,
      visits,
      recommendations,
      accountability: indexCollection(arrayAt(root, "accountability")),
      recommendationVisits: linkField(recommendations.records, "visitId", visits),
      recommendationFacilities: linkField(recommendations.records, "facilityId", facilities),
      unknownKeys: findUnknownKeys(input),
      profile: options.profile ?? kz,
      asOf: options.asOf,
      report: collector.report,
    };
    for (const rules of RULE_FAMILIES) rules(context);
  } catch {
    // Only input that throws when read (a getter, a proxy) gets here: JSON never does.
    collector.report("schema.unreadable", []);
  }
  return collector.result();
}
