import type { TextLanguage } from "../text/types";
import { OpcatError } from "../errors/OpcatError";
import { asOfProblems, kindOf, languageProblems, MAX_RECORDS, profileProblems, readFields } from "../errors/optionProblems";
import type { CivilDate } from "../model/civilDate";
import type { Profile } from "../profiles/profile";
import type { PathSegment } from "../errors/OpcatError";
import type { IssueCode } from "./catalogue";
import { COLLECTIONS, createUnknownKeyFinder, type CollectionName } from "../model/findUnknownKeys";
import { kz } from "../profiles/kz";
import { createCollector } from "./collector";
import {
  asArray,
  asDate,
  asString,
  isRawRecord,
  type CollectionIndex,
  type FacilitySummary,
  type FoundKey,
  type RawRecord,
  type RecordChecks,
  type RecordFacts,
  type Report,
  type RuleContext,
  type VisitSummary,
} from "./context";
import { createIdIndex, type IdIndex } from "./idIndex";
import { createLookalikeIndex, type LookalikeIndex } from "./lookalikeIndex";
import { dateRules } from "./rules/dateRules";
import { privacyRules } from "./rules/privacyRules";
import { recommendationRules } from "./rules/recommendationRules";
import { referenceRules } from "./rules/referenceRules";
import { schemaRules, type CollectionsCheck } from "./rules/schemaRules";
import { visitRules } from "./rules/visitRules";
import type { ValidationOptions, ValidationResult } from "./types";

// Besides the schema rules, which run first: they also see records that are not objects, and find unknown keys.
const RULE_FAMILIES = [referenceRules, dateRules, visitRules, recommendationRules, privacyRules] as const;
const DEFAULT_MAX_ISSUES = 1000;

// Records are parsed a block at a time, then checked: zod's code and the rules' data each
// stay in cache through their phase (measured at a million recommendations: a tenth of the
// whole validation less than interleaving the two record by record).
const BLOCK = 1024;

/**
 * Validates a dataset given piece by piece: its own fields first (`dataset`), then the
 * records of each collection in the order facilities, visits, recommendations,
 * accountability actions (`add`), then `result()`. It keeps only what the rules across
 * records need (ids, dates, agencies, a visit's facilities), never the records, so a
 * dataset larger than memory can be validated as it is read. The issues and their order
 * are those of {@link validateDataset} on the same data.
 *
 * @example
 * ```ts
 * import { createDatasetValidator } from "opcat-npm";
 *
 * const validator = createDatasetValidator({ lang: "en" });
 * validator.dataset({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
 * validator.add("facilities", { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" });
 * validator.add("visits", { id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1", "F-2"], teamSize: 3 });
 * validator.result().issues.map((issue) => [issue.code, issue.path.join(".")]);
 * //=> [["ref.unknown_facility", "visits.0.facilityIds.1"]]
 * ```
 */
export interface DatasetValidator {
  /** The dataset's own fields (format, profile, period, reported; no collections). Call it first, once. */
  readonly dataset: (fields: unknown) => void;
  /** The next record of a collection; collections in the order facilities, visits, recommendations, accountability. */
  readonly add: (collection: CollectionName, record: unknown) => void;
  /** Every issue found, once all records are added (after it, nothing more can be added). */
  readonly result: () => ValidationResult;
}

type Issue = Parameters<Report>;

/** The schema rules' issues of the block at hand, by record, until they are released in order. */
function holdIssues(report: Report) {
  let bySlot: (Issue[] | undefined)[] = [];
  let any = false;
  const held = {
    slot: 0,
    report: ((...issue) => {
      any = true;
      (bySlot[held.slot] ??= []).push(issue);
    }) as Report,
    release: (slot: number): void => {
      if (!any) return;
      const issues = bySlot[slot];
      if (issues !== undefined) for (const issue of issues) report(...issue);
    },
    clear: (): void => {
      if (any) bySlot = [];
      any = false;
    },
  };
  return held;
}

/** An index of ids filled as the records are read, with what is kept of each. */
function summaryIndex<Summary>(lookups: "many" | "few", expected: number) {
  const ids = createIdIndex(expected, lookups);
  const asRead = createLookalikeIndex(ids);
  const summaries: (Summary | undefined)[] = [];
  const index: CollectionIndex<Summary> = { positionOf: ids.positionOf, summaryAt: (position) => summaries[position], findAsRead: asRead.find };
  return { index, ids, asRead, summaries };
}

/**
 * Indexes a record's id: sets the facts' `duplicateOf` (an earlier record spelled the same)
 * and, when there is none, `lookalikeOf` (one that reads the same).
 */
