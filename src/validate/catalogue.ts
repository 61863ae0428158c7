/**
 * Every code the validator can report, with its severity and the names of the params its
 * message uses. The codes are public API (DESIGN §5): they never change meaning.
 *
 * @example
 * ```ts
 * import { ISSUE_CATALOGUE } from "opcat-npm";
 *
 * ISSUE_CATALOGUE["ref.unknown_facility"].severity;
 * //=> "error"
 * ISSUE_CATALOGUE["visit.team_too_small"].params;
 * //=> ["teamSize", "minimum"]
 * ```
 */
export const ISSUE_CATALOGUE = {
  // The record does not match the contract or the profile's code lists.
  "schema.invalid_type": { severity: "error", params: ["expected", "received"] },
  "schema.required": { severity: "error", params: ["field"] },
  "schema.invalid_date": { severity: "error", params: ["value", "example"] },
  "schema.unknown_code": { severity: "error", params: ["value", "list"] },
  "schema.invalid_value": { severity: "error", params: ["value", "expected"] },
  "schema.too_small": { severity: "error", params: ["minimum", "kind"] },
  "schema.too_big": { severity: "error", params: ["maximum", "kind"] },
  "schema.unknown_key": { severity: "warning", params: ["key"] },
  "schema.unsupported_profile": { severity: "error", params: ["value", "expected"] },
  // Text that not every output can keep exactly, and values nested too deep for files.
  "schema.invalid_text": { severity: "error", params: ["problem", "codePoint", "position"] },
  "schema.too_deep": { severity: "error", params: ["maximum"] },
  // The input could not be read: a getter or proxy threw (never the case for parsed JSON).
  "schema.unreadable": { severity: "error", params: [] },
  // An option of the validation that cannot be used (it was left at its default).
  "options.invalid": { severity: "error", params: ["option", "value", "expected"] },
  // References between records.
  "ref.duplicate_id": { severity: "error", params: ["id", "collection", "firstIndex"] },
  "ref.unknown_facility": { severity: "error", params: ["id"] },
  "ref.unknown_visit": { severity: "error", params: ["id"] },
  "ref.unknown_recommendation": { severity: "error", params: ["id"] },
  "ref.facility_not_in_visit": { severity: "error", params: ["facilityId", "visitId"] },
  // Ids that read the same (idAsRead) but are spelled otherwise; spellings shown with \uXXXX escapes.
  "ref.lookalike_id": { severity: "error", params: ["id", "spelling", "collection", "otherId", "otherSpelling", "otherIndex", "difference", "codePoint", "position", "differsIn"] },
  "ref.lookalike_reference": { severity: "error", params: ["id", "spelling", "collection", "otherId", "otherSpelling", "otherIndex", "difference", "codePoint", "position", "differsIn"] },
  // Dates.
  "date.period_order": { severity: "error", params: ["from", "to"] },
  "date.end_before_start": { severity: "error", params: ["startedOn", "endedOn"] },
  "date.due_before_issue": { severity: "error", params: ["issuedOn", "dueOn"] },
  "date.history_order": { severity: "error", params: ["on", "previous"] },
  "date.issue_before_visit": { severity: "error", params: ["issuedOn", "visitId", "startedOn"] },
  "date.after_as_of": { severity: "warning", params: ["date", "asOf"] },
  "date.outside_period": { severity: "warning", params: ["startedOn", "from", "to"] },
  "date.facility_closed": { severity: "warning", params: ["facilityId", "startedOn", "openedOn", "closedOn"] },
  "date.closed_before_opened": { severity: "error", params: ["openedOn", "closedOn"] },
  // Visits.
  "visit.follow_up_missing": { severity: "error", params: [] },
  "visit.follow_up_order": { severity: "error", params: ["followUpOf", "startedOn", "previousStartedOn"] },
  "visit.trigger_missing": { severity: "warning", params: [] },
  "visit.trigger_after_start": { severity: "warning", params: ["receivedOn", "startedOn"] },
  "visit.team_too_small": { severity: "warning", params: ["teamSize", "minimum"] },
  // Recommendations.
  "rec.addressee_mismatch": { severity: "warning", params: ["addressee", "facilityId", "agency"] },
  "rec.escalation_target": { severity: "error", params: ["id", "addressee", "targetAddressee"] },
  // Confidentiality (OPCAT Art. 21(2)).
  "privacy.personal_identifier": { severity: "error", params: ["kind"] },
  // The files of a dataset folder (validateSource and reportSource only: validateDataset has no files).
  "io.missing_file": { severity: "warning", params: ["file", "collection"] },
  "io.ignored_file": { severity: "warning", params: ["file", "expected"] },
} as const satisfies Record<string, { readonly severity: "error" | "warning"; readonly params: readonly string[] }>;

/**
 * A code of the validator's catalogue, such as `"ref.unknown_facility"`.
 *
 * @example
 * ```ts
 * import type { IssueCode } from "opcat-npm";
 *
 * const code: IssueCode = "date.end_before_start";
 * code;
 * //=> "date.end_before_start"
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CATALOGUE;
