import * as z from "zod";
import { MAX_LIST } from "../../errors/optionProblems";
import type { PathSegment } from "../../errors/OpcatError";
import { Period } from "../../model/period";
import { ReportedFigures } from "../../model/reportedFigures";
import { StatusChange } from "../../model/statusChange";
import { Visit } from "../../model/visit";
import { VisitTrigger } from "../../model/visitTrigger";
import { DATASET_FORMAT } from "../../model/dataset";
import { isCivilDate } from "../../dates/isCivilDate";
import { schemasFor } from "../../profiles/schemasFor";
import type { ListName, Profile } from "../../profiles/profile";
import type { IssueCode } from "../catalogue";
import { type CollectionName, COLLECTIONS } from "../../model/findUnknownKeys";
import type { FoundKey, RecordFacts, Report, RuleContext } from "../context";

// The code list a field's value comes from, by the field's name: for schema.unknown_code.
const LIST_OF_FIELD: Readonly<Record<string, ListName | "formats">> = {
  type: "visitTypes",
  agency: "agencies",
  addressee: "agencies",
  region: "regions",
  themes: "themes",
  status: "statuses",
  level: "levels",
  initiator: "initiators",
  measure: "measures",
  kind: "triggerKinds",
  byType: "visitTypes",
  officials: "initiators",
  format: "formats",
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const step of path) {
    if (typeof node !== "object" || node === null || typeof step === "symbol") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** The name of the field a path ends in, skipping array positions. */
function fieldOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    if (typeof step === "string") return step;
  }
  return "";
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

/**
 * The example of the date message: the value rewritten as YYYY-MM-DD when it is a real day
 * in the day-first form spreadsheets type (`14.02.2023`, `14/02/2023`, `4.2.2023`), else a
 * fixed one.
 */
function dateExample(value: unknown): string {
  const dayFirst = typeof value === "string" ? /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value.trim()) : null;
  if (dayFirst !== null) {
    const [, day = "", month = "", year = ""] = dayFirst;
    const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
    if (isCivilDate(iso)) return iso;
  }
  return "2024-03-15";
}

/** One zod issue as a catalogue code and its params, with the value read from the input. */
function mapZodIssue(issue: z.core.$ZodIssue, record: unknown): [IssueCode, Readonly<Record<string, unknown>>][] {
  const value = valueAt(record, issue.path);
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return [["schema.required", { field }]];
      return [["schema.invalid_type", { expected: issue.expected, received: describeType(value) }]];
    case "invalid_format":
      if (issue.format === "date") return [["schema.invalid_date", { value, example: dateExample(value) }]];
      return [["schema.invalid_value", { value, expected: field === "id" || field.endsWith("Id") || field.endsWith("Of") || field === "facilityIds" || field === "escalates" ? "identifier" : "code" }]];
    case "invalid_value": {
      const list = LIST_OF_FIELD[field];
      if (list === "formats") return [["schema.invalid_value", { value, expected: DATASET_FORMAT }]];
      return [["schema.unknown_code", { value, list: list ?? field }]];
    }
    case "too_small":
      return [["schema.too_small", { minimum: Number(issue.minimum), kind: issue.origin }]];
    case "too_big":
      return [["schema.too_big", { maximum: Number(issue.maximum), kind: issue.origin }]];
    case "unrecognized_keys":
      // Only the records keyed by code (reported figures) reject keys: each is an unknown code.
      return issue.keys.map((key) => ["schema.unknown_code", { value: key, list: LIST_OF_FIELD[field] ?? field }] as [IssueCode, Record<string, unknown>]);
    case "custom": {
      const params = issue.params ?? {};
      if (params["opcatCode"] === "schema.unknown_code") {
        if (params["list"] === "profiles") return [["schema.unsupported_profile", { value, expected: params["profile"] }]];
        return [["schema.unknown_code", { value, list: params["list"] }]];
      }
      return [["schema.invalid_value", { value, expected: field }]];
    }
    default:
      return [["schema.invalid_value", { value, expected: field }]];
  }
}

function reportZodIssues(result: z.ZodSafeParseResult<unknown>, record: unknown, prefix: readonly PathSegment[], report: Report): void {
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path.filter((step): step is PathSegment => typeof step !== "symbol")];
    // An unrecognized key's path points at the record holding it: add the key itself.
    for (const [code, params] of mapZodIssue(issue, record)) {
      report(code, issue.code === "unrecognized_keys" ? [...path, String(params["value"])] : path, params);
    }
  }
}

