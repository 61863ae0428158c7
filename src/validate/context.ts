import type { PathSegment } from "../errors/OpcatError";
import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import type { UnknownKey } from "../model/findUnknownKeys";
import type { Profile } from "../profiles/profile";
import type { IssueCode } from "./catalogue";
import { createIdIndex } from "./idIndex";

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
 * A value read from a record, if it is a string. Rules read each field at the call site
 * (`asString(record["addressee"])`), so that every read keeps its own inline cache: a
 * shared reader taking the key would see every field of every collection and turn slow.
 * Nothing a record inherits from `Object.prototype` is a string or an array, so no
 * own-property check is needed.
 *
 * @internal
 */
export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * A value read from a record, if it is a civil date (absent or not a real date: undefined;
 * the schema rules report those).
 *
 * @internal
 */
export function asDate(value: unknown): CivilDate | undefined {
  return isCivilDate(value) ? value : undefined;
}

/**
 * A date field of a record whose schema parse succeeded (`parsed`): it is a real date or
 * absent, no need to check it again. Otherwise as {@link asDate}.
 *
 * @internal
 */
export function parsedDate(value: unknown, parsed: boolean): CivilDate | undefined {
  if (!parsed) return asDate(value);
  return value === null ? undefined : (value as CivilDate | undefined);
}

/**
 * A value read from a record, if it is an array, else an empty one.
 *
 * @internal
 */
export function asArray(value: unknown): readonly unknown[] {
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
 * A collection's records with the position of every id: the facilities and visits are
 * indexed before any check runs; recommendations and accountability actions while they
 * are read (so, during that pass, `positionOf` knows only the records read so far).
 *
 * @internal
 */
export interface CollectionIndex {
  readonly records: readonly unknown[];
  /** The position of the first record with this id, or -1. */
  readonly positionOf: (id: string) => number;
}

/**
 * What the validator knows of the record at hand, worked out once for every rule family.
 * One object per collection is reused from record to record: read it during the check,
 * never keep it.
 *
 * @internal
 */
export interface RecordFacts {
  /** The record's position in its collection. */
  index: number;
  /** The record matched its schema: every field has its type, every date is a real date. */
  parsed: boolean;
  /** The record's keys the contract does not define (found by the schema rules' parse). */
  unknownKeys: readonly UnknownKey[];
  /** The position of an earlier record of the collection with the same id, or -1. */
  duplicateOf: number;
  /** For a recommendation or an accountability action: the visit and facility it names, if found. */
  visit: RawRecord | undefined;
  facility: RawRecord | undefined;
  /** For a visit: the record of each of its `facilityIds`, in order (undefined: not an id, or not found). */
  readonly facilities: (RawRecord | undefined)[];
}

/**
 * What every rule family gets once: the whole input, the id indexes, the profile, the
 * optional `asOf` date and the report function.
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
 * family), then `end` once all records are read (for references to recommendations not
 * read yet when they were met). Each check may be absent.
 *
 * @internal
 */
export interface RecordChecks {
  /** The dataset's own fields (format, profile, period, reported figures), given their unknown keys. */
  readonly dataset?: (unknownKeys: readonly UnknownKey[]) => void;
  readonly facility?: (facility: RawRecord, facts: RecordFacts) => void;
  readonly visit?: (visit: RawRecord, facts: RecordFacts) => void;
  readonly recommendation?: (recommendation: RawRecord, facts: RecordFacts) => void;
  readonly accountabilityAction?: (action: RawRecord, facts: RecordFacts) => void;
  readonly end?: () => void;
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
 * The id of a record, if it has a string one.
 *
 * @internal
 */
export function idOf(record: unknown): string | undefined {
  const id = isRawRecord(record) ? record["id"] : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * Indexes a whole collection by the `id` of each record (first occurrence wins), and
 * notes the duplicates: position → position of the first record with that id.
 *
 * @internal
 */
export function indexCollection(records: readonly unknown[]): CollectionIndex & { readonly duplicates: ReadonlyMap<number, number> } {
  const index = createIdIndex(records.length, "many");
  const duplicates = new Map<number, number>();
  for (let position = 0; position < records.length; position++) {
    const id = idOf(records[position]);
    if (id === undefined) continue;
    const first = index.add(id, position);
    if (first >= 0) duplicates.set(position, first);
  }
  return { records, positionOf: index.positionOf, duplicates };
}
