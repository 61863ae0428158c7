import type { Language } from "../model/language";
import { findText } from "../text/catalogue";
import { builtInTagOf, packOf } from "../text/packOf";
import { fillTemplate, type TemplateParams } from "../text/template";
import type { TextLanguage } from "../text/types";
import type { IssueCode } from "../validate/catalogue";
import { formatIssueMessage, MESSAGES } from "../validate/messages";
import { describeLocation, type FileLocation } from "./describeLocation";
import type { ErrorCode } from "./errorCatalogue";
import { ERROR_TEXT_CATALOGUE, ERROR_TEXTS, ERROR_WORD_CATALOGUE, ERROR_WORDS, type ErrorTextKey } from "./errorTexts";
import { OpcatError, type OpcatProblem } from "./OpcatError";
import { languageProblems, throwIfProblems } from "./optionProblems";
import { ReadError } from "./ReadError";
import { WriteError } from "./WriteError";

const PLACEHOLDER = /\{(\w+)(?:\|[^{}]*)?\}/g;

const UNITS: Readonly<Record<Language, readonly string[]>> = {
  en: ["bytes", "KB", "MB", "GB", "TB"],
  ru: ["байт", "КБ", "МБ", "ГБ", "ТБ"],
  kk: ["байт", "КБ", "МБ", "ГБ", "ТБ"],
};

/**
 * A size in bytes for a message: `1.1 GB`, `500 MB`, `900 bytes` (`1,1 ГБ`, `900 байт`), in
 * binary units (as the read limits are set), one decimal below 10.
 *
 * @internal
 */
