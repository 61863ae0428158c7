import type { AccountabilityInitiator } from "../model/accountabilityInitiator";
import type { AccountabilityMeasure } from "../model/accountabilityMeasure";
import type { RecommendationLevel } from "../model/recommendationLevel";
import type { RecommendationStatus } from "../model/recommendationStatus";
import type { TriggerKind } from "../model/triggerKind";
import type { VisitType } from "../model/visitType";

/**
 * A text in each language a profile declares (by BCP 47 tag; `en`, `ru` and `kk` unless the
 * profile declares others). Read a label with {@link label}, which falls back along the
 * output language's chain when a language is missing.
 *
 * @example
 * ```ts
 * import type { Labels } from "opcat-npm";
 *
 * const interior: Labels = {
 *   en: "Ministry of Internal Affairs",
 *   ru: "Министерство внутренних дел",
 *   kk: "Ішкі істер министрлігі",
 * };
 * interior.kk;
 * //=> "Ішкі істер министрлігі"
 * ```
 */
export type Labels = Readonly<Record<string, string>>;

/**
 * One code of a code list with its labels.
 *
 * @example
 * ```ts
 * import type { CodeEntry } from "opcat-npm";
 *
 * const astana: CodeEntry = { code: "KZ-71", labels: { en: "Astana", ru: "город Астана", kk: "Астана қаласы" } };
 * astana.code;
 * //=> "KZ-71"
 * ```
 */
export interface CodeEntry<C extends string = string> {
  readonly code: C;
  readonly labels: Labels;
}

/**
 * A facility type, with the agency that runs such facilities unless a record says otherwise.
 *
 * @example
 * ```ts
 * import type { FacilityTypeEntry } from "opcat-npm";
 *
 * const ivs: FacilityTypeEntry = {
 *   code: "temporary_detention_facility",
 *   defaultAgency: "interior",
 *   labels: { en: "Temporary detention facility (IVS)", ru: "Изолятор временного содержания", kk: "Уақытша ұстау изоляторы" },
 * };
 * ivs.defaultAgency;
 * //=> "interior"
 * ```
 */
export interface FacilityTypeEntry extends CodeEntry {
  readonly defaultAgency: string;
}

/**
 * A region code that is no longer used, the code that replaced it, and the regions later
 * carved out of it (a facility of the old region may now lie in one of those).
 *
 * @example
 * ```ts
 * import type { LegacyRegionCode } from "opcat-npm";
 *
 * const eastKazakhstan: LegacyRegionCode = { code: "KZ-VOS", replacedBy: "KZ-63", splitInto: ["KZ-10"] };
 * eastKazakhstan.replacedBy;
 * //=> "KZ-63"
 * ```
 */
export interface LegacyRegionCode {
  readonly code: string;
  readonly replacedBy: string;
  readonly splitInto: readonly string[];
}

/**
 * The code lists of a profile. The first four are the country's own; the others are fixed
 * by the data contract, and a profile only labels them.
 *
 * @example
 * ```ts
 * import { kz, type ProfileLists } from "opcat-npm";
 *
 * const lists: ProfileLists = kz.lists;
 * lists.regions.length;
 * //=> 20
 * ```
 */
export interface ProfileLists {
  readonly agencies: readonly CodeEntry[];
  readonly facilityTypes: readonly FacilityTypeEntry[];
  readonly regions: readonly CodeEntry[];
  readonly themes: readonly CodeEntry[];
  readonly visitTypes: readonly CodeEntry<VisitType>[];
  readonly statuses: readonly CodeEntry<RecommendationStatus>[];
  readonly measures: readonly CodeEntry<AccountabilityMeasure>[];
  readonly initiators: readonly CodeEntry<AccountabilityInitiator>[];
  readonly triggerKinds: readonly CodeEntry<TriggerKind>[];
  readonly levels: readonly CodeEntry<RecommendationLevel>[];
}

/**
 * The name of one of a profile's code lists.
 *
 * @example
 * ```ts
 * import type { ListName } from "opcat-npm";
 *
 * const list: ListName = "facilityTypes";
 * list;
 * //=> "facilityTypes"
 * ```
 */
export type ListName = keyof ProfileLists;

/**
 * The parameters of the rules that differ between countries.
 * `minTeamSize`: the fewest participants a visit group may have (3 in Kazakhstan).
 * `periodicCycleYears`: how many years may pass between periodic visits to a facility.
 *
 * @example
 * ```ts
 * import { kz, type ProfileRules } from "opcat-npm";
 *
 * const rules: ProfileRules = kz.rules;
 * rules.minTeamSize;
 * //=> 3
 * ```
 */
export interface ProfileRules {
  readonly minTeamSize: number;
  readonly periodicCycleYears: number;
}

/**
 * A country profile: code lists with labels in every language, rule parameters and legacy
 * codes. Plain, frozen data; build one with {@link defineProfile}.
 *
 * @example
 * ```ts
 * import { kz, type Profile } from "opcat-npm";
 *
 * const profile: Profile = kz;
 * profile.name.en;
 * //=> "Kazakhstan"
 * ```
 */
export interface Profile {
  readonly id: string;
  /** The languages its labels are written in (BCP 47 tags), in the order declared. */
  readonly languages: readonly string[];
  readonly name: Labels;
  readonly lists: ProfileLists;
  readonly rules: ProfileRules;
  readonly legacyRegionCodes: readonly LegacyRegionCode[];
}

/**
 * What {@link defineProfile} takes: a {@link Profile} whose contract lists (visit types,
 * statuses, measures, initiators, trigger kinds, levels) and legacy codes may be left out,
 * to take the library's labels and none.
 *
 * @example
 * ```ts
 * import { defineProfile, type ProfileDefinition } from "opcat-npm";
 *
 * const labels = (text: string) => ({ en: text, ru: text, kk: text });
 * const definition: ProfileDefinition = {
 *   id: "demo",
 *   name: labels("Demo"),
 *   lists: {
 *     agencies: [{ code: "justice", labels: labels("Justice") }],
 *     facilityTypes: [{ code: "prison", defaultAgency: "justice", labels: labels("Prison") }],
 *     regions: [{ code: "R1", labels: labels("Region 1") }],
 *     themes: [{ code: "food", labels: labels("Food") }],
 *   },
 *   rules: { minTeamSize: 2, periodicCycleYears: 2 },
 * };
 * defineProfile(definition).lists.statuses.length;
 * //=> 8
 * ```
 */
export interface ProfileDefinition {
  readonly id: string;
  /** The languages its labels are written in (BCP 47 tags; default `["en", "ru", "kk"]`). Every label gives each of them, and no other. */
  readonly languages?: readonly string[];
  readonly name: Labels;
  readonly lists: Pick<ProfileLists, "agencies" | "facilityTypes" | "regions" | "themes"> &
    Partial<Omit<ProfileLists, "agencies" | "facilityTypes" | "regions" | "themes">>;
  readonly rules: ProfileRules;
  readonly legacyRegionCodes?: readonly LegacyRegionCode[];
}
