import type { TextLanguage } from "../text/types";
import { labelOf, profileName } from "../profiles/label";
import { OpcatError } from "../errors/OpcatError";
import { readFields, throwIfProblems } from "../errors/optionProblems";
import type { Language } from "../model/language";
import type { ListName, Profile } from "../profiles/profile";
import { CSV_FILES, csvColumns, DATASET_FIELDS_FILE, entityJsonSchemas, type CsvColumnKind } from "./csvColumns";
import { defineCatalogue, textOf, type ParamsArgument } from "../text/catalogue";
import { csvRecord, UTF8_BOM } from "../csv/csvText";
import { checkLanguage, datapackageDescriptor, type DataPackageDescriptor } from "./datapackage";
import { COLLECTIONS } from "../model/findUnknownKeys";
import { writeFiles } from "./writeFiles";

/**
 * The options of {@link writeTemplate}: the language of the labels and of README.md
 * (`en`, `ru` or `kk`), the profile whose code lists the template offers, and whether files
 * already in the folder may be replaced (by default they may not).
 *
 * @example
 * ```ts
 * import { kz } from "opcat-npm";
 * import type { TemplateOptions } from "opcat-npm/io";
 *
 * const options: TemplateOptions = { lang: "kk", profile: kz };
 * options.profile.id;
 * //=> "kz"
 * ```
 */
export interface TemplateOptions {
  readonly lang: TextLanguage;
  readonly profile: Profile;
  readonly overwrite?: boolean | undefined;
}

/** Every list of a profile, in the order of README.csv. */
const LISTS = ["agencies", "facilityTypes", "regions", "themes", "visitTypes", "statuses", "measures", "initiators", "triggerKinds", "levels"] as const satisfies readonly ListName[];
// Fails to compile when ProfileLists gains a list that README.csv would leave out.
const _everyList: [Exclude<ListName, (typeof LISTS)[number]>] extends [never] ? true : never = true;

/** The placeholder of a date the user must fill in. */
const DATE_PLACEHOLDER = "YYYY-MM-DD";

/**
 * The files of a template, in the order they are written.
 *
 * @internal
 */
export const TEMPLATE_FILES = [
  DATASET_FIELDS_FILE,
  ...COLLECTIONS.map((collection) => CSV_FILES[collection]),
  "README.csv",
  "README.md",
  "datapackage.json",
] as const;

interface FieldsSchema {
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly format?: string;
  readonly opcatList?: string;
  readonly properties?: Readonly<Record<string, FieldsSchema>>;
  readonly required?: readonly string[];
}

/** A placeholder value for a required field of the dataset's own fields, from its schema. */
function placeholder(schema: FieldsSchema, profile: Profile, name: string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.opcatList === "profile") return profile.id;
  if (schema.format === "date") return DATE_PLACEHOLDER;
  if (schema.type === "object") {
    const required = new Set(schema.required);
    return Object.fromEntries(
      Object.entries(schema.properties ?? {})
        .filter(([key]) => required.has(key))
        .map(([key, property]) => [key, placeholder(property, profile, `${name}.${key}`)]),
    );
  }
  throw new Error(`writeTemplate: no placeholder for the dataset field ${name}`);
}

/**
 * The dataset's own fields with placeholders: the required fields of the dataset schema
 * that are not collections (format, profile, period), the format and profile filled in,
 * dates as `YYYY-MM-DD` for the user to replace.
 *
 * @internal
 */
export function datasetFieldsTemplate(profile: Profile): Record<string, unknown> {
  const schema = entityJsonSchemas().dataset as FieldsSchema;
  const required = new Set(schema.required);
  const fields: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (!required.has(key) || property.type === "array") continue;
    fields[key] = placeholder(property, profile, key);
  }
  return fields;
}

/**
 * The rows of README.csv: every code of every list of the profile, with its label in
 * `lang`, and for facility types the code of their default agency. The header is
 * `list,code,label,defaultAgency`.
 *
 * @internal
 */
