import { OpcatError, type OpcatProblem } from "../errors/OpcatError";
import type { CivilDate } from "../model/civilDate";
import { isCivilDate } from "./isCivilDate";

/**
 * Checks a string and returns it typed as a {@link CivilDate}. Throws an
 * {@link OpcatError} with code `schema.invalid_date` when it is not a real calendar day in
 * the form `YYYY-MM-DD`; use {@link isCivilDate} to test without throwing.
 *
 * @example
 * ```ts
 * import { civilDate } from "opcat-npm";
 *
 * civilDate("2024-11-08");
 * //=> "2024-11-08"
 * civilDate("08.11.2024");
 * //=> throws
 * ```
 */
export function civilDate(text: string): CivilDate {
  if (isCivilDate(text)) return text;
  throw new OpcatError([dateProblem(text, {})]);
}

function dateProblem(value: unknown, params: Readonly<Record<string, unknown>>): OpcatProblem {
  const shown = typeof value === "string" ? JSON.stringify(value).slice(0, 40) : typeof value;
  return { code: "schema.invalid_date", path: [], message: `Not a calendar date in the form YYYY-MM-DD: ${shown}`, params: { value, ...params } };
}

/**
 * The {@link OpcatError} of the date functions for their arguments that are not civil
 * dates: one `schema.invalid_date` each, `params.argument` naming it.
 *
 * @internal
 */
export function invalidDates(values: Readonly<Record<string, unknown>>): OpcatError {
  const problems = Object.entries(values)
    .filter(([, value]) => !isCivilDate(value))
    .map(([argument, value]) => dateProblem(value, { argument }));
  const none: OpcatProblem = { code: "schema.invalid_date", path: [], message: "Not a calendar date", params: {} };
  const [first = none, ...rest] = problems;
  return new OpcatError([first, ...rest]);
}
