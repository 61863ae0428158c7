import { isCivilDate } from "../dates/isCivilDate";
import { OpcatError, type OpcatProblem } from "../errors/OpcatError";
import type { CivilDate } from "../model/civilDate";
import type { Facility } from "../model/facility";
import type { Period } from "../model/period";
import type { ReadonlyDeep } from "../metrics/reportData";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";

// The option checks of the follow-up functions, in the style of the metrics'
// (src/metrics/metricContext.ts): every problem found at once, each with a code and a path.

/**
 * A problem of an option, at the option's name.
 *
 * @internal
 */
export function optionProblem(code: string, path: string, message: string, params: Record<string, unknown>): OpcatProblem {
  return { code, path: [path], message, params };
}

/**
 * `asOf` must be a civil date: a follow-up never reads the clock.
 *
 * @internal
 */
export function asOfProblems(asOf: unknown): OpcatProblem[] {
  return isCivilDate(asOf) ? [] : [optionProblem("schema.invalid_date", "asOf", "asOf must be a civil date YYYY-MM-DD: a follow-up never reads the clock", { value: asOf ?? null })];
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
 * An optional whole-number option must be an integer from `min` up (`schema.invalid_value`).
 *
 * @internal
 */
export function integerProblems(value: unknown, name: string, min: number): OpcatProblem[] {
  if (value === undefined || (typeof value === "number" && Number.isSafeInteger(value) && value >= min)) return [];
  const expected = `whole number from ${String(min)} up`;
  return [optionProblem("schema.invalid_value", name, `${name} must be a ${expected}`, { value: value ?? null, expected })];
}

/**
 * An optional option must be one of `choices` (`schema.invalid_value`).
 *
 * @internal
 */
export function choiceProblems(value: unknown, name: string, choices: readonly string[]): OpcatProblem[] {
  if (value === undefined || (typeof value === "string" && choices.includes(value))) return [];
  const expected = choices.join(" | ");
  return [optionProblem("schema.invalid_value", name, `${name} must be one of ${expected}`, { value: value ?? null, expected })];
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

/**
 * Which recommendations a follow-up function reads: those issued on or before `asOf` and,
 * when a period is given, on or after its first day and on or before its last.
 *
 * @internal
 */
export interface IssueWindow {
  readonly asOf: CivilDate;
  /** The first day counted, or undefined for no lower bound. */
  readonly from: CivilDate | undefined;
  /** The last day counted: the earlier of `asOf` and the period's last day. */
  readonly until: CivilDate;
}

/**
 * The window of an optional period (options already checked).
 *
 * @internal
 */
export function issueWindow(asOf: CivilDate, period: Period | undefined): IssueWindow {
  if (period === undefined) return { asOf, from: undefined, until: asOf };
  return { asOf, from: period.from, until: period.to < asOf ? period.to : asOf };
}

/**
 * Whether a date lies in a window.
 *
 * @internal
 */
export function inWindow(window: IssueWindow, date: CivilDate): boolean {
  return date <= window.until && (window.from === undefined || window.from <= date);
}

/**
 * The facility register by id (the first record of an id wins, as in the metrics).
 *
 * @internal
 */
export function registerById(facilities: readonly ReadonlyDeep<Facility>[]): Map<string, ReadonlyDeep<Facility>> {
  const byId = new Map<string, ReadonlyDeep<Facility>>();
  for (const facility of facilities) if (!byId.has(facility.id)) byId.set(facility.id, facility);
  return byId;
}

/**
 * The profile of the options, `kz` by default.
 *
 * @internal
 */
export function profileOf(profile: Profile | undefined): Profile {
  return profile ?? kz;
}

/**
 * The position of each code of a list, for sorting codes in the profile's order.
 *
 * @internal
 */
export function codeOrder(entries: readonly { readonly code: string }[]): Map<string, number> {
  return new Map(entries.map((entry, index) => [entry.code, index]));
}

/**
 * Sorts codes in the profile's order (by `order`), codes the profile lacks after them in
 * code-point order.
 *
 * @internal
 */
export function byCodeOrder(order: ReadonlyMap<string, number>): (a: string, b: string) => number {
  return (a, b) => {
    const x = order.get(a);
    const y = order.get(b);
    if (x !== undefined && y !== undefined) return x - y;
    if (x !== undefined) return -1;
    if (y !== undefined) return 1;
    return compareText(a, b);
  };
}

/**
 * Code-point order of two strings (no locale: the same everywhere).
 *
 * @internal
 */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
