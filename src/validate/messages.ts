import { languageProblems } from "../errors/optionProblems";
import type { Language, LanguageTexts } from "../model/language";
import { defineCatalogue, findText } from "../text/catalogue";
import { isCivilDate } from "../dates/isCivilDate";
import { formatPeriod } from "../text/dates";
import { formatNumber } from "../text/numbers";
import { pluralForm } from "../text/plural";
import { replacePlaceholders } from "../text/template";
import type { TextLanguage } from "../text/types";
import type { ISSUE_CATALOGUE, IssueCode } from "./catalogue";

type ParamOf<C extends IssueCode> = (typeof ISSUE_CATALOGUE)[C]["params"][number];
type Words = Readonly<Record<string, LanguageTexts>>;

const freezeMessages = /* @__NO_SIDE_EFFECTS__ */ <T extends Readonly<Record<string, LanguageTexts>>>(messages: T): T => {
  for (const texts of Object.values(messages)) Object.freeze(texts);
  return Object.freeze(messages);
};

/**
 * The message of every issue code in English, Russian and Kazakh (Cyrillic), for the NPM
 * staff who submit data: what is wrong, in which kind of record, and how to fix it.
 * `{name}` stands for the param `name` of the catalogue; `{name|form|form…}` for a number
 * with the noun form its plural category takes (`#` is the number; English one|other,
 * Russian one|few|many, Kazakh one form, as Kazakh nouns stay singular after numerals).
 * Build a message with {@link formatIssueMessage}, which also puts code values into words.
 *
 * @example
 * ```ts
 * import { MESSAGES } from "opcat-npm";
 *
 * MESSAGES["ref.unknown_visit"].ru;
 * //=> "Посещения «{id}» нет среди посещений этого набора данных. Добавьте посещение или исправьте идентификатор."
 * MESSAGES["visit.team_too_small"].kk;
 * //=> "Бару тобында {teamSize} қатысушы болған, ал профиль бойынша кемінде {minimum} қатысушы қажет. teamSize өрісін тексеріңіз."
 * ```
 */
