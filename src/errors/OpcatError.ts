import type { ErrorCode } from "./errorCatalogue";

/**
 * One step of a path into the input: an object key or an array index.
 *
 * @example
 * ```ts
 * import type { PathSegment } from "opcat-npm";
 *
 * const path: PathSegment[] = ["visits", 12, "facilityIds", 0];
 * path.length;
 * //=> 4
 * ```
 */
export type PathSegment = string | number;

/**
 * A problem found in input: a stable `code` of {@link ERROR_CATALOGUE}, the `path` to the
 * offending value, an English `message` for developers, and the `params` the message was
 * built from.
 *
 * @example
 * ```ts
 * import type { OpcatProblem } from "opcat-npm";
 *
 * const problem: OpcatProblem = {
 *   code: "schema.invalid_date",
 *   path: [],
 *   message: "Not a calendar date in the form YYYY-MM-DD: 2023-02-29",
 *   params: { value: "2023-02-29" },
 * };
 * problem.code;
 * //=> "schema.invalid_date"
 * ```
 */
export interface OpcatProblem {
  readonly code: ErrorCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

function isProblem(value: unknown): value is OpcatProblem {
  if (typeof value !== "object" || value === null) return false;
  const { code, path, message, params } = value as Partial<Record<keyof OpcatProblem, unknown>>;
  return typeof code === "string" && Array.isArray(path) && typeof message === "string" && typeof params === "object" && params !== null;
}

/** The problems as given, or one saying they were not problems: an error type must not fail to be built. */
function problemList(problems: unknown): readonly [OpcatProblem, ...OpcatProblem[]] {
  try {
    // A loop, not every(): every() skips the holes of a sparse array.
    if (Array.isArray(problems) && problems.length > 0) {
      let sound = true;
      for (let i = 0; sound && i < problems.length; i++) sound = isProblem(problems[i]);
      if (sound) return problems as [OpcatProblem, ...OpcatProblem[]];
    }
  } catch {
    // A proxy: as below.
  }
  return [{ code: "validate.usage", path: [], message: "OpcatError takes a non-empty list of problems, each with a code, a path, a message and params", params: {} }];
}

/**
 * The error thrown by the few functions that cannot return a problem instead (such as
 * {@link civilDate} or {@link defineProfile}), and the root of every error the library
 * throws: a file that cannot be read is a `ReadError`, one that cannot be written a
 * `WriteError`. It carries every problem found, each with a stable code of
 * {@link ERROR_CATALOGUE} and a path; `code`, `path` and `params` repeat the first one.
 * `message` is English; {@link errorMessage} gives it in another language.
 *
 * @example
 * ```ts
 * import { OpcatError, civilDate } from "opcat-npm";
 *
 * let caught: unknown;
 * try {
 *   civilDate("2023-02-29");
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof OpcatError;
 * //=> true
 * (caught as OpcatError).code;
 * //=> "schema.invalid_date"
 * ```
 */
export class OpcatError extends Error {
  override readonly name: string = "OpcatError";
  readonly code: ErrorCode;
  readonly path: readonly PathSegment[];
  readonly params: Readonly<Record<string, unknown>>;
  readonly problems: readonly OpcatProblem[];

  constructor(problems: readonly [OpcatProblem, ...OpcatProblem[]]) {
    problems = problemList(problems);
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${String(problems.length - 1)} more)` : "";
    super(`${first.code}: ${first.message}${more}`);
    this.code = first.code;
    this.path = first.path;
    this.params = first.params;
    this.problems = problems;
  }
}
