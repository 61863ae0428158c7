import { isCivilDate } from "../dates/isCivilDate";
import { isBuiltInTag } from "../text/packOf";
import type { ErrorCode } from "./errorCatalogue";
import { OpcatError, type OpcatProblem } from "./OpcatError";

// The checks of options shared by the report, the follow-up and the renderers: every problem
// found at once, each with a code and a path.

/**
 * The most records one collection may hold (2^24, 16,777,216): far beyond any mechanism's
 * data (a national year is about a million recommendations), and a bound on the time any
 * function takes over an array, however sparse (`new Array(2 ** 32 - 1)` has no records
 * but that many places to look at).
 *
 * @internal
 */
export const MAX_RECORDS = 2 ** 24;

/**
 * The most entries a list inside a record may hold (2^16, 65,536: facility ids, themes,
 * escalated ids, status changes, a list in a field the contract does not know). A longer
 * one, however sparse, is refused by validation without being read.
 *
 * @internal
 */
export const MAX_LIST = 2 ** 16;

/**
 * Whether every entry of an array passes `test`, holes included (`every` skips holes, and
 * walks all of a sparse array's length): stops at the first that does not.
 *
 * @internal
 */
export function allEntries(values: readonly unknown[], test: (value: unknown) => boolean): boolean {
  for (let i = 0; i < values.length; i++) if (!test(values[i])) return false;
  return true;
}

/**
 * A problem of an option, at the option's name.
 *
 * @internal
 */
export function optionProblem(code: ErrorCode, path: string, message: string, params: Record<string, unknown>): OpcatProblem {
  return { code, path: [path], message, params };
}

/**
 * `asOf` must be a civil date: `reader` (a report, a follow-up) never reads the clock.
 *
 * @internal
 */
export function asOfProblems(asOf: unknown, reader: string): OpcatProblem[] {
  return isCivilDate(asOf) ? [] : [optionProblem("schema.invalid_date", "asOf", `asOf must be a civil date YYYY-MM-DD: ${reader} never reads the clock`, { value: asOf ?? null })];
}

/**
 * A period must have civil dates `from` ≤ `to`, and `asOf` must not come before it starts
 * (nothing of it could be counted): the metrics' codes `schema.invalid_date`,
 * `date.period_order`, `date.as_of_before_period`.
 *
 * @internal
 */
export function periodProblems(period: unknown, asOf: unknown): OpcatProblem[] {
  let from: unknown;
  let to: unknown;
  try {
    ({ from, to } = (typeof period === "object" && period !== null ? period : {}) as { from?: unknown; to?: unknown });
  } catch {
    return [optionProblem("schema.unreadable", "period", "period could not be read: a getter or proxy threw", {})];
  }
  if (!isCivilDate(from) || !isCivilDate(to)) return [optionProblem("schema.invalid_date", "period", "period must have civil dates from and to", { from: from ?? null, to: to ?? null })];
  if (from > to) return [optionProblem("date.period_order", "period", `The period ends (${to}) before it starts (${from})`, { from, to })];
  if (isCivilDate(asOf) && asOf < from) return [optionProblem("date.as_of_before_period", "asOf", `asOf (${asOf}) is before the period starts (${from}): nothing could be counted`, { asOf, from })];
  return [];
}

/** Whether a value has the shape of a language pack (defineLanguagePack checks the rest). */
function isSoundLanguagePack(value: unknown): boolean {
  if (!isObject(value) || typeof value["tag"] !== "string" || typeof value["name"] !== "string" || !Array.isArray(value["fallback"])) return false;
  const { plural, numbers, dates, lists, texts } = value;
  return isObject(plural) && typeof plural["select"] === "function" && Array.isArray(plural["categories"]) && isObject(numbers) && isObject(dates) && isObject(lists) && isObject(texts);
}

/**
 * `lang` must be `en`, `ru`, `kk` or a language pack (for callers without types).
 *
 * @internal
 */
export function languageProblems(lang: unknown): OpcatProblem[] {
  if (typeof lang === "string" && isBuiltInTag(lang)) return [];
  try {
    if (typeof lang === "object" && isSoundLanguagePack(lang)) return [];
  } catch {
    return [optionProblem("schema.unreadable", "lang", "lang could not be read: a getter or proxy threw", {})];
  }
  return [optionProblem("schema.invalid_value", "lang", "lang must be en, ru, kk or a language pack made by defineLanguagePack", { value: typeof lang === "object" ? kindOf(lang) : (lang ?? null), expected: "en | ru | kk | language pack" })];
}

/**
 * Throws an {@link OpcatError} listing the problems, if there is any.
 *
 * @internal
 */
export function throwIfProblems(problems: readonly OpcatProblem[]): void {
  const [first, ...rest] = problems;
  if (first !== undefined) throw new OpcatError([first, ...rest]);
}