export const MESSAGES: { readonly [C in IssueCode]: Readonly<Record<Language, string>> } = /* @__PURE__ */ freezeMessages({
  "schema.invalid_type": {
    en: "Wrong type of value: expected {expected}, found {received}.",
    ru: "Неверный тип значения: ожидается {expected}, а в данных — {received}.",
    kk: "Мәннің түрі қате: {expected} күтіледі, ал деректерде — {received}.",
  },
  "schema.required": {
    en: "The required field “{field}” is missing. Add it to the record.",
    ru: "Отсутствует обязательное поле «{field}». Добавьте его в запись.",
    kk: "Міндетті «{field}» өрісі жоқ. Оны жазбаға қосыңыз.",
  },
  "schema.invalid_date": {
    en: "“{value}” is not a valid date. Write dates as YYYY-MM-DD, for example {example}.",
    ru: "«{value}» не является допустимой датой. Укажите дату в формате ГГГГ-ММ-ДД, например {example}.",
    kk: "«{value}» жарамды күн емес. Күнді ЖЖЖЖ-АА-КК пішімінде жазыңыз, мысалы: {example}.",
  },
  "schema.unknown_code": {
    en: "“{value}” is not in the profile's list of {list}. Use a code from that list.",
    ru: "Кода «{value}» нет в справочнике профиля «{list}». Используйте код из этого справочника.",
    kk: "«{value}» коды профильдің «{list}» анықтамалығында жоқ. Осы анықтамалықтағы кодты пайдаланыңыз.",
  },
  "schema.invalid_value": {
    en: "“{value}” is not a valid value here: expected {expected}.",
    ru: "Недопустимое значение «{value}»: ожидается {expected}.",
    kk: "«{value}» мәні жарамсыз: {expected} күтіледі.",
  },
  "schema.too_small": {
    en: "Below the minimum: {kind} must be at least {minimum}.",
    ru: "Ниже допустимого минимума: {kind} не может быть меньше {minimum}.",
    kk: "Ең төменгі шектен кем: {kind} кемінде {minimum} болуы керек.",
  },
  "schema.too_big": {
    en: "Above the maximum: {kind} must be at most {maximum}.",
    ru: "Выше допустимого максимума: {kind} не может быть больше {maximum}.",
    kk: "Ең жоғарғы шектен асып кетті: {kind} көп дегенде {maximum} болуы керек.",
  },
  "schema.unknown_key": {
    en: "Unknown field “{key}”: it is not part of the data format and will be ignored. Check its spelling or remove it.",
    ru: "Неизвестное поле «{key}»: его нет в формате данных, и оно будет проигнорировано. Проверьте написание или удалите поле.",
    kk: "Белгісіз «{key}» өрісі: ол деректер форматында жоқ, сондықтан ескерілмейді. Атауын тексеріңіз немесе өрісті алып тастаңыз.",
  },
  "schema.unsupported_profile": {
    en: "The dataset is for profile “{value}”, but it is being checked against profile “{expected}”. Check the “profile” field or choose the matching profile.",
    ru: "Набор данных подготовлен для профиля «{value}», а проверяется по профилю «{expected}». Проверьте поле «profile» или выберите соответствующий профиль.",
    kk: "Деректер жиынтығы «{value}» профиліне арналған, ал «{expected}» профилі бойынша тексерілуде. «profile» өрісін тексеріңіз немесе сәйкес профильді таңдаңыз.",
  },
  "schema.invalid_text": {
    en: "This text holds {problem} ({codePoint}) at position {position}: a CSV, NDJSON or UTF-8 file cannot keep such a character exactly. Remove it or replace it with ordinary text.",
    ru: "В тексте есть {problem} ({codePoint}) в позиции {position}: такой символ нельзя без изменений сохранить в файле CSV, NDJSON или UTF-8. Удалите его или замените обычным текстом.",
    kk: "Мәтінде {position}-орында {problem} ({codePoint}) бар: мұндай таңбаны CSV, NDJSON немесе UTF-8 файлында өзгеріссіз сақтау мүмкін емес. Оны алып тастаңыз немесе кәдімгі мәтінмен ауыстырыңыз.",
  },
  "schema.too_deep": {
    en: "This value is nested more than {maximum|# level|# levels} deep, counted from the top of the dataset: files cannot hold it safely. Flatten the field or remove it.",
    ru: "Значение вложено глубже {maximum|# уровня|# уровней|# уровней}, считая от верхнего уровня набора данных: файлы не могут надёжно его хранить. Упростите структуру поля или удалите его.",
    kk: "Мән {maximum} деңгейден тереңірек ендірілген (деректер жиынтығының жоғарғы деңгейінен бастап санағанда): файлдар оны сенімді сақтай алмайды. Өрістің құрылымын жеңілдетіңіз немесе оны алып тастаңыз.",
  },
  "schema.unreadable": {
    en: "The data could not be read: part of it failed when accessed. Submit the data as plain JSON.",
    ru: "Не удалось прочитать данные: при обращении к их части произошла ошибка. Передайте данные в виде обычного JSON.",
    kk: "Деректерді оқу мүмкін болмады: олардың бір бөлігін оқу кезінде қате шықты. Деректерді кәдімгі JSON түрінде беріңіз.",
  },
  "options.invalid": {
    en: "The option “{option}” cannot be used: “{value}” given, {expected} expected. It was left at its default; fix the option.",
    ru: "Параметр «{option}» не может быть использован: передано «{value}», ожидается {expected}. Применено значение по умолчанию; исправьте параметр.",
    kk: "«{option}» параметрін пайдалану мүмкін емес: «{value}» берілді, {expected} күтіледі. Әдепкі мән қолданылды; параметрді түзетіңіз.",
  },
  "ref.duplicate_id": {
    en: "The id “{id}” is used more than once in {collection}: record no. {firstIndex} (counting from 0) already has it. Give each record its own id.",
    ru: "Идентификатор «{id}» повторяется в разделе «{collection}»: он уже есть у записи № {firstIndex} (нумерация с 0). У каждой записи должен быть свой идентификатор.",
    kk: "«{id}» сәйкестендіргіші «{collection}» бөлімінде қайталанады: ол № {firstIndex} жазбада бар (нөмірлеу 0-ден басталады). Әр жазбаның өз сәйкестендіргіші болуы керек.",
  },
  "ref.unknown_facility": {
    en: "Facility “{id}” is not among the facilities of this dataset. Add the facility or correct the id.",
    ru: "Учреждения «{id}» нет среди учреждений этого набора данных. Добавьте учреждение или исправьте идентификатор.",
    kk: "«{id}» мекемесі осы деректер жиынтығының мекемелері арасында жоқ. Мекемені қосыңыз немесе сәйкестендіргішті түзетіңіз.",
  },
  "ref.unknown_visit": {
    en: "Visit “{id}” is not among the visits of this dataset. Add the visit or correct the id.",
    ru: "Посещения «{id}» нет среди посещений этого набора данных. Добавьте посещение или исправьте идентификатор.",
    kk: "«{id}» баруы осы деректер жиынтығының барулары арасында жоқ. Баруды қосыңыз немесе сәйкестендіргішті түзетіңіз.",
  },
  "ref.unknown_recommendation": {
    en: "Recommendation “{id}” is not among the recommendations of this dataset. Add the recommendation or correct the id.",
    ru: "Рекомендации «{id}» нет среди рекомендаций этого набора данных. Добавьте рекомендацию или исправьте идентификатор.",
    kk: "«{id}» ұсынымы осы деректер жиынтығының ұсынымдары арасында жоқ. Ұсынымды қосыңыз немесе сәйкестендіргішті түзетіңіз.",
  },
  "ref.lookalike_id": {
    en: "The id “{spelling}” reads the same as “{otherSpelling}”, that of record no. {otherIndex} (counting from 0) in {collection}: “{differsIn}” has {difference} ({codePoint}) at position {position}. Keep one record, or give them ids that look different.",
    ru: "Идентификатор «{spelling}» читается так же, как «{otherSpelling}» — идентификатор записи № {otherIndex} (нумерация с 0) в разделе «{collection}»: в «{differsIn}» есть {difference} ({codePoint}) в позиции {position}. Оставьте одну запись или дайте им идентификаторы, которые выглядят по-разному.",
    kk: "«{spelling}» сәйкестендіргіші «{otherSpelling}» сияқты оқылады — бұл «{collection}» бөліміндегі № {otherIndex} жазбаның сәйкестендіргіші (нөмірлеу 0-ден басталады): «{differsIn}» ішінде {position}-орында {difference} ({codePoint}) бар. Бір жазбаны қалдырыңыз немесе оларға көрінісі әртүрлі сәйкестендіргіштер беріңіз.",
  },
  "ref.lookalike_reference": {
    en: "No record in {collection} has the id “{spelling}”. Did you mean “{otherSpelling}”, record no. {otherIndex} (counting from 0)? It reads the same: “{differsIn}” has {difference} ({codePoint}) at position {position}.",
    ru: "В разделе «{collection}» нет записи с идентификатором «{spelling}». Возможно, имелась в виду запись № {otherIndex} (нумерация с 0) с идентификатором «{otherSpelling}»? Он читается так же: в «{differsIn}» есть {difference} ({codePoint}) в позиции {position}.",
    kk: "«{collection}» бөлімінде «{spelling}» сәйкестендіргіші бар жазба жоқ. «{otherSpelling}» сәйкестендіргіші бар № {otherIndex} жазба (нөмірлеу 0-ден басталады) меңзелген бе? Ол дәл солай оқылады: «{differsIn}» ішінде {position}-орында {difference} ({codePoint}) бар.",
  },
  "ref.facility_not_in_visit": {
    en: "Facility “{facilityId}” is not one of the facilities of visit “{visitId}”. Correct facilityId or visitId, or add the facility to the visit's facilityIds.",
    ru: "Учреждение «{facilityId}» не входит в число учреждений посещения «{visitId}». Исправьте facilityId или visitId либо добавьте учреждение в facilityIds посещения.",
    kk: "«{facilityId}» мекемесі «{visitId}» баруының мекемелері қатарында жоқ. facilityId немесе visitId өрісін түзетіңіз не мекемені барудың facilityIds тізіміне қосыңыз.",
  },
  "date.period_order": {
    en: "The reporting period ends ({to}) before it begins ({from}). Check period.from and period.to.",
    ru: "Отчётный период заканчивается ({to}) раньше, чем начинается ({from}). Проверьте period.from и period.to.",
    kk: "Есепті кезеңнің соңғы күні ({to}) бастапқы күнінен ({from}) бұрын. period.from және period.to өрістерін тексеріңіз.",
  },
  "date.end_before_start": {
    en: "The visit ends ({endedOn}) before it starts ({startedOn}). Check startedOn and endedOn.",
    ru: "Посещение заканчивается ({endedOn}) раньше, чем начинается ({startedOn}). Проверьте startedOn и endedOn.",
    kk: "Барудың аяқталған күні ({endedOn}) басталған күнінен ({startedOn}) бұрын. startedOn және endedOn өрістерін тексеріңіз.",
  },
  "date.due_before_issue": {
    en: "The recommendation is due ({dueOn}) before it was issued ({issuedOn}). Check issuedOn and dueOn.",
    ru: "Срок исполнения рекомендации ({dueOn}) раньше даты её направления ({issuedOn}). Проверьте issuedOn и dueOn.",
    kk: "Ұсынымның орындалу мерзімі ({dueOn}) оның жіберілген күнінен ({issuedOn}) бұрын. issuedOn және dueOn өрістерін тексеріңіз.",
  },
  "date.history_order": {
    en: "A status change of this recommendation is dated {on}, before the date preceding it ({previous}: the previous status change or the date of issue). Keep the history in date order, with nothing before issuedOn.",
    ru: "Изменение статуса рекомендации датировано {on} — раньше предшествующей даты ({previous}: предыдущего изменения статуса или даты направления рекомендации). Записи истории должны идти в порядке дат и не раньше issuedOn.",
    kk: "Ұсыным мәртебесінің өзгерісі {on} күнімен көрсетілген — бұл алдыңғы күннен ({previous}: алдыңғы мәртебе өзгерісі не ұсынымның жіберілген күні) ерте. Тарих жазбалары күн ретімен берілуі және issuedOn күнінен бұрын болмауы керек.",
  },
  "date.issue_before_visit": {
    en: "The recommendation was issued on {issuedOn}, before its visit “{visitId}” started ({startedOn}). Check issuedOn and visitId.",
    ru: "Рекомендация направлена {issuedOn}, то есть до начала посещения «{visitId}» ({startedOn}). Проверьте issuedOn и visitId.",
    kk: "Ұсыным {issuedOn} күні жіберілген, яғни «{visitId}» баруы басталғанға дейін ({startedOn}). issuedOn және visitId өрістерін тексеріңіз.",
  },
  "date.after_as_of": {
    en: "The date {date} is after the report date {asOf}: a report as of {asOf} leaves it out. Check the date.",
    ru: "Дата {date} позже даты отчёта ({asOf}): в отчёте на {asOf} она не учитывается. Проверьте дату.",
    kk: "{date} күні есеп күнінен ({asOf}) кейін: {asOf} күнгі есепте ол ескерілмейді. Күнді тексеріңіз.",
  },
  "date.outside_period": {
    en: "The visit started on {startedOn}, outside the reporting period ({period}); it will not be counted.",
    ru: "Посещение начато {startedOn}, вне отчётного периода ({period}), и не будет учтено.",
    kk: "Бару {startedOn} күні басталған, бұл есепті кезеңнен ({period}) тыс, сондықтан ол есепке алынбайды.",
  },
  "date.facility_closed": {
    en: "Facility “{facilityId}” was not operating on {startedOn}, when this visit started (opened: {openedOn}; closed: {closedOn}). Check the visit's date and the facility's openedOn and closedOn.",
    ru: "Учреждение «{facilityId}» не действовало на дату начала посещения, {startedOn} (дата открытия: {openedOn}; дата закрытия: {closedOn}). Проверьте дату посещения и поля openedOn и closedOn учреждения.",
    kk: "«{facilityId}» мекемесі бару басталған күні ({startedOn}) жұмыс істемеген (ашылған күні: {openedOn}; жабылған күні: {closedOn}). Бару күнін және мекеменің openedOn, closedOn өрістерін тексеріңіз.",
  },
  "date.closed_before_opened": {
    en: "The facility closed ({closedOn}) before it opened ({openedOn}). Check openedOn and closedOn.",
    ru: "Дата закрытия учреждения ({closedOn}) раньше даты его открытия ({openedOn}). Проверьте openedOn и closedOn.",
    kk: "Мекеменің жабылған күні ({closedOn}) ашылған күнінен ({openedOn}) бұрын. openedOn және closedOn өрістерін тексеріңіз.",
  },
  "visit.follow_up_missing": {
    en: "This intermediate (follow-up) visit does not say which visit it follows up. Put that visit's id in followUpOf.",
    ru: "У промежуточного (повторного) посещения не указано, по итогам какого посещения оно проводится. Укажите идентификатор того посещения в поле followUpOf.",
    kk: "Аралық (қайталама) бару қай барудың нәтижесі бойынша жүргізілетіні көрсетілмеген. Сол барудың сәйкестендіргішін followUpOf өрісіне жазыңыз.",
  },
  "visit.follow_up_order": {
    en: "This follow-up visit starts ({startedOn}) before the visit it follows up, “{followUpOf}” ({previousStartedOn}). Check the dates and followUpOf.",
    ru: "Повторное посещение начинается ({startedOn}) раньше предыдущего посещения «{followUpOf}» ({previousStartedOn}). Проверьте даты и поле followUpOf.",
    kk: "Қайталама бару ({startedOn}) алдыңғы «{followUpOf}» баруынан ({previousStartedOn}) бұрын басталады. Күндерді және followUpOf өрісін тексеріңіз.",
  },
  "visit.trigger_missing": {
    en: "This special visit has no trigger. Record what prompted it (a complaint, a media report, an incident or other) and the date it was received.",
    ru: "У специального посещения не указан повод. Укажите, что послужило поводом (жалоба, сообщение в СМИ, происшествие или иное), и дату его поступления.",
    kk: "Арнайы барудың себебі көрсетілмеген. Оған не себеп болғанын (шағым, БАҚ хабарламасы, оқиға немесе өзге) және оның түскен күнін көрсетіңіз.",
  },
  "visit.trigger_after_start": {
    en: "The trigger of this visit was received on {receivedOn}, after the visit started ({startedOn}). Check both dates.",
    ru: "Повод для посещения поступил {receivedOn}, то есть после его начала ({startedOn}). Проверьте обе даты.",
    kk: "Бару себебі {receivedOn} күні түскен, яғни бару басталғаннан кейін ({startedOn}). Екі күнді де тексеріңіз.",
  },
  "visit.team_too_small": {
    en: "The visit team had {teamSize|# member|# members}; the profile requires at least {minimum|# member|# members}. Check teamSize.",
    ru: "В группе посещения {teamSize|# участник|# участника|# участников}, а по профилю нужно минимум {minimum|# участник|# участника|# участников}. Проверьте поле teamSize.",
    kk: "Бару тобында {teamSize} қатысушы болған, ал профиль бойынша кемінде {minimum} қатысушы қажет. teamSize өрісін тексеріңіз.",
  },
  "rec.addressee_mismatch": {
    en: "This recommendation is addressed to “{addressee}”, but facility “{facilityId}” comes under “{agency}”. If that is a mistake, address it to the facility's agency or correct facilityId.",
    ru: "Рекомендация адресована ведомству «{addressee}», а учреждение «{facilityId}» находится в ведении «{agency}». Если это ошибка, адресуйте её ведомству учреждения или исправьте facilityId.",
    kk: "Ұсыным «{addressee}» ведомствосына жіберілген, ал «{facilityId}» мекемесі «{agency}» ведомствосының қарамағында. Егер бұл қате болса, ұсынымды мекеменің ведомствосына жіберіңіз немесе facilityId өрісін түзетіңіз.",
  },
  "rec.escalation_target": {
    en: "A recommendation to a ministry (agency level) must escalate at least one recommendation addressed to the same agency, listed in escalates. Addressee: {addressee}; escalated recommendation: {id} (its addressee: {targetAddressee}).",
    ru: "Рекомендация уровня министерства (ведомства) должна выносить на этот уровень хотя бы одну рекомендацию тому же ведомству, указанную в поле escalates. Адресат: {addressee}; выносимая рекомендация: {id} (её адресат: {targetAddressee}).",
    kk: "Министрлік (ведомство) деңгейіндегі ұсыным сол ведомствоға жіберілген кемінде бір ұсынымды осы деңгейге көтеруі керек (escalates өрісі). Алушы: {addressee}; көтерілетін ұсыным: {id} (оның алушысы: {targetAddressee}).",
  },
  "privacy.personal_identifier": {
    en: "This text contains a personal identifier ({kind}). Remove or anonymise it: the NPM publishes no personal data without the express consent of the person concerned (OPCAT, art. 21(2)).",
    ru: "Текст содержит персональный идентификатор ({kind}). Удалите или обезличьте его: НПМ не публикует персональные данные без явно выраженного согласия лица (Факультативный протокол к Конвенции против пыток, ст. 21, п. 2).",
    kk: "Мәтінде жеке сәйкестендіргіш ({kind}) бар. Оны алып тастаңыз немесе иесіздендіріңіз: ҰАТ дербес деректерді тиісті адамның айқын келісімінсіз жарияламайды (Азаптауларға қарсы конвенцияның Факультативтік хаттамасы, 21-бап, 2-тармақ).",
  },
  "io.missing_file": {
    en: "The folder has no file {file}, so no {collection} were read. If there are any, save them in a file named exactly {file}.",
    ru: "В папке нет файла {file}, поэтому раздел «{collection}» не прочитан. Если в нём есть записи, сохраните их в файле с именем ровно {file}.",
    kk: "Қалтада {file} файлы жоқ, сондықтан «{collection}» бөлімі оқылмады. Онда жазбалар болса, оларды дәл {file} деп аталатын файлға сақтаңыз.",
  },
  "io.ignored_file": {
    en: "{file} was not read: its name looks like {expected}, which was read instead. If it holds data that belongs there, move it into {expected}, then remove {file} from the folder.",
    ru: "Файл {file} не прочитан: его имя похоже на {expected}, который прочитан вместо него. Если в нём есть нужные данные, перенесите их в {expected}, затем удалите {file} из папки.",
    kk: "{file} файлы оқылмады: оның атауы {expected} файлына ұқсайды, оның орнына {expected} оқылды. Онда қажетті деректер болса, оларды {expected} файлына көшіріп, {file} файлын қалтадан алып тастаңыз.",
  },
});

