// The names of a profile's lists and the languages, written out for the profile tests
// (not taken from the code under test, so a list or language it drops is noticed).
import type { Language } from "../../src/model/language";
import type { ListName } from "../../src/profiles/profile";

export const LIST_NAMES = [
  "agencies",
  "facilityTypes",
  "regions",
  "themes",
  "visitTypes",
  "statuses",
  "measures",
  "initiators",
  "triggerKinds",
  "levels",
] as const satisfies readonly ListName[];

export const LANGUAGES = ["en", "ru", "kk"] as const satisfies readonly Language[];
