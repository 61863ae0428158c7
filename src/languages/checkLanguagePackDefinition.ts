import type { ErrorCode } from "../errors/errorCatalogue";
import type { OpcatProblem, PathSegment } from "../errors/OpcatError";
import { LANGUAGES } from "../model/language";
import { placeholdersOf } from "../text/template";
import { isLanguageTag } from "../text/isLanguageTag";
import { languageProblems } from "../errors/optionProblems";
import { findTextProblem } from "../validate/rules/findTextProblem";
import { TEXT_CATALOGUES } from "./textCatalogues";

type Problems = OpcatProblem[];
type Path = readonly PathSegment[];

const CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;
// Numbers every plural rule is tried on: its category must be one the pack writes a form for.
const SAMPLES = [0, 1, 2, 3, 4, 5, 7, 10, 11, 12, 14, 19, 20, 21, 22, 25, 100, 101, 102, 111, 1000, 1000000, 0.5, 1.5, 2.25];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function problem(code: ErrorCode, path: Path, message: string, params: Record<string, unknown> = {}): OpcatProblem {
  return { code, path, message, params };
}

function checkText(value: unknown, path: Path, problems: Problems, what: string): value is string {
  if (typeof value !== "string" || value.trim() === "") {
    problems.push(problem("language.invalid_value", path, `${what} must be a text that is not blank`, { expected: "text" }));
    return false;
  }
  // A pack's texts reach terminals, CSV and documents: the data's rule for text holds for them too.
  const found = findTextProblem(value);
  if (found === undefined) return true;
  problems.push(problem("language.invalid_value", path, `${what} holds ${found.kind.replace("_", " ")} ${found.character} at position ${String(found.index)}`, { expected: "text without control characters" }));
  return false;
}

/** A pattern's placeholders must be among `allowed` and include `required`. */
function checkPattern(value: unknown, path: Path, problems: Problems, allowed: readonly string[], required: readonly string[]): void {
  if (!checkText(value, path, problems, "A pattern")) return;
  const names = placeholdersOf(value);
  for (const name of names.keys()) {
    if (!allowed.includes(name)) problems.push(problem("language.unknown_placeholder", path, `{${name}} is not a placeholder of this pattern (it takes ${allowed.map((n) => `{${n}}`).join(", ")})`, { placeholder: name }));
  }
  for (const name of required) {
    if (!names.has(name)) problems.push(problem("language.missing_placeholder", path, `The pattern must hold {${name}}`, { placeholder: name }));
  }
}

function checkPlural(value: unknown, path: Path, problems: Problems): void {
  if (!isObject(value) || !Array.isArray(value["categories"]) || typeof value["select"] !== "function") {
    problems.push(problem("language.invalid_plural", path, "plural must be { categories, select } with select a function of a number", { expected: "plural rule" }));
    return;
  }
  const categories: readonly unknown[] = value["categories"];
  const known = (category: unknown) => (CATEGORIES as readonly unknown[]).includes(category);
  if (categories.length === 0 || !categories.every(known) || new Set(categories).size !== categories.length) {
    problems.push(problem("language.invalid_plural", [...path, "categories"], `categories must list CLDR plural categories (${CATEGORIES.join(", ")}), each once`, { expected: "categories" }));
    return;
  }
  const formOf = value["formOf"];
  if (formOf !== undefined && (!isObject(formOf) || !Object.entries(formOf).every(([from, to]) => known(from) && categories.includes(to)))) {
    problems.push(problem("language.invalid_plural", [...path, "formOf"], "formOf must map a category to one of the pack's categories", { expected: "formOf" }));
    return;
  }
  const select = value["select"] as (n: number) => unknown;
  for (const sample of SAMPLES) {
    let category: unknown;
    try {
      category = select(sample);
    } catch {
      category = undefined;
    }
    if (!known(category)) {
      problems.push(problem("language.invalid_plural", [...path, "select"], `select(${String(sample)}) must give a plural category`, { value: sample }));
      return;
    }
  }
}