export function codeSheetRows(profile: Profile, lang: TextLanguage): string[][] {
  const rows: string[][] = [["list", "code", "label", "defaultAgency"]];
  for (const list of LISTS) {
    const entries: readonly { readonly code: string; readonly labels: Readonly<Record<Language, string>>; readonly defaultAgency?: string }[] = profile.lists[list];
    for (const entry of entries) rows.push([list, entry.code, labelOf(profile, list, entry.code, lang), entry.defaultAgency ?? ""]);
  }
  return rows;
}

const TEMPLATE_CATALOGUE = defineCatalogue("template", {
  title: {
    en: "Data template of the National Preventive Mechanism: {name}",
    ru: "Шаблон данных национального превентивного механизма: {name}",
    kk: "Ұлттық алдын алу тетігі деректерінің үлгісі: {name}",
  },
  intro: {
    en: "This folder is a template of a dataset in the format opcat-npm/dataset@1, profile `{id}`. Fill in the CSV files (one row per record), edit dataset.json, then check the folder.",
    ru: "Эта папка — шаблон набора данных в формате opcat-npm/dataset@1, профиль `{id}`. Заполните CSV-файлы (одна строка — одна запись), отредактируйте dataset.json и проверьте папку.",
    kk: "Бұл қалта — opcat-npm/dataset@1 форматындағы деректер жиынының үлгісі, `{id}` профилі. CSV файлдарын толтырыңыз (бір жол — бір жазба), dataset.json файлын өңдеңіз, содан кейін қалтаны тексеріңіз.",
  },
  files: { en: "Files", ru: "Файлы", kk: "Файлдар" },
  dataset: {
    en: "the dataset's own fields. Leave `format` as it is, check `profile` (`{id}`), and replace both `YYYY-MM-DD` of `period` with the first and the last day of the reporting period (both included).",
    ru: "собственные поля набора данных. Поле `format` не меняйте, проверьте `profile` (`{id}`) и замените оба значения `YYYY-MM-DD` в `period` первым и последним днём отчётного периода (включительно).",
    kk: "деректер жиынының өз өрістері. `format` өрісін өзгертпеңіз, `profile` (`{id}`) мәнін тексеріңіз және `period` ішіндегі екі `YYYY-MM-DD` мәнін есепті кезеңнің бірінші және соңғы күнімен (қоса алғанда) ауыстырыңыз.",
  },
  codes: {
    en: "the allowed codes of every list (columns `list`, `code`, `label`, `defaultAgency`), with their labels in English; for a facility type, `defaultAgency` is the agency that usually runs such facilities.",
    ru: "допустимые коды всех списков (столбцы `list`, `code`, `label`, `defaultAgency`) с названиями на русском языке; для типа учреждения `defaultAgency` — ведомство, которому такие учреждения обычно подведомственны.",
    kk: "барлық тізімдердің рұқсат етілген кодтары (`list`, `code`, `label`, `defaultAgency` бағандары), атаулары қазақ тілінде; мекеме түрі үшін `defaultAgency` — мұндай мекемелер әдетте қарасты болатын ведомство.",
  },
  datapackage: {
    en: "a Frictionless Data Package describing the four CSV files, for the tools that read one (such as `frictionless validate datapackage.json`).",
    ru: "описание четырёх CSV-файлов в формате Frictionless Data Package для программ, которые его читают (например, `frictionless validate datapackage.json`).",
    kk: "төрт CSV файлының Frictionless Data Package пішіміндегі сипаттамасы, оны оқитын бағдарламаларға арналған (мысалы, `frictionless validate datapackage.json`).",
  },
  readme: { en: "this file.", ru: "этот файл.", kk: "осы файл." },
  filling: { en: "How to fill in the CSV files", ru: "Как заполнять CSV-файлы", kk: "CSV файлдарын толтыру тәртібі" },
  encoding: {
    en: "The files are in UTF-8 with a byte-order mark (so that Excel shows Cyrillic correctly), with a comma between cells. In Excel, save them as “CSV UTF-8 (Comma delimited)”. A cell holding a comma, a quote or a line break is put in double quotes, its quotes doubled (Excel does this by itself).",
    ru: "Файлы в кодировке UTF-8 с меткой порядка байтов (BOM), чтобы Excel правильно показывал кириллицу; ячейки разделяются запятыми. В Excel сохраняйте их как «CSV UTF-8 (разделитель — запятая)». Ячейку с запятой, кавычкой или переводом строки заключают в двойные кавычки, а кавычки внутри удваивают (Excel делает это сам).",
    kk: "Файлдар UTF-8 кодтауында, байт реті белгісімен (BOM) — Excel кириллицаны дұрыс көрсетуі үшін; ұяшықтар үтірмен бөлінеді. Excel-де оларды «CSV UTF-8 (үтірмен бөлінген)» ретінде сақтаңыз. Үтір, тырнақша немесе жол ауысуы бар ұяшық қос тырнақшаға алынады, ішіндегі тырнақшалар екі еселенеді (Excel мұны өзі жасайды).",
  },
  header: {
    en: "Keep the first row (the column names) as it is; each further row is one record.",
    ru: "Первую строку (названия столбцов) не меняйте; каждая следующая строка — одна запись.",
    kk: "Бірінші жолды (баған атауларын) өзгертпеңіз; әр келесі жол — бір жазба.",
  },
  empty: {
    en: "An empty cell means that there is no value. The required columns must not be empty.",
    ru: "Пустая ячейка означает, что значения нет. Обязательные столбцы не должны быть пустыми.",
    kk: "Бос ұяшық мәннің жоқ екенін білдіреді. Міндетті бағандар бос болмауы керек.",
  },
  date: {
    en: "Dates ({columns}) are written YYYY-MM-DD (year-month-day), for example `2023-02-14`.",
    ru: "Даты ({columns}) записываются в виде YYYY-MM-DD (год-месяц-день), например `2023-02-14`.",
    kk: "Күндер ({columns}) YYYY-MM-DD (жыл-ай-күн) түрінде жазылады, мысалы `2023-02-14`.",
  },
  list: {
    en: "List cells ({columns}) hold their items separated by `;`, for example `F-0001;F-0002`.",
    ru: "В ячейках-списках ({columns}) элементы разделяются знаком `;`, например `F-0001;F-0002`.",
    kk: "Тізім ұяшықтарында ({columns}) элементтер `;` белгісімен бөлінеді, мысалы `F-0001;F-0002`.",
  },
  history: {
    en: "History cells ({columns}) hold the status changes in date order, each as `status@YYYY-MM-DD`, separated by `;`, for example `accepted@2023-03-01;implemented@2023-04-11`. Before its first change, a recommendation's status is `issued`.",
    ru: "В ячейках истории ({columns}) изменения статуса перечисляются в порядке дат, каждое в виде `код_статуса@YYYY-MM-DD`, через `;`, например `accepted@2023-03-01;implemented@2023-04-11`. До первого изменения рекомендация имеет статус `issued`.",
    kk: "Тарих ұяшықтарында ({columns}) мәртебе өзгерістері күн ретімен, әрқайсысы `мәртебе_коды@YYYY-MM-DD` түрінде, `;` арқылы жазылады, мысалы `accepted@2023-03-01;implemented@2023-04-11`. Алғашқы өзгеріске дейін ұсынымның мәртебесі — `issued`.",
  },
  boolean: {
    en: "Yes/no cells ({columns}) hold `true` or `false`.",
    ru: "В ячейках «да/нет» ({columns}) пишется `true` (да) или `false` (нет).",
    kk: "«Иә/жоқ» ұяшықтарында ({columns}) `true` (иә) немесе `false` (жоқ) жазылады.",
  },
  integer: {
    en: "Whole numbers ({columns}) are written in digits only, without spaces.",
    ru: "Целые числа ({columns}) записываются только цифрами, без пробелов.",
    kk: "Бүтін сандар ({columns}) тек цифрлармен, бос орынсыз жазылады.",
  },
  code: {
    en: "Codes ({columns}) are written as in the `code` column of README.csv, not as their labels.",
    ru: "Коды ({columns}) записываются так, как в столбце `code` файла README.csv, а не названиями.",
    kk: "Кодтар ({columns}) атауларымен емес, README.csv файлының `code` бағанындағыдай жазылады.",
  },
  columns: { en: "Columns", ru: "Столбцы", kk: "Бағандар" },
  column: { en: "Column", ru: "Столбец", kk: "Баған" },
  required: { en: "Required", ru: "Обязательный", kk: "Міндетті" },
  content: { en: "Content", ru: "Содержание", kk: "Мазмұны" },
  yes: { en: "yes", ru: "да", kk: "иә" },
  checking: { en: "Checking the files", ru: "Проверка файлов", kk: "Файлдарды тексеру" },
  validate: {
    en: "Run `opcat-npm validate <folder>`, with this folder as `<folder>`. It lists the problems it finds; fix them and run it again until it finds none.",
    ru: "Выполните `opcat-npm validate <папка>`, указав эту папку. Команда перечислит найденные ошибки; исправьте их и повторяйте проверку, пока ошибок не останется.",
    kk: "`opcat-npm validate <қалта>` командасын осы қалтаны көрсетіп орындаңыз. Команда табылған қателерді тізіп береді; оларды түзетіп, қате қалмағанша тексеруді қайталаңыз.",
  },
});

