import { OpcatError, type OpcatProblem } from "../errors/OpcatError";
import { argumentProblem, readFields, throwIfProblems } from "../errors/optionProblems";
import type { AccountabilityAction } from "../model/accountabilityAction";
import type { CivilDate } from "../model/civilDate";
import type { Facility } from "../model/facility";
import type { Period } from "../model/period";
import type { Recommendation } from "../model/recommendation";
import type { ReportedFigures } from "../model/reportedFigures";
import type { Visit } from "../model/visit";
import type { Profile } from "../profiles/profile";
import type { ReadonlyDeep, ReportData } from "../metrics/reportData";
import { readRecommendationFacts, readVisitFacts, type Accumulator, type Metric, type MetricSource, type MetricSources, type RecommendationFacts } from "../metrics/metric";
import { firstRecordProblem, readingRecords, reportedProblems, type DataCollection } from "../metrics/dataArgument";
import { createMetricContext, metricOptionProblems, readMetricArguments, type MetricContext, type MetricOptions } from "../metrics/metricContext";
import { reconcile } from "./reconcile";
import { REPORT_FIGURES, REPORT_FORMAT, type Report } from "./report";

type AnyAccumulator = Accumulator<MetricSource, unknown>;

/** The distinct accumulators of the metrics of one collection, each run once. */
function accumulatorsOf(source: MetricSource): readonly AnyAccumulator[] {
  const found = new Set<AnyAccumulator>();
  for (const metric of REPORT_FIGURES) if (metric.accumulator.source === source) found.add(metric.accumulator as unknown as AnyAccumulator);
  return [...found];
}

/**
 * The accumulated state of a report: what was added so far, with the options and the
 * facility register it was computed with. Accumulators of parts of one dataset merge with
 * {@link mergeReportAccumulators} into the accumulator of the whole when the parts share
 * the options, split the visits, recommendations and actions any way, and together hold
 * the whole register: each part the facilities its visits cover (for their agency and
 * region), and the rest in any part (coverage divides by every facility open in the
 * period). Giving every part the whole register is simplest. It holds `Map`s and
 * `Set`s only of plain values, so it passes between worker threads (`postMessage`) and
 * through `v8.serialize`; it is not JSON.
 *
 * @example
 * ```ts
 * import { accumulateReport, civilDate, type ReportAccumulator } from "opcat-npm";
 *
 * const part: ReportAccumulator = accumulateReport(
 *   { period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") }, facilities: [], visits: [], recommendations: [], accountability: [] },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * part.options.asOf;
 * //=> "2024-11-08"
 * ```
 */
export interface ReportAccumulator {
  readonly options: {
    readonly period: Period;
    readonly asOf: CivilDate;
    readonly profile: Profile;
    readonly partialWeight: number;
    readonly excludeWithdrawn: boolean;
  };
  /** The facility register by id. */
  readonly facilities: ReadonlyMap<string, ReadonlyDeep<Facility>>;
  /** Each accumulator's state, by accumulator name. */
  readonly states: ReadonlyMap<string, unknown>;
}

/**
 * Builds a report record by record, for data that arrives as a stream or in pieces: add
 * each visit, recommendation and accountability action (records outside the period or
 * after `asOf` are skipped, as in {@link buildReport}), then read the `report()` or the
 * `accumulator()` to merge with others. Adding changes the builder, never the records.
 *
 * @example
 * ```ts
 * import { civilDate, createReportBuilder } from "opcat-npm";
 *
 * const builder = createReportBuilder(
 *   { period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") }, facilities: [] },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * builder.addVisit({ id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] });
 * builder.addVisit({ id: "V-2", type: "special", startedOn: civilDate("2024-01-03"), facilityIds: ["F-1"] });
 * builder.report().visits.total;
 * //=> 1
 * ```
 */
export interface ReportBuilder {
  /** Adds a visit (counted if it started in the period, not after `asOf`). */
  readonly addVisit: (visit: ReadonlyDeep<Visit>) => void;
  /** Adds a recommendation (counted if issued in the period, not after `asOf`). */
  readonly addRecommendation: (recommendation: ReadonlyDeep<Recommendation>) => void;
  /** Adds an accountability action (counted if decided in the period, not after `asOf`). */
  readonly addAccountabilityAction: (action: ReadonlyDeep<AccountabilityAction>) => void;
  /** A snapshot of the state so far (later additions do not change it). */
  readonly accumulator: () => ReportAccumulator;
  /** The report of what was added so far, reconciled with `reported` when given. */
  readonly report: (reported?: ReadonlyDeep<ReportedFigures> | null) => Report;
}