// Code values of params, put into words. Russian and Kazakh words are in the nominative:
// the templates place them where no case ending is needed.

const COLLECTIONS: Words = {
  facilities: { en: "facilities", ru: "Учреждения", kk: "Мекемелер" },
  visits: { en: "visits", ru: "Посещения", kk: "Барулар" },
  recommendations: { en: "recommendations", ru: "Рекомендации", kk: "Ұсынымдар" },
  accountability: { en: "accountability actions", ru: "Меры ответственности", kk: "Жауапкершілік шаралары" },
};

const LISTS: Words = {
  agencies: { en: "agencies", ru: "Ведомства", kk: "Ведомстволар" },
  facilityTypes: { en: "facility types", ru: "Типы учреждений", kk: "Мекеме түрлері" },
  regions: { en: "regions", ru: "Регионы", kk: "Өңірлер" },
  themes: { en: "themes", ru: "Темы", kk: "Тақырыптар" },
  visitTypes: { en: "visit types", ru: "Виды посещений", kk: "Бару түрлері" },
  statuses: { en: "recommendation statuses", ru: "Статусы рекомендаций", kk: "Ұсыным мәртебелері" },
  measures: { en: "accountability measures", ru: "Меры ответственности", kk: "Жауапкершілік шаралары" },
  initiators: { en: "initiators of accountability actions", ru: "Инициаторы мер ответственности", kk: "Жауапкершілік шараларының бастамашылары" },
  triggerKinds: { en: "reasons for special visits", ru: "Поводы специальных посещений", kk: "Арнайы бару себептері" },
  levels: { en: "recommendation levels", ru: "Уровни рекомендаций", kk: "Ұсыным деңгейлері" },
  profiles: { en: "profiles", ru: "Профили", kk: "Профильдер" },
};