function checkNumbers(value: unknown, path: Path, problems: Problems): void {
  if (!isObject(value)) {
    problems.push(problem("language.invalid_value", path, "numbers must be { group, decimal, percent, percentagePoints }", { expected: "object" }));
    return;
  }
  if (typeof value["group"] !== "string") problems.push(problem("language.invalid_value", [...path, "group"], "group must be a text (it may be empty)", { expected: "text" }));
  if (checkText(value["decimal"], [...path, "decimal"], problems, "decimal") && value["decimal"] === value["group"]) {
    problems.push(problem("language.invalid_value", [...path, "decimal"], "decimal must differ from group", { expected: "text" }));
  }
  checkPattern(value["percent"], [...path, "percent"], problems, ["n"], ["n"]);
  checkPattern(value["percentagePoints"], [...path, "percentagePoints"], problems, ["n"], ["n"]);
}

function checkMonths(value: unknown, path: Path, problems: Problems): void {
  if (!Array.isArray(value) || value.length !== 12) {
    problems.push(problem("language.invalid_value", path, "months must list the twelve month names, January first", { expected: "12 texts" }));
    return;
  }
  value.forEach((name: unknown, index) => checkText(name, [...path, index], problems, "A month name"));
}

function checkDateForm(value: unknown, path: Path, problems: Problems): void {
  if (!isObject(value)) {
    problems.push(problem("language.invalid_value", path, "A date form must be { pattern, months }", { expected: "object" }));
    return;
  }
  checkPattern(value["pattern"], [...path, "pattern"], problems, ["day", "month", "year"], ["day", "month", "year"]);
  checkMonths(value["months"], [...path, "months"], problems);
}

function checkDates(value: unknown, path: Path, problems: Problems): void {
  if (!isObject(value)) {
    problems.push(problem("language.invalid_value", path, "dates must be { date, period, months, month, monthWithYear } (asOf and by optional)", { expected: "object" }));
    return;
  }
  checkDateForm(value["date"], [...path, "date"], problems);
  for (const use of ["asOf", "by"] as const) if (value[use] !== undefined) checkDateForm(value[use], [...path, use], problems);
  const period = value["period"];
  if (!isObject(period)) problems.push(problem("language.invalid_value", [...path, "period"], "period must be { sameYear, otherYears }", { expected: "object" }));
  else {
    const names = ["from", "to", "fromDay", "fromMonth", "toDay", "toMonth", "year"];
    checkPattern(period["sameYear"], [...path, "period", "sameYear"], problems, names, []);
    checkPattern(period["otherYears"], [...path, "period", "otherYears"], problems, names, ["from", "to"]);
  }
  checkMonths(value["months"], [...path, "months"], problems);
  checkPattern(value["month"], [...path, "month"], problems, ["month", "Month"], []);
  checkPattern(value["monthWithYear"], [...path, "monthWithYear"], problems, ["month", "Month", "year"], ["year"]);
}

function checkLists(value: unknown, path: Path, problems: Problems): void {
  if (!isObject(value) || typeof value["separator"] !== "string" || typeof value["last"] !== "string") {
    problems.push(problem("language.invalid_value", path, "lists must be { separator, last }, two texts", { expected: "object" }));
  }
}

/** The placeholders of a key over the built-in languages: name → counted in any of them. */
function builtInPlaceholders(texts: Readonly<Record<string, string>>): Map<string, boolean> {
  const names = new Map<string, boolean>();
  for (const lang of LANGUAGES) {
    const text = texts[lang];
    if (text === undefined) continue;
    for (const [name, { counted }] of placeholdersOf(text)) names.set(name, names.get(name) === true || counted);
  }
  return names;
}

