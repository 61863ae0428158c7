import type { TextLanguage } from "../../text/types";
import { UNREGISTERED } from "../../metrics/unregistered";
import { labelOf } from "../../profiles/label";
import type { ListName, Profile } from "../../profiles/profile";
import { reportText } from "./catalogue";

/**
 * The label of a code of a report's breakdown: the profile's (a code it lacks stays as it
 * is, as {@link label} does), or the catalogue's "Not in the register" for the group of
 * facilities missing from the register (`_unregistered`).
 *
 * @internal
 */
export function codeLabel(profile: Profile, list: ListName, code: string, lang: TextLanguage): string {
  return code === UNREGISTERED ? reportText("unregistered", lang) : labelOf(profile, list, code, lang);
}