function indexId(facts: RecordFacts, id: unknown, ids: IdIndex, asRead: LookalikeIndex): void {
  if (typeof id !== "string") {
    facts.duplicateOf = -1;
    facts.lookalikeOf = undefined;
    return;
  }
  facts.duplicateOf = ids.add(id, facts.index);
  facts.lookalikeOf = facts.duplicateOf < 0 ? asRead.add(id, facts.index) : undefined;
}

function facilitySummary(record: RawRecord): FacilitySummary {
  return { agency: asString(record["agency"]), openedOn: asDate(record["openedOn"]), closedOn: asDate(record["closedOn"]) };
}

function visitSummary(record: RawRecord): VisitSummary {
  return { startedOn: asDate(record["startedOn"]), facilityIds: asArray(record["facilityIds"]) };
}

/**
 * An index of recommendations, each kept as its addressee: a number per record in a typed
 * array (the distinct addressees are few), not a string in an array. A million references
 * in an array the garbage collector must trace cost a third of the validation's time.
 */
function addresseeIndex(expected: number) {
  const ids = createIdIndex(expected, "few");
  const asRead = createLookalikeIndex(ids);
  const names: (string | undefined)[] = [undefined];
  const numbers = new Map<string, number>();
  let codes = new Uint16Array(Math.max(1024, expected));
  const set = (position: number, addressee: string | undefined): void => {
    let code = 0;
    if (addressee !== undefined) {
      code = numbers.get(addressee) ?? 0;
      if (code === 0 && names.length < 0xffff) {
        code = names.length;
        names.push(addressee);
        numbers.set(addressee, code);
      }
    }
    if (position >= codes.length) {
      const grown = new Uint16Array(Math.max(codes.length * 2, position + 1));
      grown.set(codes);
      codes = grown;
    }
    codes[position] = code;
  };
  const index: CollectionIndex<string> = { positionOf: ids.positionOf, summaryAt: (position) => names[codes[position] ?? 0], findAsRead: asRead.find };
  return { index, ids, asRead, set };
}

/** Looks up a summary by id, remembering the last id asked (consecutive records usually share their visit). */
function cachedLookup<Summary>(index: CollectionIndex<Summary>): (id: unknown) => Summary | undefined {
  let lastId: unknown;
  let last: Summary | undefined;
  return (id) => {
    if (id !== lastId) {
      lastId = id;
      const position = typeof id === "string" ? index.positionOf(id) : -1;
      last = position < 0 ? undefined : index.summaryAt(position);
    }
    return last;
  };
}

/** The values of the dataset's own unknown keys, for the privacy rule. */
function withValues(root: unknown, keys: readonly { readonly path: readonly (string | number)[]; readonly key: string }[]): FoundKey[] {
  return keys.map(({ path, key }) => {
    let node: unknown = root;
    for (const step of path) node = typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[step] : undefined;
    return { path, key, value: node };
  });
}

/**
 * Starts a {@link DatasetValidator}, with the options of {@link validateDataset}. For one
 * JSON document in memory, `validateDataset` does the same in one call.
 *
 * @example
 * ```ts
 * import { createDatasetValidator } from "opcat-npm";
 *
 * const validator = createDatasetValidator({ lang: "ru", maxIssues: 10 });
 * validator.dataset({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
 * validator.result().valid;
 * //=> true
 * ```
 */
export function createDatasetValidator(options: ValidationOptions = {}): DatasetValidator {
  const { dataset, add, result } = createValidatorCore(options, "apart");
  return { dataset, add, result };
}

/**
 * The validator, with `unreadable()` for a caller whose own reading of the input threw.
 *
 * @internal
 */
