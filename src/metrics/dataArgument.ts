import { OpcatError, type OpcatProblem, type PathSegment } from "../errors/OpcatError";
import { allEntries, argumentProblem, MAX_LIST, MAX_RECORDS, readFields } from "../errors/optionProblems";
import { isCivilDate } from "../dates/isCivilDate";
import type { ReportData } from "./reportData";

// The data argument of the metrics, the report and the follow-up, checked at the boundary:
// what costs nothing per record (an object, arrays for collections, the published
// figures) up front; the records themselves only when reading one threw, to say which.

/**
 * A collection of the data.
 *
 * @internal
 */
export type DataCollection = "facilities" | "visits" | "recommendations" | "accountability";

const FIELDS = ["period", "facilities", "visits", "recommendations", "accountability", "reported"] as const;
const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/**
 * The problems of the published figures: counts where counts belong, a rate from 0 to 1.
 *
 * @internal
 */
export function reportedProblems(reported: unknown, argument: string): OpcatProblem[] {
  try {
    return publishedFigureProblems(reported, argument);
  } catch {
    return [argumentProblem("schema.unreadable", argument, argument === "reported" ? [] : ["reported"], "readable")];
  }
}

function publishedFigureProblems(reported: unknown, argument: string): OpcatProblem[] {
  if (isAbsent(reported)) return [];
  const at = argument === "reported" ? [] : ["reported"];
  if (!isObject(reported)) return [argumentProblem("schema.invalid_type", argument, at, "an object", reported)];
  const problems: OpcatProblem[] = [];
  const count = (value: unknown, path: readonly PathSegment[]): void => {
    if (!isAbsent(value) && !isCount(value)) problems.push(argumentProblem("schema.invalid_type", argument, path, "a count (a whole number from 0)", value));
  };
  const counts = (value: unknown, path: readonly PathSegment[]): void => {
    if (isAbsent(value)) return;
    if (!isObject(value)) problems.push(argumentProblem("schema.invalid_type", argument, path, "an object of counts", value));
    else for (const key of Object.keys(value)) count(value[key], [...path, key]);
  };
  const { visits, implementationRate } = reported;
  if (isObject(visits)) {
    count(visits["total"], [...at, "visits", "total"]);
    counts(visits["byType"], [...at, "visits", "byType"]);
  } else if (!isAbsent(visits)) {
    problems.push(argumentProblem("schema.invalid_type", argument, [...at, "visits"], "an object", visits));
  }
  count(reported["facilitiesMonitored"], [...at, "facilitiesMonitored"]);
  count(reported["recommendations"], [...at, "recommendations"]);
  if (!isAbsent(implementationRate) && !(typeof implementationRate === "number" && implementationRate >= 0 && implementationRate <= 1)) {
    problems.push(argumentProblem("schema.invalid_type", argument, [...at, "implementationRate"], "a rate from 0 to 1", implementationRate));
  }
  counts(reported["officials"], [...at, "officials"]);
  return problems;
}

/**
 * The data argument read once into a plain object: it must be an object, each collection
 * named an array (a `Map`, a `Set`, a typed array or an object in its place would be read
 * as empty), the published figures counts; the collections not named are left empty. The
 * period is checked with the options (it may come from them).
 *
 * @internal
 */
export function readDataArgument(data: unknown, collections: readonly DataCollection[], argument = "data"): { readonly data: ReportData; readonly problems: OpcatProblem[] } {
  const { fields, problems } = readFields(data, FIELDS, argument, false);
  // Not an object at all: that one problem says it all.
  const whole = problems.length > 0 && problems[0]?.path.length === 0;
  const collection = (name: DataCollection): readonly never[] => {
    const value = fields[name];
    if (whole) return NONE;
    if (!collections.includes(name)) return Array.isArray(value) ? (value as never[]) : NONE;
    if (problems.some((problem) => problem.path[0] === name)) return NONE;
    let length: number;
    try {
      length = Array.isArray(value) ? value.length : -1;
    } catch {
      problems.push(argumentProblem("schema.unreadable", argument, [name], "an array"));
      return NONE;
    }
    if (length < 0) problems.push(argumentProblem("schema.invalid_type", argument, [name], "an array", value));
    else if (length > MAX_RECORDS) problems.push(tooManyRecords(argument, name));
    else return value as never[];
    return NONE;
  };
  const read: ReportData = {
    period: fields["period"] as ReportData["period"],
    facilities: collection("facilities"),
    visits: collection("visits"),
    recommendations: collection("recommendations"),
    accountability: collection("accountability"),
    reported: fields["reported"] as ReportData["reported"],
  };
  if (!whole) problems.push(...reportedProblems(fields["reported"], argument));
  return { data: read, problems };
}

