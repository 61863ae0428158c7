import { addCounts, increment, type Counts } from "./counts";
import type { Accumulator } from "./metric";

/**
 * Counted visits by type: what {@link visitsTotal} and {@link visitsByType} read.
 *
 * @internal
 */
export const visitTypeCounts: Accumulator<"visits", Counts> = {
  name: "visitTypeCounts",
  source: "visits",
  start: () => new Map(),
  add: (state, visit) => {
    increment(state, visit.type);
  },
  merge: addCounts,
};
