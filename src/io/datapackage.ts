import type { TextLanguage } from "../text/types";
import { profileName } from "../profiles/label";
import { languageProblems, profileProblems, throwIfProblems } from "../errors/optionProblems";
import { defineCatalogue, textOf, type ParamsArgument } from "../text/catalogue";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import type { Language } from "../model/language";
import type { Profile } from "../profiles/profile";
import { CSV_FILES, csvColumns, HISTORY_SEPARATOR, LIST_SEPARATOR, type CsvColumn } from "./csvColumns";
import { CSV_DELIMITER } from "../csv/csvText";


/**
 * One field (column) of a {@link TableSchema}, as Frictionless Table Schema describes it:
 * `type` `string`, `integer`, `boolean` or `date` (format `default`: `YYYY-MM-DD`), and the
 * constraints the data contract puts on it: `required`, `unique` (the id), `enum` (the
 * codes of the profile's list), `pattern` (XML Schema syntax, matched against the whole
 * value), `minimum`. Booleans are written `true` and `false` only. List cells (`a;b`) and
 * histories (`status@date;…`) are strings.
 *
 * @example
 * ```ts
 * import type { TableSchemaField } from "opcat-npm/io";
 *
 * const field: TableSchemaField = { name: "teamSize", type: "integer", format: "default", constraints: { minimum: 0 } };
 * field.constraints?.minimum;
 * //=> 0
 * ```
 */
export interface TableSchemaField {
  readonly name: string;
  readonly type: "string" | "integer" | "boolean" | "date";
  readonly format: "default";
  readonly description?: string;
  readonly constraints?: {
    readonly required?: boolean;
    readonly unique?: boolean;
    readonly enum?: readonly string[];
    readonly pattern?: string;
    readonly minimum?: number;
  };
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
}

/**
 * A foreign key of a {@link TableSchema}: the values of `fields` must be values of
 * `reference.fields` in the resource `reference.resource` (`""`: the same resource). An
 * empty cell refers to nothing and is not checked.
 *
 * @example
 * ```ts
 * import type { TableSchemaForeignKey } from "opcat-npm/io";
 *
 * const key: TableSchemaForeignKey = { fields: "visitId", reference: { resource: "visits", fields: "id" } };
 * key.reference.resource;
 * //=> "visits"
 * ```
 */
export interface TableSchemaForeignKey {
  readonly fields: string;
  readonly reference: { readonly resource: string; readonly fields: string };
}

/**
 * The Frictionless Table Schema of one CSV file of a dataset: its fields in column order,
 * the primary key `id`, the foreign keys of its scalar references, and the empty cell as the
 * only missing value.
 *
 * @example
 * ```ts
 * import { kz } from "opcat-npm";
 * import { datapackageDescriptor, type TableSchema } from "opcat-npm/io";
 *
 * const schema: TableSchema | undefined = datapackageDescriptor(kz, "en").resources.find((resource) => resource.name === "accountability")?.schema;
 * schema?.foreignKeys.map((key) => key.fields);
 * //=> ["visitId", "facilityId"]
 * ```
 */
export interface TableSchema {
  readonly fields: readonly TableSchemaField[];
  readonly primaryKey: string;
  readonly foreignKeys: readonly TableSchemaForeignKey[];
  readonly missingValues: readonly string[];
}

/**
 * One CSV file of a dataset as a Frictionless Tabular Data Resource: its name (the
 * collection), path, encoding (UTF-8; a byte-order mark is allowed), CSV dialect (comma
 * delimiter, a header row, RFC 4180 quoting) and {@link TableSchema}.
 *
 * @example
 * ```ts
 * import { kz } from "opcat-npm";
 * import { datapackageDescriptor, type DataPackageResource } from "opcat-npm/io";
 *
 * const resource: DataPackageResource | undefined = datapackageDescriptor(kz, "ru").resources[0];
 * [resource?.name, resource?.path, resource?.title];
 * //=> ["facilities", "facilities.csv", "Учреждения"]
 * ```
 */
export interface DataPackageResource {
  readonly name: CollectionName;
  readonly path: string;
  readonly profile: "tabular-data-resource";
  readonly title: string;
  readonly description: string;
  readonly format: "csv";
  readonly mediatype: "text/csv";
  readonly encoding: "utf-8";
  readonly dialect: {
    readonly delimiter: string;
    readonly header: true;
    readonly quoteChar: '"';
    readonly doubleQuote: true;
  };
  readonly schema: TableSchema;
}

/**
 * A Frictionless Tabular Data Package (`datapackage.json`) describing the four CSV files of
 * a dataset folder: facilities, visits, recommendations, accountability. The dataset's own
 * fields (`dataset.json`) are not tabular and are not a resource.
 *
 * @example
 * ```ts
 * import { kz } from "opcat-npm";
 * import { datapackageDescriptor, type DataPackageDescriptor } from "opcat-npm/io";
 *
 * const descriptor: DataPackageDescriptor = datapackageDescriptor(kz, "en");
 * [descriptor.profile, descriptor.name];
 * //=> ["tabular-data-package", "opcat-npm-kz"]
 * ```
 */
