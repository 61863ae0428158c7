import { OpcatError, type PathSegment } from "../errors/OpcatError";
import { argumentProblem, profileProblems, throwIfProblems } from "../errors/optionProblems";
import type { Profile } from "./profile";

/**
 * One region code replaced by {@link migrateRegionCodes}. `mayNowBeIn` lists the regions
 * later carved out of the old one: the facility may lie in one of them instead, which only
 * a person can tell.
 *
 * @example
 * ```ts
 * import type { RegionCodeChange } from "opcat-npm";
 *
 * const change: RegionCodeChange = {
 *   path: ["facilities", 0, "region"],
 *   facilityId: "F-0001",
 *   from: "KZ-VOS",
 *   to: "KZ-63",
 *   mayNowBeIn: ["KZ-10"],
 * };
 * change.to;
 * //=> "KZ-63"
 * ```
 */
export interface RegionCodeChange {
  readonly path: readonly PathSegment[];
  readonly facilityId: unknown;
  readonly from: string;
  readonly to: string;
  readonly mayNowBeIn: readonly string[];
}

/**
 * The result of {@link migrateRegionCodes}: the migrated dataset and every change made.
 *
 * @example
 * ```ts
 * import { kz, migrateRegionCodes, type RegionCodeMigration } from "opcat-npm";
 *
 * const result: RegionCodeMigration<{ facilities: { region: string }[] }> = migrateRegionCodes({ facilities: [{ region: "KZ-71" }] }, kz);
 * result.changes.length;
 * //=> 0
 * ```
 */
export interface RegionCodeMigration<T> {
  readonly dataset: T;
  readonly changes: readonly RegionCodeChange[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Replaces the legacy region codes of a profile (for `kz`, the letter codes such as
 * `KZ-AST` and `KZ-ALA`) by the current ones in the facilities of a dataset, and reports each
 * change. Works on raw input before validation, since the validator rejects legacy codes.
 * Returns a new dataset: the input is never modified, and facilities without a legacy code
 * are the same objects as before. Anything that is not a dataset-like object comes back as
 * it was, with no changes.
 * Throws an {@link OpcatError} for a `profile` that is not one (`schema.invalid_value`) or a
 * dataset that throws when read (`schema.unreadable`).
 *
 * @example
 * ```ts
 * import { kz, migrateRegionCodes } from "opcat-npm";
 *
 * const submitted = {
 *   facilities: [
 *     { id: "F-1", region: "KZ-AST" },
 *     { id: "F-2", region: "KZ-VOS" },
 *     { id: "F-3", region: "KZ-75" },
 *   ],
 * };
 * const { dataset, changes } = migrateRegionCodes(submitted, kz);
 * dataset.facilities.map((facility) => facility.region);
 * //=> ["KZ-71", "KZ-63", "KZ-75"]
 * changes.map((change) => `${change.from} → ${change.to} (${change.mayNowBeIn.join(", ")})`);
 * //=> ["KZ-AST → KZ-71 ()", "KZ-VOS → KZ-63 (KZ-10)"]
 * submitted.facilities[0]?.region;
 * //=> "KZ-AST"
 * ```
 */
export function migrateRegionCodes<T>(dataset: T, profile: Profile): RegionCodeMigration<T> {
  throwIfProblems(profileProblems(profile, "profile", []));
  try {
    return migrate(dataset, profile);
  } catch {
    // Only a getter or proxy in the dataset gets here.
    throw new OpcatError([argumentProblem("schema.unreadable", "dataset", [], "readable")]);
  }
}

function migrate<T>(dataset: T, profile: Profile): RegionCodeMigration<T> {
  if (!isObject(dataset)) return { dataset, changes: [] };
  const original: unknown = dataset["facilities"];
  if (!Array.isArray(original)) return { dataset, changes: [] };
  const legacy = new Map(profile.legacyRegionCodes.map((entry) => [entry.code, entry]));
  const changes: RegionCodeChange[] = [];
  const facilities = original.map((facility: unknown, index) => {
    if (!isObject(facility) || typeof facility["region"] !== "string") return facility;
    const entry = legacy.get(facility["region"]);
    if (entry === undefined) return facility;
    changes.push({
      path: ["facilities", index, "region"],
      facilityId: facility["id"],
      from: entry.code,
      to: entry.replacedBy,
      mayNowBeIn: entry.splitInto,
    });
    return { ...facility, region: entry.replacedBy };
  });
  if (changes.length === 0) return { dataset, changes };
  // Same keys as the input, one array replaced: still a T.
  const migrated = { ...dataset, facilities } as unknown as T;
  return { dataset: migrated, changes };
}