type ReadmeKey = keyof typeof TEMPLATE_CATALOGUE.texts;

function readmeText<K extends ReadmeKey>(key: K, lang: TextLanguage, ...params: ParamsArgument<typeof TEMPLATE_CATALOGUE.texts, K>): string {
  return textOf(TEMPLATE_CATALOGUE, key, lang, ...params);
}

/** The columns of a kind, by file: "`visits.csv`: `facilityIds`; `recommendations.csv`: `themes`, `escalates`". */
function columnsOfKind(kinds: readonly CsvColumnKind[]): string {
  return COLLECTIONS.flatMap((collection) => {
    const names = csvColumns(collection)
      .filter((column) => kinds.includes(column.kind))
      .map((column) => `\`${column.name}\``);
    return names.length === 0 ? [] : [`\`${CSV_FILES[collection]}\`: ${names.join(", ")}`];
  }).join("; ");
}

/**
 * README.md of a template in `lang`: the files, how to fill in the CSV files (encoding,
 * delimiter, empty cells, dates, list and history cells, booleans, numbers, codes), the
 * columns of each file (from the Data Package descriptor), and how to validate.
 *
 * @internal
 */
export function templateReadme(profile: Profile, lang: TextLanguage, descriptor: DataPackageDescriptor = datapackageDescriptor(profile, lang)): string {
  const t = <K extends ReadmeKey>(key: K, ...params: ParamsArgument<typeof TEMPLATE_CATALOGUE.texts, K>) => readmeText(key, lang, ...params);
  const lines = [`# ${t("title", { name: profileName(profile, lang) })}`, "", t("intro", { id: profile.id }), "", `## ${t("files")}`, ""];
  lines.push(`- \`${DATASET_FIELDS_FILE}\`: ${t("dataset", { id: profile.id })}`);
  for (const resource of descriptor.resources) lines.push(`- \`${resource.path}\`: ${resource.description}`);
  lines.push(`- \`README.csv\`: ${t("codes")}`, `- \`README.md\`: ${t("readme")}`, `- \`datapackage.json\`: ${t("datapackage")}`, "");
  lines.push(`## ${t("filling")}`, "", `- ${t("encoding")}`, `- ${t("header")}`, `- ${t("empty")}`);
  const kinds: readonly ["date" | "list" | "history" | "boolean" | "integer" | "code", readonly CsvColumnKind[]][] = [
    ["date", ["date"]],
    ["list", ["list"]],
    ["history", ["history"]],
    ["boolean", ["boolean"]],
    ["integer", ["integer"]],
    ["code", ["code"]],
  ];
  for (const [key, kind] of kinds) {
    const columns = columnsOfKind(kind);
    if (columns !== "") lines.push(`- ${t(key, { columns })}`);
  }
  lines.push("", `## ${t("columns")}`);
  for (const resource of descriptor.resources) {
    lines.push("", `### ${resource.path}`, "", `| ${t("column")} | ${t("required")} | ${t("content")} |`, "|---|---|---|");
    for (const field of resource.schema.fields) {
      lines.push(`| \`${field.name}\` | ${field.constraints?.required === true ? t("yes") : ""} | ${field.description ?? ""} |`);
    }
  }
  lines.push("", `## ${t("checking")}`, "", t("validate"), "");
  return lines.join("\n");
}

