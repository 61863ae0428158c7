import type { AccountabilityAction } from "../model/accountabilityAction";
import type { CivilDate } from "../model/civilDate";
import type { Facility } from "../model/facility";
import type { Recommendation } from "../model/recommendation";
import type { RecommendationStatus } from "../model/recommendationStatus";
import type { Visit } from "../model/visit";
import { readingRecords } from "./dataArgument";
import { createMetricContext, isCounted, readMetricArguments, type MetricContext, type MetricOptions } from "./metricContext";
import type { ReadonlyDeep, ReportData } from "./reportData";

/**
 * What a recommendation is as of `asOf`, worked out once for every metric: its status
 * (the last history entry on or before `asOf`, else `issued`) and the day of its first
 * `implemented` entry on or before `asOf`.
 *
 * @internal
 */
export interface RecommendationFacts {
  status: RecommendationStatus;
  implementedOn: CivilDate | undefined;
  /**
   * For a visit: the register's record of each of its facilities, in order (undefined
   * when the register lacks it), looked up once for every metric.
   */
  readonly facilities: (ReadonlyDeep<Facility> | undefined)[];
}

/**
 * Looks up a visit's facilities in the register into `facts.facilities` (reused from one
 * visit to the next).
 *
 * @internal
 */
export function readVisitFacts(visit: ReadonlyDeep<Visit>, context: MetricContext, facts: RecommendationFacts): void {
  const ids = visit.facilityIds;
  facts.facilities.length = ids.length;
  for (let i = 0; i < ids.length; i++) facts.facilities[i] = context.facilityById.get(ids[i] ?? "");
}

/**
 * The records a metric reads, by collection. The facility register is not one of them: it
 * comes with the context, since a visit is broken down by its facilities' agency and region.
 *
 * @internal
 */
export interface MetricSources {
  /** Visits that started in the counting window. */
  readonly visits: ReadonlyDeep<Visit>;
  /** Recommendations issued in the counting window. */
  readonly recommendations: ReadonlyDeep<Recommendation>;
  /** Accountability actions decided in the counting window. */
  readonly accountability: ReadonlyDeep<AccountabilityAction>;
}

/** @internal */
export type MetricSource = keyof MetricSources;

/**
 * How a figure is accumulated: a state started empty, each counted record of one
 * collection added to it, and states merged (for data split across workers or machines).
 * `add` changes the state it is given (the state is the accumulator's own, never the
 * caller's data); `merge` returns a new state and changes neither. Several metrics can
 * share one accumulator (the four `facilities.*` figures share the set of monitored
 * facilities): buildReport runs each accumulator once.
 *
 * @internal
 */
export interface Accumulator<Source extends MetricSource, State> {
  /** Unique among the accumulators of a report: names the state in a {@link ReportAccumulator}. */
  readonly name: string;
  readonly source: Source;
  readonly start: (context: MetricContext) => State;
  readonly add: (state: State, record: MetricSources[Source], facts: RecommendationFacts, context: MetricContext) => void;
  readonly merge: (a: State, b: State) => State;
}

/**
 * A metric: its key in the report, the accumulator it reads, and how its figure is read
 * off the accumulated state.
 *
 * @internal
 */
export interface Metric<Source extends MetricSource, State, Output> {
  /** The metric's key in the report, such as `"visits.byType"`. */
  readonly key: string;
  readonly accumulator: Accumulator<Source, State>;
  readonly finish: (state: State, context: MetricContext) => Output;
}

/**
 * Works out a recommendation's {@link RecommendationFacts} into `facts` (reused from one
 * record to the next, so a million recommendations cost no allocation).
 *
 * @internal
 */
export function readRecommendationFacts(recommendation: ReadonlyDeep<Recommendation>, asOf: CivilDate, facts: RecommendationFacts): void {
  let status: RecommendationStatus = "issued";
  let latest: CivilDate | undefined;
  let implementedOn: CivilDate | undefined;
  const history = recommendation.history;
  if (history !== undefined && history !== null) {
    for (let i = 0; i < history.length; i++) {
      const change = history[i];
      if (change === undefined || change.on > asOf) continue;
      // The same rule as statusAsOf: the latest entry wins, and of two on one day the later one.
      if (latest === undefined || change.on >= latest) {
        status = change.status;
        latest = change.on;
      }
      if (change.status === "implemented" && (implementedOn === undefined || change.on < implementedOn)) implementedOn = change.on;
    }
  }
  facts.status = status;
  facts.implementedOn = implementedOn;
}

/**
 * The date that puts a record of a collection in the counting window.
 *
 * @internal
 */
export function countingDate<Source extends MetricSource>(source: Source, record: MetricSources[Source]): CivilDate | undefined {
  switch (source) {
    case "visits":
      return (record as ReadonlyDeep<Visit>).startedOn;
    case "recommendations":
      return (record as ReadonlyDeep<Recommendation>).issuedOn;
    case "accountability":
      return (record as ReadonlyDeep<AccountabilityAction>).decidedOn;
  }
  return undefined;
}

/**
 * Computes one metric over a dataset on its own (buildReport computes them all in one
 * pass instead).
 *
 * @internal
 */
export function runMetric<Source extends MetricSource, State, Output>(metric: Metric<Source, State, Output>, data: ReportData, options: MetricOptions): Output {
  const { accumulator } = metric;
  const collections = ["facilities", accumulator.source] as const;
  const read = readMetricArguments(data, options, collections);
  return readingRecords(read.data, collections, () => {
    const context = createMetricContext(read.data, read.options);
    const state = accumulator.start(context);
    const records = read.data[accumulator.source] as readonly MetricSources[Source][];
    const facts: RecommendationFacts = { status: "issued", implementedOn: undefined, facilities: [] };
    for (const record of records) {
      const date = countingDate(accumulator.source, record);
      if (date !== undefined && !isCounted(context, date)) continue;
      if (accumulator.source === "recommendations") readRecommendationFacts(record as ReadonlyDeep<Recommendation>, context.asOf, facts);
      if (accumulator.source === "visits") readVisitFacts(record as ReadonlyDeep<Visit>, context, facts);
      accumulator.add(state, record, facts, context);
    }
    return metric.finish(state, context);
  });
}
