import * as z from "zod";
import { AccountabilityInitiator } from "../model/accountabilityInitiator";
import { AccountabilityMeasure } from "../model/accountabilityMeasure";
import { accountabilityActionSchema } from "../model/accountabilityAction";
import { Code } from "../model/code";
import type { CodeSchemas } from "../model/codeSchemas";
import { datasetSchema } from "../model/dataset";
import { facilitySchema } from "../model/facility";
import type { CollectionName } from "../model/findUnknownKeys";
import { recommendationSchema } from "../model/recommendation";
import { RecommendationLevel } from "../model/recommendationLevel";
import { RecommendationStatus } from "../model/recommendationStatus";
import { TriggerKind } from "../model/triggerKind";
import { Visit } from "../model/visit";
import { VisitType } from "../model/visitType";
import type { ListName } from "../profiles/profile";

/**
 * How the cells of a CSV column are written and read:
 * `text` as is; `code` a code of a profile list; `date` a civil date `YYYY-MM-DD`;
 * `integer` a whole number in decimal digits; `boolean` `true` or `false`;
 * `list` items joined with `;`; `history` status changes as `status@date;status@date`.
 * An empty cell is an absent value, whatever the kind.
 *
 * @internal
 */
export type CsvColumnKind = "text" | "code" | "date" | "integer" | "boolean" | "list" | "history";

/**
 * One column of a collection's CSV file.
 *
 * - `name`: the header of the column (`trigger.kind` for a field of a nested object);
 * - `field`: the record's field the column belongs to (`trigger` for `trigger.kind`);
 * - `subfield`: for a column of a nested object, the key inside it (`kind`);
 * - `kind`: how the cells are written (see {@link CsvColumnKind});
 * - `required`: whether every record must have a value (for a list: at least one item);
 * - `list`: the profile's code list the values (for a list: the items; for a history: the
 *   statuses) come from;
 * - `pattern`: the regular expression the schema checks the value (for a list: each item)
 *   with, as written in the schema (`^…$` when anchored); absent for dates, whose form is fixed;
 * - `minimum`: the least value of an integer.
 *
 * @internal
 */
export interface CsvColumn {
  readonly name: string;
  readonly field: string;
  readonly subfield?: string;
  readonly kind: CsvColumnKind;
  readonly required: boolean;
  readonly list?: ListName;
  readonly pattern?: string;
  readonly minimum?: number;
}

/**
 * Separates the items of a list cell, and the entries of a history cell.
 *
 * @internal
 */
export const LIST_SEPARATOR = ";";

/**
 * Separates a status from its date in a history entry (`accepted@2023-03-01`).
 *
 * @internal
 */
export const HISTORY_SEPARATOR = "@";

/**
 * The CSV file of each collection.
 *
 * @internal
 */
export const CSV_FILES: Readonly<Record<CollectionName, string>> = {
  facilities: "facilities.csv",
  visits: "visits.csv",
  recommendations: "recommendations.csv",
  accountability: "accountability.csv",
};

/**
 * The file holding the dataset's own fields in a CSV folder.
 *
 * @internal
 */
export const DATASET_FIELDS_FILE = "dataset.json";

interface ListMeta {
  readonly opcatList: ListName | "profile";
}

interface JsonSchemaNode {
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly items?: JsonSchemaNode;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
  readonly opcatList?: ListName | "profile";
}

/**
 * The JSON Schemas of the entities (and of the dataset's own fields), generated from the zod
 * schemas with each code field marked with the profile list it takes its codes from: the
 * code schemas are distinct copies of {@link Code}, and the contract's enums are the model's
 * own instances, registered in a private registry (nothing global is touched).
 */
function markedSchemas() {
  const registry = z.registry<ListMeta>();
  const marked = (list: ListName | "profile") => {
    const schema = Code.clone();
    registry.add(schema, { opcatList: list });
    return schema;
  };
  const codes: CodeSchemas = {
    profile: marked("profile"),
    agency: marked("agencies"),
    facilityType: marked("facilityTypes"),
    region: marked("regions"),
    theme: marked("themes"),
  };
  registry.add(VisitType, { opcatList: "visitTypes" });
  registry.add(TriggerKind, { opcatList: "triggerKinds" });
  registry.add(RecommendationLevel, { opcatList: "levels" });
  registry.add(RecommendationStatus, { opcatList: "statuses" });
  registry.add(AccountabilityMeasure, { opcatList: "measures" });
  registry.add(AccountabilityInitiator, { opcatList: "initiators" });
  const json = (schema: z.ZodType): JsonSchemaNode =>
    z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw", metadata: registry }) as JsonSchemaNode;
  return {
    collections: {
      facilities: json(facilitySchema(codes)),
      visits: json(Visit),
      recommendations: json(recommendationSchema(codes)),
      accountability: json(accountabilityActionSchema(codes)),
    } satisfies Record<CollectionName, JsonSchemaNode>,
    dataset: json(datasetSchema(codes)),
  };
}