/**
 * Writes a template of a dataset folder in CSV form, for people to fill in (in Excel, say):
 *
 * - `facilities.csv`, `visits.csv`, `recommendations.csv`, `accountability.csv`: the header
 *   row only (the columns of the CSV layout, derived from the schemas). UTF-8 with a
 *   byte-order mark, so that Excel opens Cyrillic correctly; comma delimiter; CRLF line ends;
 * - `dataset.json`: the dataset's own fields, with placeholders to edit: the format, the
 *   profile's id, and the period as `YYYY-MM-DD` (which does not validate until replaced);
 * - `README.csv`: every code of every list of the profile with its label in `lang`
 *   (columns `list`, `code`, `label`, `defaultAgency`; the last for facility types only);
 * - `README.md`: the files, the date form `YYYY-MM-DD`, the list (`a;b`) and history
 *   (`status@date;status@date`) cells, the columns, and how to validate
 *   (`opcat-npm validate <folder>`), in `lang`;
 * - `datapackage.json`: the Frictionless Data Package of {@link datapackageDescriptor}.
 *
 * Creates the folder if needed. All or nothing, as `writeDataset`: the files are written
 * under temporary names and renamed at the end, so a failure leaves none of them. Rejects
 * with an `OpcatError`, before writing anything: `io.target_exists` for a file that exists,
 * unless `overwrite` is true; `io.target_not_folder` when `folder` is a file;
 * `schema.invalid_value` for an unknown `lang`; and `io.no_space`, `io.not_permitted` or
 * `io.unwritable` for a fault of the file system. Labels that a spreadsheet would read as a
 * formula get the mark `'` before them (see docs/io.md). Returns the paths written, in the
 * order above (dataset.json first).
 *
 * @example
 * ```ts
 * import { mkdtemp, readFile, rm } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import path from "node:path";
 * import { kz } from "opcat-npm";
 * import { writeTemplate } from "opcat-npm/io";
 *
 * const folder = await mkdtemp(path.join(tmpdir(), "opcat-template-"));
 * const written = await writeTemplate(folder, { lang: "ru", profile: kz });
 * written.map((file) => path.basename(file));
 * //=> ["dataset.json", "facilities.csv", "visits.csv", "recommendations.csv", "accountability.csv", "README.csv", "README.md", "datapackage.json"]
 * await readFile(path.join(folder, "accountability.csv"), "utf8");
 * //=> "\uFEFFid,decidedOn,initiator,measure,officials,visitId,facilityId,agency\r\n"
 * JSON.parse(await readFile(path.join(folder, "dataset.json"), "utf8"));
 * //=> { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" } }
 * await rm(folder, { recursive: true });
 * ```
 */
