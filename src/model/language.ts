import * as z from "zod";

/**
 * The languages every label and message of the library exists in: English, Russian and
 * Kazakh (Cyrillic).
 *
 * @example
 * ```ts
 * import { LANGUAGES } from "opcat-npm";
 *
 * LANGUAGES;
 * //=> ["en", "ru", "kk"]
 * ```
 */
export const LANGUAGES = ["en", "ru", "kk"] as const;

/**
 * A language code (schema and type): `"en"`, `"ru"` or `"kk"`.
 *
 * @example
 * ```ts
 * import { Language } from "opcat-npm";
 *
 * Language.safeParse("kk").success;
 * //=> true
 * Language.safeParse("de").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Language = /* @__PURE__ */ (() => z.enum(LANGUAGES))();

/**
 * A language code: one of {@link LANGUAGES}.
 *
 * @example
 * ```ts
 * import type { Language } from "opcat-npm";
 *
 * const lang: Language = "ru";
 * lang;
 * //=> "ru"
 * ```
 */
export type Language = z.infer<typeof Language>;

/**
 * A text in each language: an entry of the message and text catalogues.
 *
 * @internal
 */
export type LanguageTexts = Readonly<Record<Language, string>>;