const NO_KEYS: readonly FoundKey[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Parses one record with the strict form of its schema and reports what fails, with paths
 * into the input; notes in `facts` whether it parsed and its unknown keys. The keys zod
 * does not recognize are the record's unknown keys: they are reported as warnings and kept
 * for the privacy rule, so no second walk over the record's keys is needed.
 */
// The lists of each collection's records, checked for their length before anything else.
const LISTS: Readonly<Record<CollectionName, readonly string[]>> = {
  facilities: [],
  visits: ["facilityIds"],
  recommendations: ["themes", "escalates", "history"],
  accountability: [],
};

function recordCheck(schema: z.ZodType, collection: CollectionName, report: Report) {
  const lists = LISTS[collection];
  return (record: unknown, facts: RecordFacts): void => {
    // Not a record at all (null, a hole in an array, a string): said without zod, whose
    // failed parse costs microseconds, so that ten million of them take no minutes.
    facts.tooLong = false;
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      facts.parsed = false;
      facts.unknownKeys = NO_KEYS;
      report("schema.invalid_type", [collection, facts.index], { expected: "object", received: describeType(record) });
      return;
    }
    // A list so long (a sparse array can claim 2^32 − 1 entries) that reading it would take minutes.
    for (let k = 0; k < lists.length; k++) {
      const field = lists[k] ?? "";
      const value = (record as Readonly<Record<string, unknown>>)[field];
      if (Array.isArray(value) && value.length > MAX_LIST) {
        facts.parsed = false;
        facts.tooLong = true;
        facts.unknownKeys = NO_KEYS;
        report("schema.too_big", [collection, facts.index, field], { maximum: MAX_LIST, kind: "array" });
        return;
      }
    }
    const result = schema.safeParse(record);
    facts.parsed = result.success;
    facts.unknownKeys = NO_KEYS;
    if (result.success) return;
    const unknownKeys: FoundKey[] = [];
    const others: z.core.$ZodIssue[] = [];
    for (const issue of result.error.issues) {
      if (issue.code !== "unrecognized_keys") {
        others.push(issue);
        continue;
      }
      const at = issue.path.filter((step): step is PathSegment => typeof step !== "symbol");
      // zod drops an issue's input: the object holding the keys is found again by the path.
      const holder = valueAt(record, at);
      for (const key of issue.keys) unknownKeys.push({ path: [collection, facts.index, ...at, key], key, value: (holder as Readonly<Record<string, unknown>>)[key] });
    }
    if (others.length > 0) reportZodIssues({ success: false, error: new z.ZodError(others) }, record, [collection, facts.index], report);
    reportUnknownKeys(unknownKeys, report);
    facts.unknownKeys = unknownKeys;
    // A record whose only problem is unknown keys still has every field of its type.
    facts.parsed = others.length === 0;
  };
}

/**
 * The schemas of the records as the validator parses them: those of the profile, strict
 * at every level the contract describes (a visit's trigger, each history entry), so that
 * zod, which walks every key of a loose object anyway, also finds the unknown ones.
 */
function strictRecordSchemas(profile: Profile): RecordSchemas {
  const cached = COMPILED.get(profile);
  if (cached !== undefined) return cached;
  const schemas = schemasFor(profile);
  const built = {
    facilities: schemas.Facility.strict(),
    visits: Visit.extend({ trigger: VisitTrigger.strict().nullish() }).strict(),
    recommendations: schemas.Recommendation.extend({ history: z.array(StatusChange.strict()).nullish() }).strict(),
    accountability: schemas.AccountabilityAction.strict(),
    datasetProfile: schemas.Dataset.shape.profile,
  };
  // Only a frozen profile (defineProfile's, kz) cannot change under the cache.
  if (Object.isFrozen(profile)) COMPILED.set(profile, built);
  return built;
}

// The schemas of each profile, built once: zod compiles a parser per schema object, and a
// fresh one runs cold for the first tens of thousands of records (measured at a million
// recommendations: a fifth of the whole parse). A cache, not state: the same profile gives
// the same schemas.
const COMPILED = /* @__PURE__ */ new WeakMap<Profile, RecordSchemas>();

interface RecordSchemas {
  readonly facilities: z.ZodType;
  readonly visits: z.ZodType;
  readonly recommendations: z.ZodType;
  readonly accountability: z.ZodType;
  readonly datasetProfile: z.ZodString;
}

// The top level of a dataset without its collections: those are checked to be arrays below,
// and their records one by one (z.array(z.unknown()) would visit every record once more).
function datasetShell(profileCode: z.ZodString) {
  return z.looseObject({
    format: z.literal(DATASET_FORMAT),
    profile: profileCode,
    period: Period,
    reported: ReportedFigures.nullish(),
  });
}


function checkCollectionsAreArrays(root: unknown, report: Report): void {
  if (typeof root !== "object" || root === null || Array.isArray(root)) return;
  for (const name of COLLECTIONS) {
    const value = (root as Record<string, unknown>)[name];
    if (value === undefined) report("schema.required", [name], { field: name });
    else if (!Array.isArray(value)) report("schema.invalid_type", [name], { expected: "array", received: describeType(value) });
  }
}

function reportUnknownKeys(unknownKeys: readonly FoundKey[], report: Report): void {
  for (const { path, key } of unknownKeys) report("schema.unknown_key", path, { key });
}

/**
 * Whether the dataset's own fields come with its collections (one JSON document: each must
 * be an array) or apart from them (a stream, a folder of files: the reader checks them).
 *
 * @internal
 */
export type CollectionsCheck = "in the dataset" | "apart";

/**
 * The schema checks of a dataset: its own fields, and one function per collection that
 * parses a record (whatever it is: a record that is not an object is reported here, and
 * only here) and notes in the record's facts whether it parsed and its unknown keys.
 *
 * @internal
 */
export interface SchemaChecks {
  readonly dataset: (unknownKeys: readonly FoundKey[], collections: CollectionsCheck) => void;
  readonly records: Readonly<Record<CollectionName, (record: unknown, facts: RecordFacts) => void>>;
}

/**
 * The schema rules: the dataset's own fields, then each record parsed on its own with the
 * profile's schemas (so one bad record never hides the others, and paths point into the
 * input), and every unknown key as a warning.
 *
 * @internal
 */
export function schemaRules(context: RuleContext): SchemaChecks {
  const { root, report, profile } = context;
  const schemas = strictRecordSchemas(profile);
  return {
    dataset(unknownKeys, collections) {
      reportZodIssues(datasetShell(schemas.datasetProfile).safeParse(root), root, [], report);
      if (collections === "in the dataset") checkCollectionsAreArrays(root, report);
      reportUnknownKeys(unknownKeys, report);
    },
    records: {
      facilities: recordCheck(schemas.facilities, "facilities", report),
      visits: recordCheck(schemas.visits, "visits", report),
      recommendations: recordCheck(schemas.recommendations, "recommendations", report),
      accountability: recordCheck(schemas.accountability, "accountability", report),
    },
  };
}
