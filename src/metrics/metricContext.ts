import type { OpcatProblem } from "../errors/OpcatError";
import { asOfProblems, optionProblem, periodProblems, profileProblems, readFields, throwIfProblems } from "../errors/optionProblems";
import type { CivilDate } from "../model/civilDate";
import type { Facility } from "../model/facility";
import type { Period } from "../model/period";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";
import { readDataArgument, type DataCollection } from "./dataArgument";
import type { ReadonlyDeep, ReportData } from "./reportData";
import { registerById } from "./registerById";

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

/**
 * Every problem of the options, so a caller fixes them all at once: asOf, then the period
 * (unless `checkPeriod` is false: a stream's period comes later), then partialWeight and
 * excludeWithdrawn.
 *
 * @internal
 */
export function metricOptionProblems(options: MetricOptions, period: unknown, checkPeriod = true): OpcatProblem[] {
  const { asOf, partialWeight, excludeWithdrawn } = options as { asOf?: unknown; partialWeight?: unknown; excludeWithdrawn?: unknown };
  const problems = [...asOfProblems(asOf, "a report"), ...(checkPeriod ? periodProblems(period, asOf) : []), ...profileProblems(options.profile)];
  if (partialWeight !== undefined && !(typeof partialWeight === "number" && partialWeight >= 0 && partialWeight <= 1)) {
    problems.push(optionProblem("schema.invalid_value", "partialWeight", "partialWeight must be a number from 0 to 1", { value: partialWeight, expected: "number from 0 to 1" }));
  }
  if (excludeWithdrawn !== undefined && typeof excludeWithdrawn !== "boolean") {
    problems.push(optionProblem("schema.invalid_type", "excludeWithdrawn", "excludeWithdrawn must be true or false", { expected: "boolean", received: typeof excludeWithdrawn }));
  }
  return problems;
}

const OPTION_NAMES = ["asOf", "period", "profile", "partialWeight", "excludeWithdrawn"] as const;

/**
 * The arguments of a metric, read once into plain objects: throws an {@link OpcatError}
 * when `data` is not an object, a collection read is not an array, the published figures
 * are not counts, or `options` is not an object (`schema.invalid_type`), or when reading
 * one of them threw (`schema.unreadable`). The values of the options are checked by
 * {@link createMetricContext}.
 *
 * @internal
 */
export function readMetricArguments(data: unknown, options: unknown, collections: readonly DataCollection[]): { readonly data: ReportData; readonly options: MetricOptions } {
  const read = readDataArgument(data, collections);
  const { fields, problems } = readFields(options, OPTION_NAMES, "options", true);
  throwIfProblems([...read.problems, ...problems]);
  return { data: read.data, options: fields as unknown as MetricOptions };
}

/**
 * Throws an {@link OpcatError} for the problems of the options that need no dataset (asOf,
 * partialWeight, excludeWithdrawn, and the period when the options give one): for a caller
 * that reads the dataset later, as a stream.
 *
 * @internal
 */
export function checkMetricOptions(options: MetricOptions): void {
  throwIfProblems(metricOptionProblems(options, options.period, options.period !== undefined));
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
  const given = options.period ?? data.period;
  throwIfProblems(metricOptionProblems(options, given));
  // Copied once checked: a getter read again could give another value.
  const period = { from: given.from, to: given.to };
  const facilityById = registerById(data.facilities);
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