export function createValidatorCore(
  given: unknown,
  collections: CollectionsCheck,
  expected: Readonly<Partial<Record<CollectionName, number>>> = {},
): DatasetValidator & {
  readonly unreadable: () => void;
  readonly addAll: (collection: CollectionName, records: readonly unknown[]) => void;
  readonly tooLong: (collection: CollectionName) => void;
  /** An issue found outside the records (the files of a folder: `io.missing_file`, `io.ignored_file`). */
  readonly report: (code: IssueCode, path: readonly PathSegment[], params: Readonly<Record<string, unknown>>) => void;
} {
  const { options, problems } = validationOptions(given);
  const collector = createCollector(options.lang, options.maxIssues);
  for (const problem of problems) collector.report("options.invalid", [], problem);
  // Sized up front when the lengths are known (one document in memory), grown otherwise.
  const facilities = summaryIndex<FacilitySummary>("many", expected.facilities ?? 0);
  const visits = summaryIndex<VisitSummary>("many", expected.visits ?? 0);
  const recommendations = addresseeIndex(expected.recommendations ?? 0);
  const accountability = summaryIndex<true>("few", expected.accountability ?? 0);
  let started: { readonly run: (collection: CollectionName, records: readonly unknown[], from: number, to: number, first: number) => void; readonly end: () => void } | undefined;
  let current = 0;
  let count = 0;
  let block: unknown[] = [];
  let finished: ValidationResult | undefined;
  // A getter or proxy that throws while a record is read: reported, and the rest skipped.
  let unreadable = false;

  const guard = (action: () => void): void => {
    if (unreadable) return;
    try {
      action();
    } catch {
      unreadable = true;
      collector.report("schema.unreadable", []);
    }
  };

  const start = (fields: unknown): void => {
    const context: RuleContext = {
      root: fields,
      facilities: facilities.index,
      visits: visits.index,
      recommendations: recommendations.index,
      accountability: accountability.index,
      profile: options.profile,
      asOf: options.asOf,
      report: collector.report,
    };
    const held = holdIssues(collector.report);
    const schema = schemaRules({ ...context, report: held.report });
    const families: readonly RecordChecks[] = RULE_FAMILIES.map((rules) => rules(context));
    const datasetKeys = withValues(fields, isRawRecord(fields) ? createUnknownKeyFinder().dataset(fields) : []);
    schema.dataset(datasetKeys, collections);
    held.release(0);
    held.clear();
    for (const family of families) family.dataset?.(datasetKeys);

    const facts: RecordFacts = { index: 0, parsed: false, tooLong: false, unknownKeys: [], duplicateOf: -1, lookalikeOf: undefined, visit: undefined, facility: undefined, facilities: [] };
    const checksOf = <K extends "facility" | "visit" | "recommendation" | "accountabilityAction">(kind: K) =>
      families.flatMap((family) => (family[kind] === undefined ? [] : [family[kind] as NonNullable<RecordChecks[K]>]));
    const facilityChecks = checksOf("facility");
    const visitChecks = checksOf("visit");
    const recommendationChecks = checksOf("recommendation");
    const actionChecks = checksOf("accountabilityAction");
    const visitOf = cachedLookup(visits.index);
    const facilityOf = cachedLookup(facilities.index);
    const facilityById = (id: unknown): FacilitySummary | undefined => {
      const position = typeof id === "string" ? facilities.index.positionOf(id) : -1;
      return position < 0 ? undefined : facilities.summaries[position];
    };

    // For each collection: index the record, keep its summary, look up its links, run its checks.
    const checks: Readonly<Record<CollectionName, (record: RawRecord) => void>> = {
      facilities: (record) => {
        indexId(facts, record["id"], facilities.ids, facilities.asRead);
        facilities.summaries[facts.index] = facilitySummary(record);
        for (let c = 0; c < facilityChecks.length; c++) facilityChecks[c]?.(record, facts);
      },
      visits: (record) => {
        indexId(facts, record["id"], visits.ids, visits.asRead);
        const summary = visitSummary(record);
        visits.summaries[facts.index] = summary;
        const ids = summary.facilityIds;
        facts.facilities.length = ids.length;
        for (let j = 0; j < ids.length; j++) facts.facilities[j] = facilityById(ids[j]);
        for (let c = 0; c < visitChecks.length; c++) visitChecks[c]?.(record, facts);
      },
      recommendations: (record) => {
        indexId(facts, record["id"], recommendations.ids, recommendations.asRead);
        recommendations.set(facts.index, asString(record["addressee"]));
        facts.visit = visitOf(record["visitId"]);
        facts.facility = facilityOf(record["facilityId"]);
        for (let c = 0; c < recommendationChecks.length; c++) recommendationChecks[c]?.(record, facts);
      },
      accountability: (record) => {
        indexId(facts, record["id"], accountability.ids, accountability.asRead);
        facts.visit = visitOf(record["visitId"]);
        facts.facility = facilityById(record["facilityId"]);
        for (let c = 0; c < actionChecks.length; c++) actionChecks[c]?.(record, facts);
      },
    };

    const parsed = new Uint8Array(BLOCK);
    const unknownKeys = new Array<readonly FoundKey[]>(BLOCK);
    started = {
      // The schema parse of every record of the block, then the other checks record by
      // record, each record's held schema issues released just before them.
      run: (collection, records, from, to, first) => {
        const parse = schema.records[collection];
        const check = checks[collection];
        held.clear();
        for (let k = 0; k < to - from; k++) {
          facts.index = first + k;
          held.slot = k;
          parse(records[from + k], facts);
          parsed[k] = facts.tooLong ? 2 : facts.parsed ? 1 : 0;
          unknownKeys[k] = facts.unknownKeys;
        }
        for (let k = 0; k < to - from; k++) {
          held.release(k);
          const record = records[from + k];
          if (!isRawRecord(record) || parsed[k] === 2) continue;
          facts.index = first + k;
          facts.parsed = parsed[k] === 1;
          facts.unknownKeys = unknownKeys[k] ?? [];
          check(record);
        }
      },
      end: () => {
        for (const family of families) family.end?.();
      },
    };
  };

  const flush = (): void => {
    if (block.length === 0 || started === undefined) return;
    const records = block;
    block = [];
    const collection = COLLECTIONS[current] ?? "accountability";
    const first = count - records.length;
    const run = started.run;
    guard(() => {
      run(collection, records, 0, records.length, first);
    });
  };

  /** Moves on to `collection`, refusing to go back. */
  const enter = (collection: CollectionName): void => {
    if (started === undefined || finished !== undefined) throw usage("add() comes after dataset() and before result()");
    const at = COLLECTIONS.indexOf(collection);
    if (at < current) throw usage(`${collection} come before ${COLLECTIONS[current] ?? "the last collection"}: add the collections in the order ${COLLECTIONS.join(", ")}`);
    if (at > current) {
      flush();
      current = at;
      count = 0;
    }
  };

  return {
    report: collector.report,
    // Also before dataset(): then nothing more is read, and result() gives the issue.
    unreadable: () => {
      started ??= { run: () => undefined, end: () => undefined };
      guard(() => {
        throw new Error("unreadable");
      });
    },
    tooLong: (collection) => {
      enter(collection);
      collector.report("schema.too_big", [collection], { maximum: MAX_RECORDS, kind: "array" });
    },
    dataset: (fields) => {
      if (started !== undefined || finished !== undefined) throw usage("dataset() comes first, once");
      guard(() => {
        start(fields);
      });
      // A throwing getter on the dataset's own fields: nothing more can be read safely.
      started ??= { run: () => undefined, end: () => undefined };
    },
    // A whole collection in memory: blocks are read off it, not copied.
    addAll: (collection, records) => {
      enter(collection);
      flush();
      const run = started?.run;
      if (run === undefined) return;
      for (let from = 0; from < records.length; from += BLOCK) {
        const to = Math.min(records.length, from + BLOCK);
        const first = count;
        count += to - from;
        guard(() => {
          run(collection, records, from, to, first);
        });
      }
    },
    add: (collection, record) => {
      enter(collection);
      block.push(record);
      count++;
      if (block.length === BLOCK) flush();
    },
    result: () => {
      if (finished !== undefined) return finished;
      if (started === undefined) throw usage("result() comes after dataset()");
      flush();
      const end = started.end;
      guard(end);
      finished = collector.result();
      return finished;
    },
  };
}