const IDENTIFIER_KINDS: Words = {
  iin: { en: "IIN", ru: "ИИН", kk: "ЖСН" },
  phone: { en: "phone number", ru: "номер телефона", kk: "телефон нөмірі" },
  email: { en: "e-mail address", ru: "адрес электронной почты", kk: "электрондық пошта мекенжайы" },
};

const TEXT_PROBLEMS: Words = {
  nul: { en: "a NUL character", ru: "символ NUL", kk: "NUL таңбасы" },
  control_character: { en: "a control character", ru: "управляющий символ", kk: "басқару таңбасы" },
  lone_surrogate: { en: "half of a character (a lone UTF-16 surrogate)", ru: "половина символа (одиночный суррогат UTF-16)", kk: "таңбаның жартысы (жалғыз UTF-16 суррогаты)" },
};

// What reading an id as people do changes in it (findReadingChange), in the nominative.
const READING_CHANGES: Words = {
  invisible_character: { en: "an invisible character", ru: "невидимый символ", kk: "көрінбейтін таңба" },
  leading_space: { en: "a space at the start", ru: "пробел в начале", kk: "басында бос орын" },
  trailing_space: { en: "a space at the end", ru: "пробел в конце", kk: "соңында бос орын" },
  double_space: { en: "a second space in a row", ru: "второй пробел подряд", kk: "қатарынан екінші бос орын" },
  special_space: { en: "a special space (no-break, thin, tab…)", ru: "особый пробел (неразрывный, тонкий, табуляция…)", kk: "ерекше бос орын (үзілмейтін, жіңішке, табуляция…)" },
  dash: { en: "a dash that looks like a hyphen", ru: "тире, похожее на дефис", kk: "дефиске ұқсас сызықша" },
  cyrillic_letter: { en: "a Cyrillic letter that looks like a Latin one", ru: "кириллическая буква, похожая на латинскую", kk: "латын әрпіне ұқсас кирилл әрпі" },
  not_nfc: { en: "a character not in NFC form (an accent apart from its letter)", ru: "символ не в форме NFC (диакритический знак отдельно от буквы)", kk: "NFC пішінінде емес таңба (әріптен бөлек диакритикалық белгі)" },
};

