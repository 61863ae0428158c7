import { isCivilDate } from "../dates/isCivilDate";
import { OpcatError, type OpcatProblem } from "../errors/OpcatError";
import type { CivilDate } from "../model/civilDate";
import type { Facility } from "../model/facility";
import type { Period } from "../model/period";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";
import type { ReadonlyDeep, ReportData } from "./reportData";

/**
 * Options of every metric and of {@link buildReport}. `asOf` is the day at which
 * recommendation statuses are read, and the last day counted: it is required, since a
 * report never reads the clock. `period` defaults to the dataset's; `profile` (default
 * `kz`) gives the code lists the figures are broken down by. `partialWeight` (default 0,
 * between 0 and 1) is how much a partially implemented recommendation counts as
 * implemented; `excludeWithdrawn` (default false) leaves withdrawn recommendations out of
 * the implementation rate's denominator.
 *
 * @example
 * ```ts
 * import { civilDate, type MetricOptions } from "opcat-npm";
 *
 * const options: MetricOptions = { asOf: civilDate("2024-11-08"), partialWeight: 0.5 };
 * options.partialWeight;
 * //=> 0.5
 * ```
 */
export interface MetricOptions {
  readonly asOf: CivilDate;
  readonly period?: Period | undefined;
  readonly profile?: Profile | undefined;
  readonly partialWeight?: number | undefined;
  readonly excludeWithdrawn?: boolean | undefined;
}

/**
 * The options resolved once for a computation: the counting window (from the period's
 * first day to the earlier of its last day and `asOf`), the parameters, and the facility
 * register by id (first record of an id wins).
 *
 * @internal
 */
export interface MetricContext {
  readonly period: Period;
  readonly asOf: CivilDate;
  /** The last day counted: the earlier of `period.to` and `asOf`. */
  readonly until: CivilDate;
  readonly profile: Profile;
  readonly partialWeight: number;
  readonly excludeWithdrawn: boolean;
  readonly facilityById: ReadonlyMap<string, ReadonlyDeep<Facility>>;
}

/**
 * Whether a date lies in the counting window of a context.
 *
 * @internal
 */
export function isCounted(context: MetricContext, date: CivilDate): boolean {
  return context.period.from <= date && date <= context.until;
}

function problem(code: string, path: string, message: string, params: Record<string, unknown>): OpcatProblem {
  return { code, path: [path], message, params };
}

/** Every problem of the options, so a caller fixes them all at once. */
function optionProblems(options: MetricOptions, period: unknown): OpcatProblem[] {
  const problems: OpcatProblem[] = [];
  if (period === SKIP_PERIOD) return [...ownProblems(options)];
  const { asOf } = options as { asOf?: unknown };
  problems.push(...ownProblems(options).filter((found) => found.path[0] === "asOf"));
  const { from, to } = (typeof period === "object" && period !== null ? period : {}) as { from?: unknown; to?: unknown };
  if (!isCivilDate(from) || !isCivilDate(to)) problems.push(problem("schema.invalid_date", "period", "period must have civil dates from and to", { from: from ?? null, to: to ?? null }));
  else if (from > to) problems.push(problem("date.period_order", "period", `The period ends (${to}) before it starts (${from})`, { from, to }));
  else if (isCivilDate(asOf) && asOf < from) {
    problems.push(problem("date.as_of_before_period", "asOf", `asOf (${asOf}) is before the period starts (${from}): nothing could be counted`, { asOf, from }));
  }
  problems.push(...ownProblems(options).filter((found) => found.path[0] !== "asOf"));
  return problems;
}

const SKIP_PERIOD = Symbol("no period to check");

/** The problems of the options that need no dataset: asOf, partialWeight, excludeWithdrawn. */
function ownProblems(options: MetricOptions): OpcatProblem[] {
  const problems: OpcatProblem[] = [];
  const { asOf, partialWeight, excludeWithdrawn } = options as { asOf?: unknown; partialWeight?: unknown; excludeWithdrawn?: unknown };
  if (!isCivilDate(asOf)) problems.push(problem("schema.invalid_date", "asOf", "asOf must be a civil date YYYY-MM-DD: a report never reads the clock", { value: asOf ?? null }));
  if (partialWeight !== undefined && !(typeof partialWeight === "number" && partialWeight >= 0 && partialWeight <= 1)) {
    problems.push(problem("schema.invalid_value", "partialWeight", "partialWeight must be a number from 0 to 1", { value: partialWeight, expected: "number from 0 to 1" }));
  }
  if (excludeWithdrawn !== undefined && typeof excludeWithdrawn !== "boolean") {
    problems.push(problem("schema.invalid_type", "excludeWithdrawn", "excludeWithdrawn must be true or false", { expected: "boolean", received: typeof excludeWithdrawn }));
  }
  return problems;
}

/**
 * Throws an {@link OpcatError} for the problems of the options that need no dataset (asOf,
 * partialWeight, excludeWithdrawn, and the period when the options give one): for a caller
 * that reads the dataset later, as a stream.
 *
 * @internal
 */
export function checkMetricOptions(options: MetricOptions): void {
  const [first, ...rest] = optionProblems(options, options.period ?? SKIP_PERIOD);
  if (first !== undefined) throw new OpcatError([first, ...rest]);
}

/**
 * Resolves the options against a dataset; throws an {@link OpcatError} listing every
 * problem of the options (codes `schema.invalid_date` for `asOf` or the period,
 * `date.period_order`, `date.as_of_before_period`, `schema.invalid_value`,
 * `schema.invalid_type`).
 *
 * @internal
 */
export function createMetricContext(data: Pick<ReportData, "period" | "facilities">, options: MetricOptions): MetricContext {
  const period = options.period ?? data.period;
  const [first, ...rest] = optionProblems(options, period);
  if (first !== undefined) throw new OpcatError([first, ...rest]);
  const facilityById = new Map<string, ReadonlyDeep<Facility>>();
  for (const facility of data.facilities) if (!facilityById.has(facility.id)) facilityById.set(facility.id, facility);
  const asOf = options.asOf;
  return {
    period,
    asOf,
    until: asOf < period.to ? asOf : period.to,
    profile: options.profile ?? kz,
    partialWeight: options.partialWeight ?? 0,
    excludeWithdrawn: options.excludeWithdrawn ?? false,
    facilityById,
  };
}
