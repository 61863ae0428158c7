import type { ErrorCode } from "../errors/errorCatalogue";
import type { OpcatProblem, PathSegment } from "../errors/OpcatError";
import { ACCOUNTABILITY_INITIATORS } from "../model/accountabilityInitiator";
import { ACCOUNTABILITY_MEASURES } from "../model/accountabilityMeasure";
import { CODE_PATTERN } from "../model/code";
import { LANGUAGES } from "../model/language";
import { isLanguageTag } from "../text/isLanguageTag";
import { RECOMMENDATION_LEVELS } from "../model/recommendationLevel";
import { RECOMMENDATION_STATUSES } from "../model/recommendationStatus";
import { TRIGGER_KINDS } from "../model/triggerKind";
import { VISIT_TYPES } from "../model/visitType";

/** The country's own lists: each must hold at least one code. */
const OWN_LISTS = ["agencies", "facilityTypes", "regions", "themes"] as const;

/** The lists fixed by the contract: a profile may label them but must keep their codes. */
const CONTRACT_CODES = {
  visitTypes: VISIT_TYPES,
  statuses: RECOMMENDATION_STATUSES,
  measures: ACCOUNTABILITY_MEASURES,
  initiators: ACCOUNTABILITY_INITIATORS,
  triggerKinds: TRIGGER_KINDS,
  levels: RECOMMENDATION_LEVELS,
} as const;

type Problems = OpcatProblem[];
type Path = readonly PathSegment[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short rendering of any value for a message; never throws (JSON may hold {"toString": 1}). */
function preview(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 60));
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function problem(code: ErrorCode, path: Path, message: string, params: Record<string, unknown> = {}): OpcatProblem {
  return { code, path, message, params };
}

function checkLabels(value: unknown, path: Path, problems: Problems, languages: readonly string[]): void {
  if (!isObject(value)) {
    problems.push(problem("profile.invalid_type", path, `Labels must be an object with ${languages.join(", ")}`, { expected: "object" }));
    return;
  }
  for (const lang of languages) {
    const text = value[lang];
    if (typeof text !== "string" || text.trim() === "") {
      problems.push(problem("profile.missing_label", [...path, lang], `Missing ${lang} label`, { lang }));
    }
  }
  // A label in a language the profile does not declare would never be shown: say so rather than drop it.
  for (const lang of Object.keys(value)) {
    if (!languages.includes(lang)) problems.push(problem("profile.undeclared_language", [...path, lang], `A label in ${lang.slice(0, 20)}, which the profile does not declare in languages (${languages.join(", ")})`, { lang: lang.slice(0, 20) }));
  }
}

/** The profile's declared languages: BCP 47 tags, each once, at least one (default en, ru, kk). */
function checkLanguages(value: unknown, problems: Problems): readonly string[] {
  if (value === undefined) return LANGUAGES;
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(problem("profile.invalid_type", ["languages"], "languages must list at least one BCP 47 language tag, such as [\"ka\", \"en\"]", { expected: "array" }));
    return LANGUAGES;
  }
  const tags: string[] = [];
  value.forEach((tag: unknown, index) => {
    if (!isLanguageTag(tag)) problems.push(problem("profile.invalid_language", ["languages", index], `Not a BCP 47 language tag: ${preview(tag)}`, { value: typeof tag === "string" ? tag.slice(0, 20) : null }));
    else if (tags.includes(tag)) problems.push(problem("profile.duplicate_language", ["languages", index], `Language listed twice: ${tag}`, { value: tag }));
    else tags.push(tag);
  });
  return tags.length > 0 ? tags : LANGUAGES;
}

/** Checks one list's entries and returns the valid codes found, in order, with their index. */
function checkEntries(value: unknown, path: Path, problems: Problems, languages: readonly string[]): Map<string, number> {
  if (!Array.isArray(value)) {
    problems.push(problem("profile.invalid_type", path, "A code list must be an array", { expected: "array" }));
    return new Map();
  }
  const codes = new Map<string, number>();
  value.forEach((entry: unknown, index) => {
    const entryPath = [...path, index];
    if (!isObject(entry)) {
      problems.push(problem("profile.invalid_type", entryPath, "A list entry must be an object", { expected: "object" }));
      return;
    }
    const code = entry["code"];
    if (typeof code !== "string" || !CODE_PATTERN.test(code)) {
      problems.push(problem("profile.invalid_code", [...entryPath, "code"], `Not a valid code: ${preview(code)}`, { code }));
    } else if (codes.has(code)) {
      problems.push(problem("profile.duplicate_code", [...entryPath, "code"], `Code listed twice: ${code}`, { code }));
    } else {
      codes.set(code, index);
    }
    checkLabels(entry["labels"], [...entryPath, "labels"], problems, languages);
  });
  return codes;
}

function checkPositiveInteger(value: unknown, path: Path, problems: Problems): void {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    problems.push(problem("profile.invalid_rule", path, "Must be a whole number from 1 up", { value }));
  }
}

