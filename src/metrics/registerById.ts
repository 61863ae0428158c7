import type { Facility } from "../model/facility";
import type { ReadonlyDeep } from "./reportData";

/**
 * The facility register by id (the first record of an id wins, as in the metrics).
 *
 * @internal
 */
export function registerById(facilities: readonly ReadonlyDeep<Facility>[]): Map<string, ReadonlyDeep<Facility>> {
  const byId = new Map<string, ReadonlyDeep<Facility>>();
  for (const facility of facilities) if (!byId.has(facility.id)) byId.set(facility.id, facility);
  return byId;
}
