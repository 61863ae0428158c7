import { languageProblems, throwIfProblems } from "../errors/optionProblems";
import { packText } from "../text/catalogue";
import { fallbackChain } from "../text/packOf";
import type { TextLanguage } from "../text/types";
import { TEXT_CATALOGUES } from "./textCatalogues";

/**
 * A text a language pack lacks and the language that stands in for it.
 *
 * @example
 * ```ts
 * import type { TextFallback } from "opcat-npm";
 *
 * const fallback: TextFallback = { catalogue: "report", key: "title", from: "ru" };
 * fallback.from;
 * //=> "ru"
 * ```
 */
export interface TextFallback {
  readonly catalogue: string;
  readonly key: string;
  readonly from: string;
}

/**
 * What a language pack covers: how many of the library's texts it gives itself, and each
 * text it lacks with the language of its fallback chain that gives it (English at the
 * latest), in the order of {@link TEXT_CATALOGUES} and their keys.
 *
 * @example
 * ```ts
 * import type { LanguagePackCoverage } from "opcat-npm";
 *
 * const coverage: LanguagePackCoverage = { tag: "uk", own: 1, total: 2, fallbacks: [{ catalogue: "report", key: "title", from: "ru" }] };
 * coverage.total - coverage.own;
 * //=> 1
 * ```
 */
export interface LanguagePackCoverage {
  readonly tag: string;
  readonly own: number;
  readonly total: number;
  readonly fallbacks: readonly TextFallback[];
}

/**
 * Lists every text of the library's catalogues ({@link TEXT_CATALOGUES}) that a language
 * takes from its fallbacks, and from which: nothing falls back silently. A built-in
 * language has every text (no fallbacks). Pure. Throws an {@link OpcatError}
 * (`schema.invalid_value`) for a `lang` that is not a built-in tag or a language pack.
 *
 * @example
 * ```ts
 * import { checkLanguagePack, defineLanguagePack, languagePack } from "opcat-npm";
 *
 * const pack = defineLanguagePack({ ...languagePack("ru"), tag: "ru-x-short", name: "Short", fallback: ["ru"], texts: { report: { total: "Итого" } } });
 * const coverage = checkLanguagePack(pack);
 * [coverage.own, coverage.total - coverage.fallbacks.length];
 * //=> [1, 1]
 * coverage.fallbacks.find((fallback) => fallback.key === "title");
 * //=> { catalogue: "report", key: "title", from: "ru" }
 * checkLanguagePack("kk").fallbacks;
 * //=> []
 * ```
 */
export function checkLanguagePack(lang: TextLanguage): LanguagePackCoverage {
  throwIfProblems(languageProblems(lang));
  const [own, ...rest] = fallbackChain(lang);
  const fallbacks: TextFallback[] = [];
  let total = 0;
  let given = 0;
  for (const catalogue of TEXT_CATALOGUES) {
    for (const key of Object.keys(catalogue.texts)) {
      total++;
      if (own !== undefined && packText(catalogue, key, own) !== undefined) {
        given++;
        continue;
      }
      const from = rest.find((pack) => packText(catalogue, key, pack) !== undefined);
      fallbacks.push({ catalogue: catalogue.name, key, from: from?.tag ?? "en" });
    }
  }
  return { tag: own?.tag ?? "en", own: given, total, fallbacks };
}
