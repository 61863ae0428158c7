import { isCivilDate } from "../dates/isCivilDate";
import { OpcatError, type OpcatProblem } from "./OpcatError";

// The checks of options shared by the report, the follow-up and the renderers: every problem
// found at once, each with a code and a path.

/**
 * A problem of an option, at the option's name.
 *
 * @internal
 */
export function optionProblem(code: string, path: string, message: string, params: Record<string, unknown>): OpcatProblem {
  return { code, path: [path], message, params };
}

/**
 * `asOf` must be a civil date: `reader` (a report, a follow-up) never reads the clock.
 *
 * @internal
 */
export function asOfProblems(asOf: unknown, reader: string): OpcatProblem[] {
  return isCivilDate(asOf) ? [] : [optionProblem("schema.invalid_date", "asOf", `asOf must be a civil date YYYY-MM-DD: ${reader} never reads the clock`, { value: asOf ?? null })];
}

/**
 * A period must have civil dates `from` ≤ `to`, and `asOf` must not come before it starts
 * (nothing of it could be counted): the metrics' codes `schema.invalid_date`,
 * `date.period_order`, `date.as_of_before_period`.
 *
 * @internal
 */
export function periodProblems(period: unknown, asOf: unknown): OpcatProblem[] {
  const { from, to } = (typeof period === "object" && period !== null ? period : {}) as { from?: unknown; to?: unknown };
  if (!isCivilDate(from) || !isCivilDate(to)) return [optionProblem("schema.invalid_date", "period", "period must have civil dates from and to", { from: from ?? null, to: to ?? null })];
  if (from > to) return [optionProblem("date.period_order", "period", `The period ends (${to}) before it starts (${from})`, { from, to })];
  if (isCivilDate(asOf) && asOf < from) return [optionProblem("date.as_of_before_period", "asOf", `asOf (${asOf}) is before the period starts (${from}): nothing could be counted`, { asOf, from })];
  return [];
}

/**
 * `lang` must be `en`, `ru` or `kk` (for callers without types).
 *
 * @internal
 */
export function languageProblems(lang: unknown): OpcatProblem[] {
  if (lang === "en" || lang === "ru" || lang === "kk") return [];
  return [optionProblem("schema.invalid_value", "lang", "lang must be en, ru or kk", { value: lang ?? null, expected: "en | ru | kk" })];
}

/**
 * Throws an {@link OpcatError} listing the problems, if there is any.
 *
 * @internal
 */
export function throwIfProblems(problems: readonly OpcatProblem[]): void {
  const [first, ...rest] = problems;
  if (first !== undefined) throw new OpcatError([first, ...rest]);
}
