import type { LanguageTexts } from "../../model/language";
import { defineCatalogue, filledText, isPlainKey, textOf, type ParamsArgument, type PlainKey } from "../../text/catalogue";
import type { TemplateParams } from "../../text/template";
import type { TextLanguage } from "../../text/types";

/**
 * The fixed texts of the rendered report in English, Russian and Kazakh (Cyrillic), in the
 * one template syntax of the text layer: `{name}` for a value, `{name|form|form…}`
 * for a number with the noun form of its plural category, `#` standing for the number
 * (English one|other, Russian one|few|many, Kazakh a single form: Kazakh nouns stay singular
 * after a numeral). Russian forms carry their adjectives and verbs, so that they agree with
 * the number ("461 превентивный визит", "422 плановых", "направлено 3 125 рекомендаций").
 * Labels of codes come from the profile, not from here.
 *
 * @internal
 */
export const REPORT_TEXTS = {
  // ----- title and summary -----
  title: {
    en: "Consolidated report of the National Preventive Mechanism, {period}",
    ru: "Консолидированный доклад национального превентивного механизма за период {period}",
    kk: "Азаптауларға қарсы ұлттық алдын алу тетігінің шоғырландырылған баяндамасы, {period}",
  },
  "intro.year": { en: "In {year}", ru: "В {year} году", kk: "{year} жылы" },
  "intro.period": { en: "In the period {period}", ru: "В период {period}", kk: "{period} кезеңінде" },
  asOf: { en: "as of {date}", ru: "по состоянию на {date}", kk: "{date} жағдай бойынша" },
  "summary.visits": {
    en: "{intro}, NPM members made {visits}{types}{coverage}.",
    ru: "{intro} участники НПМ совершили {visits}{types}{coverage}.",
    kk: "{intro} ҰАТ қатысушылары {coverage}{visits} жүргізді{types}.",
  },
  "summary.noVisits": {
    en: "{intro}, NPM members made no preventive visits.",
    ru: "{intro} участники НПМ превентивных визитов не совершали.",
    kk: "{intro} ҰАТ қатысушылары превентивтік бару жүргізген жоқ.",
  },
  "summary.visits.any": {
    en: "{n|# preventive visit|# preventive visits}",
    ru: "{n|# превентивный визит|# превентивных визита|# превентивных визитов}",
    kk: "{n|# превентивтік бару}",
  },
  "summary.visits.periodic": {
    en: "{n|# planned preventive visit|# planned preventive visits}",
    ru: "{n|# плановый превентивный визит|# плановых превентивных визита|# плановых превентивных визитов}",
    kk: "{n|# жоспарлы превентивтік бару}",
  },
  "summary.visits.intermediate": {
    en: "{n|# follow-up preventive visit|# follow-up preventive visits}",
    ru: "{n|# повторный превентивный визит|# повторных превентивных визита|# повторных превентивных визитов}",
    kk: "{n|# қайталама превентивтік бару}",
  },
  "summary.visits.special": {
    en: "{n|# special preventive visit|# special preventive visits}",
    ru: "{n|# специальный превентивный визит|# специальных превентивных визита|# специальных превентивных визитов}",
    kk: "{n|# арнайы превентивтік бару}",
  },
  "summary.types": { en: ", including {list}", ru: ", в том числе {list}", kk: ", оның ішінде {list} бару" },
  "summary.type.periodic": { en: "{n} planned", ru: "{n|# плановый|# плановых|# плановых}", kk: "{n} жоспарлы" },
  "summary.type.intermediate": { en: "{n} follow-up", ru: "{n|# повторный|# повторных|# повторных}", kk: "{n} қайталама" },
  "summary.type.special": { en: "{n} special", ru: "{n|# специальный|# специальных|# специальных}", kk: "{n} арнайы" },
  "summary.coverage": {
    en: ", covering {facilities|# monitored facility|# monitored facilities} run by {bodies|# state body|# state bodies}",
    ru: ", охватив {facilities|# учреждение, подведомственное|# учреждения, подведомственных|# учреждений, подведомственных} {bodies|# государственному органу|# государственным органам|# государственным органам}",
    kk: "{bodies} мемлекеттік органның қарамағындағы {facilities} мекемеге ",
  },
  "summary.coverage.noBodies": {
    en: ", covering {facilities|# monitored facility|# monitored facilities}",
    ru: ", охватив {facilities|# учреждение|# учреждения|# учреждений}",
    kk: "{facilities} мекемеге ",
  },
  "summary.recommendations": {
    en: "They issued {n|# recommendation|# recommendations} to state bodies; {asOf}, {rate} had been implemented{parameters}.",
    ru: "Государственным органам {n|направлена # рекомендация|направлены # рекомендации|направлено # рекомендаций}; {asOf} из них исполнено {rate}{parameters}.",
    kk: "Мемлекеттік органдарға {n} ұсыным жіберілді; {asOf} олардың орындалу деңгейі — {rate}{parameters}.",
  },
  "summary.recommendations.noRate": {
    en: "They issued {n|# recommendation|# recommendations} to state bodies.",
    ru: "Государственным органам {n|направлена # рекомендация|направлены # рекомендации|направлено # рекомендаций}.",
    kk: "Мемлекеттік органдарға {n} ұсыным жіберілді.",
  },
  "summary.noRecommendations": {
    en: "They issued no recommendations to state bodies.",
    ru: "Рекомендации государственным органам не направлялись.",
    kk: "Мемлекеттік органдарға ұсыным жіберілген жоқ.",
  },
  "summary.parameter.partialWeight": {
    en: "partially implemented ones counted with a weight of {weight}",
    ru: "частично исполненные учтены с весом {weight}",
    kk: "ішінара орындалғандар {weight} салмағымен есептелді",
  },
  "summary.parameter.excludeWithdrawn": {
    en: "withdrawn ones left out",
    ru: "снятые не учитывались",
    kk: "алынып тасталғандар есепке алынбады",
  },
  "summary.overdue": {
    en: "{asOf}, {n|# recommendation was|# recommendations were} overdue.",
    ru: "{asOf} просрочено исполнение {n|# рекомендации|# рекомендаций|# рекомендаций}.",
    kk: "{asOf} {n} ұсынымның орындалу мерзімі өтіп кетті.",
  },
  "summary.overdue.sameDate": {
    en: "At that date, {n|# recommendation was|# recommendations were} overdue.",
    ru: "На ту же дату просрочено исполнение {n|# рекомендации|# рекомендаций|# рекомендаций}.",
    kk: "Сол күнгі жағдай бойынша {n} ұсынымның орындалу мерзімі өтіп кетті.",
  },
  "summary.escalations": {
    en: "{issued|# individualized recommendation was addressed to the ministry responsible|# individualized recommendations were addressed to the ministries responsible}, escalating {escalated|# earlier recommendation|# earlier recommendations} that had not been implemented.",
    ru: "В связи с неисполнением {escalated|# ранее направленной рекомендации|# ранее направленных рекомендаций|# ранее направленных рекомендаций} министерствам {issued|направлена # индивидуализированная рекомендация|направлены # индивидуализированные рекомендации|направлено # индивидуализированных рекомендаций}.",
    kk: "Бұрын жіберілген {escalated} ұсынымның орындалмауына байланысты министрліктерге {issued} жекелендірілген ұсыным жіберілді.",
  },
  "summary.escalations.noTargets": {
    en: "{issued|# individualized recommendation was addressed to the ministry responsible|# individualized recommendations were addressed to the ministries responsible}.",
    ru: "Министерствам {issued|направлена # индивидуализированная рекомендация|направлены # индивидуализированные рекомендации|направлено # индивидуализированных рекомендаций}.",
    kk: "Министрліктерге {issued} жекелендірілген ұсыным жіберілді.",
  },
  "summary.officials": {
    en: "{n|# official was|# officials were} held liable: {parts}.",
    ru: "К ответственности {n|привлечено # должностное лицо|привлечены # должностных лица|привлечено # должностных лиц}: {parts}.",
    kk: "Жауапкершілікке барлығы {n} лауазымды адам тартылды: {parts}.",
  },
  "summary.officials.part": { en: "{n} {by}", ru: "{n} — {by}", kk: "{by} — {n}" },
  "summary.officials.single": {
    en: "{n|# official was|# officials were} held liable {by}.",
    ru: "{by} к ответственности {n|привлечено # должностное лицо|привлечены # должностных лица|привлечено # должностных лиц}.",
    kk: "{by} {n} лауазымды адам жауапкершілікке тартылды.",
  },
  "summary.noOfficials": {
    en: "No officials were held liable.",
    ru: "Должностные лица к ответственности не привлекались.",
    kk: "Лауазымды адамдар жауапкершілікке тартылған жоқ.",
  },
  "initiator.commissioner_office.by": {
    en: "on the proposal of the Commissioner's representatives",
    ru: "по предложению представителей Уполномоченного",
    kk: "Уәкіл өкілдерінің ұсынуы бойынша",
  },
  "initiator.npm_participant.by": {
    en: "on the initiative of NPM participants",
    ru: "по инициативе участников НПМ",
    kk: "ҰАТ қатысушыларының бастамасы бойынша",
  },

  // ----- visit types by their published names -----
  "visitType.periodic": { en: "Planned (periodic)", ru: "Плановые (периодические)", kk: "Жоспарлы (кезеңдік)" },
  "visitType.intermediate": { en: "Follow-up (intermediate)", ru: "Повторные (промежуточные)", kk: "Қайталама (аралық)" },
  "visitType.special": { en: "Special", ru: "Специальные", kk: "Арнайы" },
  "visitType.periodic.word": { en: "planned", ru: "плановые", kk: "жоспарлы" },
  "visitType.intermediate.word": { en: "follow-up", ru: "повторные", kk: "қайталама" },
  "visitType.special.word": { en: "special", ru: "специальные", kk: "арнайы" },

  // ----- tables: headings, columns, rows -----
  "heading.visitsByType": { en: "Visits by type", ru: "Визиты по видам", kk: "Барулар түрлері бойынша" },
  "heading.visitsByAgency": { en: "Visits by supervising agency", ru: "Визиты по ведомствам", kk: "Барулар ведомстволар бойынша" },
  "heading.visitsByRegion": { en: "Visits by region", ru: "Визиты по регионам", kk: "Барулар өңірлер бойынша" },
  "heading.visitsByFacilityType": { en: "Visits by facility type", ru: "Визиты по типам учреждений", kk: "Барулар мекеме түрлері бойынша" },
  "heading.visitsByTypeAndFacilityType": {
    en: "Visits by type and facility type",
    ru: "Визиты по видам визитов и типам учреждений",
    kk: "Барулар бару түрлері және мекеме түрлері бойынша",
  },
  "heading.visitsByMonth": { en: "Visits by month", ru: "Визиты по месяцам", kk: "Барулар айлар бойынша" },
  "heading.facilitiesByAgency": {
    en: "Monitored facilities by supervising agency",
    ru: "Охваченные визитами учреждения по ведомствам",
    kk: "Барулармен қамтылған мекемелер ведомстволар бойынша",
  },
  "heading.facilitiesByType": {
    en: "Monitored facilities by type",
    ru: "Охваченные визитами учреждения по типам",
    kk: "Барулармен қамтылған мекемелер түрлері бойынша",
  },
  "heading.facilitiesByRegion": {
    en: "Monitored facilities by region",
    ru: "Охваченные визитами учреждения по регионам",
    kk: "Барулармен қамтылған мекемелер өңірлер бойынша",
  },
  "heading.recommendationsByTheme": { en: "Recommendations by theme", ru: "Рекомендации по темам", kk: "Ұсынымдар тақырыптар бойынша" },
  "heading.recommendationsByStatus": {
    en: "Recommendations by status, as of {date}",
    ru: "Статус рекомендаций на {date}",
    kk: "Ұсынымдардың {date} мәртебесі",
  },
  "heading.recommendationsByAgency": {
    en: "Recommendations by addressee",
    ru: "Рекомендации по адресатам",
    kk: "Ұсынымдар алушылар бойынша",
  },
  "heading.implementation": {
    en: "Implementation of recommendations, as of {date}",
    ru: "Исполнение рекомендаций по состоянию на {date}",
    kk: "Ұсынымдардың орындалуы, {date} жағдай бойынша",
  },
  "heading.daysToImplement": {
    en: "Days from issue to implementation",
    ru: "Срок от направления до исполнения рекомендации, дней",
    kk: "Ұсыным жіберілгеннен орындалғанға дейінгі мерзім, күн",
  },
  "heading.officialsByInitiator": {
    en: "Officials held liable, by initiator",
    ru: "Должностные лица, привлечённые к ответственности, по инициатору",
    kk: "Жауапкершілікке тартылған лауазымды адамдар, бастамашысы бойынша",
  },
  "heading.officialsByMeasure": {
    en: "Officials held liable, by measure",
    ru: "Должностные лица, привлечённые к ответственности, по виду ответственности",
    kk: "Жауапкершілікке тартылған лауазымды адамдар, жауапкершілік түрі бойынша",
  },
  "heading.indicators": { en: "Indicators", ru: "Показатели", kk: "Көрсеткіштер" },
  "heading.reconciliation": {
    en: "Published and computed figures",
    ru: "Сверка с опубликованными данными",
    kk: "Жарияланған деректермен салыстыру",
  },
  "column.code": { en: "Code", ru: "Код", kk: "Код" },
  "column.type": { en: "Type", ru: "Вид", kk: "Түрі" },
  "column.facilityType": { en: "Type", ru: "Тип", kk: "Түрі" },
  "column.agency": { en: "Agency", ru: "Ведомство", kk: "Ведомство" },
  "column.region": { en: "Region", ru: "Регион", kk: "Өңір" },
  "column.month": { en: "Month", ru: "Месяц", kk: "Ай" },
  "column.theme": { en: "Theme", ru: "Тема", kk: "Тақырып" },
  "column.status": { en: "Status", ru: "Статус", kk: "Мәртебе" },
  "column.addressee": { en: "Addressee", ru: "Адресат", kk: "Алушы" },
  "column.initiator": { en: "Initiator", ru: "Инициатор", kk: "Бастамашы" },
  "column.measure": { en: "Measure", ru: "Вид ответственности", kk: "Жауапкершілік түрі" },
  "column.indicator": { en: "Indicator", ru: "Показатель", kk: "Көрсеткіш" },
  "column.value": { en: "Value", ru: "Значение", kk: "Мәні" },
  "column.visits": { en: "Visits", ru: "Визиты", kk: "Барулар" },
  "column.facilities": { en: "Facilities", ru: "Учреждения", kk: "Мекемелер" },
  "column.recommendations": { en: "Recommendations", ru: "Рекомендации", kk: "Ұсынымдар" },
  "column.officials": { en: "Officials", ru: "Должностные лица", kk: "Лауазымды адамдар" },
  "column.share": { en: "Share", ru: "Доля", kk: "Үлесі" },
  "column.published": { en: "Published", ru: "Опубликовано", kk: "Жарияланған" },
  "column.computed": { en: "Computed", ru: "Рассчитано", kk: "Есептелген" },
  "column.difference": { en: "Difference", ru: "Разница", kk: "Айырма" },
  // A column or row of percentages in a CSV file, whose cells are numbers (91.5), not "91.5%".
  "column.percent": { en: "{title}, %", ru: "{title}, %", kk: "{title}, %" },
  total: { en: "Total", ru: "Всего", kk: "Барлығы" },
  unregistered: { en: "Not in the register", ru: "Нет в реестре", kk: "Тізілімде жоқ" },

  "row.implemented": { en: "Implemented", ru: "Исполнено", kk: "Орындалды" },
  "row.implementedWeighted": {
    en: "Implemented (partially implemented ones counted with a weight of {weight})",
    ru: "Исполнено (частично исполненные учтены с весом {weight})",
    kk: "Орындалды (ішінара орындалғандар {weight} салмағымен есептелді)",
  },
  "row.counted": { en: "Recommendations counted", ru: "Учтено рекомендаций", kk: "Есепке алынған ұсынымдар" },
  "row.countedWithoutWithdrawn": {
    en: "Recommendations counted (withdrawn ones left out)",
    ru: "Учтено рекомендаций (без снятых)",
    kk: "Есепке алынған ұсынымдар (алынып тасталғандарсыз)",
  },
  "row.rate": { en: "Implementation rate", ru: "Доля исполненных", kk: "Орындалу деңгейі" },
  "row.overdue": {
    en: "Overdue (past the due date; not implemented, rejected or withdrawn)",
    ru: "Просроченные (срок истёк; не исполнены, не отклонены и не сняты)",
    kk: "Мерзімі өткен (орындалмаған, қабылданбаған және алынып тасталмаған)",
  },
  "row.escalationsIssued": {
    en: "Individualized recommendations to ministries",
    ru: "Индивидуализированные рекомендации министерствам",
    kk: "Министрліктерге жекелендірілген ұсынымдар",
  },
  "row.escalated": {
    en: "Earlier recommendations they escalate",
    ru: "Ранее направленные рекомендации, вынесенные ими на уровень министерств",
    kk: "Олар министрлік деңгейіне көтерген бұрынғы ұсынымдар",
  },
  "row.implementedCount": {
    en: "Recommendations implemented",
    ru: "Исполнено рекомендаций",
    kk: "Орындалған ұсынымдар",
  },
  "row.registerVisited": {
    en: "Facilities of the register visited",
    ru: "Посещено учреждений реестра",
    kk: "Бару жасалған тізілім мекемелері",
  },
  "row.registerOpen": {
    en: "Facilities of the register open during the period",
    ru: "Учреждений реестра, действовавших в отчётном периоде",
    kk: "Кезең ішінде жұмыс істеген тізілім мекемелері",
  },
  "row.coverage": { en: "Coverage of the register", ru: "Охват реестра", kk: "Тізілімді қамту" },
  "row.officials": {
    en: "Officials held liable",
    ru: "Должностные лица, привлечённые к ответственности",
    kk: "Жауапкершілікке тартылған лауазымды адамдар",
  },
  "row.median": { en: "Median, days", ru: "Медиана, дней", kk: "Медиана, күн" },
  "row.q1": { en: "First quartile, days", ru: "Первый квартиль, дней", kk: "Бірінші квартиль, күн" },
  "row.q3": { en: "Third quartile, days", ru: "Третий квартиль, дней", kk: "Үшінші квартиль, күн" },

  // ----- notes -----
  "note.omitted": {
    en: "{n|# row|# rows} with 0 left out.",
    ru: "Не показаны строки с нулевым значением: {n}.",
    kk: "Нөлдік мәнді жолдар көрсетілмеді: {n}.",
  },
  "note.visitsByAgency": {
    en: "A visit covering facilities of several agencies counts once for each of them: the rows can add up to more than the total ({total}) and the shares to more than {whole}.",
    ru: "Визит, охвативший учреждения нескольких ведомств, учитывается по каждому из них: сумма строк может превышать общее число визитов ({total}), а сумма долей — {whole}.",
    kk: "Бірнеше ведомствоның мекемелерін қамтыған бару әрқайсысы бойынша есептеледі: жолдардың қосындысы барулардың жалпы санынан ({total}), ал үлестердің қосындысы {whole} шамасынан асуы мүмкін.",
  },
  "note.visitsByRegion": {
    en: "A visit covering facilities in several regions counts once for each of them: the rows can add up to more than the total ({total}) and the shares to more than {whole}.",
    ru: "Визит, охвативший учреждения в нескольких регионах, учитывается по каждому из них: сумма строк может превышать общее число визитов ({total}), а сумма долей — {whole}.",
    kk: "Бірнеше өңірдегі мекемелерді қамтыған бару әрқайсысы бойынша есептеледі: жолдардың қосындысы барулардың жалпы санынан ({total}), ал үлестердің қосындысы {whole} шамасынан асуы мүмкін.",
  },
  "note.visitsByFacilityType": {
    en: "A visit covering facilities of several types counts once for each of them: the rows can add up to more than the total ({total}) and the shares to more than {whole}.",
    ru: "Визит, охвативший учреждения нескольких типов, учитывается по каждому из них: сумма строк может превышать общее число визитов ({total}), а сумма долей — {whole}.",
    kk: "Бірнеше түрдегі мекемелерді қамтыған бару әрқайсысы бойынша есептеледі: жолдардың қосындысы барулардың жалпы санынан ({total}), ал үлестердің қосындысы {whole} шамасынан асуы мүмкін.",
  },
  "note.visitsByTypeAndFacilityType": {
    en: "A visit covering facilities of several types counts once for each of them, in the column of its type: a column can add up to more than the visits of that type.",
    ru: "Визит, охвативший учреждения нескольких типов, учитывается по каждому из них в графе своего вида: сумма по графе может превышать число визитов этого вида.",
    kk: "Бірнеше түрдегі мекемелерді қамтыған бару өз түрінің бағанында әрқайсысы бойынша есептеледі: бағанның қосындысы сол түрдегі барулар санынан асуы мүмкін.",
  },
  "note.themes": {
    en: "A recommendation on several themes counts once for each of them: the rows can add up to more than the total ({total}) and the shares to more than {whole}.",
    ru: "Рекомендация по нескольким темам учитывается по каждой из них: сумма строк может превышать общее число рекомендаций ({total}), а сумма долей — {whole}.",
    kk: "Бірнеше тақырып бойынша берілген ұсыным әр тақырып бойынша есептеледі: жолдардың қосындысы ұсынымдардың жалпы санынан ({total}), ал үлестердің қосындысы {whole} шамасынан асуы мүмкін.",
  },
  "note.coverage": {
    en: "Coverage: {monitored} of the {register|# facility|# facilities} in the register open during the period {monitored|was|were} visited ({rate}).",
    ru: "Охват: посещено {monitored} из {register|# учреждения реестра, действовавшего|# учреждений реестра, действовавших|# учреждений реестра, действовавших} в отчётном периоде ({rate}).",
    kk: "Қамту: тізілімдегі кезең ішінде жұмыс істеген {register} мекеменің {monitored} мекемесіне бару жасалды ({rate}).",
  },
  "note.empty": {
    en: "Nothing was counted.",
    ru: "Ничего не учтено.",
    kk: "Ештеңе есепке алынған жоқ.",
  },
  "note.reconciliation.none": {
    en: "No published figures were given, so there is nothing to reconcile.",
    ru: "Опубликованные показатели не указаны, сверять не с чем.",
    kk: "Жарияланған көрсеткіштер берілмеген, салыстыратын ештеңе жоқ.",
  },
  "check.visits.short": {
    en: "The published visits by type ({parts} = {sum}) fall {gap} short of the published total of {total}",
    ru: "Опубликованные числа визитов по видам ({parts} = {sum}) в сумме на {gap} меньше опубликованного общего числа визитов ({total})",
    kk: "Жарияланған бару түрлері бойынша сандардың қосындысы ({parts} = {sum}) жарияланған жалпы саннан ({total}) {gap} кем",
  },
  "check.visits.exceed": {
    en: "The published visits by type ({parts} = {sum}) exceed the published total of {total} by {gap}",
    ru: "Опубликованные числа визитов по видам ({parts} = {sum}) в сумме на {gap} больше опубликованного общего числа визитов ({total})",
    kk: "Жарияланған бару түрлері бойынша сандардың қосындысы ({parts} = {sum}) жарияланған жалпы саннан ({total}) {gap} артық",
  },
  "check.visits.unreported": {
    en: "; the records hold {computed|# visit|# visits} of the unpublished {types|type|types}: {list}",
    ru: "; в данных визитов {types|неопубликованного вида|неопубликованных видов|неопубликованных видов} ({list}) — {computed}",
    kk: "; деректерде жарияланбаған {types|түрдегі} ({list}) барулар саны — {computed}",
  },
  "check.other": {
    en: "The published parts of “{key}” add up to {sum}, not to the published total of {total}",
    ru: "Опубликованные составляющие показателя «{key}» в сумме дают {sum}, а не опубликованное общее число {total}",
    kk: "«{key}» көрсеткішінің жарияланған құрамдас бөліктерінің қосындысы — {sum}, ал жарияланған жалпы сан — {total}",
  },

  // ----- reconciliation rows -----
  "figure.visits.total": { en: "Visits", ru: "Визиты", kk: "Барулар" },
  "figure.visits.byType.periodic": { en: "Planned visits", ru: "Плановые визиты", kk: "Жоспарлы барулар" },
  "figure.visits.byType.intermediate": { en: "Follow-up visits", ru: "Повторные визиты", kk: "Қайталама барулар" },
  "figure.visits.byType.special": { en: "Special visits", ru: "Специальные визиты", kk: "Арнайы барулар" },
  "figure.facilities.monitored": {
    en: "Facilities monitored",
    ru: "Учреждения, охваченные визитами",
    kk: "Барулармен қамтылған мекемелер",
  },
  "figure.recommendations.total": { en: "Recommendations", ru: "Рекомендации", kk: "Ұсынымдар" },
  "figure.recommendations.implementation.rate": {
    en: "Implementation rate",
    ru: "Доля исполненных рекомендаций",
    kk: "Ұсынымдардың орындалу деңгейі",
  },
  "figure.accountability.officials.byInitiator.commissioner_office": {
    en: "Officials held liable on the proposal of the Commissioner's representatives",
    ru: "Привлечено к ответственности по предложению представителей Уполномоченного",
    kk: "Уәкіл өкілдерінің ұсынуы бойынша жауапкершілікке тартылғандар",
  },
  "figure.accountability.officials.byInitiator.npm_participant": {
    en: "Officials held liable on the initiative of NPM participants",
    ru: "Привлечено к ответственности по инициативе участников НПМ",
    kk: "ҰАТ қатысушыларының бастамасы бойынша жауапкершілікке тартылғандар",
  },
} as const satisfies Readonly<Record<string, LanguageTexts>>;

