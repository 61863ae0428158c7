// @ts-check
// The baselines buildReport is compared with in bench/report.bench.mjs: three independent
// computations of the report's figures (DESIGN §4: every key of the report but
// `reconciliation`, and the period and asOf they were computed for), written without the
// library, each the way its kind of code is usually written. They must give exactly
// buildReport's figures, key order included (test/bench/reportBaselines.test.ts checks it, and
// the benchmark checks it once per run): otherwise the comparison says nothing.
//
// The rules they all follow, from src/metrics/*.ts:
// - the counting window: `from` = period.from to `until` = min(period.to, asOf), both included;
//   a visit counts by `startedOn`, a recommendation by `issuedOn`, an action by `decidedOn`;
// - the register: facilities by id, the first record of an id wins; a visit's facility missing
//   from it counts under `_unregistered`;
// - a recommendation's status as of asOf: that of the latest history entry dated on or before
//   asOf (of two on one day, the later in the list), `issued` when none; it was implemented on
//   the earliest `implemented` entry on or before asOf (days from issuedOn to that entry);
// - a visit counts once for each distinct agency (region) of its facilities; a recommendation
//   once for each distinct theme; facilities by agency / type / region count distinct
//   monitored facilities; coverage = monitored facilities open in the window (openedOn absent
//   or ≤ until, closedOn absent or ≥ from) / facilities of the register open in the window;
// - overdue: dueOn before asOf and status not implemented, rejected or withdrawn;
// - quartiles by the halves method (src/metrics/quartiles.ts): median of an even count = mean
//   of the two middle values, q1 / q3 = medians of the lower / upper ⌊n/2⌋ values (one value
//   is its own q1 and q3), all null when there is none.
//
// The contenders:
// - handLoopReport: one plain pass over each collection (register, visits, recommendations,
//   actions), the kind of code a competent developer writes without the library: Maps for the
//   counts, a Set per visit for its distinct agencies and regions, a Set of the facilities
//   monitored and of the recommendations escalated, the history read once per recommendation
//   for both the status and the implementation date, days from Date.parse of the date-only
//   strings (UTC by the standard), pushed into an array and sorted once at the end as a
//   Float64Array (a numeric sort with no comparator: at full size 31 ms for the 385,510 days,
//   against 140 ms for `days.sort((a, b) => a - b)`, a weaker baseline that would flatter
//   buildReport by about 0.15 in the ratio). Nothing heroic: no interning, no day-number
//   caches, no histogram, no columns.
// - lodashReport: idiomatic lodash, as a competent lodash user writes it: filter the records
//   in the window, then countBy / flatMap / uniq / sumBy / groupBy / sortBy / keyBy chains, one
//   per figure, each over the filtered arrays (so several passes); the status as of asOf is
//   `_.last(_.sortBy(entries on or before asOf, "on"))` (sortBy is stable: ties keep list order).
// - arqueroReport: idiomatic arquero over column tables (arqueroTables: `aq.from(records,
//   columns)` per collection, the columns the report needs): filter with params, groupby /
//   count / rollup, unroll of the array columns (facilityIds, themes, history, escalates),
//   dedupe, lookup (the left join of a table on a unique key), semijoin, window functions
//   (row_number in a group ordered by date for the latest status, in the sorted days for the
//   halves), op.median for the medians. arqueroReportFromRecords builds the tables and queries
//   them (what the benchmark times as "arquero"); arqueroReport alone is "query only".
//
// Shared by the three, because they are the report's shape and not the computation (a few
// dozen keys at the end, nothing per record): `listed` (every code of a list in order, 0 when
// none, then any other key in code-point order), `monthsOf` (the months of the window),
// `rateOf`, `quartilesOfSorted` (hand loop and lodash; arquero uses its own median), and
// `daysBetween`. This file imports neither the library nor zod: the code lists come in as an
// argument (`codeListsOf(profile, contract)`), so the benchmark passes the built package's and
// the test the source's.
import { desc, from as tableFrom, op } from "arquero";
import _ from "lodash";