function contextOf(accumulator: ReportAccumulator): MetricContext {
  const { period, asOf } = accumulator.options;
  return { ...accumulator.options, until: asOf < period.to ? asOf : period.to, facilityById: accumulator.facilities };
}

function startStates(context: MetricContext): Map<string, unknown> {
  const states = new Map<string, unknown>();
  for (const metric of REPORT_FIGURES) {
    const accumulator = metric.accumulator as unknown as AnyAccumulator;
    if (!states.has(accumulator.name)) states.set(accumulator.name, accumulator.start(context));
  }
  return states;
}

/**
 * Starts a {@link ReportBuilder} over a period and a facility register, with the options
 * of every metric ({@link MetricOptions}; `asOf` required). Throws an {@link OpcatError}
 * for bad options and a bad register; the add methods throw one (`params.argument`
 * `visit`, `recommendation` or `action`) for a record they cannot read.
 *
 * @example
 * ```ts
 * import { civilDate, createReportBuilder } from "opcat-npm";
 *
 * const builder = createReportBuilder(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [{ id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * builder.addRecommendation({ id: "R-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: civilDate("2023-03-01") });
 * builder.report().recommendations.byStatus.issued;
 * //=> 1
 * ```
 */
export function createReportBuilder(register: Pick<ReportData, "period" | "facilities">, options: MetricOptions): ReportBuilder {
  const read = readMetricArguments(register, options, ["facilities"]);
  const builder = readingRecords(read.data, ["facilities"], () => startBuilder(read.data, read.options));
  // Each record checked only when adding it threw: the cost of a try, nothing per record.
  const adding =
    <R>(add: (record: R) => void, collection: DataCollection, argument: string) =>
    (record: R): void => {
      try {
        add(record);
      } catch (error) {
        if (error instanceof OpcatError) throw error;
        const problem = firstRecordProblem({ ...read.data, [collection]: [record] }, [collection], argument);
        if (problem === undefined) throw error;
        throw new OpcatError([{ ...problem, path: problem.path.slice(2) }]);
      }
    };
  return {
    ...builder,
    addVisit: adding(builder.addVisit, "visits", "visit"),
    addRecommendation: adding(builder.addRecommendation, "recommendations", "recommendation"),
    addAccountabilityAction: adding(builder.addAccountabilityAction, "accountability", "action"),
    report: (reported) => {
      throwIfProblems(reportedProblems(reported, "reported"));
      return builder.report(reported);
    },
  };
}

/**
 * The builder over arguments already read and checked, without a check per record: for
 * {@link buildReport}, which says which record of the data could not be read.
 *
 * @internal
 */
export function startBuilder(register: Pick<ReportData, "period" | "facilities">, options: MetricOptions): ReportBuilder {
  const context = createMetricContext(register, options);
  const states = startStates(context);
  const sources = (source: MetricSource) => accumulatorsOf(source).map((accumulator) => ({ accumulator, state: states.get(accumulator.name) }));
  const visitSteps = sources("visits");
  const recommendationSteps = sources("recommendations");
  const actionSteps = sources("accountability");
  const facts: RecommendationFacts = { status: "issued", implementedOn: undefined, facilities: [] };
  const { from } = context.period;
  const { until, asOf } = context;
  const run = (steps: typeof visitSteps, record: MetricSources[MetricSource]): void => {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      if (step !== undefined) step.accumulator.add(step.state, record, facts, context);
    }
  };
  const accumulator = (): ReportAccumulator => {
    const snapshot = new Map<string, unknown>();
    const none = startStates(context);
    for (const metric of REPORT_FIGURES) {
      const { name, merge } = metric.accumulator as unknown as AnyAccumulator;
      if (!snapshot.has(name)) snapshot.set(name, merge(none.get(name), states.get(name)));
    }
    return { options: { period: context.period, asOf, profile: context.profile, partialWeight: context.partialWeight, excludeWithdrawn: context.excludeWithdrawn }, facilities: context.facilityById, states: snapshot };
  };
  return {
    addVisit: (visit) => {
      const date = visit.startedOn;
      if (!(from <= date && date <= until)) return;
      readVisitFacts(visit, context, facts);
      run(visitSteps, visit);
    },
    addRecommendation: (recommendation) => {
      const date = recommendation.issuedOn;
      if (!(from <= date && date <= until)) return;
      readRecommendationFacts(recommendation, asOf, facts);
      run(recommendationSteps, recommendation);
    },
    addAccountabilityAction: (action) => {
      const date = action.decidedOn;
      if (from <= date && date <= until) run(actionSteps, action);
    },
    accumulator,
    report: (reported) => finish(accumulator(), reported),
  };
}

