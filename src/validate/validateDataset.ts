import { MAX_RECORDS } from "../errors/optionProblems";
import { isRawRecord } from "./context";
import { createValidatorCore } from "./createDatasetValidator";
import type { ValidationOptions, ValidationResult } from "./types";
import { COLLECTIONS, type CollectionName } from "../model/findUnknownKeys";


/**
 * Checks a submitted dataset against the data contract, the profile's code lists and every
 * rule of the catalogue ({@link ISSUE_CATALOGUE}): shapes and codes, references between
 * records, dates, visits, recommendations and confidentiality. It never throws, whatever
 * the input and the options, and never changes it: an option that cannot be used is the
 * issue `options.invalid` (listed first, the option left at its default), input that
 * throws when read `schema.unreadable`. Every issue has a stable code, a path into the input, a
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
  // Each collection read once, so that a getter runs once (and cannot answer differently later).
  const collections: Partial<Record<CollectionName, unknown>> = {};
  let readable = true;
  try {
    const root = isRawRecord(input) ? input : {};
    for (const collection of COLLECTIONS) collections[collection] = root[collection];
  } catch {
    readable = false;
  }
  const expected: Partial<Record<CollectionName, number>> = {};
  try {
    for (const collection of COLLECTIONS) {
      const records = collections[collection];
      expected[collection] = Array.isArray(records) ? Math.min(records.length, MAX_RECORDS) : 0;
    }
  } catch {
    readable = false;
  }
  const validator = createValidatorCore(options, "in the dataset", expected);
  if (!readable) {
    validator.unreadable();
    return validator.result();
  }
  try {
    validator.dataset(input);
    for (const collection of COLLECTIONS) {
      const records = collections[collection];
      if (!Array.isArray(records)) continue;
      // However sparse, an array this long would take minutes to look through.
      if (records.length > MAX_RECORDS) validator.tooLong(collection);
      else validator.addAll(collection, records);
    }
  } catch {
    // Only input that throws when read (a getter, a proxy) gets here: JSON never does.
    validator.unreadable();
  }
  return validator.result();
}
