import { OpcatError, type PathSegment } from "../errors/OpcatError";
import { AccountabilityAction } from "./accountabilityAction";
import { Dataset } from "./dataset";
import { Facility } from "./facility";
import { Period } from "./period";
import { Recommendation } from "./recommendation";
import { ReportedFigures } from "./reportedFigures";
import { StatusChange } from "./statusChange";
import { Visit } from "./visit";
import { VisitTrigger } from "./visitTrigger";

/**
 * A key that the data contract does not know, found in a dataset. The schemas keep such
 * keys (nothing is dropped); this says where they are so they can be reported.
 *
 * @example
 * ```ts
 * import type { UnknownKey } from "opcat-npm";
 *
 * const found: UnknownKey = { path: ["visits", 0, "weather"], key: "weather" };
 * found.key;
 * //=> "weather"
 * ```
 */
export interface UnknownKey {
  readonly path: readonly PathSegment[];
  readonly key: string;
}

type Known = ReadonlySet<string>;

const keysOf = (shape: object): Known => new Set(Object.keys(shape));

const NONE: readonly UnknownKey[] = /* @__PURE__ */ Object.freeze([]);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Appends the unknown keys of `value` to `found` (allocated on the first one) and returns it. */
function collect(value: unknown, known: Known, path: readonly PathSegment[], found: UnknownKey[] | undefined): UnknownKey[] | undefined {
  if (!isPlainRecord(value)) return found;
  // for...in with an own-key check: no key array per record (this runs for every record).
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && !known.has(key)) (found ??= []).push({ path: [...path, key], key });
  }
  return found;
}

/**
 * The collections of a dataset, by the name of their array.
 *
 * @example
 * ```ts
 * import type { CollectionName } from "opcat-npm";
 *
 * const collection: CollectionName = "recommendations";
 * collection;
 * //=> "recommendations"
 * ```
 */
export type CollectionName = "facilities" | "visits" | "recommendations" | "accountability";

/**
 * Finds the unknown keys of one record at a time, or of the dataset's own fields: the key
 * sets are built once, and a record without unknown keys costs no allocation (the shared
 * empty list is returned). The validator calls it for every record.
 *
 * @internal
 */
export interface UnknownKeyFinder {
  readonly dataset: (input: Readonly<Record<string, unknown>>) => readonly UnknownKey[];
  readonly record: (collection: CollectionName, record: unknown, index: number) => readonly UnknownKey[];
}

/** @internal */
export function createUnknownKeyFinder(): UnknownKeyFinder {
  const datasetKeys = keysOf(Dataset.shape);
  const periodKeys = keysOf(Period.shape);
  const reportedKeys = keysOf(ReportedFigures.shape);
  const reportedVisitKeys = keysOf(ReportedFigures.shape.visits.unwrap().unwrap().shape);
  const triggerKeys = keysOf(VisitTrigger.shape);
  const changeKeys = keysOf(StatusChange.shape);
  const recordKeys: Readonly<Record<CollectionName, Known>> = {
    facilities: keysOf(Facility.shape),
    visits: keysOf(Visit.shape),
    recommendations: keysOf(Recommendation.shape),
    accountability: keysOf(AccountabilityAction.shape),
  };
  return {
    dataset(input) {
      let found = collect(input, datasetKeys, [], undefined);
      found = collect(input["period"], periodKeys, ["period"], found);
      const reported = input["reported"];
      found = collect(reported, reportedKeys, ["reported"], found);
      if (isPlainRecord(reported)) found = collect(reported["visits"], reportedVisitKeys, ["reported", "visits"], found);
      return found ?? NONE;
    },
    record(collection, record, index) {
      if (!isPlainRecord(record)) return NONE;
      let found = collect(record, recordKeys[collection], [collection, index], undefined);
      if (collection === "visits") {
        found = collect(record["trigger"], triggerKeys, [collection, index, "trigger"], found);
      } else if (collection === "recommendations") {
        const history = record["history"];
        if (Array.isArray(history)) {
          for (let k = 0; k < history.length; k++) found = collect(history[k], changeKeys, [collection, index, "history", k], found);
        }
      }
      return found ?? NONE;
    },
  };
}

/**
 * The collections of a dataset, in the order they are validated, read and written.
 *
 * @internal
 */
export const COLLECTIONS: readonly CollectionName[] = ["facilities", "visits", "recommendations", "accountability"];

/**
 * Lists every key in a dataset that the contract does not define, at any level the
 * contract describes (the dataset, its period, each record, a visit's trigger, each history
 * entry, the reported figures). Anything that is not an object is skipped: shape errors are
 * the schema's business. Keys are listed in input order, except that the dataset's own
 * fields (with its period and reported figures) come before the records. An empty list when
 * there are none.
 * Throws an {@link OpcatError} (`schema.unreadable`) only for input that throws when read
 * (a getter, a proxy).
 *
 * @example
 * ```ts
 * import { findUnknownKeys } from "opcat-npm";
 *
 * findUnknownKeys({
 *   format: "opcat-npm/dataset@1",
 *   notes: "draft",
 *   visits: [{ id: "V-1", weather: "rain" }],
 * });
 * //=> [{ path: ["notes"], key: "notes" }, { path: ["visits", 0, "weather"], key: "weather" }]
 * ```
 */
export function findUnknownKeys(input: unknown): UnknownKey[] {
  try {
    return unknownKeysOf(input);
  } catch {
    // Only a getter or proxy in the input gets here.
    throw new OpcatError([{ code: "schema.unreadable", path: [], message: "The input could not be read: a getter or proxy threw", params: { argument: "input" } }]);
  }
}

function unknownKeysOf(input: unknown): UnknownKey[] {
  if (!isPlainRecord(input)) return [];
  const finder = createUnknownKeyFinder();
  const found = [...finder.dataset(input)];
  for (const collection of COLLECTIONS) {
    const records = input[collection];
    if (!Array.isArray(records)) continue;
    for (let index = 0; index < records.length; index++) found.push(...finder.record(collection, records[index], index));
  }
  return found;
}
