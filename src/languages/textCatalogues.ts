import { LOCATION_CATALOGUE } from "../errors/describeLocation";
import { ERROR_TEXT_CATALOGUE, ERROR_WORD_CATALOGUE } from "../errors/errorTexts";
import { FOLLOW_UP_CATALOGUE } from "../followup/followUpTexts";
import { REPORT_CATALOGUE } from "../report/rendering";
import type { TextCatalogue } from "../text/catalogue";
import { ISSUE_CATALOGUE_TEXTS, ISSUE_WORDS_CATALOGUE } from "../validate/messages";

/**
 * The catalogues of the library's texts that a language pack can give: `issues` (the
 * validator's messages, by issue code), `issueWords` (the words code values are put into),
 * `errors` and `errorWords` (the messages of read, write and argument errors, see
 * {@link ERROR_CATALOGUE}), `locations` (a place in the files: row, line, column), `report`
 * (the rendered report) and `followUp` (the follow-up report). Each maps a key to
 * its text in `en`, `ru` and `kk`; a pack's `texts[name][key]` replaces it.
 *
 * @example
 * ```ts
 * import { TEXT_CATALOGUES } from "opcat-npm";
 *
 * TEXT_CATALOGUES.map((catalogue) => catalogue.name);
 * //=> ["issues", "issueWords", "errors", "errorWords", "locations", "report", "followUp"]
 * TEXT_CATALOGUES[5]?.texts["total"]?.ru;
 * //=> "Всего"
 * ```
 */
export const TEXT_CATALOGUES: readonly TextCatalogue[] = /* @__PURE__ */ Object.freeze([
  ISSUE_CATALOGUE_TEXTS,
  ISSUE_WORDS_CATALOGUE,
  ERROR_TEXT_CATALOGUE,
  ERROR_WORD_CATALOGUE,
  LOCATION_CATALOGUE,
  REPORT_CATALOGUE,
  FOLLOW_UP_CATALOGUE,
]);