/**
 * @typedef {{ readonly id: string, readonly type: string, readonly agency: string, readonly region: string,
 *   readonly openedOn?: string | null | undefined, readonly closedOn?: string | null | undefined }} BaselineFacility
 * @typedef {{ readonly type: string, readonly startedOn: string, readonly facilityIds: readonly string[] }} BaselineVisit
 * @typedef {{ readonly status: string, readonly on: string }} BaselineStatusChange
 * @typedef {{ readonly addressee: string, readonly level: string, readonly themes: readonly string[], readonly issuedOn: string,
 *   readonly dueOn?: string | null | undefined, readonly escalates?: readonly string[] | null | undefined,
 *   readonly history?: readonly BaselineStatusChange[] | null | undefined }} BaselineRecommendation
 * @typedef {{ readonly decidedOn: string, readonly initiator: string, readonly measure: string, readonly officials: number }} BaselineAction
 * @typedef {{ readonly from: string, readonly to: string }} BaselinePeriod
 * @typedef {{ readonly period: BaselinePeriod, readonly facilities: readonly BaselineFacility[], readonly visits: readonly BaselineVisit[],
 *   readonly recommendations: readonly BaselineRecommendation[], readonly accountability: readonly BaselineAction[] }} BaselineData
 * @typedef {{ readonly asOf: string, readonly period?: BaselinePeriod | undefined, readonly partialWeight?: number | undefined,
 *   readonly excludeWithdrawn?: boolean | undefined }} BaselineOptions
 * @typedef {{ readonly visitTypes: readonly string[], readonly statuses: readonly string[], readonly initiators: readonly string[],
 *   readonly measures: readonly string[], readonly agencies: readonly string[], readonly regions: readonly string[],
 *   readonly facilityTypes: readonly string[], readonly themes: readonly string[] }} CodeLists
 * @typedef {{ numerator: number, denominator: number, rate: number | null }} BaselineRate
 * @typedef {{ count: number, median: number | null, q1: number | null, q3: number | null }} BaselineQuartiles
 * @typedef {{
 *   period: { from: string, to: string }, asOf: string,
 *   visits: { total: number, byType: Record<string, number>, byAgency: Record<string, number>, byRegion: Record<string, number>,
 *     byFacilityType: Record<string, number>, byTypeAndFacilityType: Record<string, Record<string, number>>, byMonth: Record<string, number> },
 *   facilities: { monitored: number, byAgency: Record<string, number>, byType: Record<string, number>, byRegion: Record<string, number>, coverage: BaselineRate },
 *   recommendations: { total: number, byStatus: Record<string, number>, byTheme: Record<string, number>, byAgency: Record<string, number>,
 *     implementation: BaselineRate, overdue: number, daysToImplement: BaselineQuartiles, escalations: { issued: number, escalated: number } },
 *   accountability: { officials: { total: number, byInitiator: Record<string, number>, byMeasure: Record<string, number> } },
 * }} ReportFigures
 * @typedef {{ readonly lists: Readonly<Record<"agencies" | "regions" | "facilityTypes" | "themes", readonly { readonly code: string }[]>> }} ProfileLists
 * @typedef {{ readonly VISIT_TYPES: readonly string[], readonly RECOMMENDATION_STATUSES: readonly string[],
 *   readonly ACCOUNTABILITY_INITIATORS: readonly string[], readonly ACCOUNTABILITY_MEASURES: readonly string[] }} ContractLists
 */

/** The key under which facilities missing from the register count (the library's UNREGISTERED). */
export const UNREGISTERED = "_unregistered";
const CLOSED_STATUSES = ["implemented", "rejected", "withdrawn"];
const MS_PER_DAY = 86_400_000;

/**
 * The code lists the report's breakdowns are keyed by: the contract's (visit types, statuses,
 * initiators, measures) and the profile's (agencies, regions, facility types, themes).
 * @param {ProfileLists} profile
 * @param {ContractLists} contract
 * @returns {CodeLists}
 */
export function codeListsOf(profile, contract) {
  const codes = (/** @type {keyof ProfileLists["lists"]} */ list) => profile.lists[list].map((entry) => entry.code);
  return {
    visitTypes: contract.VISIT_TYPES,
    statuses: contract.RECOMMENDATION_STATUSES,
    initiators: contract.ACCOUNTABILITY_INITIATORS,
    measures: contract.ACCOUNTABILITY_MEASURES,
    agencies: codes("agencies"),
    regions: codes("regions"),
    facilityTypes: codes("facilityTypes"),
    themes: codes("themes"),
  };
}