// zod's type names (and describeType's), as a submitter would say them.
const TYPES: Words = {
  string: { en: "text", ru: "текст", kk: "мәтін" },
  number: { en: "number", ru: "число", kk: "сан" },
  int: { en: "whole number", ru: "целое число", kk: "бүтін сан" },
  integer: { en: "whole number", ru: "целое число", kk: "бүтін сан" },
  bigint: { en: "whole number", ru: "целое число", kk: "бүтін сан" },
  boolean: { en: "true or false", ru: "true или false", kk: "true немесе false" },
  array: { en: "list", ru: "список", kk: "тізім" },
  object: { en: "object", ru: "объект", kk: "объект" },
  null: { en: "null (empty value)", ru: "null (пустое значение)", kk: "null (бос мән)" },
  undefined: { en: "no value", ru: "отсутствие значения", kk: "мәннің болмауы" },
  date: { en: "date", ru: "дата", kk: "күн" },
};

const EXPECTED_VALUES: Words = {
  identifier: { en: "an identifier (text that is not blank)", ru: "идентификатор (непустой текст)", kk: "сәйкестендіргіш (бос емес мәтін)" },
  code: {
    en: "a code (Latin letters, digits and “_”, “-”, “.”; at most 64 characters, starting with a letter or digit)",
    ru: "код (латинские буквы, цифры и знаки «_», «-», «.»; не длиннее 64 символов, начинается с буквы или цифры)",
    kk: "код (латын әріптері, цифрлар және «_», «-», «.» таңбалары; 64 таңбадан аспайды, әріппен не цифрмен басталады)",
  },
};