export interface DataPackageDescriptor {
  readonly profile: "tabular-data-package";
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly resources: readonly DataPackageResource[];
}

/**
 * What the id fields of each collection refer to: the collection whose `id` their values
 * (for a list: their items) must be. The schemas cannot say it (an id is an id).
 *
 * @internal
 */
export const REFERENCES: Readonly<Record<CollectionName, Readonly<Record<string, CollectionName>>>> = {
  facilities: {},
  visits: { facilityIds: "facilities", followUpOf: "visits" },
  recommendations: { visitId: "visits", facilityId: "facilities", escalates: "recommendations", repeatOf: "recommendations" },
  accountability: { visitId: "visits", facilityId: "facilities" },
};

const DATA_PACKAGE_CATALOGUE = defineCatalogue("dataPackage", {
  packageTitle: { en: "NPM records: {name}", ru: "Данные НПМ: {name}", kk: "ҰАТ деректері: {name}" },
  packageDescription: {
    en: "Records of the National Preventive Mechanism under OPCAT, profile {id}, in the CSV layout of opcat-npm (format opcat-npm/dataset@1). The dataset's own fields (format, profile, period) are in dataset.json; the allowed codes with their labels are in README.csv. Check the files with: opcat-npm validate <folder>",
    ru: "Данные национального превентивного механизма (ФП КПП), профиль {id}, в формате CSV библиотеки opcat-npm (формат opcat-npm/dataset@1). Собственные поля набора данных (format, profile, period) — в dataset.json; допустимые коды с названиями — в README.csv. Проверка файлов: opcat-npm validate <папка>",
    kk: "Азаптауларға қарсы ұлттық алдын алу тетігінің деректері, {id} профилі, opcat-npm кітапханасының CSV пішімінде (opcat-npm/dataset@1 форматы). Деректер жиынының өз өрістері (format, profile, period) — dataset.json файлында; рұқсат етілген кодтар мен атаулары — README.csv файлында. Файлдарды тексеру: opcat-npm validate <қалта>",
  },
  "title.facilities": { en: "Facilities", ru: "Учреждения", kk: "Мекемелер" },
  "title.visits": { en: "Preventive visits", ru: "Превентивные визиты", kk: "Превентивтік барулар" },
  "title.recommendations": { en: "Recommendations", ru: "Рекомендации", kk: "Ұсынымдар" },
  "title.accountability": { en: "Accountability actions", ru: "Привлечение к ответственности", kk: "Жауапкершілікке тарту" },
  "description.facilities": {
    en: "One row per facility where people are or may be deprived of liberty.",
    ru: "Одна строка на каждое учреждение, где находятся или могут находиться лица, лишённые свободы.",
    kk: "Бостандығынан айырылған адамдар ұсталатын немесе ұсталуы мүмкін әр мекемеге бір жол.",
  },
  "description.visits": {
    en: "One row per preventive visit.",
    ru: "Одна строка на каждый превентивный визит.",
    kk: "Әр превентивтік баруға бір жол.",
  },
  "description.recommendations": {
    en: "One row per recommendation issued after a visit.",
    ru: "Одна строка на каждую рекомендацию, направленную по итогам визита.",
    kk: "Бару қорытындысы бойынша жіберілген әр ұсынымға бір жол.",
  },
  "description.accountability": {
    en: "One row per decision holding officials liable (officials are counted, never named).",
    ru: "Одна строка на каждое решение о привлечении должностных лиц к ответственности (лица учитываются числом, без имён).",
    kk: "Лауазымды адамдарды жауапкершілікке тарту туралы әр шешімге бір жол (адамдар аты-жөнісіз, санымен есептеледі).",
  },
  id: { en: "Identifier, unique in this file.", ru: "Идентификатор, уникальный в этом файле.", kk: "Осы файлда қайталанбайтын идентификатор." },
  reference: { en: "The id of a row of {file}.", ru: "Идентификатор строки файла {file}.", kk: "{file} файлындағы жолдың идентификаторы." },
  code: {
    en: "A code of the list “{list}” (see README.csv).",
    ru: "Код из списка «{list}» (см. README.csv).",
    kk: "«{list}» тізімінің коды (README.csv қараңыз).",
  },
  date: { en: "A date YYYY-MM-DD.", ru: "Дата в виде YYYY-MM-DD.", kk: "YYYY-MM-DD түріндегі күн." },
  boolean: { en: "true or false.", ru: "true (да) или false (нет).", kk: "true (иә) немесе false (жоқ)." },
  integer: { en: "A whole number from {minimum}.", ru: "Целое число не меньше {minimum}.", kk: "Кемінде {minimum} бүтін сан." },
  referenceList: {
    en: "Ids of rows of {file}, separated by “;”. Table Schema cannot express a foreign key on a list: opcat-npm validate checks that each id exists.",
    ru: "Идентификаторы строк файла {file} через «;». Table Schema не позволяет задать внешний ключ для списка: наличие каждого идентификатора проверяет opcat-npm validate.",
    kk: "{file} файлындағы жолдардың «;» арқылы бөлінген идентификаторлары. Table Schema тізімге сыртқы кілт қоя алмайды: әр идентификатордың бар екенін opcat-npm validate тексереді.",
  },
  codeList: {
    en: "Codes of the list “{list}”, separated by “;” (see README.csv).",
    ru: "Коды из списка «{list}» через «;» (см. README.csv).",
    kk: "«{list}» тізімінің «;» арқылы бөлінген кодтары (README.csv қараңыз).",
  },
  list: { en: "Items separated by “;”.", ru: "Элементы через «;».", kk: "«;» арқылы бөлінген элементтер." },
  history: {
    en: "Status changes in date order, as status@YYYY-MM-DD separated by “;”; the statuses are codes of the list “{list}” (see README.csv).",
    ru: "Изменения статуса в порядке дат в виде status@YYYY-MM-DD через «;»; статусы — коды из списка «{list}» (см. README.csv).",
    kk: "Мәртебе өзгерістері күн ретімен, status@YYYY-MM-DD түрінде, «;» арқылы бөлінген; мәртебелер — «{list}» тізімінің кодтары (README.csv қараңыз).",
  },
});