/**
 * The figures of a report of buildReport that the baselines compute (every key but format,
 * profile, parameters and reconciliation), in the report's order.
 * @param {{ period: { from: string, to: string }, asOf: string, visits: unknown, facilities: unknown, recommendations: unknown, accountability: unknown }} report
 */
export function figuresOf(report) {
  const { period, asOf, visits, facilities, recommendations, accountability } = report;
  return { period: { from: period.from, to: period.to }, asOf, visits, facilities, recommendations, accountability };
}

// ---------------------------------------------------------------------------------------------
// The report's shape (shared: a few dozen keys, nothing per record)
// ---------------------------------------------------------------------------------------------

/**
 * Counts as the report lists them: every code of `codes` in order (0 when none), then any other
 * key, in code-point order.
 * @param {ReadonlyMap<string, number> | Readonly<Record<string, number>>} counts
 * @param {readonly string[]} codes
 * @returns {Record<string, number>}
 */
export function listed(counts, codes) {
  const map = counts instanceof Map ? counts : new Map(Object.entries(counts));
  const known = new Set(codes);
  const others = [...map.keys()].filter((key) => !known.has(key)).sort();
  return Object.fromEntries([...codes, ...others].map((key) => [key, map.get(key) ?? 0]));
}

/**
 * Counts by visit type, then by facility type, as the report lists them: every visit type,
 * each with the same facility types (the profile's in order, then any other found under any
 * visit type, in code-point order).
 * @param {ReadonlyMap<string, ReadonlyMap<string, number>>} counts
 * @param {CodeLists} lists
 * @returns {Record<string, Record<string, number>>}
 */
export function crossListed(counts, lists) {
  const known = new Set(lists.facilityTypes);
  const others = [...new Set([...counts.values()].flatMap((byType) => [...byType.keys()]))].filter((key) => !known.has(key)).sort();
  const codes = [...lists.facilityTypes, ...others];
  return Object.fromEntries(lists.visitTypes.map((type) => [type, listed(counts.get(type) ?? new Map(), codes)]));
}

/**
 * Every month `YYYY-MM` from that of `from` to that of `until`, in order.
 * @param {string} from
 * @param {string} until
 */