type OptionProblem = Readonly<Record<"option" | "value" | "expected", unknown>>;

/** What each option must be, in the words of `options.invalid` (its `expected`). */
const OPTIONS = { profile: "profile", lang: "language", asOf: "date", maxIssues: "count" } as const;

/** A value as `options.invalid` shows it: a number or text as it is, anything else by its kind. */
const shown = (value: unknown): unknown => (typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : kindOf(value));

/**
 * The options resolved, each one that cannot be used left at its default and said as a
 * problem (never a throw: validateDataset never throws). The checks are those of the
 * report and the follow-up (src/errors/optionProblems.ts).
 */
function validationOptions(given: unknown): { readonly options: { readonly profile: Profile; readonly lang: TextLanguage; readonly asOf: CivilDate | undefined; readonly maxIssues: number }; readonly problems: OptionProblem[] } {
  const { fields, problems: read } = readFields(given, Object.keys(OPTIONS), "options", true);
  const problems: OptionProblem[] = read.map((problem) => {
    const option = problem.path[0] ?? "options";
    return { option, value: problem.code === "schema.unreadable" ? "unreadable" : shown(given), expected: option === "options" ? "object" : OPTIONS[option as keyof typeof OPTIONS] };
  });
  const usable = (option: keyof typeof OPTIONS, found: readonly unknown[]): boolean => {
    if (found.length === 0) return true;
    problems.push({ option, value: shown(fields[option]), expected: OPTIONS[option] });
    return false;
  };
  const { profile, lang, asOf, maxIssues } = fields;
  const count = typeof maxIssues === "number" && maxIssues >= 0 ? Math.floor(maxIssues) : Number.NaN;
  return {
    options: {
      profile: profile !== undefined && usable("profile", profileProblems(profile)) ? (profile as Profile) : kz,
      lang: lang !== undefined && usable("lang", languageProblems(lang)) ? (lang as TextLanguage) : "en",
      asOf: asOf !== undefined && usable("asOf", asOfProblems(asOf, "validation")) ? (asOf as CivilDate) : undefined,
      maxIssues: maxIssues !== undefined && usable("maxIssues", Number.isNaN(count) ? [maxIssues] : []) ? count : DEFAULT_MAX_ISSUES,
    },
    problems,
  };
}

function usage(message: string): OpcatError {
  return new OpcatError([{ code: "validate.usage", path: [], message: `DatasetValidator: ${message}`, params: {} }]);
}
