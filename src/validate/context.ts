import type { PathSegment } from "../errors/OpcatError";
import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import type { UnknownKey } from "../model/findUnknownKeys";
import type { Profile } from "../profiles/profile";
import type { IssueCode } from "./catalogue";
import { buildIdIndex } from "./idIndex";

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
 * A collection's records with the first position of every id: later duplicates are
 * reported by the reference rules and otherwise ignored, so one lookup serves every rule.
 *
 * @internal
 */
export interface CollectionIndex {
  readonly records: readonly unknown[];
  /** The position of the first record with this id, or -1. */
  readonly positionOf: (id: string) => number;
  /** Records whose id an earlier record already has: position → position of the first. */
  readonly duplicates: ReadonlyMap<number, number>;
}

/**
 * What every rule family gets once: the whole input, the id indexes (built once), the
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
  readonly profile: Profile;
  readonly asOf: CivilDate | undefined;
  readonly report: Report;
}

/**
 * The checks of one rule family, called by the validator record by record, so that every
 * family looks at a record while it is at hand (one pass over each collection, not one per
 * family). `visit` and `facility` are the records a recommendation or an accountability
 * action refers to, looked up once for all families; `unknownKeys` are the record's keys
 * the contract does not define, found once. Each check may be absent.
 *
 * @internal
 */
export interface RecordChecks {
  /** The dataset's own fields (format, profile, period, reported figures). */
  readonly dataset?: (unknownKeys: readonly UnknownKey[]) => void;
  readonly facility?: (facility: RawRecord, index: number, unknownKeys: readonly UnknownKey[]) => void;
  readonly visit?: (visit: RawRecord, index: number, unknownKeys: readonly UnknownKey[]) => void;
  readonly recommendation?: (
    recommendation: RawRecord,
    index: number,
    visit: RawRecord | undefined,
    facility: RawRecord | undefined,
    unknownKeys: readonly UnknownKey[],
  ) => void;
  readonly accountabilityAction?: (
    action: RawRecord,
    index: number,
    visit: RawRecord | undefined,
    facility: RawRecord | undefined,
    unknownKeys: readonly UnknownKey[],
  ) => void;
}

/**
 * A rule family: given the context once, the checks it runs on each record.
 *
 * @internal
 */
export type RuleFamily = (context: RuleContext) => RecordChecks;

/**
 * The record of a collection with a given id, if there is one.
 *
 * @internal
 */
export function recordById(index: CollectionIndex, id: unknown): RawRecord | undefined {
  if (typeof id !== "string") return undefined;
  const position = index.positionOf(id);
  if (position < 0) return undefined;
  const record = index.records[position];
  return isRawRecord(record) ? record : undefined;
}

/**
 * Indexes a collection by the `id` of each record (first occurrence wins).
 *
 * @internal
 */
export function indexCollection(records: readonly unknown[]): CollectionIndex {
  const { positionOf, duplicates } = buildIdIndex(records.length, (position) => {
    const record = records[position];
    const id = isRawRecord(record) ? record["id"] : undefined;
    return typeof id === "string" ? id : undefined;
  });
  return { records, positionOf, duplicates };
}