/** Whether a state has the shape of a fresh one: Maps of counts, Sets, counts, objects of those. */
function sameShape(fresh: unknown, given: unknown): boolean {
  if (fresh instanceof Map) return given instanceof Map && [...(given as Map<unknown, unknown>).values()].every((count) => typeof count === "number");
  if (fresh instanceof Set) return given instanceof Set;
  if (typeof fresh === "number") return Number.isFinite(given);
  if (typeof fresh !== "object" || fresh === null || typeof given !== "object" || given === null) return false;
  return Object.entries(fresh).every(([key, value]) => sameShape(value, (given as Record<string, unknown>)[key]));
}

const JSON_HINT = "a ReportAccumulator holds Maps and Sets, which JSON does not keep: pass it with postMessage or v8.serialize";

/**
 * The problems of an accumulator: one made by {@link accumulateReport},
 * {@link createReportBuilder} or {@link mergeReportAccumulators} (or passed through
 * `postMessage` or `v8.serialize`), with sound options, a Map of facilities, and the state
 * of every accumulator in its shape. One that went through JSON lost its Maps and Sets.
 *
 * @internal
 */
export function accumulatorProblems(accumulator: unknown, argument: string): OpcatProblem[] {
  const { fields, problems } = readFields(accumulator, ["options", "facilities", "states"], argument, false);
  if (problems.length > 0) return problems;
  const { fields: options, problems: optionProblems } = readFields(fields["options"], ["period", "asOf", "profile", "partialWeight", "excludeWithdrawn"], `${argument}.options`, false);
  const inOptions = (problem: OpcatProblem): OpcatProblem => ({ ...problem, path: ["options", ...problem.path], params: { ...problem.params, argument } });
  problems.push(...optionProblems.map(inOptions));
  if (optionProblems.length === 0) problems.push(...metricOptionProblems(options as unknown as MetricOptions, options["period"]).map(inOptions));
  const { facilities, states } = fields;
  try {
    if (!(facilities instanceof Map)) problems.push({ ...argumentProblem("schema.invalid_type", argument, ["facilities"], "a Map", facilities), message: `${argument}.facilities is not a Map: ${JSON_HINT}` });
    if (!(states instanceof Map)) {
      problems.push({ ...argumentProblem("schema.invalid_type", argument, ["states"], "a Map", states), message: `${argument}.states is not a Map: ${JSON_HINT}` });
    } else if (problems.length === 0) {
      const fresh = startStates(contextOf(accumulator as ReportAccumulator));
      for (const [name, state] of fresh) {
        if (!sameShape(state, (states as ReadonlyMap<string, unknown>).get(name))) {
          problems.push({ code: "schema.invalid_value", path: ["states", name], message: `${argument}.states holds no sound state ${name}: it was not made by accumulateReport or createReportBuilder`, params: { argument, value: name, expected: "accumulator state" } });
        }
      }
    }
  } catch {
    problems.push(argumentProblem("schema.unreadable", argument, [], "readable"));
  }
  return problems;
}

/** Whether two accumulators were computed with the same options (same profile id). */
function sameOptions(a: ReportAccumulator["options"], b: ReportAccumulator["options"]): boolean {
  return (
    a.period.from === b.period.from &&
    a.period.to === b.period.to &&
    a.asOf === b.asOf &&
    a.profile.id === b.profile.id &&
    a.partialWeight === b.partialWeight &&
    a.excludeWithdrawn === b.excludeWithdrawn
  );
}