// What an option of the validation must be.
const OPTION_VALUES: Words = {
  object: { en: "an object with the options", ru: "объект с параметрами", kk: "параметрлері бар объект" },
  profile: { en: "a profile made by defineProfile (such as kz)", ru: "профиль, созданный функцией defineProfile (например, kz)", kk: "defineProfile функциясы жасаған профиль (мысалы, kz)" },
  language: { en: "en, ru, kk or a language pack", ru: "en, ru, kk или языковой пакет", kk: "en, ru, kk немесе тіл пакеті" },
  date: { en: "a date YYYY-MM-DD", ru: "дата в формате ГГГГ-ММ-ДД", kk: "ЖЖЖЖ-АА-КК пішіміндегі күн" },
  count: { en: "a whole number from 0 up", ru: "целое число не меньше 0", kk: "0-ден кем емес бүтін сан" },
};

// What a size limit applies to, by zod's `origin`.
const SIZE_KINDS: Words = {
  string: { en: "the length of the text", ru: "длина текста", kk: "мәтін ұзындығы" },
  array: { en: "the number of entries", ru: "число элементов", kk: "элементтер саны" },
  set: { en: "the number of entries", ru: "число элементов", kk: "элементтер саны" },
  number: { en: "the value", ru: "значение", kk: "мән" },
  int: { en: "the value", ru: "значение", kk: "мән" },
  bigint: { en: "the value", ru: "значение", kk: "мән" },
  date: { en: "the date", ru: "дата", kk: "күн" },
  file: { en: "the file size", ru: "размер файла", kk: "файл өлшемі" },
};

