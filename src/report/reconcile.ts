import type { ReadonlyDeep } from "../metrics/reportData";
import type { ReportedFigures } from "../model/reportedFigures";
import { VISIT_TYPES } from "../model/visitType";
import type { Report } from "./report";
import { throwIfProblems } from "../errors/optionProblems";
import { shapeProblem, type Shape } from "../errors/shapeProblem";
import { reportedProblems } from "../metrics/dataArgument";

/** What reconcile reads of the computed figures. */
const COMPUTED_SHAPE: Shape = /* @__PURE__ */ (() => ({
  visits: { total: "count", byType: Object.fromEntries(VISIT_TYPES.map((type) => [type, "count"])) },
  facilities: { monitored: "count" },
  recommendations: { total: "count", implementation: { rate: "number?" } },
  accountability: { officials: { byInitiator: { commissioner_office: "count", npm_participant: "count" } } },
}))();

/**
 * What {@link reconcile} returns: each published figure beside the computed one, and the
 * checks of the published figures among themselves.
 *
 * @example
 * ```ts
 * import type { Reconciliation } from "opcat-npm";
 *
 * const reconciliation: Reconciliation = { figures: [{ key: "visits.total", reported: 461, computed: 461, difference: 0 }], checks: [] };
 * reconciliation.figures[0]?.difference;
 * //=> 0
 * ```
 */
export type Reconciliation = Report["reconciliation"];

/**
 * Sets each published figure beside the one computed from the records, with the
 * difference (computed − published; null when the computed figure is, as a rate with
 * nothing counted). Figures are keyed as in the report: `visits.total`,
 * `visits.byType.periodic`, `facilities.monitored`, `recommendations.total`,
 * `recommendations.implementation.rate`, `accountability.officials.byInitiator.<initiator>`.
 * It also checks the published figures among themselves: when the published visits by
 * type do not add up to the published total, a check `reported.parts_short_of_total` (or
 * `reported.parts_exceed_total`) gives the gap, the types left unpublished and how many
 * visits of those types the records hold. Nothing published: no figures, no checks.
 * Throws an {@link OpcatError} (`schema.invalid_type`) for figures that are not counts.
 *
 * @example
 * ```ts
 * import { reconcile } from "opcat-npm";
 *
 * const computed = {
 *   visits: { total: 461, byType: { periodic: 422, intermediate: 6, special: 33 } },
 *   facilities: { monitored: 474 },
 *   recommendations: { total: 3125, implementation: { numerator: 1250, denominator: 3125, rate: 0.4 } },
 *   accountability: { officials: { byInitiator: { commissioner_office: 258, npm_participant: 17 } } },
 * };
 * const result = reconcile(computed, { visits: { total: 461, byType: { periodic: 422, special: 33 } }, recommendations: 3000 });
 * result.figures.map((figure) => [figure.key, figure.difference]);
 * //=> [["visits.total", 0], ["visits.byType.periodic", 0], ["visits.byType.special", 0], ["recommendations.total", 125]]
 * result.checks;
 * //=> [{ code: "reported.parts_short_of_total", key: "visits.byType", total: 461, sumOfParts: 455, gap: 6, unreported: ["intermediate"], computedUnreported: 6 }]
 * ```
 */
export function reconcile(
  computed: {
    readonly visits: Pick<Report["visits"], "total" | "byType">;
    readonly facilities: Pick<Report["facilities"], "monitored">;
    readonly recommendations: Pick<Report["recommendations"], "total" | "implementation">;
    readonly accountability: { readonly officials: Pick<Report["accountability"]["officials"], "byInitiator"> };
  },
  reported: ReadonlyDeep<ReportedFigures> | null | undefined,
): Reconciliation {
  const problem = shapeProblem(computed, COMPUTED_SHAPE, "computed");
  throwIfProblems([...(problem === undefined ? [] : [problem]), ...reportedProblems(reported, "reported")]);
  const figures: Reconciliation["figures"][number][] = [];
  const checks: Reconciliation["checks"][number][] = [];
  if (reported === null || reported === undefined) return { figures, checks };
  const add = (key: string, published: number | null | undefined, value: number | null): void => {
    if (published === null || published === undefined) return;
    figures.push({ key, reported: published, computed: value, difference: value === null ? null : value - published });
  };
  const visits = reported.visits;
  add("visits.total", visits?.total, computed.visits.total);
  const byType = visits?.byType;
  for (const type of VISIT_TYPES) add(`visits.byType.${type}`, byType?.[type], computed.visits.byType[type]);
  add("facilities.monitored", reported.facilitiesMonitored, computed.facilities.monitored);
  add("recommendations.total", reported.recommendations, computed.recommendations.total);
  add("recommendations.implementation.rate", reported.implementationRate, computed.recommendations.implementation.rate);
  const officials = reported.officials;
  for (const initiator of ["commissioner_office", "npm_participant"] as const) {
    add(`accountability.officials.byInitiator.${initiator}`, officials?.[initiator], computed.accountability.officials.byInitiator[initiator]);
  }

  const total = visits?.total;
  if (total !== null && total !== undefined && byType !== null && byType !== undefined) {
    const published = VISIT_TYPES.filter((type) => byType[type] !== undefined);
    const sumOfParts = published.reduce((sum, type) => sum + (byType[type] ?? 0), 0);
    if (published.length > 0 && sumOfParts !== total) {
      const unreported = VISIT_TYPES.filter((type) => !published.includes(type));
      checks.push({
        code: sumOfParts < total ? "reported.parts_short_of_total" : "reported.parts_exceed_total",
        key: "visits.byType",
        total,
        sumOfParts,
        gap: total - sumOfParts,
        unreported,
        computedUnreported: unreported.reduce((sum, type) => sum + computed.visits.byType[type], 0),
      });
    }
  }
  return { figures, checks };
}
