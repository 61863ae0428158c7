/**
 * Every code an {@link OpcatError} can carry, with its kind and the names of the params its
 * problems may hold (the union over the messages of the code). The codes are public API: they
 * never change meaning. Kinds:
 *
 * - `argument`: a function was given an argument or option it cannot use (an `OpcatError`);
 * - `profile`: a profile definition refused by `defineProfile` (an `OpcatError`);
 * - `language`: a language pack definition refused by `defineLanguagePack` (an `OpcatError`);
 * - `read`: a file that cannot be read as a dataset (a `ReadError`, from `opcat-npm/io`);
 * - `write`: a file or folder that cannot be written, or a value a form cannot hold (a
 *   `WriteError`, from `opcat-npm/io`).
 *
 * A read or write error whose code has several causes says which in `params.reason` (for
 * example `io.bad_csv` with `reason: "opening_quote"`); its message in each language is the
 * entry of {@link ERROR_TEXTS} named `code.reason` (or `code` alone).
 *
 * @example
 * ```ts
 * import { ERROR_CATALOGUE } from "opcat-npm";
 *
 * ERROR_CATALOGUE["io.missing_columns"].kind;
 * //=> "read"
 * ERROR_CATALOGUE["io.target_exists"].params;
 * //=> ["file"]
 * ```
 */
