import type { PathSegment } from "../errors/OpcatError";
import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import type { UnknownKey } from "../model/findUnknownKeys";
import type { Profile } from "../profiles/profile";
import type { IssueCode } from "./catalogue";
import type { Lookalike } from "./lookalikeIndex";

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

const EMPTY: readonly unknown[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Reports one issue; the collector fills in severity and message and applies the cap.
 *
 * @internal
 */
export type Report = (code: IssueCode, path: readonly PathSegment[], params?: Readonly<Record<string, unknown>>) => void;

/**
 * What the validator keeps of a facility once it is read: what the rules of later records
 * need (a visit's dates against the facility's, a recommendation's addressee against its
 * agency). Values are what the record holds when they have the right type, else undefined.
 *
 * @internal
 */
export interface FacilitySummary {
  readonly agency: string | undefined;
  readonly openedOn: CivilDate | undefined;
  readonly closedOn: CivilDate | undefined;
}

/**
 * What the validator keeps of a visit: its start and its facilities (for the
 * recommendations and actions that name it, and the follow-ups of it).
 *
 * @internal
 */
export interface VisitSummary {
  readonly startedOn: CivilDate | undefined;
  readonly facilityIds: readonly unknown[];
}

/**
 * The ids read so far of a collection, each with what the validator keeps of its record.
 * Records are indexed while they are read, so a check knows the records before it; the
 * checks that need later ones wait for `end` (see {@link RecordChecks}). Keeping summaries,
 * never the records, is what lets a dataset larger than memory be validated as a stream.
 *
 * @internal
 */
export interface CollectionIndex<Summary> {
  /** The position of the first record with this id read so far, or -1. */
  readonly positionOf: (id: string) => number;
  /** The summary of the record at a position (undefined for a record that is not an object). */
  readonly summaryAt: (position: number) => Summary | undefined;
  /** For an id no record has exactly: the first record read so far whose id reads the same (see idAsRead). */
  readonly findAsRead: (id: string) => Lookalike | undefined;
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
  /** The record holds a list longer than MAX_LIST: reported, and not read any further. */
  tooLong: boolean;
  /** The record's keys the contract does not define (found by the schema rules' parse), with their values. */
  unknownKeys: readonly FoundKey[];
  /** The position of an earlier record of the collection with the same id, or -1. */
  duplicateOf: number;
  /** When there is none: the first earlier record whose id reads the same but is spelled otherwise. */
  lookalikeOf: Lookalike | undefined;
  /** For a recommendation or an accountability action: the visit and facility it names, if found. */
  visit: VisitSummary | undefined;
  facility: FacilitySummary | undefined;
  /** For a visit: the facility of each of its `facilityIds`, in order (undefined: not an id, or not found). */
  readonly facilities: (FacilitySummary | undefined)[];
}

/**
 * An unknown key found in the input, with its value (the privacy rule scans it).
 *
 * @internal
 */
export interface FoundKey extends UnknownKey {
  readonly value: unknown;
}

/**
 * What every rule family gets once: the dataset's own fields (format, profile, period,
 * reported figures: everything but the collections), the id indexes, the profile, the
 * optional `asOf` date and the report function.
 *
 * @internal
 */
export interface RuleContext {
  /** The dataset's own fields, whatever they are. */
  readonly root: unknown;
  readonly facilities: CollectionIndex<FacilitySummary>;
  readonly visits: CollectionIndex<VisitSummary>;
  /** A recommendation's summary is its addressee. */
  readonly recommendations: CollectionIndex<string>;
  readonly accountability: CollectionIndex<true>;
  readonly profile: Profile;
  readonly asOf: CivilDate | undefined;
  readonly report: Report;
}

/**
 * The checks of one rule family, called by the validator record by record, so that every
 * family looks at a record while it is at hand (one pass over each collection, not one per
 * family), then `end` once all records are read (for references to records not read yet
 * when they were met: a follow-up of a later visit, a recommendation repeating a later
 * one). Each check may be absent.
 *
 * @internal
 */
export interface RecordChecks {
  /** The dataset's own fields (format, profile, period, reported figures), given their unknown keys. */
  readonly dataset?: (unknownKeys: readonly FoundKey[]) => void;
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
 * The summary of the record of a collection with a given id, if it was read.
 *
 * @internal
 */
export function summaryById<Summary>(index: CollectionIndex<Summary>, id: unknown): Summary | undefined {
  if (typeof id !== "string") return undefined;
  const position = index.positionOf(id);
  return position < 0 ? undefined : index.summaryAt(position);
}