export function sizeInWords(bytes: number, lang: TextLanguage = "en"): string {
  const tag = builtInTagOf(packOf(lang)) ?? "en";
  const units = UNITS[tag];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${String(bytes)} ${units[0] ?? ""}`;
  const digits = value < 10 && !Number.isInteger(value) ? 1 : 0;
  const number = value.toFixed(digits);
  return `${number.replace(".", packOf(lang).numbers.decimal)} ${units[unit] ?? ""}`;
}

/** A word of ERROR_WORDS for a param's value, or the value itself. */
function word(prefix: string, value: unknown, lang: TextLanguage): string {
  const key = `${prefix}.${String(value)}`;
  return Object.hasOwn(ERROR_WORDS, key) ? findText(ERROR_WORD_CATALOGUE, key, lang).template : String(value);
}

/** Names in quotes, as the language writes them: “id”, “type” or «id», «type». */
function quotedNames(names: readonly unknown[], lang: TextLanguage): string {
  return names.map((name) => (lang === "en" ? `“${String(name)}”` : `«${String(name)}»`)).join(", ");
}

/** The values a message of the catalogue is filled with: the params, and the words some of them stand for in `lang`. */
function wordedParams(params: Readonly<Record<string, unknown>>, location: FileLocation | undefined, lang: TextLanguage): TemplateParams {
  const worded: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === "fileSize" || name === "limitSize") worded[name] = sizeInWords(Number(value), lang);
    else if (name === "expected" || name === "found" || name === "received") worded[name] = word(name, value, lang);
    else if (name === "columns" && Array.isArray(value)) worded[name] = quotedNames(value, lang);
    else if (name === "files" && Array.isArray(value)) {
      worded[name] = value.map((entry: unknown) => fillTemplate(findText(ERROR_WORD_CATALOGUE, "misnamed", lang).template, wordedParams(typeof entry === "object" && entry !== null ? (entry as Readonly<Record<string, unknown>>) : {}, undefined, lang), lang)).join("; ");
    }
    // Lines and columns as editors show them, without a group separator.
    else if (name === "line" || name === "column") worded[name] = String(value);
    else if (typeof value === "number" || typeof value === "string") worded[name] = value;
    else worded[name] = String(value);
  }
  if (location !== undefined) {
    worded["place"] = describeLocation(location, lang);
    worded["file"] ??= location.file;
    worded["line"] ??= String(location.line);
  }
  return worded;
}

/** The key of a problem's message in ERROR_TEXTS: its code, or `code.reason`. */
function textKey(problem: OpcatProblem): ErrorTextKey | undefined {
  const reason = problem.params["reason"];
  const key = typeof reason === "string" ? `${problem.code}.${reason}` : problem.code;
  return Object.hasOwn(ERROR_TEXTS, key) ? (key as ErrorTextKey) : undefined;
}

/** A message of ERROR_TEXTS filled in, or undefined when a value it names is not among the params (an error made elsewhere). */
function filled(key: ErrorTextKey, params: Readonly<Record<string, unknown>>, location: FileLocation | undefined, lang: TextLanguage): string | undefined {
  const template = findText(ERROR_TEXT_CATALOGUE, key, lang).template;
  const worded = wordedParams(params, location, lang);
  for (const [, name] of template.matchAll(PLACEHOLDER)) if (name === undefined || !Object.hasOwn(worded, name)) return undefined;
  for (const [, name] of template.matchAll(/\{(\w+)\|/g)) if (typeof worded[name ?? ""] !== "number") return undefined;
  return fillTemplate(template, worded, lang);
}

/**
 * The message of an {@link OpcatError} in a language (its first problem's, as `message`
 * says it in English): a {@link ReadError} or {@link WriteError} from {@link ERROR_TEXTS},
 * an argument's problem from the validator's messages where its code has one; the English
 * `message` of the problem otherwise (a code without texts, or an error made with params its
 * message does not have). Anything else thrown: its own message (or, when even that cannot
 * be read, a line saying so). Throws an {@link OpcatError} (`schema.invalid_value`) for a
 * `lang` other than `en`, `ru`, `kk`.
 *
 * @example
 * ```ts
 * import { errorMessage } from "opcat-npm";
 * import { openDataset } from "opcat-npm/io";
 *
 * const error = await openDataset("no-such-data.json").catch((failure: unknown) => failure);
 * errorMessage(error, "ru");
 * //=> "не удаётся прочитать no-such-data.json: такого файла нет"
 * errorMessage(error, "kk");
 * //=> "no-such-data.json файлын оқу мүмкін емес: мұндай файл жоқ"
 * ```
 */
export function errorMessage(error: unknown, lang: TextLanguage = "en"): string {
  throwIfProblems(languageProblems(lang));
  try {
    return messageOf(error, lang);
  } catch {
    return "(an error whose message cannot be read)";
  }
}

function messageOf(error: unknown, lang: TextLanguage): string {
  if (!(error instanceof OpcatError)) return error instanceof Error ? error.message : String(error);
  const [problem] = error.problems;
  if (problem === undefined) return error.message;
  const key = textKey(problem);
  const location = error instanceof ReadError ? error.location : undefined;
  const text = key === undefined ? undefined : filled(key, problem.params, location, lang);
  if (text !== undefined) return text;
  if (Object.hasOwn(MESSAGES, problem.code)) return formatIssueMessage(problem.code as IssueCode, problem.params, lang);
  return problem.message;
}

/** The code of a key of ERROR_TEXTS (`io.bad_csv.opening_quote` → `io.bad_csv`) and the reason after it. */
function codeAndReason(key: ErrorTextKey): { readonly code: ErrorCode; readonly reason: string | undefined } {
  const [scope = "", name = "", ...rest] = key.split(".");
  return { code: `${scope}.${name}` as ErrorCode, reason: rest.length === 0 ? undefined : rest.join(".") };
}

/**
 * The {@link ReadError} of a message of {@link ERROR_TEXTS} (`io.bad_csv.opening_quote`):
 * its code and reason from the key, its message in `lang` (English by default), the params
 * kept for another language.
 *
 * @internal
 */
export function readError(key: ErrorTextKey, location: FileLocation, params: Readonly<Record<string, unknown>> = {}, lang: TextLanguage = "en"): ReadError {
  const { code, reason } = codeAndReason(key);
  const all = { ...(reason === undefined ? {} : { reason }), ...params, ...(location.line > 0 ? { line: location.line } : {}) };
  return new ReadError(code, filled(key, all, location, lang) ?? key, location, all);
}

/**
 * The {@link WriteError} of a message of {@link ERROR_TEXTS} for `file`, in English.
 *
 * @internal
 */
export function writeError(key: ErrorTextKey, file: string, params: Readonly<Record<string, unknown>> = {}): WriteError {
  const { code, reason } = codeAndReason(key);
  const all = { ...(reason === undefined ? {} : { reason }), file, ...params };
  return new WriteError([{ code, path: [], message: filled(key, all, undefined, "en") ?? key, params: all }]);
}

/**
 * A read error with its message in `lang` (the same code, params and location); any other
 * error as it is. For the readers' callers that asked for a language.
 *
 * @internal
 */
export function inLanguage(error: unknown, lang: TextLanguage): unknown {
  // A read error is made in English: said again only in another language.
  if (!(error instanceof ReadError) || lang === "en") return error;
  const [problem] = error.problems;
  const key = problem === undefined ? undefined : textKey(problem);
  const text = key === undefined || problem === undefined ? undefined : filled(key, problem.params, error.location, lang);
  if (text === undefined || text === error.message || problem === undefined) return error;
  return new ReadError(error.code, text, error.location, problem.params);
}

/**
 * Runs a step that reads files; a read error it throws is said again in `lang` when `lang` is
 * a language (an option not checked yet may be anything: then as it is).
 *
 * @internal
 */
export async function readingIn<T>(lang: unknown, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw languageProblems(lang).length === 0 ? inLanguage(error, lang as TextLanguage) : error;
  }
}
