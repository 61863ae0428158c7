import { union } from "./counts";
import type { Accumulator } from "./metric";

/**
 * The ids of the facilities covered by at least one counted visit: what every
 * `facilities.*` figure reads. Merging takes the union, so a facility visited in both
 * parts of a split counts once.
 *
 * @internal
 */
export const monitoredFacilities: Accumulator<"visits", Set<string>> = {
  name: "monitoredFacilities",
  source: "visits",
  start: () => new Set(),
  add: (state, visit) => {
    for (const id of visit.facilityIds) state.add(id);
  },
  merge: union,
};
