import type { CodeEntry, FacilityTypeEntry, Labels, LegacyRegionCode } from "./profile";

// Frozen copies of profile data: a profile keeps no reference to its definition, and no
// caller can change a profile or the library's lists afterwards.

/**
 * A frozen copy of labels.
 *
 * @internal
 */
export const copyLabels = (labels: Labels): Labels => Object.freeze(Object.fromEntries(Object.entries(labels).filter(([, text]) => typeof text === "string")));

/**
 * A frozen copy of a code list.
 *
 * @internal
 */
export function copyList<C extends string>(list: readonly CodeEntry<C>[]): readonly CodeEntry<C>[] {
  return Object.freeze(list.map((entry) => Object.freeze({ code: entry.code, labels: copyLabels(entry.labels) })));
}

/**
 * A frozen copy of a list of facility types.
 *
 * @internal
 */
export function copyFacilityTypes(list: readonly FacilityTypeEntry[]): readonly FacilityTypeEntry[] {
  return Object.freeze(
    list.map((entry) => Object.freeze({ code: entry.code, defaultAgency: entry.defaultAgency, labels: copyLabels(entry.labels) })),
  );
}

/**
 * A frozen copy of a list of legacy region codes.
 *
 * @internal
 */
export function copyLegacy(list: readonly LegacyRegionCode[]): readonly LegacyRegionCode[] {
  return Object.freeze(
    list.map((entry) => Object.freeze({ code: entry.code, replacedBy: entry.replacedBy, splitInto: Object.freeze([...entry.splitInto]) })),
  );
}