/**
 * What kind of value an argument is, for `params.received`: `undefined`, `null`, `array`,
 * `Map`, `Set`, `typed array`, `object`, `string`, `number`, ... Never throws: a revoked
 * proxy reads as `unreadable`.
 *
 * @internal
 */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value === "number" && Number.isNaN(value) ? "NaN" : typeof value;
  try {
    if (Array.isArray(value)) return "array";
    if (value instanceof Map) return "Map";
    if (value instanceof Set) return "Set";
    if (ArrayBuffer.isView(value)) return "typed array";
  } catch {
    return "unreadable";
  }
  return "object";
}

/**
 * An argument of the wrong kind (`schema.invalid_type`), or one that threw when read
 * (`schema.unreadable`, a getter or a proxy): `params.argument` names the argument, `path`
 * is the place inside it.
 *
 * @internal
 */
export function argumentProblem(
  code: "schema.invalid_type" | "schema.unreadable",
  argument: string,
  path: readonly (string | number)[],
  expected: string,
  value?: unknown,
): OpcatProblem {
  const where = [argument, ...path].join(".");
  if (code === "schema.unreadable") return { code, path, message: `${where} could not be read: a getter or proxy threw`, params: { argument } };
  const received = kindOf(value);
  return { code, path, message: `${where} must be ${expected}, not ${received}`, params: { argument, expected, received } };
}

/**
 * The named fields of an object argument, each read once into a plain object (so a getter
 * runs once, and a later change cannot slip past the checks), with the problems of reading
 * them: not an object (`undefined` is `{}` when `optional`), or a field that threw. Fields
 * that are `undefined` are left out.
 *
 * @internal
 */
export function readFields(value: unknown, keys: readonly string[], argument: string, optional: boolean): { fields: Record<string, unknown>; problems: OpcatProblem[] } {
  const fields: Record<string, unknown> = {};
  if (value === undefined && optional) return { fields, problems: [] };
  const kind = kindOf(value);
  if (kind === "unreadable") return { fields, problems: [argumentProblem("schema.unreadable", argument, [], "an object")] };
  if (kind !== "object") return { fields, problems: [argumentProblem("schema.invalid_type", argument, [], "an object", value)] };
  const problems: OpcatProblem[] = [];
  const record = value as Record<string, unknown>;
  for (const key of keys) {
    try {
      const field = record[key];
      if (field !== undefined) fields[key] = field;
    } catch {
      problems.push(argumentProblem("schema.unreadable", argument, [key], "readable"));
    }
  }
  return { fields, problems };
}

/** The lists every profile has. */
const PROFILE_LISTS = ["agencies", "facilityTypes", "regions", "themes", "visitTypes", "statuses", "measures", "initiators", "triggerKinds", "levels"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasLabels(value: unknown): boolean {
  return isObject(value) && Object.values(value).every((text) => typeof text === "string");
}

/**
 * `profile` must be a profile (as defineProfile makes): an id, a name, every
 * code list with codes and labels, and the rule parameters. A quick look at its shape, not
 * defineProfile's checks of its contents (`schema.invalid_value` at `profile`).
 *
 * @internal
 */
export function profileProblems(profile: unknown, argument = "options", path: readonly string[] = ["profile"]): OpcatProblem[] {
  if (profile === undefined && path.length > 0) return [];
  let sound: boolean;
  try {
    sound = isSoundProfile(profile);
  } catch {
    return [argumentProblem("schema.unreadable", argument, path, "a profile")];
  }
  if (sound) return [];
  return [{ code: "schema.invalid_value", path, message: `${[argument, ...path].join(".")} must be a profile made by defineProfile (such as kz)`, params: { argument, value: kindOf(profile), expected: "profile" } }];
}

/**
 * `list` must name one of a profile's code lists (`schema.invalid_value`).
 *
 * @internal
 */
export function listProblems(list: unknown): OpcatProblem[] {
  if ((PROFILE_LISTS as readonly unknown[]).includes(list)) return [];
  return [{ code: "schema.invalid_value", path: [], message: `list must be one of ${PROFILE_LISTS.join(", ")}`, params: { argument: "list", value: typeof list === "string" ? list : kindOf(list), expected: PROFILE_LISTS.join(" | ") } }];
}

function isSoundProfile(profile: unknown): boolean {
  if (!isObject(profile) || typeof profile["id"] !== "string" || !Array.isArray(profile["languages"]) || !hasLabels(profile["name"]) || !isObject(profile["rules"]) || !Array.isArray(profile["legacyRegionCodes"])) return false;
  const { rules, lists } = profile;
  if (!Number.isFinite(rules["minTeamSize"]) || !Number.isFinite(rules["periodicCycleYears"]) || !isObject(lists)) return false;
  const legacy = profile["legacyRegionCodes"] as readonly unknown[];
  if (!allEntries(legacy, (entry) => isObject(entry) && typeof entry["code"] === "string" && typeof entry["replacedBy"] === "string" && Array.isArray(entry["splitInto"]))) return false;
  return PROFILE_LISTS.every((name) => {
    const list = lists[name];
    return Array.isArray(list) && allEntries(list, (entry) => isObject(entry) && typeof entry["code"] === "string" && hasLabels(entry["labels"]));
  });
}
