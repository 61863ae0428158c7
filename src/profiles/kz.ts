import { defineProfile } from "./defineProfile";
import type { CodeEntry, FacilityTypeEntry, Labels, LegacyRegionCode, Profile } from "./profile";

// Marked so that bundlers may drop the profile when an app does not import it.
const l = /* @__NO_SIDE_EFFECTS__ */ (en: string, ru: string, kk: string): Labels => ({ en, ru, kk });

const AGENCIES: readonly CodeEntry[] = [
  { code: "interior", labels: l("Ministry of Internal Affairs", "Министерство внутренних дел", "Ішкі істер министрлігі") },
  { code: "national_security", labels: l("National Security Committee", "Комитет национальной безопасности", "Ұлттық қауіпсіздік комитеті") },
  { code: "defence", labels: l("Ministry of Defence", "Министерство обороны", "Қорғаныс министрлігі") },
  { code: "health", labels: l("Ministry of Health", "Министерство здравоохранения", "Денсаулық сақтау министрлігі") },
  { code: "education", labels: l("Ministry of Enlightenment (Education)", "Министерство просвещения", "Оқу-ағарту министрлігі") },
  {
    code: "labour_social_protection",
    labels: l(
      "Ministry of Labour and Social Protection of the Population",
      "Министерство труда и социальной защиты населения",
      "Еңбек және халықты әлеуметтік қорғау министрлігі",
    ),
  },
  { code: "local_executive", labels: l("Local executive bodies (akimats)", "Местные исполнительные органы (акиматы)", "Жергілікті атқарушы органдар (әкімдіктер)") },
  { code: "other", labels: l("Other", "Иное", "Өзге") },
];

const FACILITY_TYPES: readonly FacilityTypeEntry[] = [
  { code: "penal_colony", defaultAgency: "interior", labels: l("Penal colony (correctional institution)", "Исправительное учреждение", "Түзеу мекемесі") },
  { code: "pretrial_detention_centre", defaultAgency: "interior", labels: l("Pre-trial detention centre (SIZO)", "Следственный изолятор", "Тергеу изоляторы") },
  { code: "temporary_detention_facility", defaultAgency: "interior", labels: l("Temporary detention facility (IVS)", "Изолятор временного содержания", "Уақытша ұстау изоляторы") },
  { code: "special_reception_centre", defaultAgency: "interior", labels: l("Special reception centre", "Специальный приёмник", "Арнаулы қабылдау орны") },
  {
    code: "special_centre_foreigners",
    defaultAgency: "interior",
    labels: l(
      "Special centre for foreigners and stateless persons",
      "Специальное учреждение для иностранцев и лиц без гражданства",
      "Шетелдіктер мен азаматтығы жоқ адамдарға арналған арнаулы мекеме",
    ),
  },
  { code: "reception_distribution_centre", defaultAgency: "interior", labels: l("Reception and distribution centre", "Приёмник-распределитель", "Қабылдау-тарату орны") },
  { code: "police_unit", defaultAgency: "interior", labels: l("Police unit", "Подразделение полиции", "Полиция бөлімшесі") },
  {
    code: "nsc_detention_facility",
    defaultAgency: "national_security",
    labels: l("National Security Committee detention facility", "Следственный изолятор КНБ", "ҰҚК тергеу изоляторы"),
  },
  { code: "military_guardhouse", defaultAgency: "defence", labels: l("Military guardhouse", "Гауптвахта", "Гауптвахта") },
  { code: "psychiatric_institution", defaultAgency: "health", labels: l("Psychiatric institution", "Психиатрическая организация", "Психиатриялық ұйым") },
  { code: "narcological_institution", defaultAgency: "health", labels: l("Narcological (addiction treatment) institution", "Наркологическая организация", "Наркологиялық ұйым") },
  { code: "childrens_home", defaultAgency: "education", labels: l("Children's home", "Детский дом", "Балалар үйі") },
  {
    code: "special_educational_organization",
    defaultAgency: "education",
    labels: l(
      "Educational organisation with a special regime of detention",
      "Организация образования с особым режимом содержания",
      "Ерекше ұстау режиміндегі білім беру ұйымы",
    ),
  },
  { code: "juvenile_adaptation_centre", defaultAgency: "education", labels: l("Juvenile adaptation centre", "Центр адаптации несовершеннолетних", "Кәмелетке толмағандарды бейімдеу орталығы") },
  {
    code: "social_care_institution",
    defaultAgency: "labour_social_protection",
    labels: l(
      "Medical and social care institution for the elderly and people with disabilities",
      "Медико-социальное учреждение для престарелых и лиц с инвалидностью",
      "Қарттар мен мүгедектігі бар адамдарға арналған медициналық-әлеуметтік мекеме",
    ),
  },
  { code: "other", defaultAgency: "other", labels: l("Other", "Иное", "Өзге") },
];