export async function writeTemplate(folder: string, options: TemplateOptions): Promise<string[]> {
  const given: unknown = options;
  if (typeof given !== "object" || given === null) throw new OpcatError([{ code: "schema.invalid_type", path: [], message: "writeTemplate needs options { lang, profile }", params: { expected: "object" } }]);
  if (typeof folder !== "string" || folder === "") throw new OpcatError([{ code: "schema.invalid_type", path: ["folder"], message: "the folder is a path", params: { expected: "string" } }]);
  const read = readFields(options, ["lang", "profile", "overwrite"], "options", false);
  throwIfProblems(read.problems);
  options = read.fields as unknown as TemplateOptions;
  const { lang, profile } = options;
  checkLanguage(lang);
  const descriptor = datapackageDescriptor(profile, lang);
  const contents: Readonly<Record<string, string>> = {
    [DATASET_FIELDS_FILE]: `${JSON.stringify(datasetFieldsTemplate(profile), null, 2)}\n`,
    ...Object.fromEntries(COLLECTIONS.map((collection) => [CSV_FILES[collection], UTF8_BOM + csvRecord(csvColumns(collection).map((column) => column.name))])),
    "README.csv": UTF8_BOM + codeSheetRows(profile, lang).map(csvRecord).join(""),
    "README.md": templateReadme(profile, lang, descriptor),
    "datapackage.json": `${JSON.stringify(descriptor, null, 2)}\n`,
  };
  return writeFiles(folder, TEMPLATE_FILES, { overwrite: options.overwrite === true }, async (sinks) => {
    for (const [k, name] of TEMPLATE_FILES.entries()) await sinks[k]?.write(contents[name] ?? "");
  });
}