/**
 * The catalogue of {@link REPORT_TEXTS}, by the name a language pack gives its texts under.
 *
 * @internal
 */
export const REPORT_CATALOGUE = /* @__PURE__ */ defineCatalogue("report", REPORT_TEXTS);


/**
 * A key of {@link REPORT_TEXTS}.
 *
 * @internal
 */
export type ReportTextKey = keyof typeof REPORT_TEXTS;

/**
 * A key of {@link REPORT_TEXTS} whose texts take no params.
 *
 * @internal
 */
export type PlainReportTextKey = PlainKey<typeof REPORT_TEXTS>;

/**
 * Whether a string is a key of {@link REPORT_TEXTS} whose texts take no params (for keys
 * built from codes).
 *
 * @internal
 */
export function isReportTextKey(key: string): key is PlainReportTextKey {
  return isPlainKey(REPORT_CATALOGUE, key);
}

/**
 * The text of a key named by a declaration (a table's heading, note or label) in `lang`,
 * with params some of its texts take: the params are checked when it is filled, not by the
 * type checker (each declaration's keys are tested).
 *
 * @internal
 */
export function declaredReportText(key: ReportTextKey, lang: TextLanguage, params: TemplateParams): string {
  return filledText(REPORT_CATALOGUE, key, lang, params);
}

/**
 * The text of a catalogue key in `lang`, with its params filled in.
 *
 * @internal
 */
export function reportText<K extends ReportTextKey>(key: K, lang: TextLanguage, ...params: ParamsArgument<typeof REPORT_TEXTS, K>): string {
  return textOf(REPORT_CATALOGUE, key, lang, ...params);
}
