import type { TextLanguage } from "../text/types";
import type { PathSegment } from "../errors/OpcatError";
import type { CivilDate } from "../model/civilDate";
import type { Profile } from "../profiles/profile";
import type { IssueCode } from "./catalogue";

/**
 * Whether a problem stops the data being used (`error`) or only deserves a look (`warning`).
 *
 * @example
 * ```ts
 * import type { Severity } from "opcat-npm";
 *
 * const severity: Severity = "warning";
 * severity;
 * //=> "warning"
 * ```
 */
export type Severity = "error" | "warning";

/**
 * One problem found by {@link validateDataset}: a stable `code` from the catalogue, its
 * `severity`, the `path` to the offending value in the input, a `message` in the requested
 * language, and the `params` the message was built from.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from "opcat-npm";
 *
 * const issue: ValidationIssue = {
 *   code: "ref.unknown_facility",
 *   severity: "error",
 *   path: ["visits", 12, "facilityIds", 0],
 *   message: "Facility F-9999 is not in the facilities of this dataset.",
 *   params: { id: "F-9999" },
 * };
 * issue.path.join(".");
 * //=> "visits.12.facilityIds.0"
 * ```
 */
export interface ValidationIssue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * How many problems were found: all of them, by severity and by code, including those past
 * `maxIssues` that were counted but not listed (`omitted`).
 *
 * @example
 * ```ts
 * import type { ValidationCounts } from "opcat-npm";
 *
 * const counts: ValidationCounts = { errors: 1200, warnings: 3, listed: 1000, omitted: 203, byCode: { "ref.unknown_facility": 1200, "visit.trigger_missing": 3 } };
 * counts.listed + counts.omitted;
 * //=> 1203
 * ```
 */
export interface ValidationCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly listed: number;
  readonly omitted: number;
  readonly byCode: Readonly<Partial<Record<IssueCode, number>>>;
}

/**
 * What {@link validateDataset} returns. `valid` is false exactly when there is an error.
 *
 * @example
 * ```ts
 * import type { ValidationResult } from "opcat-npm";
 *
 * const clean: ValidationResult = { valid: true, issues: [], counts: { errors: 0, warnings: 0, listed: 0, omitted: 0, byCode: {} } };
 * clean.valid;
 * //=> true
 * ```
 */
export interface ValidationResult {
  readonly valid: boolean;
  readonly issues: readonly ValidationIssue[];
  readonly counts: ValidationCounts;
}

/**
 * Options of {@link validateDataset}: the `profile` whose code lists and rule parameters
 * apply (default `kz`), the `lang` of the messages (default `en`), the `asOf` date of a
 * report (dates after it are reported), and `maxIssues`, how many issues to list (default
 * 1,000; the rest are counted). One that cannot be used (an `asOf` that is not a civil date,
 * a `lang` other than `en`, `ru`, `kk`, ...) is the error issue `options.invalid`, never a throw.
 *
 * @example
 * ```ts
 * import { civilDate, type ValidationOptions } from "opcat-npm";
 *
 * const options: ValidationOptions = { lang: "ru", asOf: civilDate("2024-11-08"), maxIssues: 50 };
 * options.maxIssues;
 * //=> 50
 * ```
 */
export interface ValidationOptions {
  readonly profile?: Profile;
  readonly lang?: TextLanguage;
  readonly asOf?: CivilDate;
  readonly maxIssues?: number;
}