/** The tables of words for code values, by name: the keys of the issue-words catalogue are `<table>.<value>`. */
const WORD_TABLES = { collections: COLLECTIONS, lists: LISTS, identifierKinds: IDENTIFIER_KINDS, textProblems: TEXT_PROBLEMS, readingChanges: READING_CHANGES, types: TYPES, expectedValues: EXPECTED_VALUES, optionValues: OPTION_VALUES, sizeKinds: SIZE_KINDS };
type WordTable = keyof typeof WORD_TABLES;

const WORDS: { readonly [C in IssueCode]?: { readonly [P in ParamOf<C>]?: WordTable } } = {
  "schema.invalid_type": { expected: "types", received: "types" },
  "schema.unknown_code": { list: "lists" },
  "schema.invalid_value": { expected: "expectedValues" },
  "schema.too_small": { kind: "sizeKinds" },
  "schema.too_big": { kind: "sizeKinds" },
  "schema.invalid_text": { problem: "textProblems" },
  "options.invalid": { expected: "optionValues" },
  "ref.duplicate_id": { collection: "collections" },
  "ref.lookalike_id": { collection: "collections", difference: "readingChanges" },
  "ref.lookalike_reference": { collection: "collections", difference: "readingChanges" },
  "io.missing_file": { collection: "collections" },
  "privacy.personal_identifier": { kind: "identifierKinds" },
};

/**
 * The catalogue of the validator's messages, by issue code (the texts of {@link MESSAGES}).
 *
 * @internal
 */
export const ISSUE_CATALOGUE_TEXTS = /* @__PURE__ */ defineCatalogue("issues", MESSAGES);

/**
 * The words the validator's messages put code values into (`lists.regions`: "regions",
 * "Регионы"; `types.string`: "text"), with the stand-ins for a missing value (`notGiven`)
 * and a value with no text of its own (`someValue`).
 *
 * @internal
 */
// A PURE-marked arrow: the catalogue is built by calls a bundler cannot see are pure, and it
// must be dropped with the validator when only other parts of the library are imported.
export const ISSUE_WORDS_CATALOGUE = /* @__PURE__ */ (() =>
  defineCatalogue("issueWords", {
    // Stand-ins for values with no text of their own: missing ones, and objects, symbols, functions.
    notGiven: { en: "not given", ru: "нет данных", kk: "мәлімет жоқ" },
    someValue: { en: "(value)", ru: "(значение)", kk: "(мән)" },
    ...(Object.fromEntries(
      Object.entries(WORD_TABLES).flatMap(([table, words]) => Object.entries(words).map(([value, texts]) => [`${table}.${value}`, texts] as const)),
    ) as Readonly<Record<string, LanguageTexts>>),
  }))();

const MAX_CHARS = 80;
const MAX_LIST_ITEMS = 20;

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** A character safe to show: control and bidi-override characters could hide or spoof text. */
function visible(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if ((code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029) return " ";
  const hidden =
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xd800 && code <= 0xdfff);
  return hidden ? "\uFFFD" : char;
}

