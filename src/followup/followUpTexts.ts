import type { LanguageTexts } from "../model/language";
import { defineCatalogue, textOf, type ParamsArgument } from "../text/catalogue";
import type { TextLanguage } from "../text/types";

/**
 * The fixed texts of the rendered follow-up report in English, Russian and Kazakh, in the
 * placeholder syntax of the report's catalogue (`{name}`, `{name|form|form…}` with `#` for
 * the number: English one|other, Russian one|few|many, Kazakh one form). Russian forms
 * carry the words that agree with the number. Column titles the report already has
 * (agency, region, theme, status, ...) come from the report's catalogue.
 *
 * @internal
 */
export const FOLLOW_UP_TEXTS = {
  title: {
    en: "Follow-up of recommendations and visit plan, {asOf}",
    ru: "Контроль исполнения рекомендаций и план визитов {asOf}",
    kk: "Ұсынымдардың орындалуын бақылау және бару жоспары, {asOf}",
  },

  // ----- summary -----
  "summary.overdue": {
    en: "{asOf}, {n|# recommendation|# recommendations} to {agencies|# state body|# state bodies} {n|was|were} overdue; {escalated} of them had already been escalated to the ministry responsible.",
    ru: "{asOf} просрочено исполнение {n|# рекомендации, направленной|# рекомендаций, направленных|# рекомендаций, направленных} {agencies|# государственному органу|# государственным органам|# государственным органам}; {escalated|# из них уже вынесена|# из них уже вынесены|# из них уже вынесено} на уровень ответственного министерства.",
    kk: "{asOf} {agencies} мемлекеттік органға жіберілген {n} ұсынымның орындалу мерзімі өтіп кетті; олардың {escalated} ұсынымы жауапты министрлік деңгейіне бұрын көтерілген.",
  },
  "summary.overdue.noneEscalated": {
    en: "{asOf}, {n|# recommendation|# recommendations} to {agencies|# state body|# state bodies} {n|was|were} overdue; none of them had been escalated to the ministry responsible yet.",
    ru: "{asOf} просрочено исполнение {n|# рекомендации, направленной|# рекомендаций, направленных|# рекомендаций, направленных} {agencies|# государственному органу|# государственным органам|# государственным органам}; ни одна из них ещё не вынесена на уровень ответственного министерства.",
    kk: "{asOf} {agencies} мемлекеттік органға жіберілген {n} ұсынымның орындалу мерзімі өтіп кетті; олардың ешқайсысы әлі жауапты министрлік деңгейіне көтерілмеген.",
  },
  "summary.noOverdue": {
    en: "{asOf}, no recommendation was overdue.",
    ru: "{asOf} просроченных рекомендаций нет.",
    kk: "{asOf} мерзімі өткен ұсынымдар жоқ.",
  },
  "summary.candidates": {
    en: "Drafts of individualized recommendations are proposed to {agencies|# state body|# state bodies}, escalating {n|# overdue recommendation|# overdue recommendations} not escalated before.",
    ru: "Подготовлены проекты индивидуализированных рекомендаций {agencies|# государственному органу|# государственным органам|# государственным органам} по {n|# просроченной рекомендации, ранее не вынесенной|# просроченным рекомендациям, ранее не вынесенным|# просроченным рекомендациям, ранее не вынесенным} на уровень министерства.",
    kk: "Министрлік деңгейіне бұрын көтерілмеген мерзімі өткен {n} ұсыным бойынша {agencies} мемлекеттік органға жекелендірілген ұсыным жобалары дайындалды.",
  },
  "summary.noCandidates": {
    en: "No new escalation is proposed.",
    ru: "Новых проектов индивидуализированных рекомендаций нет.",
    kk: "Жекелендірілген ұсынымдардың жаңа жобалары жоқ.",
  },
  "summary.outcomes": {
    en: "Of the {n|# recommendation|# recommendations} escalated to date, {after} had been implemented {asOf}, against {before} on the day of escalation.",
    ru: "Из {n|# рекомендации, вынесенной|# рекомендаций, вынесенных|# рекомендаций, вынесенных} на уровень министерств, {asOf} исполнено {after} (на день вынесения — {before}).",
    kk: "Министрлік деңгейіне көтерілген {n} ұсынымның {asOf} орындалу деңгейі — {after} (көтерілген күні — {before}).",
  },
  "summary.chains": {
    en: "{chains|# chain|# chains} of repeat recommendations {chains|links|link} {linked|# recommendation|# recommendations}.",
    ru: "{chains|# цепочка|# цепочки|# цепочек} повторных рекомендаций {chains|объединяет|объединяют|объединяют} {linked|# рекомендацию|# рекомендации|# рекомендаций}.",
    kk: "Қайталама ұсынымдардың {chains} тізбегі {linked} ұсынымды біріктіреді.",
  },
  "summary.likely": {
    en: "Likely repeats without the link (same facility and theme, the earlier recommendation not implemented) are suggested for review: {n}.",
    ru: "Для проверки предлагаются вероятные повторы без ссылки на прежнюю рекомендацию (то же учреждение и та же тема, прежняя рекомендация не исполнена): {n}.",
    kk: "Сілтемесіз ықтимал қайталама ұсынымдар тексеруге ұсынылады (сол мекеме, сол тақырып, бұрынғы ұсыным орындалмаған): {n}.",
  },
  "summary.noRepeats": {
    en: "No repeat recommendations were found.",
    ru: "Повторных рекомендаций не выявлено.",
    kk: "Қайталама ұсынымдар анықталған жоқ.",
  },
  "summary.periodicDue": {
    en: "{n|# facility is|# facilities are} due a periodic visit {by}, {never} of them never visited.",
    ru: "{n|# учреждение подлежит|# учреждения подлежат|# учреждений подлежат} периодическому визиту {by}, из них ни разу не посещались — {never}.",
    kk: "{by} {n} мекемеге кезеңдік бару жасалуы тиіс, оның ішінде бірде-бір рет барылмағаны — {never}.",
  },
  "summary.periodicDue.allVisited": {
    en: "{n|# facility is|# facilities are} due a periodic visit {by}.",
    ru: "{n|# учреждение подлежит|# учреждения подлежат|# учреждений подлежат} периодическому визиту {by}.",
    kk: "{by} {n} мекемеге кезеңдік бару жасалуы тиіс.",
  },
  "summary.noPeriodicDue": {
    en: "No facility is due a periodic visit {by}.",
    ru: "Учреждений, подлежащих периодическому визиту {by}, нет.",
    kk: "{by} кезеңдік бару жасалуы тиіс мекемелер жоқ.",
  },
  "summary.intermediate": {
    en: "{n|# facility has|# facilities have} at least {min|# overdue recommendation|# overdue recommendations} and {n|is a candidate|are candidates} for an intermediate (follow-up) visit.",
    ru: "{n|# учреждение имеет|# учреждения имеют|# учреждений имеют} не менее {min|# просроченной рекомендации|# просроченных рекомендаций|# просроченных рекомендаций} и {n|может быть включено|могут быть включены|могут быть включены} в план промежуточных (повторных) визитов.",
    kk: "Мерзімі өткен кемінде {min} ұсынымы бар {n} мекеме аралық (қайталама) баруға ұсынылады.",
  },
  "summary.special": {
    en: "Special visits of the period started a median of {median|# day|# days} after the report that prompted them ({n|# visit|# visits} with a known trigger).",
    ru: "Специальные визиты отчётного периода начинались в среднем (медиана) через {median|# день|# дня|# дней} после поступления сообщения ({n|# визит|# визита|# визитов} с известным поводом).",
    kk: "Кезеңдегі арнайы барулар хабарлама түскеннен кейін орта есеппен (медиана) {median} күн өткен соң басталды (себебі белгілі {n} бару).",
  },

  // ----- dates in running text -----
  by: { en: "by {date}", ru: "не позднее {date}", kk: "{date} дейін" },
  "closedOn": { en: "{name} (closed on {date})", ru: "{name} (закрыто {date})", kk: "{name} ({date} жабылған)" },
  "closesOn": { en: "{name} (closes on {date})", ru: "{name} (закрывается {date})", kk: "{name} ({date} жабылады)" },

  // ----- headings -----
  "heading.overdueByAgency": {
    en: "Overdue recommendations by addressee",
    ru: "Просроченные рекомендации по адресатам",
    kk: "Мерзімі өткен ұсынымдар алушылар бойынша",
  },
  "heading.overdueOf": {
    en: "Overdue recommendations: {agency}",
    ru: "Просроченные рекомендации: {agency}",
    kk: "Мерзімі өткен ұсынымдар: {agency}",
  },
  "heading.drafts": {
    en: "Drafts of individualized recommendations",
    ru: "Проекты индивидуализированных рекомендаций",
    kk: "Жекелендірілген ұсынымдардың жобалары",
  },
  "heading.draft": {
    en: "Draft individualized recommendation: {agency}",
    ru: "Проект индивидуализированной рекомендации: {agency}",
    kk: "Жекелендірілген ұсыным жобасы: {agency}",
  },
  "heading.outcomes": {
    en: "Outcomes of escalation",
    ru: "Результаты вынесения рекомендаций на уровень министерств",
    kk: "Ұсынымдарды министрлік деңгейіне көтерудің нәтижелері",
  },
  "heading.chains": { en: "Chains of repeat recommendations", ru: "Цепочки повторных рекомендаций", kk: "Қайталама ұсынымдар тізбектері" },
  "heading.likely": {
    en: "Likely repeats without the link, for review",
    ru: "Вероятные повторы без ссылки, для проверки",
    kk: "Сілтемесіз ықтимал қайталаулар, тексеру үшін",
  },
  "heading.periodicDue": {
    en: "Facilities due a periodic visit {by}",
    ru: "Учреждения, подлежащие периодическому визиту {by}",
    kk: "{by} кезеңдік бару жасалуы тиіс мекемелер",
  },
  "heading.intermediate": {
    en: "Candidates for an intermediate visit",
    ru: "Кандидаты для промежуточного визита",
    kk: "Аралық баруға ұсынылатын мекемелер",
  },
  "heading.special": {
    en: "Special visits: days from the report to the visit, by region",
    ru: "Специальные визиты: дней от поступления сообщения до визита, по регионам",
    kk: "Арнайы барулар: хабарлама түскеннен баруға дейінгі күн, өңірлер бойынша",
  },
  "heading.coverageByType": {
    en: "Coverage of the register by facility type",
    ru: "Охват реестра визитами по типам учреждений",
    kk: "Тізілімнің барулармен қамтылуы мекеме түрлері бойынша",
  },
  "heading.coverageByRegion": {
    en: "Coverage of the register by region",
    ru: "Охват реестра визитами по регионам",
    kk: "Тізілімнің барулармен қамтылуы өңірлер бойынша",
  },

  // ----- columns -----
  "column.overdue": { en: "Overdue", ru: "Просрочено", kk: "Мерзімі өткен" },
  "column.escalated": { en: "Already escalated", ru: "Уже вынесено на уровень министерства", kk: "Министрлік деңгейіне бұрын көтерілген" },
  "column.maxDaysOverdue": { en: "Most days overdue", ru: "Наибольшая просрочка, дней", kk: "Ең ұзақ кешігу, күн" },
  "column.recommendation": { en: "Recommendation", ru: "Рекомендация", kk: "Ұсыным" },
  "column.facility": { en: "Facility", ru: "Учреждение", kk: "Мекеме" },
  "column.themes": { en: "Themes", ru: "Темы", kk: "Тақырыптар" },
  "column.dueOn": { en: "Due", ru: "Срок", kk: "Мерзімі" },
  "column.daysOverdue": { en: "Days overdue", ru: "Дней просрочки", kk: "Кешіккен күн" },
  "column.escalatedBy": { en: "Escalated by", ru: "Вынесена рекомендацией", kk: "Көтерген ұсыным" },
  "column.escalations": { en: "Individualized recommendations", ru: "Индивидуализированные рекомендации", kk: "Жекелендірілген ұсынымдар" },
  "column.escalatedCount": { en: "Recommendations escalated", ru: "Вынесено рекомендаций", kk: "Көтерілген ұсынымдар" },
  "column.implementedAtEscalation": { en: "Implemented on the day of escalation", ru: "Исполнено на день вынесения", kk: "Көтерілген күні орындалған" },
  "column.implementedAsOf": { en: "Implemented to date", ru: "Исполнено на дату отчёта", kk: "Есеп күніне орындалған" },
  "column.medianDays": { en: "Median days to implementation", ru: "Медиана срока исполнения, дней", kk: "Орындалу мерзімінің медианасы, күн" },
  "column.chain": { en: "Recommendations", ru: "Рекомендации", kk: "Ұсынымдар" },
  "column.firstIssued": { en: "First issued", ru: "Первая направлена", kk: "Алғашқысы жіберілген" },
  "column.lastIssued": { en: "Last issued", ru: "Последняя направлена", kk: "Соңғысы жіберілген" },
  "column.lastStatus": { en: "Status of the last", ru: "Статус последней", kk: "Соңғысының мәртебесі" },
  "column.likelyRepeatOf": { en: "Likely repeat of", ru: "Вероятно, повторяет", kk: "Ықтимал қайталайтыны" },
  "column.sharedThemes": { en: "Shared themes", ru: "Общие темы", kk: "Ортақ тақырыптар" },
  "column.earlierStatus": { en: "Status of the earlier one then", ru: "Статус прежней на тот момент", kk: "Сол кездегі бұрынғысының мәртебесі" },
  "column.daysBetween": { en: "Days between", ru: "Дней между ними", kk: "Арадағы күн" },
  "column.reason": { en: "Reason", ru: "Основание", kk: "Негізі" },
  "column.lastPeriodicVisit": { en: "Last periodic visit", ru: "Последний периодический визит", kk: "Соңғы кезеңдік бару" },
  "column.lastVisit": { en: "Last visit", ru: "Последний визит", kk: "Соңғы бару" },
  "column.median": { en: "Median, days", ru: "Медиана, дней", kk: "Медиана, күн" },
  "column.q1": { en: "First quartile", ru: "Первый квартиль", kk: "Бірінші квартиль" },
  "column.q3": { en: "Third quartile", ru: "Третий квартиль", kk: "Үшінші квартиль" },
  "column.withoutTrigger": { en: "Without a trigger", ru: "Без указания повода", kk: "Себебі көрсетілмеген" },
  "column.inRegister": { en: "In the register", ru: "В реестре", kk: "Тізілімде" },
  "column.visited": { en: "Visited", ru: "Посещено", kk: "Барылған" },
  "column.coverage": { en: "Coverage", ru: "Охват", kk: "Қамту" },
  allRegions: { en: "All regions", ru: "Все регионы", kk: "Барлық өңірлер" },

  // ----- reasons for a periodic visit -----
  "reason.never_visited": { en: "Never visited", ru: "Ни разу не посещалось", kk: "Бірде-бір рет барылмаған" },
  "reason.no_periodic_visit": { en: "No periodic visit yet", ru: "Периодических визитов не было", kk: "Кезеңдік бару болмаған" },
  "reason.cycle_elapsed": {
    en: "Periodic cycle ({years|# year|# years}) elapsed",
    ru: "Истёк цикл периодических визитов ({years|# год|# года|# лет})",
    kk: "Кезеңдік бару циклі ({years} жыл) өтті",
  },
  "reason.due_in_horizon": {
    en: "Cycle ends within the horizon",
    ru: "Цикл истекает в пределах горизонта планирования",
    kk: "Цикл жоспарлау кезеңінде аяқталады",
  },

  // ----- notes and sentences -----
  "note.shown": { en: "{shown} of {n} shown.", ru: "Показано {shown} из {n}.", kk: "{n} ішінен {shown} көрсетілді." },
  "note.graceDays": {
    en: "Listed: overdue by more than {n|# day|# days}.",
    ru: "Учтены рекомендации с просрочкой более {n|# дня|# дней|# дней}.",
    kk: "Тек {n} күннен артық кешіккендері есепке алынды.",
  },
  "note.escalationThresholds": {
    en: "Escalated: recommendations overdue by at least {days|# day|# days}, for agencies with at least {min|# such recommendation|# such recommendations}.",
    ru: "На уровень министерства выносятся рекомендации с просрочкой не менее {days|# дня|# дней|# дней} — для ведомств, у которых таких рекомендаций не менее {min}.",
    kk: "Кемінде {days} күнге кешіккен ұсынымдар көтеріледі; мұндай ұсынымдары кемінде {min} болатын ведомстволар үшін.",
  },
  "note.drafts": {
    en: "Each draft is an individualized recommendation to the state body responsible, escalating its overdue recommendations not escalated before: a proposal to review, not a change to the data.",
    ru: "Каждый проект — индивидуализированная рекомендация ответственному государственному органу по его просроченным рекомендациям, ранее не вынесенным на уровень министерства: это предложение для рассмотрения, а не изменение данных.",
    kk: "Әр жоба — жауапты мемлекеттік органға оның министрлік деңгейіне бұрын көтерілмеген мерзімі өткен ұсынымдары бойынша жекелендірілген ұсыным: бұл деректерді өзгерту емес, қарауға арналған ұсыныс.",
  },
  "draft.summary": {
    en: "{id}, dated {date}{due}: escalates {n|# overdue recommendation|# overdue recommendations} at {facilities|# facility|# facilities}, overdue by {min} to {max} days.",
    ru: "{id} от {date}{due}: выносит на уровень министерства {n|# просроченную рекомендацию|# просроченные рекомендации|# просроченных рекомендаций} по {facilities|# учреждению|# учреждениям|# учреждениям}, просрочка от {min} до {max|# дня|# дней|# дней}.",
    kk: "{id} ({date}{due}): {facilities} мекемедегі мерзімі {min}–{max} күнге өткен {n} ұсынымды министрлік деңгейіне көтереді.",
  },
  "draft.due": { en: ", due {date}", ru: ", срок исполнения — {date}", kk: ", орындау мерзімі — {date}" },
  "note.noOutcomes": {
    en: "No recommendation has been escalated yet.",
    ru: "Рекомендации на уровень министерств ещё не выносились.",
    kk: "Ұсынымдар министрлік деңгейіне әлі көтерілген жоқ.",
  },
  "note.noChains": {
    en: "No recommendation is linked to an earlier one it repeats.",
    ru: "Ссылок на повторяемые рекомендации нет.",
    kk: "Қайталанатын ұсынымдарға сілтемелер жоқ.",
  },
  "note.noLikely": {
    en: "No likely repeat was found.",
    ru: "Вероятных повторов не выявлено.",
    kk: "Ықтимал қайталаулар анықталған жоқ.",
  },
  "note.likely": {
    en: "Suggestions only: confirm one by setting repeatOf, or dismiss it. The data is not changed.",
    ru: "Это только предложения: подтвердите повтор, указав repeatOf, или отклоните его. Данные не изменяются.",
    kk: "Бұл тек ұсыныстар: қайталауды repeatOf көрсету арқылы растаңыз немесе қабылдамаңыз. Деректер өзгертілмейді.",
  },
  "note.noPeriodicDue": {
    en: "No facility is due.",
    ru: "Таких учреждений нет.",
    kk: "Ондай мекемелер жоқ.",
  },
  "note.intermediate": {
    en: "Facilities with at least {min|# overdue recommendation|# overdue recommendations}.",
    ru: "Учреждения, у которых не менее {min|# просроченной рекомендации|# просроченных рекомендаций|# просроченных рекомендаций}.",
    kk: "Мерзімі өткен кемінде {min} ұсынымы бар мекемелер.",
  },
  "note.noIntermediate": {
    en: "No facility has that many overdue recommendations.",
    ru: "Таких учреждений нет.",
    kk: "Ондай мекемелер жоқ.",
  },
  "note.special": {
    en: "A visit covering facilities in several regions counts once for each of them; the last row counts every visit once.",
    ru: "Визит, охвативший учреждения в нескольких регионах, учитывается по каждому из них; последняя строка учитывает каждый визит один раз.",
    kk: "Бірнеше өңірдегі мекемелерді қамтыған бару әрқайсысы бойынша есептеледі; соңғы жолда әр бару бір рет есептеледі.",
  },
  "note.noSpecial": {
    en: "No special visit in the period.",
    ru: "Специальных визитов в отчётном периоде не было.",
    kk: "Кезеңде арнайы бару болған жоқ.",
  },
  "note.coverage": {
    en: "Facilities of the register open during the period ({period}), and those of them visited in it.",
    ru: "Учреждения реестра, действовавшие в отчётном периоде ({period}), и посещённые из них.",
    kk: "Кезең ішінде ({period}) жұмыс істеген тізілім мекемелері және олардың ішінде бару жасалғандары.",
  },
} as const satisfies Readonly<Record<string, LanguageTexts>>;

/**
 * The catalogue of {@link FOLLOW_UP_TEXTS}, by the name a language pack gives its texts under.
 *
 * @internal
 */
export const FOLLOW_UP_CATALOGUE = /* @__PURE__ */ defineCatalogue("followUp", FOLLOW_UP_TEXTS);


/**
 * A key of {@link FOLLOW_UP_TEXTS}.
 *
 * @internal
 */
export type FollowUpTextKey = keyof typeof FOLLOW_UP_TEXTS;

/**
 * The text of a key in `lang`, with its params filled in.
 *
 * @internal
 */
export function followUpText<K extends FollowUpTextKey>(key: K, lang: TextLanguage, ...params: ParamsArgument<typeof FOLLOW_UP_TEXTS, K>): string {
  return textOf(FOLLOW_UP_CATALOGUE, key, lang, ...params);
}
