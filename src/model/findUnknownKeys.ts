import type { PathSegment } from "../errors/OpcatError";
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

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function collect(value: unknown, known: Known, path: readonly PathSegment[], found: UnknownKey[]): void {
  if (!isPlainRecord(value)) return;
  // for...in with an own-key check: no key array per record (this runs for every record).
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && !known.has(key)) found.push({ path: [...path, key], key });
  }
}

function collectEach(
  list: unknown,
  known: Known,
  path: readonly PathSegment[],
  found: UnknownKey[],
  inner?: (record: Record<string, unknown>, recordPath: readonly PathSegment[]) => void,
): void {
  if (!Array.isArray(list)) return;
  list.forEach((record: unknown, index) => {
    const recordPath = [...path, index];
    collect(record, known, recordPath, found);
    if (inner !== undefined && isPlainRecord(record)) inner(record, recordPath);
  });
}

/**
 * Lists every key in a dataset that the contract does not define, at any level the
 * contract describes (the dataset, its period, each record, a visit's trigger, each history
 * entry, the reported figures). Anything that is not an object is skipped: shape errors are
 * the schema's business. Keys are listed in input order. An empty list when there are none.
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
  const found: UnknownKey[] = [];
  if (!isPlainRecord(input)) return found;
  collect(input, keysOf(Dataset.shape), [], found);
  collect(input["period"], keysOf(Period.shape), ["period"], found);
  collectEach(input["facilities"], keysOf(Facility.shape), ["facilities"], found);
  const triggerKeys = keysOf(VisitTrigger.shape);
  collectEach(input["visits"], keysOf(Visit.shape), ["visits"], found, (visit, path) => {
    collect(visit["trigger"], triggerKeys, [...path, "trigger"], found);
  });
  const changeKeys = keysOf(StatusChange.shape);
  collectEach(input["recommendations"], keysOf(Recommendation.shape), ["recommendations"], found, (rec, path) => {
    collectEach(rec["history"], changeKeys, [...path, "history"], found);
  });
  collectEach(input["accountability"], keysOf(AccountabilityAction.shape), ["accountability"], found);
  const reported = input["reported"];
  collect(reported, keysOf(ReportedFigures.shape), ["reported"], found);
  if (isPlainRecord(reported)) {
    collect(reported["visits"], keysOf(ReportedFigures.shape.visits.unwrap().unwrap().shape), ["reported", "visits"], found);
  }
  return found;
}