/** At most MAX_CHARS characters (code points, so no pair is split), reading no further than needed. */
function shorten(text: string): string {
  const chars: string[] = [];
  for (const char of text) {
    if (chars.length > MAX_CHARS) break;
    chars.push(visible(char));
  }
  return chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS - 1).join("")}…` : chars.join("");
}

function word(key: string, lang: TextLanguage): string {
  return findText(ISSUE_WORDS_CATALOGUE, key, lang).template;
}

function renderScalar(value: unknown, lang: TextLanguage, table: WordTable | undefined): string {
  if (typeof value === "string") {
    const key = `${table ?? ""}.${value}`;
    return table !== undefined && hasOwn(ISSUE_WORDS_CATALOGUE.texts, key) ? word(key, lang) : shorten(value);
  }
  if (typeof value === "number" || typeof value === "bigint") return formatNumber(value, lang);
  if (typeof value === "boolean") return String(value);
  if (value === undefined || value === null) return word("notGiven", lang);
  return word("someValue", lang);
}

function render(value: unknown, lang: TextLanguage, table: WordTable | undefined): string {
  if (!Array.isArray(value)) return renderScalar(value, lang, table);
  const items: readonly unknown[] = value;
  if (items.length === 0) return word("notGiven", lang);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < items.length && i < MAX_LIST_ITEMS && length <= MAX_CHARS; i++) {
    const item = items[i];
    const part = Array.isArray(item) ? word("someValue", lang) : renderScalar(item, lang, table);
    parts.push(part);
    length += part.length + 2;
  }
  const joined = parts.join(", ");
  return shorten(parts.length < items.length ? `${joined}, …` : joined);
}

// Placeholders made from params, written as every output writes them: the reporting period
// of `from` and `to` as the report's title and the summary write it.
const DERIVED: { readonly [C in IssueCode]?: Readonly<Record<string, (params: Readonly<Record<string, unknown>>, lang: TextLanguage) => string | undefined>> } = {
  "date.outside_period": {
    period: ({ from, to }, lang) => (isCivilDate(from) && isCivilDate(to) && from <= to ? formatPeriod({ from, to }, lang) : undefined),
  },
};

function derived(code: IssueCode, params: unknown, name: string, lang: TextLanguage): string | undefined {
  const make = DERIVED[code]?.[name];
  if (make === undefined || typeof params !== "object" || params === null) return undefined;
  const given = params as Readonly<Record<string, unknown>>;
  // A derived placeholder of a message whose params hold it already (an old catalogue) takes the param.
  if (hasOwn(given, name)) return undefined;
  const text = make(given, lang);
  return text === undefined ? shorten(`${render(given["from"], lang, undefined)} – ${render(given["to"], lang, undefined)}`) : text;
}

function fillPlaceholder(code: IssueCode, params: unknown, name: string, forms: readonly string[] | undefined, lang: TextLanguage, formsLang: TextLanguage): string {
  try {
    const made = forms === undefined ? derived(code, params, name, lang) : undefined;
    if (made !== undefined) return made;
    const value = typeof params === "object" && params !== null && hasOwn(params, name) ? (params as Readonly<Record<string, unknown>>)[name] : undefined;
    const tables: Readonly<Record<string, WordTable | undefined>> = WORDS[code] ?? {};
    const text = render(value, lang, hasOwn(tables, name) ? tables[name] : undefined);
    if (forms === undefined) return text;
    // A count that is not a number takes the last form, the one for "many".
    const form = typeof value === "number" || typeof value === "bigint" ? pluralForm(forms, Number(value), formsLang) : (forms[forms.length - 1] ?? "");
    return form.split("#").join(text);
  } catch {
    // A getter, a proxy or an exotic value threw: the message still goes out.
    return word("someValue", lang);
  }
}

/**
 * The message of an issue in `lang`, with its params put in. Strings are shown as they are,
 * cut to 80 characters with "…" (input may be hostile) and with control characters
 * replaced; numbers are formatted for the language; arrays are joined with ", "; code values
 * (a list, a collection, an identifier kind, a type name) become words of the language;
 * anything else, or a missing param, becomes a short neutral word. It never throws.
 *
 * @example
 * ```ts
 * import { formatIssueMessage } from "opcat-npm";
 *
 * formatIssueMessage("ref.unknown_facility", { id: "F-9999" }, "en");
 * //=> "Facility “F-9999” is not among the facilities of this dataset. Add the facility or correct the id."
 * formatIssueMessage("visit.team_too_small", { teamSize: 2, minimum: 3 }, "ru");
 * //=> "В группе посещения 2 участника, а по профилю нужно минимум 3 участника. Проверьте поле teamSize."
 * formatIssueMessage("privacy.personal_identifier", { kind: "iin" }, "kk").slice(0, 39);
 * //=> "Мәтінде жеке сәйкестендіргіш (ЖСН) бар."
 * formatIssueMessage("schema.unknown_code", { value: "KZ-AST", list: "regions" }, "ru");
 * //=> "Кода «KZ-AST» нет в справочнике профиля «Регионы». Используйте код из этого справочника."
 * ```
 */
export function formatIssueMessage(code: IssueCode, params: Readonly<Record<string, unknown>>, lang: TextLanguage): string {
  const language: TextLanguage = languageProblems(lang).length === 0 ? lang : "en";
  if (typeof code !== "string" || !hasOwn(MESSAGES, code)) return typeof code === "string" ? shorten(code) : word("someValue", language);
  const { template, from } = findText(ISSUE_CATALOGUE_TEXTS, code, language);
  return replacePlaceholders(template, (name, forms) => fillPlaceholder(code, params, name, forms, language, from));
}