export function monthsOf(from, until) {
  const months = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = until.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    if (key > last) break;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

/** @param {ReadonlyMap<string, number> | Readonly<Record<string, number>>} counts @param {string} from @param {string} until */
function byMonth(counts, from, until) {
  const map = counts instanceof Map ? counts : new Map(Object.entries(counts));
  return Object.fromEntries(monthsOf(from, until).map((month) => [month, map.get(month) ?? 0]));
}

/** @param {number} numerator @param {number} denominator @returns {BaselineRate} */
export function rateOf(numerator, denominator) {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/** Days from one date-only string to another (Date.parse reads `YYYY-MM-DD` as UTC). @param {string} from @param {string} to */
export function daysBetween(from, to) {
  return (Date.parse(to) - Date.parse(from)) / MS_PER_DAY;
}

/**
 * Count, median and the halves' medians of values sorted ascending.
 * @param {ArrayLike<number>} sorted
 * @returns {BaselineQuartiles}
 */
export function quartilesOfSorted(sorted) {
  const count = sorted.length;
  if (count === 0) return { count, median: null, q1: null, q3: null };
  const medianOf = (/** @type {number} */ start, /** @type {number} */ length) => {
    const middle = start + Math.floor(length / 2);
    return length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  };
  const half = Math.max(1, Math.floor(count / 2));
  return { count, median: medianOf(0, count), q1: medianOf(0, half), q3: medianOf(count - half, half) };
}

/** @param {BaselineData} data @param {BaselineOptions} options */
function windowOf(data, options) {
  const period = options.period ?? data.period;
  const asOf = options.asOf;
  return {
    period,
    asOf,
    from: period.from,
    until: asOf < period.to ? asOf : period.to,
    partialWeight: options.partialWeight ?? 0,
    excludeWithdrawn: options.excludeWithdrawn ?? false,
  };
}

/**
 * The implementation rate from the counts by status.
 * @param {ReadonlyMap<string, number> | Readonly<Record<string, number>>} byStatus
 * @param {number} total
 * @param {{ partialWeight: number, excludeWithdrawn: boolean }} window
 */
function implementationOf(byStatus, total, window) {
  const map = byStatus instanceof Map ? byStatus : new Map(Object.entries(byStatus));
  const implemented = map.get("implemented") ?? 0;
  const partially = map.get("partially_implemented") ?? 0;
  const withdrawn = window.excludeWithdrawn ? (map.get("withdrawn") ?? 0) : 0;
  return rateOf(implemented + partially * window.partialWeight, total - withdrawn);
}

// ---------------------------------------------------------------------------------------------
// The hand-written loop
// ---------------------------------------------------------------------------------------------

/** @param {Map<string, number>} counts @param {string} key @param {number} [by] */
function add(counts, key, by = 1) {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/**
 * The report's figures in one plain pass over each collection.
 * @param {BaselineData} data
 * @param {CodeLists} lists
 * @param {BaselineOptions} options
 * @returns {ReportFigures}
 */
export function handLoopReport(data, lists, options) {
  const { period, asOf, from, until, ...weights } = windowOf(data, options);

  /** @type {Map<string, BaselineFacility>} */
  const register = new Map();
  for (const facility of data.facilities) if (!register.has(facility.id)) register.set(facility.id, facility);

  let visitsTotal = 0;
  /** @type {Map<string, number>} */ const visitsByType = new Map();
  /** @type {Map<string, number>} */ const visitsByAgency = new Map();
  /** @type {Map<string, number>} */ const visitsByRegion = new Map();
  /** @type {Map<string, number>} */ const visitsByFacilityType = new Map();
  /** @type {Map<string, Map<string, number>>} */ const visitsByTypeAndFacilityType = new Map();
  /** @type {Map<string, number>} */ const visitsByMonth = new Map();
  /** @type {Set<string>} */ const monitored = new Set();
  for (const visit of data.visits) {
    const date = visit.startedOn;
    if (date < from || date > until) continue;
    visitsTotal++;
    add(visitsByType, visit.type);
    add(visitsByMonth, date.slice(0, 7));
    const agencies = new Set();
    const regions = new Set();
    const types = new Set();
    for (const id of visit.facilityIds) {
      monitored.add(id);
      const facility = register.get(id);
      agencies.add(facility === undefined ? UNREGISTERED : facility.agency);
      regions.add(facility === undefined ? UNREGISTERED : facility.region);
      types.add(facility === undefined ? UNREGISTERED : facility.type);
    }
    for (const agency of agencies) add(visitsByAgency, agency);
    for (const region of regions) add(visitsByRegion, region);
    let byType = visitsByTypeAndFacilityType.get(visit.type);
    if (byType === undefined) visitsByTypeAndFacilityType.set(visit.type, (byType = new Map()));
    for (const type of types) {
      add(visitsByFacilityType, type);
      add(byType, type);
    }
  }

  /** @type {Map<string, number>} */ const facilitiesByAgency = new Map();
  /** @type {Map<string, number>} */ const facilitiesByType = new Map();
  /** @type {Map<string, number>} */ const facilitiesByRegion = new Map();
  for (const id of monitored) {
    const facility = register.get(id);
    add(facilitiesByAgency, facility === undefined ? UNREGISTERED : facility.agency);
    add(facilitiesByType, facility === undefined ? UNREGISTERED : facility.type);
    add(facilitiesByRegion, facility === undefined ? UNREGISTERED : facility.region);
  }
  let open = 0;
  let openMonitored = 0;
  for (const [id, facility] of register) {
    const opened = facility.openedOn;
    const closed = facility.closedOn;
    if ((opened === undefined || opened === null || opened <= until) && (closed === undefined || closed === null || closed >= from)) {
      open++;
      if (monitored.has(id)) openMonitored++;
    }
  }

  let recommendationsTotal = 0;
  let overdue = 0;
  let escalationsIssued = 0;
  /** @type {Map<string, number>} */ const byStatus = new Map();
  /** @type {Map<string, number>} */ const byTheme = new Map();
  /** @type {Map<string, number>} */ const byAddressee = new Map();
  /** @type {Set<string>} */ const escalated = new Set();
  /** @type {number[]} */ const days = [];
  for (const recommendation of data.recommendations) {
    const issued = recommendation.issuedOn;
    if (issued < from || issued > until) continue;
    recommendationsTotal++;
    let status = "issued";
    /** @type {string | undefined} */ let latest;
    /** @type {string | undefined} */ let implementedOn;
    for (const change of recommendation.history ?? []) {
      if (change.on > asOf) continue;
      if (latest === undefined || change.on >= latest) {
        status = change.status;
        latest = change.on;
      }
      if (change.status === "implemented" && (implementedOn === undefined || change.on < implementedOn)) implementedOn = change.on;
    }
    add(byStatus, status);
    const themes = recommendation.themes;
    for (let i = 0; i < themes.length; i++) {
      const theme = themes[i] ?? "";
      if (themes.indexOf(theme) === i) add(byTheme, theme);
    }
    add(byAddressee, recommendation.addressee);
    const due = recommendation.dueOn;
    if (due !== undefined && due !== null && due < asOf && !CLOSED_STATUSES.includes(status)) overdue++;
    if (implementedOn !== undefined) days.push(daysBetween(issued, implementedOn));
    if (recommendation.level === "agency") {
      escalationsIssued++;
      for (const id of recommendation.escalates ?? []) escalated.add(id);
    }
  }
  const sortedDays = Float64Array.from(days).sort();

  let officials = 0;
  /** @type {Map<string, number>} */ const byInitiator = new Map();
  /** @type {Map<string, number>} */ const byMeasure = new Map();
  for (const action of data.accountability) {
    const date = action.decidedOn;
    if (date < from || date > until) continue;
    officials += action.officials;
    add(byInitiator, action.initiator, action.officials);
    add(byMeasure, action.measure, action.officials);
  }

  return {
    period: { from: period.from, to: period.to },
    asOf,
    visits: {
      total: visitsTotal,
      byType: listed(visitsByType, lists.visitTypes),
      byAgency: listed(visitsByAgency, lists.agencies),
      byRegion: listed(visitsByRegion, lists.regions),
      byFacilityType: listed(visitsByFacilityType, lists.facilityTypes),
      byTypeAndFacilityType: crossListed(visitsByTypeAndFacilityType, lists),
      byMonth: byMonth(visitsByMonth, from, until),
    },
    facilities: {
      monitored: monitored.size,
      byAgency: listed(facilitiesByAgency, lists.agencies),
      byType: listed(facilitiesByType, lists.facilityTypes),
      byRegion: listed(facilitiesByRegion, lists.regions),
      coverage: rateOf(openMonitored, open),
    },
    recommendations: {
      total: recommendationsTotal,
      byStatus: listed(byStatus, lists.statuses),
      byTheme: listed(byTheme, lists.themes),
      byAgency: listed(byAddressee, lists.agencies),
      implementation: implementationOf(byStatus, recommendationsTotal, weights),
      overdue,
      daysToImplement: quartilesOfSorted(sortedDays),
      escalations: { issued: escalationsIssued, escalated: escalated.size },
    },
    accountability: { officials: { total: officials, byInitiator: listed(byInitiator, lists.initiators), byMeasure: listed(byMeasure, lists.measures) } },
  };
}

// ---------------------------------------------------------------------------------------------
// lodash
// ---------------------------------------------------------------------------------------------

/**
 * The report's figures with idiomatic lodash chains, one per figure.
 * @param {BaselineData} data
 * @param {CodeLists} lists
 * @param {BaselineOptions} options
 * @returns {ReportFigures}
 */
export function lodashReport(data, lists, options) {
  const { period, asOf, from, until, ...weights } = windowOf(data, options);
  const inWindow = (/** @type {string} */ date) => from <= date && date <= until;

  const register = _.keyBy(_.uniqBy(data.facilities, "id"), "id");
  const field = (/** @type {string} */ id, /** @type {"agency" | "type" | "region"} */ name) => (_.has(register, id) ? register[id]?.[name] : undefined) ?? UNREGISTERED;

  const visits = _.filter(data.visits, (visit) => inWindow(visit.startedOn));
  const monitored = _.uniq(_.flatMap(visits, "facilityIds"));
  const open = _.filter(_.values(register), (facility) => (facility.openedOn == null || facility.openedOn <= until) && (facility.closedOn == null || facility.closedOn >= from));

  const recommendations = _.filter(data.recommendations, (recommendation) => inWindow(recommendation.issuedOn));
  const facts = _.map(recommendations, (recommendation) => {
    const known = _.filter(recommendation.history ?? [], (change) => change.on <= asOf);
    return {
      recommendation,
      status: _.last(_.sortBy(known, "on"))?.status ?? "issued",
      implementedOn: _.minBy(_.filter(known, { status: "implemented" }), "on")?.on,
    };
  });
  const byStatus = _.countBy(facts, "status");
  const days = _.sortBy(_.map(_.filter(facts, "implementedOn"), (fact) => daysBetween(fact.recommendation.issuedOn, fact.implementedOn ?? "")));
  const agencyLevel = _.filter(recommendations, { level: "agency" });

  const actions = _.filter(data.accountability, (action) => inWindow(action.decidedOn));
  const officialsBy = (/** @type {"initiator" | "measure"} */ key) => _.mapValues(_.groupBy(actions, key), (group) => _.sumBy(group, "officials"));

  return {
    period: { from: period.from, to: period.to },
    asOf,
    visits: {
      total: visits.length,
      byType: listed(_.countBy(visits, "type"), lists.visitTypes),
      byAgency: listed(_.countBy(_.flatMap(visits, (visit) => _.uniq(_.map(visit.facilityIds, (id) => field(id, "agency"))))), lists.agencies),
      byRegion: listed(_.countBy(_.flatMap(visits, (visit) => _.uniq(_.map(visit.facilityIds, (id) => field(id, "region"))))), lists.regions),
      byFacilityType: listed(_.countBy(_.flatMap(visits, (visit) => _.uniq(_.map(visit.facilityIds, (id) => field(id, "type"))))), lists.facilityTypes),
      byTypeAndFacilityType: crossListed(
        new Map(
          _.map(_.groupBy(visits, "type"), (group, type) => [type, new Map(Object.entries(_.countBy(_.flatMap(group, (visit) => _.uniq(_.map(visit.facilityIds, (id) => field(id, "type")))))))]),
        ),
        lists,
      ),
      byMonth: byMonth(_.countBy(visits, (visit) => visit.startedOn.slice(0, 7)), from, until),
    },
    facilities: {
      monitored: monitored.length,
      byAgency: listed(_.countBy(monitored, (id) => field(id, "agency")), lists.agencies),
      byType: listed(_.countBy(monitored, (id) => field(id, "type")), lists.facilityTypes),
      byRegion: listed(_.countBy(monitored, (id) => field(id, "region")), lists.regions),
      coverage: rateOf(_.intersection(_.map(open, "id"), monitored).length, open.length),
    },
    recommendations: {
      total: recommendations.length,
      byStatus: listed(byStatus, lists.statuses),
      byTheme: listed(_.countBy(_.flatMap(recommendations, (recommendation) => _.uniq(recommendation.themes))), lists.themes),
      byAgency: listed(_.countBy(recommendations, "addressee"), lists.agencies),
      implementation: implementationOf(byStatus, recommendations.length, weights),
      overdue: _.filter(facts, (fact) => fact.recommendation.dueOn != null && fact.recommendation.dueOn < asOf && !_.includes(CLOSED_STATUSES, fact.status)).length,
      daysToImplement: quartilesOfSorted(days),
      escalations: { issued: agencyLevel.length, escalated: _.uniq(_.flatMap(agencyLevel, (recommendation) => recommendation.escalates ?? [])).length },
    },
    accountability: {
      officials: { total: _.sumBy(actions, "officials"), byInitiator: listed(officialsBy("initiator"), lists.initiators), byMeasure: listed(officialsBy("measure"), lists.measures) },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// arquero
// ---------------------------------------------------------------------------------------------

/** @typedef {import("arquero").ColumnTable} ColumnTable */
/** @typedef {{ facilities: ColumnTable, visits: ColumnTable, recommendations: ColumnTable, accountability: ColumnTable }} ArqueroTables */

/**
 * One column table per collection, from the record arrays, with the columns the report reads.
 * @param {BaselineData} data
 * @returns {ArqueroTables}
 */
export function arqueroTables(data) {
  return {
    facilities: tableFrom(data.facilities, ["id", "type", "agency", "region", "openedOn", "closedOn"]),
    visits: tableFrom(data.visits, ["type", "startedOn", "facilityIds"]),
    recommendations: tableFrom(data.recommendations, ["addressee", "level", "themes", "issuedOn", "dueOn", "escalates", "history"]),
    accountability: tableFrom(data.accountability, ["decidedOn", "initiator", "measure", "officials"]),
  };
}

/**
 * A table with parameters for its expressions (`params` is typed as also returning the
 * parameters: this says which).
 * @param {ColumnTable} table
 * @param {Record<string, unknown>} values
 * @returns {ColumnTable}
 */
function withParams(table, values) {
  return /** @type {ColumnTable} */ (table.params(values));
}

/**
 * The counts of a `groupby(key).count()` table, by key.
 * @param {ColumnTable} table
 * @param {string} key
 * @param {string} [value]
 * @returns {Map<string, number>}
 */
function countsOf(table, key, value = "count") {
  const keys = table.array(key);
  const values = table.array(value);
  const counts = new Map();
  for (let i = 0; i < table.numRows(); i++) counts.set(String(keys[i]), Number(values[i]));
  return counts;
}

/**
 * Counts by visit type, then facility type, of a table of `visitType`, `type` and `count`.
 * @param {ColumnTable} table
 */
function crossCounts(table) {
  /** @type {Map<string, Map<string, number>>} */
  const counts = new Map();
  const [visitTypes, types, values] = [table.array("visitType"), table.array("type"), table.array("count")];
  for (let i = 0; i < table.numRows(); i++) {
    const key = String(visitTypes[i]);
    if (!counts.has(key)) counts.set(key, new Map());
    counts.get(key)?.set(String(types[i]), Number(values[i]));
  }
  return counts;
}

/** A number from a one-row rollup, null when undefined (an aggregate over no row). @param {ColumnTable} table @param {string} name */
function single(table, name) {
  const value = table.get(name, 0);
  return value === undefined || value === null ? null : Number(value);
}

/**
 * Builds the tables from the records and queries them: what the benchmark times as "arquero".
 * @param {BaselineData} data
 * @param {CodeLists} lists
 * @param {BaselineOptions} options
 */
export function arqueroReportFromRecords(data, lists, options) {
  return arqueroReport(arqueroTables(data), { period: data.period }, lists, options);
}

/**
 * The report's figures with arquero queries over the tables of arqueroTables.
 * @param {ArqueroTables} tables
 * @param {{ readonly period: BaselinePeriod }} dataset
 * @param {CodeLists} lists
 * @param {BaselineOptions} options
 * @returns {ReportFigures}
 */
export function arqueroReport(tables, dataset, lists, options) {
  const { period, asOf, from, until, ...weights } = windowOf({ period: dataset.period, facilities: [], visits: [], recommendations: [], accountability: [] }, options);
  const params = { from, until, asOf, unregistered: UNREGISTERED, msPerDay: MS_PER_DAY };

  // The register (first record of an id) and the visits of the window, one row per facility visited.
  const register = withParams(tables.facilities, params).dedupe("id");
  const visits = withParams(tables.visits, params)
    .filter((d, $) => $.from <= d.startedOn && d.startedOn <= $.until)
    .derive({ visit: () => op.row_number(), month: (d) => op.substring(d.startedOn, 0, 7) });
  const visited = visits
    .select("visit", "facilityIds", "type")
    .rename({ type: "visitType" })
    .unroll("facilityIds")
    .lookup(register, ["facilityIds", "id"], "agency", "region", "type")
    .derive({
      agency: (d, $) => (d.agency == null ? $.unregistered : d.agency),
      region: (d, $) => (d.region == null ? $.unregistered : d.region),
      type: (d, $) => (d.type == null ? $.unregistered : d.type),
    });
  const monitored = visited.dedupe("facilityIds");
  const open = register.filter((d, $) => (d.openedOn == null || d.openedOn <= $.until) && (d.closedOn == null || d.closedOn >= $.from));

  // The recommendations of the window, their history entries known at asOf, the latest status.
  const recommendations = withParams(tables.recommendations, params)
    .filter((d, $) => $.from <= d.issuedOn && d.issuedOn <= $.until)
    .derive({ recommendation: () => op.row_number() });
  const known = recommendations
    .select("recommendation", "issuedOn", "history")
    .unroll("history", { index: "position" })
    .derive({ status: (d) => d.history.status, on: (d) => d.history.on })
    .filter((d, $) => d.on <= $.asOf);
  const latest = known
    .groupby("recommendation")
    .orderby(desc("on"), desc("position"))
    .filter(() => op.row_number() === 1)
    .select("recommendation", "status");
  const withStatus = recommendations
    .lookup(latest, "recommendation", "status")
    .derive({ status: (d) => (d.status == null ? "issued" : d.status) });
  const days = known
    .filter((d) => d.status === "implemented")
    .groupby("recommendation")
    .rollup({ issuedOn: op.any("issuedOn"), implementedOn: op.min("on") })
    .derive({ days: (d, $) => (op.timestamp(op.parse_date(d.implementedOn)) - op.timestamp(op.parse_date(d.issuedOn))) / $.msPerDay })
    .select("days")
    .orderby("days")
    .derive({ rank: () => op.row_number() });
  const implemented = days.numRows();
  const half = Math.max(1, Math.floor(implemented / 2));
  const medianOfRanks = (/** @type {number} */ first, /** @type {number} */ last) =>
    single(withParams(days, { first, last }).filter((d, $) => $.first <= d.rank && d.rank <= $.last).rollup({ median: op.median("days") }), "median");
  const agencyLevel = recommendations.filter((d) => d.level === "agency");
  const recommendationsTotal = recommendations.numRows();
  const byStatus = countsOf(withStatus.groupby("status").count(), "status");

  const actions = withParams(tables.accountability, params).filter((d, $) => $.from <= d.decidedOn && d.decidedOn <= $.until);
  const officialsBy = (/** @type {string} */ key) => countsOf(actions.groupby(key).rollup({ officials: op.sum("officials") }), key, "officials");

  return {
    period: { from: period.from, to: period.to },
    asOf,
    visits: {
      total: visits.numRows(),
      byType: listed(countsOf(visits.groupby("type").count(), "type"), lists.visitTypes),
      byAgency: listed(countsOf(visited.dedupe("visit", "agency").groupby("agency").count(), "agency"), lists.agencies),
      byRegion: listed(countsOf(visited.dedupe("visit", "region").groupby("region").count(), "region"), lists.regions),
      byFacilityType: listed(countsOf(visited.dedupe("visit", "type").groupby("type").count(), "type"), lists.facilityTypes),
      byTypeAndFacilityType: crossListed(crossCounts(visited.dedupe("visit", "type").groupby("visitType", "type").count()), lists),
      byMonth: byMonth(countsOf(visits.groupby("month").count(), "month"), from, until),
    },
    facilities: {
      monitored: monitored.numRows(),
      byAgency: listed(countsOf(monitored.groupby("agency").count(), "agency"), lists.agencies),
      byType: listed(countsOf(monitored.groupby("type").count(), "type"), lists.facilityTypes),
      byRegion: listed(countsOf(monitored.groupby("region").count(), "region"), lists.regions),
      coverage: rateOf(open.semijoin(monitored, ["id", "facilityIds"]).numRows(), open.numRows()),
    },
    recommendations: {
      total: recommendationsTotal,
      byStatus: listed(byStatus, lists.statuses),
      byTheme: listed(countsOf(recommendations.select("recommendation", "themes").unroll("themes").dedupe("recommendation", "themes").groupby("themes").count(), "themes"), lists.themes),
      byAgency: listed(countsOf(recommendations.groupby("addressee").count(), "addressee"), lists.agencies),
      implementation: implementationOf(byStatus, recommendationsTotal, weights),
      overdue: withStatus
        .filter((d, $) => d.dueOn != null && d.dueOn < $.asOf && d.status !== "implemented" && d.status !== "rejected" && d.status !== "withdrawn")
        .numRows(),
      daysToImplement: implemented === 0
        ? { count: 0, median: null, q1: null, q3: null }
        : { count: implemented, median: medianOfRanks(1, implemented), q1: medianOfRanks(1, half), q3: medianOfRanks(implemented - half + 1, implemented) },
      escalations: { issued: agencyLevel.numRows(), escalated: agencyLevel.select("escalates").unroll("escalates").dedupe("escalates").numRows() },
    },
    accountability: {
      officials: {
        total: single(actions.rollup({ total: op.sum("officials") }), "total") ?? 0,
        byInitiator: listed(officialsBy("initiator"), lists.initiators),
        byMeasure: listed(officialsBy("measure"), lists.measures),
      },
    },
  };
}
