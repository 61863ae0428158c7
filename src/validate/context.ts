import type { PathSegment } from "../errors/OpcatError";
import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import type { UnknownKey } from "../model/findUnknownKeys";
import type { Profile } from "../profiles/profile";
import type { IssueCode } from "./catalogue";

/**
 * A plain object of the input (not an array, not null). Rules read raw input through these
 * guards, so a record that fails the schema is still checked for everything else.
 *
 * @internal
 */
export type RawRecord = Readonly<Record<string, unknown>>;

/** @internal */
export function isRawRecord(value: unknown): value is RawRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The string at `key`, or undefined. Rules read fixed field names only, and nothing a record
 * inherits from `Object.prototype` is a string or an array, so no own-property check is
 * needed (it cost a tenth of the validator's time).
 *
 * @internal
 */
export function stringAt(record: RawRecord, key: string): string | undefined {
  const value = record[key];
  return typeof value === "string" ? value : undefined;
}

/**
 * The civil date at `key`, or undefined when absent or not a real date (the schema rules
 * report those).
 *
 * @internal
 */
export function dateAt(record: RawRecord, key: string): CivilDate | undefined {
  const value = stringAt(record, key);
  return isCivilDate(value) ? value : undefined;
}

/**
 * The array at `key`, or an empty one.
 *
 * @internal
 */
export function arrayAt(record: RawRecord, key: string): readonly unknown[] {
  const value = record[key];
  return Array.isArray(value) ? value : EMPTY;
}

const EMPTY: readonly unknown[] = Object.freeze([]);

/**
 * Reports one issue; the collector fills in severity and message and applies the cap.
 *
 * @internal
 */
export type Report = (code: IssueCode, path: readonly PathSegment[], params?: Readonly<Record<string, unknown>>) => void;

/**
 * The first position of every id in a collection: later duplicates are reported by the
 * reference rules and otherwise ignored, so one lookup serves every rule.
 *
 * @internal
 */
export interface CollectionIndex {
  readonly positions: ReadonlyMap<string, number>;
  readonly records: readonly unknown[];
  /** Positions of records whose id an earlier record already has, found while indexing. */
  readonly duplicates: readonly number[];
}

/**
 * What every rule family gets: the raw collections, the id indexes (built once), the
 * profile, the optional `asOf` date and the report function.
 *
 * @internal
 */
export interface RuleContext {
  /** The whole input, whatever it is. */
  readonly root: unknown;
  readonly facilities: CollectionIndex;
  readonly visits: CollectionIndex;
  readonly recommendations: CollectionIndex;
  readonly accountability: CollectionIndex;
  /** Each recommendation's visit and facility, looked up once for all rule families. */
  readonly recommendationVisits: readonly (RawRecord | undefined)[];
  readonly recommendationFacilities: readonly (RawRecord | undefined)[];
  /** Every key the contract does not know, found once (schema and privacy rules use them). */
  readonly unknownKeys: readonly UnknownKey[];
  readonly profile: Profile;
  readonly asOf: CivilDate | undefined;
  readonly report: Report;
}

/**
 * The record of a collection with a given id, if there is one.
 *
 * @internal
 */
export function recordById(index: CollectionIndex, id: string): RawRecord | undefined {
  const position = index.positions.get(id);
  if (position === undefined) return undefined;
  const record = index.records[position];
  return isRawRecord(record) ? record : undefined;
}

/**
 * For each record, the record of `index` whose id is at `field`, or undefined (no such field,
 * or an id the index lacks).
 *
 * @internal
 */
export function linkField(records: readonly unknown[], field: string, index: CollectionIndex): (RawRecord | undefined)[] {
  const links = new Array<RawRecord | undefined>(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const id = isRawRecord(record) ? record[field] : undefined;
    links[i] = typeof id === "string" ? recordById(index, id) : undefined;
  }
  return links;
}

/**
 * Indexes a collection by the `id` of each record (first occurrence wins).
 *
 * @internal
 */
export function indexCollection(records: readonly unknown[]): CollectionIndex {
  const positions = new Map<string, number>();
  const duplicates: number[] = [];
  for (let position = 0; position < records.length; position++) {
    const record = records[position];
    if (!isRawRecord(record)) continue;
    const id = record["id"];
    if (typeof id !== "string") continue;
    if (positions.has(id)) duplicates.push(position);
    else positions.set(id, position);
  }
  return { positions, records, duplicates };
}
