import { addCounts, increment, type Counts } from "./counts";
import type { Accumulator } from "./metric";

/**
 * Counted recommendations by status as of `asOf`: what {@link recommendationsTotal},
 * {@link recommendationsByStatus} and {@link implementationRate} read.
 *
 * @internal
 */
export const recommendationStatusCounts: Accumulator<"recommendations", Counts> = {
  name: "recommendationStatusCounts",
  source: "recommendations",
  start: () => new Map(),
  add: (state, _recommendation, facts) => {
    increment(state, facts.status);
  },
  merge: addCounts,
};
