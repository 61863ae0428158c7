import { OpcatError, type OpcatProblem } from "../errors/OpcatError";
import type { LanguagePack, PackTexts } from "../text/types";
import { checkLanguagePackDefinition } from "./checkLanguagePackDefinition";

/**
 * What {@link defineLanguagePack} takes: a {@link LanguagePack} whose `texts` may be left
 * out (every text then comes from the fallbacks).
 *
 * @example
 * ```ts
 * import { languagePack, type LanguagePackDefinition } from "opcat-npm";
 *
 * const russian = languagePack("ru");
 * const definition: LanguagePackDefinition = { ...russian, tag: "ru-x-test", name: "Test", fallback: ["ru"] };
 * definition.fallback;
 * //=> ["ru"]
 * ```
 */
export type LanguagePackDefinition = Omit<LanguagePack, "texts"> & { readonly texts?: PackTexts | undefined };

function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (typeof value === "object" && value !== null) {
    // A pack given as a fallback is already checked and frozen: kept as it is, so that it is recognised.
    if (Object.isFrozen(value)) return value;
    return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, frozenCopy(inner)]))) as T;
  }
  return value;
}

/**
 * A language of your own for every output of the library: its BCP 47 tag, its name, the
 * languages that stand in for texts it lacks (in order; English is the last resort), its
 * plural rule, number symbols, date and list styles, and any of the texts of
 * {@link TEXT_CATALOGUES} (the built-in packs' rules, from {@link languagePack}, are a
 * starting point). Checked as a profile is: a tag that is not BCP 47 or is built in, a
 * fallback that is not a language, a plural rule that gives no category, a month list that
 * is not twelve names, a text of no catalogue or with a placeholder its key does not have —
 * each is a problem with a code (`language.*`) and a path, all thrown together in one
 * {@link OpcatError}. Returns a frozen copy; pass it as `lang`. See which texts come from
 * the fallbacks with {@link checkLanguagePack}.
 *
 * @example
 * ```ts
 * import { defineLanguagePack, languagePack } from "opcat-npm";
 *
 * const ukrainian = defineLanguagePack({
 *   ...languagePack("ru"),
 *   tag: "uk",
 *   name: "Українська мова",
 *   fallback: ["ru"],
 *   dates: {
 *     ...languagePack("ru").dates,
 *     date: { pattern: "{day} {month} {year} року", months: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"] },
 *     period: { sameYear: "з {fromDay} {fromMonth} по {to}", otherYears: "з {from} по {to}" },
 *     months: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
 *     monthWithYear: "{Month} {year} року",
 *   },
 *   lists: { separator: ", ", last: " і " },
 *   texts: { report: { total: "Усього" } },
 * });
 * ukrainian.tag;
 * //=> "uk"
 * defineLanguagePack({ ...ukrainian, tag: "uk", texts: { report: { total: "{n} усього" } } });
 * //=> throws
 * ```
 */
export function defineLanguagePack(definition: LanguagePackDefinition): LanguagePack {
  let problems: OpcatProblem[];
  try {
    problems = checkLanguagePackDefinition(definition);
  } catch {
    problems = [{ code: "schema.unreadable", path: [], message: "The language pack definition could not be read: a getter or proxy threw", params: { argument: "definition" } }];
  }
  const [first, ...rest] = problems;
  if (first !== undefined) throw new OpcatError([first, ...rest]);
  const { tag, name, fallback, plural, numbers, dates, lists, texts } = definition;
  return Object.freeze({
    tag,
    name,
    fallback: Object.freeze([...fallback]),
    plural: Object.freeze({ categories: Object.freeze([...plural.categories]), select: plural.select, ...(plural.formOf === undefined ? {} : { formOf: frozenCopy(plural.formOf) }) }),
    numbers: frozenCopy(numbers),
    dates: frozenCopy(dates),
    lists: frozenCopy(lists),
    texts: frozenCopy(texts ?? {}),
  });
}
