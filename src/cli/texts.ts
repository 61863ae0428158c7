import { LANGUAGES, type Language } from "../model/language";
import { defineCatalogue, textOf, type ParamsArgument } from "../text/catalogue";

/** The CLI's own lines about faults, in each language (after "opcat-npm: "). */
const CLI_CATALOGUE = defineCatalogue("cli", {
  bug: {
    en: "internal error {name}: {message} — this is a bug in opcat-npm, please report it",
    ru: "внутренняя ошибка {name}: {message} — это ошибка в программе opcat-npm, сообщите о ней разработчикам",
    kk: "ішкі қате {name}: {message} — бұл opcat-npm бағдарламасындағы қате, ол туралы әзірлеушілерге хабарлаңыз",
  },
  outputFailed: {
    en: "cannot write the output: {reason}",
    ru: "не удаётся записать вывод: {reason}",
    kk: "шығысты жазу мүмкін емес: {reason}",
  },
  moreProblems: { en: "(and {count} more)", ru: "(и ещё {count})", kk: "(тағы {count})" },
  wholeNumber: {
    en: "--{option} must be a whole number from {min} to {max}",
    ru: "--{option}: укажите целое число от {min} до {max}",
    kk: "--{option}: {min} мен {max} аралығындағы бүтін санды көрсетіңіз",
  },
  maxRows: {
    en: "--max-rows must be a whole number from 1 to {max}, or all",
    ru: "--max-rows: укажите целое число от 1 до {max} или all",
    kk: "--max-rows: 1 мен {max} аралығындағы бүтін санды немесе all мәнін көрсетіңіз",
  },
  dueAfterLastDate: {
    en: "--due-in-days {days} after --as-of {asOf} is after 9999-12-31, the last date a dataset can hold",
    ru: "--due-in-days {days} после --as-of {asOf} выходит за 9999-12-31 — последнюю дату, допустимую в наборе данных",
    kk: "--as-of {asOf} күнінен --due-in-days {days} күн кейін 9999-12-31 күнінен асады — бұл деректер жиынтығындағы ең соңғы рұқсат етілген күн",
  },
  graceBeforeFirstDate: {
    en: "--grace-days {days} before --as-of {asOf} is before 0000-01-01, the first date a dataset can hold",
    ru: "--grace-days {days} до --as-of {asOf} выходит за 0000-01-01 — первую дату, допустимую в наборе данных",
    kk: "--as-of {asOf} күнінен --grace-days {days} күн бұрын 0000-01-01 күнінен ерте — бұл деректер жиынтығындағы ең бірінші рұқсат етілген күн",
  },
  // ----- the validation report -----
  "validation.valid": { en: "valid", ru: "данные корректны", kk: "деректер дұрыс" },
  "validation.invalid": { en: "not valid", ru: "данные некорректны", kk: "деректер дұрыс емес" },
  "validation.errors": { en: "{n|# error|# errors}", ru: "{n|# ошибка|# ошибки|# ошибок}", kk: "{n|# қате}" },
  "validation.warnings": { en: "{n|# warning|# warnings}", ru: "{n|# предупреждение|# предупреждения|# предупреждений}", kk: "{n|# ескерту}" },
  "validation.error": { en: "error", ru: "ошибка", kk: "қате" },
  "validation.warning": { en: "warning", ru: "предупреждение", kk: "ескерту" },
  "validation.more": { en: "… {n} more", ru: "… и ещё {n}", kk: "… тағы {n}" },
  "validation.notListed": { en: "{n} not listed (raise --max-issues)", ru: "Не показано: {n} (увеличьте --max-issues)", kk: "Көрсетілмеді: {n} (--max-issues мәнін арттырыңыз)" },
  // ----- the summary -----
  "summary.period": { en: "Reporting period", ru: "Отчётный период", kk: "Есептік кезең" },
  "summary.facilities": { en: "Facilities in the register", ru: "Учреждения в реестре", kk: "Тізілімдегі мекемелер" },
  "summary.visits": { en: "Visits", ru: "Посещения", kk: "Барулар" },
  "summary.recommendations": { en: "Recommendations", ru: "Рекомендации", kk: "Ұсынымдар" },
  "summary.actions": { en: "Accountability actions", ru: "Меры ответственности", kk: "Жауапкершілік шаралары" },
  "summary.officials": { en: "officials held liable", ru: "должностных лиц привлечено к ответственности", kk: "лауазымды адам жауапкершілікке тартылды" },
  "summary.byAgency": { en: "by supervising agency", ru: "по ведомствам", kk: "ведомстволар бойынша" },
  "summary.byType": { en: "by type", ru: "по видам", kk: "түрлері бойынша" },
  "summary.byLevel": { en: "by level", ru: "по уровню", kk: "деңгейі бойынша" },
  "summary.officialsByInitiator": { en: "officials by initiator", ru: "должностные лица по инициатору", kk: "лауазымды адамдар бастамашысы бойынша" },
  unknownProfile: {
    en: 'unknown profile "{value}" (built in: {known})',
    ru: "неизвестный профиль «{value}» (встроенные: {known})",
    kk: "белгісіз профиль «{value}» (кірістірілгендері: {known})",
  },
  stdinTerminal: {
    en: "- reads the dataset from stdin, but stdin is a terminal here: pipe the data in (cat kz-2023.json | opcat-npm {command} -) or give a file or folder",
    ru: "«-» — чтение набора данных из стандартного ввода (stdin), но здесь это терминал: передайте данные через конвейер (cat kz-2023.json | opcat-npm {command} -) или укажите файл или папку",
    kk: "«-» — деректер жиынтығын стандартты енгізуден (stdin) оқу, бірақ мұнда ол терминал: деректерді конвейер арқылы беріңіз (cat kz-2023.json | opcat-npm {command} -) немесе файлды не қалтаны көрсетіңіз",
  },
  stdinForm: {
    en: "--form csv is a folder of files: stdin (-) holds one JSON document or NDJSON lines (--form json or ndjson)",
    ru: "--form csv — это папка с файлами: стандартный ввод (-) содержит один документ JSON или строки NDJSON (--form json или ndjson)",
    kk: "--form csv — файлдар қалтасы: стандартты енгізу (-) бір JSON құжатын немесе NDJSON жолдарын қамтиды (--form json немесе ndjson)",
  },
});

/** A key of the CLI's texts. */
export type CliTextKey = keyof typeof CLI_CATALOGUE.texts;

/** The CLI's text of a key in `lang`, its params filled in (numbers as the language writes them). */
export function cliText<K extends CliTextKey>(key: K, lang: Language, ...params: ParamsArgument<typeof CLI_CATALOGUE.texts, K>): string {
  return textOf(CLI_CATALOGUE, key, lang, ...params);
}

/**
 * The language the command line asks for (`--lang xx` or `--lang=xx`, the last one wins),
 * else English: for the lines about faults, which must be written even when the arguments
 * could not be read.
 */
export function requestedLanguage(argv: readonly string[]): Language {
  let lang: Language = "en";
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--") break;
    const value = argument === "--lang" ? argv[index + 1] : argument?.startsWith("--lang=") === true ? argument.slice("--lang=".length) : undefined;
    const known = LANGUAGES.find((language) => language === value);
    if (known !== undefined) lang = known;
  }
  return lang;
}