/**
 * A collection longer than {@link MAX_RECORDS}: `schema.too_big`.
 *
 * @internal
 */
export function tooManyRecords(argument: string, collection: string): OpcatProblem {
  return {
    code: "schema.too_big",
    path: [collection],
    message: `${argument}.${collection} holds more than ${String(MAX_RECORDS)} records`,
    params: { argument, maximum: MAX_RECORDS, kind: "array" },
  };
}

type Kind = "text" | "date" | "texts" | "count" | "object" | "history";

/** What the computations read of each record, with its kind; `true` when required. */
const RECORD_FIELDS: Readonly<Record<DataCollection, readonly (readonly [string, Kind, boolean])[]>> = {
  facilities: [["id", "text", true], ["name", "text", true], ["type", "text", true], ["agency", "text", true], ["region", "text", true], ["capacity", "count", false], ["openedOn", "date", false], ["closedOn", "date", false]],
  visits: [["id", "text", true], ["type", "text", true], ["startedOn", "date", true], ["endedOn", "date", false], ["facilityIds", "texts", true], ["followUpOf", "text", false], ["trigger", "object", false], ["teamSize", "count", false]],
  recommendations: [
    ["id", "text", true], ["visitId", "text", false], ["facilityId", "text", false], ["addressee", "text", true], ["level", "text", true], ["themes", "texts", true],
    ["issuedOn", "date", true], ["dueOn", "date", false], ["escalates", "texts", false], ["repeatOf", "text", false], ["history", "history", false],
  ],
  accountability: [["id", "text", true], ["decidedOn", "date", true], ["initiator", "text", true], ["measure", "text", true], ["officials", "count", true], ["visitId", "text", false], ["facilityId", "text", false], ["agency", "text", false]],
};

const EXPECTED: Readonly<Record<Kind, string>> = {
  text: "text",
  date: "a date YYYY-MM-DD",
  texts: "a list of texts",
  count: "a count (a whole number from 0)",
  object: "an object",
  history: "a list of status changes { status, on }",
};

function hasKind(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case "text":
      return typeof value === "string";
    case "date":
      return isCivilDate(value);
    case "texts":
      return Array.isArray(value) && value.length <= MAX_LIST && allEntries(value, (item) => typeof item === "string");
    case "count":
      return isCount(value);
    case "object":
      return isObject(value);
    case "history":
      return Array.isArray(value) && value.length <= MAX_LIST && allEntries(value, (change) => isObject(change) && typeof change["status"] === "string" && isCivilDate(change["on"]));
  }
}

/** The first problem of a record, or undefined: `schema.required`, `schema.invalid_type`. */
function recordProblem(record: unknown, collection: DataCollection, index: number, argument: string): OpcatProblem | undefined {
  const path = [collection, index];
  if (!isObject(record)) return argumentProblem("schema.invalid_type", argument, path, "a record (an object)", record);
  for (const [field, kind, required] of RECORD_FIELDS[collection]) {
    const value = record[field];
    if (isAbsent(value)) {
      if (required) return { code: "schema.required", path: [...path, field], message: `${[argument, ...path, field].join(".")} is required`, params: { argument, field } };
    } else if (!hasKind(value, kind)) {
      return argumentProblem("schema.invalid_type", argument, [...path, field], EXPECTED[kind], value);
    }
  }
  return undefined;
}

/**
 * The first record of the collections that is not what the contract says, as a problem
 * (with its path); undefined when every record is sound. Never throws: a record that
 * throws when read is `schema.unreadable`.
 *
 * @internal
 */
export function firstRecordProblem(data: ReportData, collections: readonly DataCollection[], argument = "data"): OpcatProblem | undefined {
  for (const collection of collections) {
    const records = data[collection];
    let index = 0;
    try {
      for (; index < records.length; index++) {
        const problem = recordProblem(records[index], collection, index, argument);
        if (problem !== undefined) return problem;
      }
    } catch {
      return argumentProblem("schema.unreadable", argument, [collection, index], "readable");
    }
  }
  return undefined;
}

/**
 * Runs a computation over the data; when it throws (a record of the wrong shape: data that
 * `validateDataset` would refuse), throws an {@link OpcatError} naming the first such
 * record instead. A throw with every record sound is a bug, and goes on as it is.
 *
 * @internal
 */
export function readingRecords<T>(data: ReportData, collections: readonly DataCollection[], compute: () => T, argument = "data"): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof OpcatError) throw error;
    const problem = firstRecordProblem(data, collections, argument);
    if (problem === undefined) throw error;
    throw new OpcatError([problem]);
  }
}
