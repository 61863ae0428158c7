// RFC 5646 (BCP 47) well-formed language tags, without the grandfathered irregular ones:
// language (2–3 letters with up to three extensions, or 4–8 letters), script, region,
// variants, extensions, private use; or a private-use tag alone.
const LANGTAG =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+)$/i;

/**
 * Whether a text is a well-formed BCP 47 language tag (RFC 5646): `"uk"`, `"ka"`,
 * `"kk-Cyrl-KZ"`, `"sr-Latn"`, `"es-419"`. Well-formed, not registered: the check reads the
 * tag's shape, not a list of languages, so it is the same in every engine.
 *
 * @example
 * ```ts
 * import { isLanguageTag } from "opcat-npm";
 *
 * isLanguageTag("kk-Cyrl-KZ");
 * //=> true
 * isLanguageTag("uk");
 * //=> true
 * isLanguageTag("kk_KZ");
 * //=> false
 * ```
 */
export function isLanguageTag(value: unknown): value is string {
  return typeof value === "string" && value.length <= 128 && LANGTAG.test(value);
}
