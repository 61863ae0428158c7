import type { CivilDate } from "../model/civilDate";
import { readingRecords } from "../metrics/dataArgument";
import type { RecommendationStatus } from "../model/recommendationStatus";
import type { ReportData } from "../metrics/reportData";
import { statusOn } from "../status/statusAsOf";
import { throwIfProblems } from "../errors/optionProblems";
import { asOfProblems, compareText, readFollowUpArguments } from "./options";

/**
 * The options of {@link repeatChains} and {@link likelyRepeats}: `asOf` (required), the
 * day statuses are read at; recommendations issued after it are left out.
 *
 * @example
 * ```ts
 * import { civilDate, type RepeatOptions } from "opcat-npm";
 *
 * const options: RepeatOptions = { asOf: civilDate("2024-11-08") };
 * options.asOf;
 * //=> "2024-11-08"
 * ```
 */
export interface RepeatOptions {
  readonly asOf: CivilDate;
}

/**
 * One recommendation of a {@link RepeatChain}: its id, issue day, facility, addressee,
 * the recommendation it says it repeats (`repeatOf`) and its status as of `asOf`.
 *
 * @example
 * ```ts
 * import { civilDate, type RepeatLink } from "opcat-npm";
 *
 * const link: RepeatLink = { id: "R-2", issuedOn: civilDate("2024-03-01"), facilityId: "F-1", agency: "interior", repeatOf: "R-1", status: "issued" };
 * link.repeatOf;
 * //=> "R-1"
 * ```
 */
export interface RepeatLink {
  readonly id: string;
  readonly issuedOn: CivilDate;
  readonly facilityId: string | null;
  readonly agency: string;
  readonly repeatOf: string | null;
  readonly status: RecommendationStatus;
}

/**
 * Recommendations linked by `repeatOf`, in order of issue (then id): the first is the
 * original, each later one repeats an earlier one. `lastStatus` is the status of the last
 * as of `asOf`: a chain whose last link is not implemented is a recommendation the
 * agency keeps not implementing.
 *
 * @example
 * ```ts
 * import type { RepeatChain } from "opcat-npm";
 *
 * const chain: RepeatChain = { recommendations: [], lastStatus: "not_implemented" };
 * chain.lastStatus;
 * //=> "not_implemented"
 * ```
 */
export interface RepeatChain {
  readonly recommendations: readonly RepeatLink[];
  readonly lastStatus: RecommendationStatus;
}

/** Union-find over ids, with path halving. */
function rootOf(parent: Map<string, string>, id: string): string {
  let node = id;
  for (;;) {
    const up = parent.get(node);
    if (up === undefined || up === node) return node;
    const grand = parent.get(up) ?? up;
    parent.set(node, grand);
    node = grand;
  }
}

/**
 * The chains of repeat recommendations: the recommendations issued on or before `asOf`
 * linked by `repeatOf`, each chain from the original to the latest repeat, with every
 * link's status as of `asOf`.
 *
 * A chain is a connected group of links (`repeatOf` pointing to a recommendation of the
 * dataset issued on or before `asOf`), with at least two recommendations. When two
 * recommendations repeat the same one, all three are one chain; a cycle of links (an
 * error in the data) is one chain too, never an endless walk. A `repeatOf` to an id the
 * dataset lacks (reported by {@link validateDataset}) links nothing. Chains come longest
 * first, then by the id of their first recommendation. Two passes over the
 * recommendations, Map lookups only (union-find). Pure. Throws an {@link OpcatError}
 * (`schema.invalid_date`) for a bad `asOf`.
 *
 * @example
 * ```ts
 * import { civilDate, repeatChains } from "opcat-npm";
 *
 * const base = { addressee: "interior", level: "facility", facilityId: "F-1", themes: ["sanitation"] } as const;
 * const chains = repeatChains(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       { ...base, id: "R-1", issuedOn: civilDate("2022-03-01"), history: [{ status: "not_implemented", on: civilDate("2022-09-01") }] },
 *       { ...base, id: "R-2", issuedOn: civilDate("2023-03-01"), repeatOf: "R-1" },
 *       { ...base, id: "R-3", issuedOn: civilDate("2024-03-01"), repeatOf: "R-2" },
 *       { ...base, id: "R-4", issuedOn: civilDate("2024-03-01") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * chains.map((chain) => [chain.recommendations.map((link) => link.id), chain.lastStatus]);
 * //=> [[["R-1", "R-2", "R-3"], "issued"]]
 * ```
 */
export function repeatChains(data: ReportData, options: RepeatOptions): RepeatChain[] {
  const read = readFollowUpArguments<RepeatOptions>(data, options, ["recommendations"], ["asOf"]);
  throwIfProblems(asOfProblems((read.options as { asOf?: unknown }).asOf));
  return readingRecords(read.data, ["recommendations"], () => {
    const { asOf } = read.options;
    // Pass 1: the links, and every id they involve.
    const pairs: [string, string][] = [];
    const involved = new Set<string>();
    for (const recommendation of read.data.recommendations) {
      const target = recommendation.repeatOf;
      if (target === undefined || target === null || recommendation.issuedOn > asOf) continue;
      pairs.push([recommendation.id, target]);
      involved.add(recommendation.id);
      involved.add(target);
    }
    if (pairs.length === 0) return [];
    // Pass 2: the records of those ids (the first record of an id), issued on or before asOf.
    const links = new Map<string, RepeatLink>();
    for (const recommendation of read.data.recommendations) {
      const { id } = recommendation;
      if (!involved.has(id) || links.has(id) || recommendation.issuedOn > asOf) continue;
      links.set(id, {
        id,
        issuedOn: recommendation.issuedOn,
        facilityId: recommendation.facilityId ?? null,
        agency: recommendation.addressee,
        repeatOf: recommendation.repeatOf ?? null,
        status: statusOn(recommendation, asOf),
      });
    }
    const parent = new Map<string, string>();
    for (const [id, target] of pairs) {
      if (!links.has(id) || !links.has(target)) continue;
      const a = rootOf(parent, id);
      const b = rootOf(parent, target);
      if (a !== b) parent.set(a, b);
      if (!parent.has(b)) parent.set(b, b);
    }
    const groups = new Map<string, RepeatLink[]>();
    for (const id of parent.keys()) {
      const link = links.get(id);
      if (link === undefined) continue;
      const root = rootOf(parent, id);
      const group = groups.get(root);
      if (group === undefined) groups.set(root, [link]);
      else group.push(link);
    }
    const chains: RepeatChain[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      group.sort((a, b) => compareText(a.issuedOn, b.issuedOn) || compareText(a.id, b.id));
      chains.push({ recommendations: group, lastStatus: group[group.length - 1]?.status ?? "issued" });
    }
    return chains.sort((a, b) => b.recommendations.length - a.recommendations.length || compareText(a.recommendations[0]?.id ?? "", b.recommendations[0]?.id ?? ""));
  });
}