// ISO 3166-2:KZ numeric codes (in force since 2024): 17 regions and 3 cities of republican significance.
const REGIONS: readonly CodeEntry[] = [
  { code: "KZ-10", labels: l("Abai Region", "область Абай", "Абай облысы") },
  { code: "KZ-11", labels: l("Akmola Region", "Акмолинская область", "Ақмола облысы") },
  { code: "KZ-15", labels: l("Aktobe Region", "Актюбинская область", "Ақтөбе облысы") },
  { code: "KZ-19", labels: l("Almaty Region", "Алматинская область", "Алматы облысы") },
  { code: "KZ-23", labels: l("Atyrau Region", "Атырауская область", "Атырау облысы") },
  { code: "KZ-27", labels: l("West Kazakhstan Region", "Западно-Казахстанская область", "Батыс Қазақстан облысы") },
  { code: "KZ-31", labels: l("Zhambyl Region", "Жамбылская область", "Жамбыл облысы") },
  { code: "KZ-33", labels: l("Jetisu Region", "область Жетісу", "Жетісу облысы") },
  { code: "KZ-35", labels: l("Karaganda Region", "Карагандинская область", "Қарағанды облысы") },
  { code: "KZ-39", labels: l("Kostanay Region", "Костанайская область", "Қостанай облысы") },
  { code: "KZ-43", labels: l("Kyzylorda Region", "Кызылординская область", "Қызылорда облысы") },
  { code: "KZ-47", labels: l("Mangystau Region", "Мангистауская область", "Маңғыстау облысы") },
  { code: "KZ-55", labels: l("Pavlodar Region", "Павлодарская область", "Павлодар облысы") },
  { code: "KZ-59", labels: l("North Kazakhstan Region", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы") },
  { code: "KZ-61", labels: l("Turkistan Region", "Туркестанская область", "Түркістан облысы") },
  { code: "KZ-62", labels: l("Ulytau Region", "область Ұлытау", "Ұлытау облысы") },
  { code: "KZ-63", labels: l("East Kazakhstan Region", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы") },
  { code: "KZ-71", labels: l("Astana", "город Астана", "Астана қаласы") },
  { code: "KZ-75", labels: l("Almaty", "город Алматы", "Алматы қаласы") },
  { code: "KZ-79", labels: l("Shymkent", "город Шымкент", "Шымкент қаласы") },
];

const THEMES: readonly CodeEntry[] = [
  { code: "detention_conditions", labels: l("Conditions of detention", "Условия содержания", "Ұстау жағдайлары") },
  {
    code: "procurement",
    labels: l("Provision of necessary items and equipment", "Обеспечение необходимыми предметами и оборудованием", "Қажетті заттармен және жабдықтармен қамтамасыз ету"),
  },
  { code: "legal_awareness", labels: l("Legal training", "Правовое обучение", "Құқықтық оқыту") },
  { code: "medical_care", labels: l("Medical care", "Медицинская помощь", "Медициналық көмек") },
  { code: "sanitation", labels: l("Sanitary standards", "Санитарные нормы", "Санитарлық нормалар") },
  { code: "food", labels: l("Food", "Питание", "Тамақтану") },
  {
    code: "safeguards",
    labels: l("Safeguards (lawyer, doctor, notification)", "Гарантии (адвокат, врач, уведомление)", "Кепілдіктер (адвокат, дәрігер, хабарлау)"),
  },
  {
    code: "ill_treatment",
    labels: l("Use of force and prevention of torture", "Применение силы и предупреждение пыток", "Күш қолдану және азаптаудың алдын алу"),
  },
  { code: "contact_with_outside_world", labels: l("Contact with the outside world", "Связь с внешним миром", "Сыртқы әлеммен байланыс") },
  { code: "complaints", labels: l("Complaints", "Жалобы", "Шағымдар") },
  { code: "staffing", labels: l("Staffing and staff training", "Укомплектованность и подготовка персонала", "Персоналмен жасақталуы және оны даярлау") },
  { code: "documentation", labels: l("Registers and records", "Журналы и документация", "Журналдар және құжаттама") },
  { code: "accessibility", labels: l("Accessibility", "Доступность", "Қолжетімділік") },
  { code: "activities", labels: l("Education, work and leisure", "Образование, труд и досуг", "Білім беру, еңбек және бос уақыт") },
  { code: "other", labels: l("Other", "Иное", "Өзге") },
];

// The letter codes of ISO 3166-2:KZ before the numeric ones. Abai (2022) was carved out of
// East Kazakhstan, Jetisu out of Almaty Region, Ulytau out of Karaganda Region; Shymkent
// (2018) out of South Kazakhstan, now Turkistan Region.
const LEGACY_REGION_CODES: readonly LegacyRegionCode[] = [
  { code: "KZ-AKM", replacedBy: "KZ-11", splitInto: [] },
  { code: "KZ-AKT", replacedBy: "KZ-15", splitInto: [] },
  { code: "KZ-ALM", replacedBy: "KZ-19", splitInto: ["KZ-33"] },
  { code: "KZ-ALA", replacedBy: "KZ-75", splitInto: [] },
  { code: "KZ-AST", replacedBy: "KZ-71", splitInto: [] },
  { code: "KZ-ATY", replacedBy: "KZ-23", splitInto: [] },
  { code: "KZ-KAR", replacedBy: "KZ-35", splitInto: ["KZ-62"] },
  { code: "KZ-KUS", replacedBy: "KZ-39", splitInto: [] },
  { code: "KZ-KZY", replacedBy: "KZ-43", splitInto: [] },
  { code: "KZ-MAN", replacedBy: "KZ-47", splitInto: [] },
  { code: "KZ-PAV", replacedBy: "KZ-55", splitInto: [] },
  { code: "KZ-SEV", replacedBy: "KZ-59", splitInto: [] },
  { code: "KZ-SHY", replacedBy: "KZ-79", splitInto: [] },
  { code: "KZ-VOS", replacedBy: "KZ-63", splitInto: ["KZ-10"] },
  { code: "KZ-YUZ", replacedBy: "KZ-61", splitInto: ["KZ-79"] },
  { code: "KZ-ZAP", replacedBy: "KZ-27", splitInto: [] },
  { code: "KZ-ZHA", replacedBy: "KZ-31", splitInto: [] },
];

/**
 * The Kazakhstan profile: the code lists of Kazakhstan's NPM (agencies, facility types with
 * their supervising agency, the 20 regions by ISO 3166-2:KZ numeric code, visit types,
 * themes, ...), labelled in English, Russian and Kazakh, the rule parameters (visit groups
 * of at least 3 participants; a periodic visit to each facility at least every 4 years) and
 * the old letter region codes with their replacements.
 *
 * @example
 * ```ts
 * import { kz, label } from "opcat-npm";
 *
 * kz.lists.regions.length;
 * //=> 20
 * label(kz, "agencies", "interior", "kk");
 * //=> "Ішкі істер министрлігі"
 * kz.rules.minTeamSize;
 * //=> 3
 * ```
 */
export const kz: Profile = /* @__PURE__ */ defineProfile({
  id: "kz",
  name: l("Kazakhstan", "Казахстан", "Қазақстан"),
  lists: { agencies: AGENCIES, facilityTypes: FACILITY_TYPES, regions: REGIONS, themes: THEMES },
  rules: { minTeamSize: 3, periodicCycleYears: 4 },
  legacyRegionCodes: LEGACY_REGION_CODES,
});
