import type { OpcatProblem } from "../errors/OpcatError";
import { asOfProblems as sharedAsOfProblems, optionProblem, profileProblems, readFields, throwIfProblems } from "../errors/optionProblems";
import { readDataArgument, type DataCollection } from "../metrics/dataArgument";
import type { ReportData } from "../metrics/reportData";
import type { CivilDate } from "../model/civilDate";
import type { Period } from "../model/period";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";

// The follow-up's own option checks and helpers; those shared with the report are in
// src/errors/optionProblems.ts.

/**
 * The data and options of a follow-up function, read once into plain objects: throws an
 * OpcatError when `data` is not an object or a collection it reads is not an array, when
 * `options` is not an object or `profile` not a profile, or when reading them threw. The
 * values of the other options are each function's own checks.
 *
 * @internal
 */
export function readFollowUpArguments<Options>(data: unknown, options: unknown, collections: readonly DataCollection[], names: readonly (keyof Options & string)[]): { readonly data: ReportData; readonly options: Options } {
  const read = readDataArgument(data, collections);
  const { fields, problems } = readFields(options, names, "options", true);
  throwIfProblems([...read.problems, ...problems, ...profileProblems(fields["profile"])]);
  return { data: read.data, options: fields as Options };
}

/**
 * `asOf` must be a civil date: a follow-up never reads the clock.
 *
 * @internal
 */
export function asOfProblems(asOf: unknown): OpcatProblem[] {
  return sharedAsOfProblems(asOf, "a follow-up");
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
