// @ts-check
// The baseline the validator is compared with: a bare zod `safeParse` of each record with the
// library's entity schemas, and nothing else (no references, no dates, no issue mapping).
// The schemas are passed in, so this file imports neither zod nor the library:
//   import { AccountabilityAction, Facility, Recommendation, Visit } from "opcat-npm";
//   safeParseEachRecord(dataset, { Facility, Visit, Recommendation, AccountabilityAction });
// or, with the profile's code lists: { ...schemasFor(kz), Visit }.

/**
 * @typedef {{ safeParse(value: unknown): { success: boolean } }} SafeParser
 * @typedef {{ Facility: SafeParser, Visit: SafeParser, Recommendation: SafeParser, AccountabilityAction: SafeParser }} EntitySchemas
 * @typedef {{ facilities: readonly unknown[], visits: readonly unknown[], recommendations: readonly unknown[], accountability: readonly unknown[] }} Collections
 */

/**
 * Parses every record of the four collections on its own with `schemas`, in one plain loop per
 * collection, and returns how many records failed.
 *
 * @param {Collections} dataset
 * @param {EntitySchemas} schemas
 * @returns {number}
 */
export function safeParseEachRecord(dataset, schemas) {
  let failures = 0;
  failures += parseAll(dataset.facilities, schemas.Facility);
  failures += parseAll(dataset.visits, schemas.Visit);
  failures += parseAll(dataset.recommendations, schemas.Recommendation);
  failures += parseAll(dataset.accountability, schemas.AccountabilityAction);
  return failures;
}

/** @param {readonly unknown[]} records @param {SafeParser} schema */
function parseAll(records, schema) {
  let failures = 0;
  for (let i = 0; i < records.length; i++) {
    if (!schema.safeParse(records[i]).success) failures++;
  }
  return failures;
}

/**
 * The number of records `safeParseEachRecord` parses.
 * @param {Collections} dataset
 */
export function recordCount(dataset) {
  return dataset.facilities.length + dataset.visits.length + dataset.recommendations.length + dataset.accountability.length;
}
