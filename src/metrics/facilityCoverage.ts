import type { Facility } from "../model/facility";
import { runMetric, type Metric } from "./metric";
import type { MetricContext, MetricOptions } from "./metricContext";
import { monitoredFacilities } from "./monitoredFacilities";
import { rateOf, type Rate } from "./rate";
import type { ReadonlyDeep, ReportData } from "./reportData";

/** Whether a facility of the register was open on some day of the counting window. */
function isOpenInWindow(facility: ReadonlyDeep<Facility>, context: MetricContext): boolean {
  const { openedOn, closedOn } = facility;
  return (openedOn === undefined || openedOn === null || openedOn <= context.until) && (closedOn === undefined || closedOn === null || closedOn >= context.period.from);
}

/**
 * The metric of {@link facilityCoverage}.
 *
 * @internal
 */
export const facilityCoverageMetric: Metric<"visits", Set<string>, Rate> = {
  key: "facilities.coverage",
  accumulator: monitoredFacilities,
  finish: (state, context) => {
    let open = 0;
    let monitored = 0;
    for (const [id, facility] of context.facilityById) {
      if (!isOpenInWindow(facility, context)) continue;
      open++;
      if (state.has(id)) monitored++;
    }
    return rateOf(monitored, open);
  },
};

/**
 * `facilities.coverage`: the share of the register that was monitored. Denominator: the
 * facilities of the register open on some day of the period (counted up to `asOf`),
 * that is opened on or before its last day, or with no `openedOn`, and closed on or after
 * its first day, or not closed. Numerator: those of them covered by a counted visit (a
 * visit to a facility missing from the register or closed all period adds to
 * `facilities.monitored` but not here, so the rate never exceeds 1). Rate null for an
 * empty register.
 *
 * @example
 * ```ts
 * import { civilDate, facilityCoverage } from "opcat-npm";
 *
 * facilityCoverage(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [
 *       { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" },
 *       { id: "F-2", name: "Police unit", type: "police_unit", agency: "interior", region: "KZ-71" },
 *       { id: "F-3", name: "Closed colony", type: "penal_colony", agency: "interior", region: "KZ-71", closedOn: civilDate("2022-06-30") },
 *       { id: "F-4", name: "New SIZO", type: "pretrial_detention_centre", agency: "interior", region: "KZ-71", openedOn: civilDate("2023-12-01") },
 *     ],
 *     visits: [{ id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] }],
 *     recommendations: [],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> { numerator: 1, denominator: 3, rate: 1 / 3 }
 * ```
 */
export function facilityCoverage(data: ReportData, options: MetricOptions): Rate {
  return runMetric(facilityCoverageMetric, data, options);
}