function checkTexts(value: unknown, path: Path, problems: Problems, categories: number): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    problems.push(problem("language.invalid_value", path, "texts must map catalogue names to texts by key", { expected: "object" }));
    return;
  }
  for (const [name, texts] of Object.entries(value)) {
    const catalogue = TEXT_CATALOGUES.find((entry) => entry.name === name);
    if (catalogue === undefined) {
      problems.push(problem("language.unknown_catalogue", [...path, name], `No catalogue is named ${name} (there are ${TEXT_CATALOGUES.map((entry) => entry.name).join(", ")})`, { catalogue: name }));
      continue;
    }
    if (!isObject(texts)) {
      problems.push(problem("language.invalid_value", [...path, name], "A catalogue's texts must be an object of texts by key", { expected: "object" }));
      continue;
    }
    for (const [key, text] of Object.entries(texts)) {
      const textPath = [...path, name, key];
      if (!Object.prototype.hasOwnProperty.call(catalogue.texts, key)) {
        problems.push(problem("language.unknown_text", textPath, `The catalogue ${name} has no text ${key}`, { catalogue: name, key }));
        continue;
      }
      if (!checkText(text, textPath, problems, "A text")) continue;
      const allowed = builtInPlaceholders(catalogue.texts[key] ?? {});
      for (const [placeholder, { counted, forms }] of placeholdersOf(text)) {
        if (!allowed.has(placeholder)) {
          problems.push(problem("language.unknown_placeholder", textPath, `{${placeholder}} is not a value of ${name}.${key} (it has ${[...allowed.keys()].map((n) => `{${n}}`).join(", ") || "none"})`, { placeholder }));
        } else if (counted && allowed.get(placeholder) !== true) {
          problems.push(problem("language.not_a_count", textPath, `{${placeholder}} is not a number: it cannot take plural forms`, { placeholder }));
        } else if (forms > categories) {
          problems.push(problem("language.too_many_forms", textPath, `{${placeholder}} has ${String(forms)} forms, more than the pack's ${String(categories)} plural categories`, { placeholder, forms, categories }));
        }
      }
    }
  }
}

/**
 * Every problem of a language pack definition, each with a code and a path.
 *
 * @internal
 */
export function checkLanguagePackDefinition(definition: unknown): OpcatProblem[] {
  const problems: Problems = [];
  if (!isObject(definition)) return [problem("language.invalid_value", [], "A language pack definition must be an object", { expected: "object" })];
  const tag = definition["tag"];
  if (!isLanguageTag(tag)) problems.push(problem("language.invalid_tag", ["tag"], "tag must be a BCP 47 language tag such as uk, ka or sr-Latn", { value: typeof tag === "string" ? tag.slice(0, 60) : null }));
  else if ((LANGUAGES as readonly string[]).includes(tag.toLowerCase())) problems.push(problem("language.built_in", ["tag"], `${tag} is built in: give the pack its own tag (such as ${tag}-x-npm)`, { value: tag }));
  checkText(definition["name"], ["name"], problems, "name");
  const fallback = definition["fallback"];
  if (!Array.isArray(fallback)) problems.push(problem("language.invalid_value", ["fallback"], "fallback must list languages (en, ru, kk or language packs)", { expected: "array" }));
  else fallback.forEach((entry: unknown, index) => {
    if (languageProblems(entry).length > 0) problems.push(problem("language.unknown_fallback", ["fallback", index], "A fallback must be en, ru, kk or a language pack", { index }));
  });
  checkPlural(definition["plural"], ["plural"], problems);
  checkNumbers(definition["numbers"], ["numbers"], problems);
  checkDates(definition["dates"], ["dates"], problems);
  checkLists(definition["lists"], ["lists"], problems);
  const plural = definition["plural"];
  const categories = isObject(plural) && Array.isArray(plural["categories"]) ? plural["categories"].length : CATEGORIES.length;
  checkTexts(definition["texts"], ["texts"], problems, categories);
  return problems;
}