/**
 * Merges the accumulators of parts of one dataset into that of the whole (neither is
 * changed). Additive figures (counts, sums, histograms) add up; distinct figures
 * (facilities monitored and their breakdowns, recommendations escalated) take the union
 * of ids, so a facility visited in both parts counts once; rates and quartiles are read
 * off the merged state, never averaged. The registers are merged by id (the first part's
 * record of an id wins). Throws an {@link OpcatError} (`report.incompatible_parts`) when
 * the parts were computed with different options, and `schema.invalid_type` for one that
 * is not an accumulator (one read back from JSON has lost its Maps and Sets).
 *
 * @example
 * ```ts
 * import { accumulateReport, civilDate, finishReport, mergeReportAccumulators } from "opcat-npm";
 *
 * const period = { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") };
 * const options = { asOf: civilDate("2024-11-08") };
 * const visit = (id: string, facilityId: string) => ({ id, type: "periodic", startedOn: civilDate("2023-03-01"), facilityIds: [facilityId] }) as const;
 * const a = accumulateReport({ period, facilities: [], visits: [visit("V-1", "F-1")], recommendations: [], accountability: [] }, options);
 * const b = accumulateReport({ period, facilities: [], visits: [visit("V-2", "F-1"), visit("V-3", "F-2")], recommendations: [], accountability: [] }, options);
 * const whole = finishReport(mergeReportAccumulators(a, b));
 * [whole.visits.total, whole.facilities.monitored];
 * //=> [3, 2]
 * ```
 */
export function mergeReportAccumulators(a: ReportAccumulator, b: ReportAccumulator): ReportAccumulator {
  throwIfProblems([...accumulatorProblems(a, "a"), ...accumulatorProblems(b, "b")]);
  if (!sameOptions(a.options, b.options)) {
    throw new OpcatError([
      {
        code: "report.incompatible_parts",
        path: ["options"],
        message: "Report parts computed with different options (period, asOf, profile, partialWeight or excludeWithdrawn) cannot be merged",
        params: { a: { ...a.options, profile: a.options.profile.id }, b: { ...b.options, profile: b.options.profile.id } },
      },
    ]);
  }
  const facilities = new Map(a.facilities);
  for (const [id, facility] of b.facilities) if (!facilities.has(id)) facilities.set(id, facility);
  const states = new Map<string, unknown>();
  for (const metric of REPORT_FIGURES) {
    const { name, merge } = metric.accumulator as unknown as AnyAccumulator;
    if (!states.has(name)) states.set(name, merge(a.states.get(name), b.states.get(name)));
  }
  return { options: a.options, facilities, states };
}

/**
 * The report of an accumulator (see {@link createReportBuilder},
 * {@link accumulateReport}, {@link mergeReportAccumulators}), reconciled with the
 * published figures when given.
 *
 * @example
 * ```ts
 * import { accumulateReport, civilDate, finishReport } from "opcat-npm";
 *
 * const accumulator = accumulateReport(
 *   { period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") }, facilities: [], visits: [], recommendations: [], accountability: [] },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * const report = finishReport(accumulator, { visits: { total: 461 } });
 * report.reconciliation.figures;
 * //=> [{ key: "visits.total", reported: 461, computed: 0, difference: -461 }]
 * ```
 */
export function finishReport(accumulator: ReportAccumulator, reported?: ReadonlyDeep<ReportedFigures> | null): Report {
  throwIfProblems([...accumulatorProblems(accumulator, "accumulator"), ...reportedProblems(reported, "reported")]);
  return finish(accumulator, reported);
}

/** Sets the value at a dotted key of the report (`visits.byType`), making the objects on the way in order. */
function setFigure(report: Record<string, unknown>, key: string, value: unknown): void {
  const path = key.split(".");
  let at = report;
  for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
  at[path[path.length - 1] ?? ""] = value;
}

function finish(accumulator: ReportAccumulator, reported: ReadonlyDeep<ReportedFigures> | null | undefined): Report {
  const context = contextOf(accumulator);
  const figures: Record<string, unknown> = {
    format: REPORT_FORMAT,
    profile: context.profile.id,
    period: { from: context.period.from, to: context.period.to },
    asOf: context.asOf,
    parameters: { partialWeight: context.partialWeight, excludeWithdrawn: context.excludeWithdrawn },
  };
  // Each figure at its key, in the order of REPORT_FIGURES (the order of the report's keys).
  for (const metric of REPORT_FIGURES) {
    const { finish: read, accumulator: { name } } = metric as unknown as Metric<MetricSource, unknown, unknown>;
    setFigure(figures, metric.key, read(accumulator.states.get(name), context));
  }
  const computed = figures as Omit<Report, "reconciliation">;
  return { ...computed, reconciliation: reconcile(computed, reported) };
}