let cache: ReturnType<typeof markedSchemas> | undefined;

/** @internal */
export function entityJsonSchemas(): ReturnType<typeof markedSchemas> {
  return (cache ??= markedSchemas());
}

/** The schema without its `null` alternative (an optional field is `X | null`). */
function nonNull(node: JsonSchemaNode): JsonSchemaNode {
  if (Array.isArray(node.type)) {
    const [only, ...others] = (node.type as readonly string[]).filter((type) => type !== "null");
    return only !== undefined && others.length === 0 ? { ...node, type: only } : node;
  }
  const alternatives = node.anyOf?.filter((alternative) => alternative.type !== "null");
  return alternatives?.length === 1 && alternatives[0] !== undefined ? nonNull(alternatives[0]) : node;
}

function scalarColumn(name: string, field: string, node: JsonSchemaNode, required: boolean, subfield?: string): CsvColumn {
  const base = { name, field, ...(subfield === undefined ? {} : { subfield }), required };
  if (node.type === "integer") return { ...base, kind: "integer", ...(node.minimum === undefined ? {} : { minimum: node.minimum }) };
  if (node.type === "boolean") return { ...base, kind: "boolean" };
  if (node.type === "string" && node.format === "date") return { ...base, kind: "date" };
  if (node.type === "string" && node.opcatList !== undefined && node.opcatList !== "profile") {
    return { ...base, kind: "code", list: node.opcatList, ...(node.pattern === undefined ? {} : { pattern: node.pattern }) };
  }
  if (node.type === "string") return { ...base, kind: "text", ...(node.pattern === undefined ? {} : { pattern: node.pattern }) };
  throw new Error(`csvColumns: no CSV form for ${name} (${JSON.stringify(node)})`);
}

function columnsOf(schema: JsonSchemaNode): CsvColumn[] {
  const required = new Set(schema.required);
  const columns: CsvColumn[] = [];
  for (const [field, raw] of Object.entries(schema.properties ?? {})) {
    const node = nonNull(raw);
    const isRequired = required.has(field);
    if (node.type === "array") {
      const items = nonNull(node.items ?? {});
      if (items.type === "object") {
        // A history: entries `status@date`, the status a code of the list its schema marks.
        const list = Object.values(items.properties ?? {})
          .map((property) => nonNull(property).opcatList)
          .find((marked) => marked !== undefined && marked !== "profile");
        columns.push({ name: field, field, kind: "history", required: isRequired && (node.minItems ?? 0) > 0, ...(list === undefined ? {} : { list }) });
        continue;
      }
      const item = scalarColumn(field, field, items, true);
      columns.push({
        name: field,
        field,
        kind: "list",
        required: isRequired && (node.minItems ?? 0) > 0,
        ...(item.list === undefined ? {} : { list: item.list }),
        ...(item.pattern === undefined ? {} : { pattern: item.pattern }),
      });
    } else if (node.type === "object") {
      const inner = new Set(node.required);
      for (const [key, sub] of Object.entries(node.properties ?? {})) {
        columns.push(scalarColumn(`${field}.${key}`, field, nonNull(sub), isRequired && inner.has(key), key));
      }
    } else {
      columns.push(scalarColumn(field, field, node, isRequired));
    }
  }
  return columns;
}

const columnsCache = new Map<CollectionName, readonly CsvColumn[]>();

/**
 * The columns of a collection's CSV file, in the order of the entity schema's fields, derived
 * from the zod schemas (never listed by hand): one column per scalar field, named as the
 * field; list fields (`facilityIds`, `themes`, `escalates`) as one column of items joined
 * with `;`; `history` as `status@date;status@date`; a visit's `trigger` as two columns
 * `trigger.kind` and `trigger.receivedOn`. Shared by the CSV readers and writers, the
 * template and the Data Package descriptor. For visits the names are `id`, `type`,
 * `startedOn`, `endedOn`, `facilityIds`, `followUpOf`, `trigger.kind`, `trigger.receivedOn`,
 * `announced`, `teamSize`; the `themes` column of recommendations is
 * `{ name: "themes", field: "themes", kind: "list", required: true, list: "themes", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }`.
 *
 * @internal
 */
export function csvColumns(collection: CollectionName): readonly CsvColumn[] {
  let columns = columnsCache.get(collection);
  if (columns === undefined) {
    columns = Object.freeze(columnsOf(entityJsonSchemas().collections[collection]).map((column) => Object.freeze(column)));
    columnsCache.set(collection, columns);
  }
  return columns;
}