export const ERROR_CATALOGUE = {
  // Arguments and options (the validator's codes where they mean the same).
  "schema.invalid_type": { kind: "argument", params: ["argument", "expected", "received"] },
  "schema.invalid_value": { kind: "argument", params: ["argument", "value", "expected"] },
  "schema.invalid_date": { kind: "argument", params: ["argument", "value", "from", "to"] },
  "schema.required": { kind: "argument", params: ["argument", "field"] },
  "schema.unreadable": { kind: "argument", params: ["argument"] },
  "schema.too_big": { kind: "argument", params: ["argument", "maximum", "kind"] },
  "date.period_order": { kind: "argument", params: ["from", "to"] },
  "date.as_of_before_period": { kind: "argument", params: ["asOf", "from"] },
  "date.horizon_before_as_of": { kind: "argument", params: ["horizon", "asOf"] },
  "date.out_of_range": { kind: "argument", params: ["date", "days"] },
  "report.incompatible_parts": { kind: "argument", params: ["a", "b"] },
  "validate.usage": { kind: "argument", params: [] },
  // Profile definitions (defineProfile).
  "profile.invalid_type": { kind: "profile", params: ["expected"] },
  "profile.invalid_code": { kind: "profile", params: ["code"] },
  "profile.duplicate_code": { kind: "profile", params: ["code"] },
  "profile.empty_list": { kind: "profile", params: ["list"] },
  "profile.missing_label": { kind: "profile", params: ["lang"] },
  "profile.unknown_default_agency": { kind: "profile", params: ["value"] },
  "profile.contract_code_unknown": { kind: "profile", params: ["list", "code"] },
  "profile.contract_code_missing": { kind: "profile", params: ["list", "code"] },
  "profile.invalid_rule": { kind: "profile", params: ["value"] },
  "profile.unknown_region": { kind: "profile", params: ["region"] },
  "profile.legacy_code_in_use": { kind: "profile", params: ["code"] },
  "profile.undeclared_language": { kind: "profile", params: ["lang"] },
  "profile.invalid_language": { kind: "profile", params: ["value"] },
  "profile.duplicate_language": { kind: "profile", params: ["value"] },
  // Language pack definitions (defineLanguagePack).
  "language.invalid_value": { kind: "language", params: ["expected"] },
  "language.invalid_tag": { kind: "language", params: ["value"] },
  "language.built_in": { kind: "language", params: ["value"] },
  "language.unknown_fallback": { kind: "language", params: ["index"] },
  "language.invalid_plural": { kind: "language", params: ["expected", "value"] },
  "language.missing_placeholder": { kind: "language", params: ["placeholder"] },
  "language.unknown_placeholder": { kind: "language", params: ["placeholder"] },
  "language.unknown_catalogue": { kind: "language", params: ["catalogue"] },
  "language.unknown_text": { kind: "language", params: ["catalogue", "key"] },
  "language.not_a_count": { kind: "language", params: ["placeholder"] },
  "language.too_many_forms": { kind: "language", params: ["placeholder", "forms", "categories"] },
  // Files that cannot be read as a dataset (ReadError); `line` and `column` as in its location.
  "io.not_found": { kind: "read", params: ["reason", "file", "folder"] },
  "io.unreadable": { kind: "read", params: ["reason", "file", "cause", "detail"] },
  "io.empty": { kind: "read", params: ["reason", "file"] },
  "io.binary": { kind: "read", params: ["reason", "file", "line"] },
  "io.encoding": { kind: "read", params: ["reason", "file", "line"] },
  "io.bad_json": { kind: "read", params: ["reason", "file", "line", "column", "expected", "found"] },
  "io.truncated": { kind: "read", params: ["reason", "file", "line", "column", "expected", "cells", "headerCells"] },
  "io.bad_csv": { kind: "read", params: ["reason", "file", "line", "column", "cells", "headerCells", "delimiter", "columns", "detail"] },
  "io.missing_columns": { kind: "read", params: ["reason", "file", "line", "columns", "count"] },
  "io.too_large": { kind: "read", params: ["reason", "file", "line", "fileSize", "fileBytes", "limit", "limitSize", "limitBytes", "count"] },
  "io.unknown_form": { kind: "read", params: ["reason", "file", "folder", "form", "files"] },
  "io.misplaced_records": { kind: "read", params: ["reason", "file", "line", "collection", "extension", "before"] },
  "io.misnamed_file": { kind: "read", params: ["reason", "folder", "name", "expected", "files"] },
  "io.not_a_list": { kind: "read", params: ["file", "line", "collection", "received"] },
  // Files that cannot be written (WriteError).
  "io.target_exists": { kind: "write", params: ["file"] },
  "io.target_is_folder": { kind: "write", params: ["file"] },
  "io.target_not_folder": { kind: "write", params: ["reason", "file", "cause"] },
  "io.target_is_input": { kind: "write", params: ["file", "input"] },
  "io.target_other_form": { kind: "write", params: ["file", "folder", "other", "names", "found"] },
  "io.no_space": { kind: "write", params: ["file", "cause"] },
  "io.not_permitted": { kind: "write", params: ["reason", "file", "cause"] },
  "io.unwritable": { kind: "write", params: ["file", "cause", "detail"] },
  "io.not_representable": { kind: "write", params: [] },
} as const satisfies Readonly<Record<string, { readonly kind: "argument" | "profile" | "language" | "read" | "write"; readonly params: readonly string[] }>>;

/**
 * A code of {@link ERROR_CATALOGUE}: what an {@link OpcatError}'s `code` (and each of its
 * problems' codes) is.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from "opcat-npm";
 *
 * const code: ErrorCode = "io.not_found";
 * code;
 * //=> "io.not_found"
 * ```
 */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/**
 * The kind of an {@link ErrorCode}: `argument`, `profile`, `read` or `write` (see
 * {@link ERROR_CATALOGUE}).
 *
 * @example
 * ```ts
 * import type { ErrorKind } from "opcat-npm";
 *
 * const kind: ErrorKind = "read";
 * kind;
 * //=> "read"
 * ```
 */
export type ErrorKind = (typeof ERROR_CATALOGUE)[ErrorCode]["kind"];

/**
 * Whether a value is a code of {@link ERROR_CATALOGUE}.
 *
 * @example
 * ```ts
 * import { isErrorCode } from "opcat-npm";
 *
 * [isErrorCode("io.bad_csv"), isErrorCode("io.oops"), isErrorCode(7)];
 * //=> [true, false, false]
 * ```
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CATALOGUE, value);
}
