import type { ListName } from "../profiles/profile";
import { addCounts, countsByCode, increment, type Counts } from "./counts";
import type { Metric } from "./metric";
import { UNREGISTERED } from "./unregistered";

/**
 * The metric of a breakdown of visits by a field of their facilities: each visit counts
 * once for each distinct value among its facilities (a visit covering an IVS and a
 * children's home counts once for `interior` and once for `education`).
 *
 * @internal
 */
export function visitsByFacilityField(key: string, field: "agency" | "region", list: ListName): Metric<"visits", Counts, Record<string, number>> {
  return {
    key,
    accumulator: {
      name: key,
      source: "visits",
      start: () => new Map(),
      add: (state, _visit, facts) => {
        const { facilities } = facts;
        if (facilities.length === 1) {
          const facility = facilities[0];
          increment(state, facility === undefined ? UNREGISTERED : facility[field]);
          return;
        }
        const seen = new Set<string>();
        for (const facility of facilities) {
          const value = facility === undefined ? UNREGISTERED : facility[field];
          if (seen.has(value)) continue;
          seen.add(value);
          increment(state, value);
        }
      },
      merge: addCounts,
    },
    finish: (state, context) => countsByCode(state, context.profile.lists[list].map((entry) => entry.code)),
  };
}