type TextKey = keyof typeof DATA_PACKAGE_CATALOGUE.texts;

function text<K extends TextKey>(key: K, lang: TextLanguage, ...params: ParamsArgument<typeof DATA_PACKAGE_CATALOGUE.texts, K>): string {
  return textOf(DATA_PACKAGE_CATALOGUE, key, lang, ...params);
}

/**
 * Throws an `OpcatError` (`schema.invalid_value`) unless `lang` is `en`, `ru` or `kk`
 * (for callers without types).
 *
 * @internal
 */
export function checkLanguage(lang: unknown): asserts lang is Language {
  throwIfProblems(languageProblems(lang));
}

/** A regex source escaped to match the literal text. */
function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A JavaScript regex source (from the zod schemas) as a Table Schema `pattern`, which is
 * XML Schema syntax matched against the whole value: `^…$` loses its anchors; an unanchored
 * pattern (`\S`: "has a character that is not white space") is wrapped to match anywhere.
 * Undefined for a pattern using what XML Schema lacks (groups `(?…)`, `\b`, back references).
 */
function tablePattern(source: string): string | undefined {
  if (/\(\?|\\[bBk1-9]/.test(source)) return undefined;
  if (source.startsWith("^") && source.endsWith("$") && !source.endsWith("\\$")) return source.slice(1, -1);
  return `[\\s\\S]*(${source})[\\s\\S]*`;
}

const DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

/** `(a|b)(;(a|b))*`: one or more items of `item` separated by the list separator. */
function listPattern(item: string): string {
  const separator = escapeRegex(LIST_SEPARATOR);
  return `${item}(${separator}${item})*`;
}

function alternatives(codes: readonly string[]): string {
  return `(${codes.map(escapeRegex).join("|")})`;
}

function fieldOf(collection: CollectionName, column: CsvColumn, profile: Profile, lang: TextLanguage): TableSchemaField {
  const referenced = REFERENCES[collection][column.name];
  const codes = column.list === undefined ? undefined : profile.lists[column.list].map((entry) => entry.code);
  const required = column.required ? { required: true } : {};
  const base = { name: column.name, format: "default" } as const;
  switch (column.kind) {
    case "date":
      return { ...base, type: "date", description: text("date", lang), ...(column.required ? { constraints: required } : {}) };
    case "integer":
      return {
        ...base,
        type: "integer",
        ...(column.minimum === undefined ? {} : { description: text("integer", lang, { minimum: column.minimum }) }),
        constraints: { ...required, ...(column.minimum === undefined ? {} : { minimum: column.minimum }) },
      };
    case "boolean":
      return { ...base, type: "boolean", description: text("boolean", lang), trueValues: ["true"], falseValues: ["false"], ...(column.required ? { constraints: required } : {}) };
    case "list": {
      const description =
        referenced !== undefined
          ? text("referenceList", lang, { file: CSV_FILES[referenced] })
          : column.list !== undefined
            ? text("codeList", lang, { list: column.list })
            : text("list", lang);
      const pattern = codes === undefined ? undefined : listPattern(alternatives(codes));
      return { ...base, type: "string", description, constraints: { ...required, ...(pattern === undefined ? {} : { pattern }) } };
    }
    case "history": {
      const entry = `${codes === undefined ? "[^;@]+" : alternatives(codes)}${escapeRegex(HISTORY_SEPARATOR)}${DATE_PATTERN}`;
      return { ...base, type: "string", description: text("history", lang, { list: column.list ?? "" }), constraints: { ...required, pattern: listPattern(entry) } };
    }
    case "code":
    case "text": {
      const pattern = column.pattern === undefined ? undefined : tablePattern(column.pattern);
      const isId = column.name === "id";
      const description = isId
        ? text("id", lang)
        : referenced !== undefined
          ? text("reference", lang, { file: CSV_FILES[referenced] })
          : column.list !== undefined
            ? text("code", lang, { list: column.list })
            : undefined;
      const constraints = {
        ...required,
        ...(isId ? { unique: true } : {}),
        ...(codes === undefined ? {} : { enum: codes }),
        ...(pattern === undefined ? {} : { pattern }),
      };
      return { ...base, type: "string", ...(description === undefined ? {} : { description }), ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
    }
  }
}

function foreignKeysOf(collection: CollectionName): TableSchemaForeignKey[] {
  return csvColumns(collection)
    .filter((column) => column.kind !== "list" && REFERENCES[collection][column.name] !== undefined)
    .map((column) => {
      const referenced = REFERENCES[collection][column.name] as CollectionName;
      // Table Schema: a key into the same resource names the resource "".
      return { fields: column.name, reference: { resource: referenced === collection ? "" : referenced, fields: "id" } };
    });
}

/** A Data Package name: lower-case letters, digits, `-`, `_` and `.` only. */
function packageName(profile: Profile): string {
  return `opcat-npm-${profile.id.toLowerCase().replace(/[^a-z0-9._-]+/g, "-")}`;
}

/**
 * The Frictionless Data Package descriptor (`datapackage.json`) of a dataset folder in CSV
 * form, for a profile, with titles and descriptions in `lang`: a Tabular Data Package with
 * one resource per collection file (`facilities.csv`, `visits.csv`, `recommendations.csv`,
 * `accountability.csv`). Each resource's Table Schema lists the columns in file order,
 * derived from the zod schemas like the CSV readers and writers do: types `string`,
 * `integer`, `boolean` (`true`/`false`) and `date` (`YYYY-MM-DD`); constraints `required`,
 * `enum` (the codes of the profile's lists), `pattern` (ids, codes, list and history cells)
 * and `minimum`; primary key `id`; a foreign key for each scalar reference
 * (`followUpOf` → visits, `visitId` → visits, `facilityId` → facilities, `repeatOf` →
 * recommendations). The items of list fields (`facilityIds`, `escalates`) reference ids too,
 * but Table Schema cannot put a foreign key on a list: their descriptions say so, and
 * `opcat-npm validate` checks them. Pure: nothing is read or written.
 *
 * Throws an `OpcatError` (`schema.invalid_value`) for a `lang` other than `en`, `ru`, `kk`.
 *
 * @example
 * ```ts
 * import { kz } from "opcat-npm";
 * import { datapackageDescriptor } from "opcat-npm/io";
 *
 * const descriptor = datapackageDescriptor(kz, "en");
 * descriptor.resources.map((resource) => resource.path);
 * //=> ["facilities.csv", "visits.csv", "recommendations.csv", "accountability.csv"]
 * const visits = descriptor.resources[1]!.schema;
 * visits.fields.find((field) => field.name === "type");
 * //=> { name: "type", format: "default", type: "string", description: "A code of the list “visitTypes” (see README.csv).", constraints: { required: true, enum: ["periodic", "intermediate", "special"] } }
 * visits.foreignKeys;
 * //=> [{ fields: "followUpOf", reference: { resource: "", fields: "id" } }]
 * ```
 */
export function datapackageDescriptor(profile: Profile, lang: TextLanguage): DataPackageDescriptor {
  throwIfProblems([...profileProblems(profile, "profile", []), ...languageProblems(lang)]);
  return {
    profile: "tabular-data-package",
    name: packageName(profile),
    title: text("packageTitle", lang, { name: profileName(profile, lang) }),
    description: text("packageDescription", lang, { id: profile.id }),
    resources: COLLECTIONS.map((collection) => ({
      name: collection,
      path: CSV_FILES[collection],
      profile: "tabular-data-resource",
      title: text(`title.${collection}`, lang),
      description: text(`description.${collection}`, lang),
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: CSV_DELIMITER, header: true, quoteChar: '"', doubleQuote: true },
      schema: {
        fields: csvColumns(collection).map((column) => fieldOf(collection, column, profile, lang)),
        primaryKey: "id",
        foreignKeys: foreignKeysOf(collection),
        missingValues: [""],
      },
    })),
  };
}