function checkOwnLists(lists: Record<string, unknown>, problems: Problems, languages: readonly string[]): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const name of OWN_LISTS) {
    const path = ["lists", name];
    const found = checkEntries(lists[name], path, problems, languages);
    if (Array.isArray(lists[name]) && lists[name].length === 0) {
      problems.push(problem("profile.empty_list", path, `The list ${name} has no codes`, { list: name }));
    }
    codes.set(name, [...found.keys()]);
  }
  const agencies = new Set(codes.get("agencies"));
  const facilityTypes = lists["facilityTypes"];
  if (Array.isArray(facilityTypes)) {
    facilityTypes.forEach((entry: unknown, index) => {
      if (!isObject(entry)) return;
      const agency = entry["defaultAgency"];
      if (typeof agency !== "string" || !agencies.has(agency)) {
        problems.push(
          problem("profile.unknown_default_agency", ["lists", "facilityTypes", index, "defaultAgency"], `Default agency is not in the agencies list: ${preview(agency)}`, {
            agency,
          }),
        );
      }
    });
  }
  return codes;
}

function checkContractLists(lists: Record<string, unknown>, problems: Problems, languages: readonly string[]): void {
  for (const [name, expected] of Object.entries(CONTRACT_CODES)) {
    if (lists[name] === undefined) continue;
    const path = ["lists", name];
    const found = checkEntries(lists[name], path, problems, languages);
    const allowed: readonly string[] = expected;
    for (const [code, index] of found) {
      if (!allowed.includes(code)) {
        problems.push(problem("profile.contract_code_unknown", [...path, index, "code"], `${code} is not a code of the contract's ${name}`, { list: name, code }));
      }
    }
    for (const code of allowed) {
      if (!found.has(code)) {
        problems.push(problem("profile.contract_code_missing", path, `The contract's code ${code} is missing from ${name}`, { list: name, code }));
      }
    }
  }
}

function checkLegacyRegionCodes(value: unknown, regions: readonly string[], problems: Problems): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    problems.push(problem("profile.invalid_type", ["legacyRegionCodes"], "legacyRegionCodes must be an array", { expected: "array" }));
    return;
  }
  const current = new Set(regions);
  const seen = new Set<string>();
  value.forEach((entry: unknown, index) => {
    const path = ["legacyRegionCodes", index];
    if (!isObject(entry)) {
      problems.push(problem("profile.invalid_type", path, "A legacy region code must be an object", { expected: "object" }));
      return;
    }
    const code = entry["code"];
    if (typeof code !== "string" || !CODE_PATTERN.test(code)) {
      problems.push(problem("profile.invalid_code", [...path, "code"], `Not a valid code: ${preview(code)}`, { code }));
    } else if (current.has(code)) {
      problems.push(problem("profile.legacy_code_in_use", [...path, "code"], `${code} is still a current region code`, { code }));
    } else if (seen.has(code)) {
      problems.push(problem("profile.duplicate_code", [...path, "code"], `Code listed twice: ${code}`, { code }));
    } else {
      seen.add(code);
    }
    const targets: [PathSegment[], unknown][] = [[[...path, "replacedBy"], entry["replacedBy"]]];
    const splitInto = entry["splitInto"];
    if (!Array.isArray(splitInto)) {
      problems.push(problem("profile.invalid_type", [...path, "splitInto"], "splitInto must be an array (empty when the region was not split)", { expected: "array" }));
    } else {
      splitInto.forEach((target: unknown, i) => targets.push([[...path, "splitInto", i], target]));
    }
    for (const [targetPath, target] of targets) {
      if (typeof target !== "string" || !current.has(target)) {
        problems.push(problem("profile.unknown_region", targetPath, `Not a region of this profile: ${preview(target)}`, { region: target }));
      }
    }
  });
}

/**
 * Every integrity problem of a profile definition, in the order found; empty when it is
 * sound. Works on any value, so definitions read from JSON are checked as carefully.
 *
 * @internal
 */
export function checkProfileDefinition(definition: unknown): OpcatProblem[] {
  const problems: Problems = [];
  if (!isObject(definition)) {
    return [problem("profile.invalid_type", [], "A profile definition must be an object", { expected: "object" })];
  }
  const id = definition["id"];
  if (typeof id !== "string" || !CODE_PATTERN.test(id)) {
    problems.push(problem("profile.invalid_code", ["id"], `Not a valid profile id: ${preview(id)}`, { code: id }));
  }
  const languages = checkLanguages(definition["languages"], problems);
  checkLabels(definition["name"], ["name"], problems, languages);
  const lists = definition["lists"];
  let regions: string[] = [];
  if (isObject(lists)) {
    regions = checkOwnLists(lists, problems, languages).get("regions") ?? [];
    checkContractLists(lists, problems, languages);
  } else {
    problems.push(problem("profile.invalid_type", ["lists"], "lists must be an object", { expected: "object" }));
  }
  const rules = definition["rules"];
  if (isObject(rules)) {
    checkPositiveInteger(rules["minTeamSize"], ["rules", "minTeamSize"], problems);
    checkPositiveInteger(rules["periodicCycleYears"], ["rules", "periodicCycleYears"], problems);
  } else {
    problems.push(problem("profile.invalid_type", ["rules"], "rules must be an object", { expected: "object" }));
  }
  checkLegacyRegionCodes(definition["legacyRegionCodes"], regions, problems);
  return problems;
}
