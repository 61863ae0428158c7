import type { ListName } from "../profiles/profile";
import { countsByCode, increment, type Counts } from "./counts";
import type { Metric } from "./metric";
import { monitoredFacilities } from "./monitoredFacilities";
import { UNREGISTERED } from "./unregistered";

/**
 * The metric of a breakdown of the monitored facilities by a field of the register: each
 * distinct facility counts once, under its agency, type or region (under
 * {@link UNREGISTERED} when the register lacks it), so the figures add up to
 * `facilities.monitored`.
 *
 * @internal
 */
export function facilitiesByField(key: string, field: "agency" | "type" | "region", list: ListName): Metric<"visits", Set<string>, Record<string, number>> {
  return {
    key,
    accumulator: monitoredFacilities,
    finish: (state, context) => {
      const counts: Counts = new Map();
      for (const id of state) increment(counts, context.facilityById.get(id)?.[field] ?? UNREGISTERED);
      return countsByCode(counts, context.profile.lists[list].map((entry) => entry.code));
    },
  };
}
