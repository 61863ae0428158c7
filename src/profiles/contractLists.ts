import { copyList } from "./frozenCopies";
import type { ProfileLists } from "./profile";

type ContractLists = Omit<ProfileLists, "agencies" | "facilityTypes" | "regions" | "themes">;

/** Freezes every list, entry and labels object: exported data that no caller can change. */
function freezeLists(lists: ContractLists): ContractLists {
  return Object.freeze({
    visitTypes: copyList(lists.visitTypes),
    statuses: copyList(lists.statuses),
    measures: copyList(lists.measures),
    initiators: copyList(lists.initiators),
    triggerKinds: copyList(lists.triggerKinds),
    levels: copyList(lists.levels),
  });
}

/**
 * The library's labels for the code lists fixed by the data contract, in `en`, `ru` and
 * `kk`. {@link defineProfile} uses them for any of these lists a definition leaves out.
 *
 * @example
 * ```ts
 * import { CONTRACT_LISTS } from "opcat-npm";
 *
 * CONTRACT_LISTS.visitTypes.map((entry) => entry.labels.ru);
 * //=> ["Периодическое (плановое)", "Промежуточное (повторное)", "Специальное"]
 * ```
 */
export const CONTRACT_LISTS: Omit<ProfileLists, "agencies" | "facilityTypes" | "regions" | "themes"> = /* @__PURE__ */ freezeLists({
  visitTypes: [
    { code: "periodic", labels: { en: "Periodic (planned)", ru: "Периодическое (плановое)", kk: "Кезеңдік (жоспарлы)" } },
    { code: "intermediate", labels: { en: "Intermediate (follow-up)", ru: "Промежуточное (повторное)", kk: "Аралық (қайталама)" } },
    { code: "special", labels: { en: "Special", ru: "Специальное", kk: "Арнайы" } },
  ],
  statuses: [
    { code: "issued", labels: { en: "Issued", ru: "Направлена", kk: "Жіберілді" } },
    { code: "accepted", labels: { en: "Accepted", ru: "Принята", kk: "Қабылданды" } },
    { code: "in_progress", labels: { en: "In progress", ru: "На исполнении", kk: "Орындалуда" } },
    { code: "partially_implemented", labels: { en: "Partially implemented", ru: "Исполнена частично", kk: "Ішінара орындалды" } },
    { code: "implemented", labels: { en: "Implemented", ru: "Исполнена", kk: "Орындалды" } },
    { code: "not_implemented", labels: { en: "Not implemented", ru: "Не исполнена", kk: "Орындалмады" } },
    { code: "rejected", labels: { en: "Rejected", ru: "Отклонена", kk: "Қабылданбады" } },
    { code: "withdrawn", labels: { en: "Withdrawn (no longer applicable)", ru: "Снята (утратила актуальность)", kk: "Алынып тасталды (өзектілігін жойды)" } },
  ],
  measures: [
    { code: "disciplinary", labels: { en: "Disciplinary", ru: "Дисциплинарная", kk: "Тәртіптік" } },
    { code: "administrative", labels: { en: "Administrative", ru: "Административная", kk: "Әкімшілік" } },
    { code: "criminal", labels: { en: "Criminal", ru: "Уголовная", kk: "Қылмыстық" } },
  ],
  initiators: [
    {
      code: "commissioner_office",
      labels: {
        en: "Commissioner's office (regional representatives)",
        ru: "Аппарат Уполномоченного (региональные представители)",
        kk: "Уәкіл аппараты (өңірлік өкілдер)",
      },
    },
    { code: "npm_participant", labels: { en: "NPM participants", ru: "Участники НПМ", kk: "ҰАТ қатысушылары" } },
  ],
  triggerKinds: [
    { code: "complaint", labels: { en: "Complaint", ru: "Жалоба", kk: "Шағым" } },
    { code: "media", labels: { en: "Media report", ru: "Сообщение в СМИ", kk: "БАҚ хабарламасы" } },
    { code: "incident", labels: { en: "Incident", ru: "Происшествие", kk: "Оқиға" } },
    { code: "other", labels: { en: "Other", ru: "Иное", kk: "Өзге" } },
  ],
  levels: [
    { code: "facility", labels: { en: "To the facility", ru: "Учреждению", kk: "Мекемеге" } },
    {
      code: "agency",
      labels: {
        en: "Individualized, to the ministry",
        ru: "Индивидуализированная, министерству",
        kk: "Жекелендірілген, министрлікке",
      },
    },
  ],
});
