// A small Frictionless-compatible checker of a Tabular Data Package, written for the tests
// (independent of src/io): given a datapackage.json descriptor and the folder of its CSV
// files, it checks what `frictionless validate` checks for the features the descriptor
// uses. Each resource file exists and is UTF-8 (a byte-order mark allowed); the header
// equals the schema's field names, in order; every row has as many cells as the header;
// every cell casts to its field's type (string; integer; boolean with trueValues /
// falseValues; date in the default form YYYY-MM-DD, a real calendar date); the constraints
// required, unique, enum, pattern (XML Schema style, matched against the whole value) and
// minimum; the primary key is non-empty and unique; foreign keys resolve (reference.resource
// "" is the same resource; a row with an empty key cell refers to nothing). The missing
// values (default [""]) are cells without a value.
//
// Also a converter of JSON records to CSV rows (the layout of csvColumns), to put the example
// dataset through the check.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { CsvColumn } from "../../src/io/csvColumns";
import { csvField } from "../../src/csv/csvText";

// ----- the descriptor, as far as the checker reads it -----

export interface CheckedField {
  readonly name: string;
  readonly type?: string;
  readonly format?: string;
  readonly constraints?: {
    readonly required?: boolean;
    readonly unique?: boolean;
    readonly enum?: readonly unknown[];
    readonly pattern?: string;
    readonly minimum?: number | string;
  };
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
}

export interface CheckedForeignKey {
  readonly fields: string | readonly string[];
  readonly reference: { readonly resource: string; readonly fields: string | readonly string[] };
}

export interface CheckedResource {
  readonly name: string;
  readonly path: string;
  readonly encoding?: string;
  readonly dialect?: { readonly delimiter?: string; readonly header?: boolean; readonly quoteChar?: string; readonly doubleQuote?: boolean };
  readonly schema: {
    readonly fields: readonly CheckedField[];
    readonly primaryKey?: string | readonly string[];
    readonly foreignKeys?: readonly CheckedForeignKey[];
    readonly missingValues?: readonly string[];
  };
}

export interface CheckedPackage {
  readonly profile?: string;
  readonly resources: readonly CheckedResource[];
}

/**
 * One problem found. `row` is the row number in the file as Frictionless counts it (the
 * header is row 1, the first data row 2); null for a problem of the descriptor or of the
 * whole file. `field` is the field's name, null when the problem is not of one field.
 * `type` names the kind of problem as Frictionless does (`type-error`, `constraint-error`, ...).
 */
export interface FrictionlessError {
  readonly resource: string;
  readonly row: number | null;
  readonly field: string | null;
  readonly type: FrictionlessErrorType;
  readonly message: string;
}

export type FrictionlessErrorType =
  | "package-error"
  | "schema-error"
  | "scheme-error"
  | "encoding-error"
  | "header-error"
  | "cell-count-error"
  | "type-error"
  | "constraint-error"
  | "unique-error"
  | "primary-key-error"
  | "foreign-key-error";

// ----- casting -----

const DEFAULT_TRUE = ["true", "True", "TRUE", "1"];
const DEFAULT_FALSE = ["false", "False", "FALSE", "0"];
const SUPPORTED_TYPES = new Set(["string", "integer", "boolean", "date"]);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether `text` is a date YYYY-MM-DD of the proleptic Gregorian calendar (no Date object: no time zone). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

type Cast = { readonly ok: true; readonly value: string | number | boolean } | { readonly ok: false; readonly message: string };

function cast(field: CheckedField, text: string): Cast {
  switch (field.type ?? "string") {
    case "string":
      return { ok: true, value: text };
    case "integer":
      return /^[+-]?\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, message: `"${text}" is not an integer` };
    case "boolean":
      if ((field.trueValues ?? DEFAULT_TRUE).includes(text)) return { ok: true, value: true };
      if ((field.falseValues ?? DEFAULT_FALSE).includes(text)) return { ok: true, value: false };
      return { ok: false, message: `"${text}" is not a boolean` };
    case "date":
      return isCalendarDate(text) ? { ok: true, value: text } : { ok: false, message: `"${text}" is not a date YYYY-MM-DD` };
    default:
      return { ok: false, message: `unsupported type ${String(field.type)}` };
  }
}

/** The enum values of a field, cast like its cells. */
function enumValues(field: CheckedField): unknown[] {
  return (field.constraints?.enum ?? []).map((value) => {
    if (typeof value !== "string") return value;
    const result = cast(field, value);
    return result.ok ? result.value : value;
  });
}

// ----- reading -----

interface Table {
  readonly resource: CheckedResource;
  /** Data rows by field name: null for a missing value; the raw text otherwise. */
  readonly rows: readonly (readonly (string | null)[])[];
  /** Whether the rows can be used (the file read and the header right). */
  readonly usable: boolean;
}

function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === "string" ? [value] : value;
}

function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, "u");
  } catch {
    return undefined;
  }
}

function checkDescriptor(descriptor: CheckedPackage, errors: FrictionlessError[]): void {
  const names = new Set<string>();
  if (descriptor.profile !== undefined && descriptor.profile !== "tabular-data-package") {
    errors.push({ resource: "", row: null, field: null, type: "package-error", message: `profile ${descriptor.profile} is not tabular-data-package` });
  }
  if (descriptor.resources.length === 0) errors.push({ resource: "", row: null, field: null, type: "package-error", message: "no resources" });
  for (const resource of descriptor.resources) {
    const schemaError = (message: string, field: string | null = null) => errors.push({ resource: resource.name, row: null, field, type: "schema-error", message });
    if (names.has(resource.name)) errors.push({ resource: resource.name, row: null, field: null, type: "package-error", message: "duplicate resource name" });
    names.add(resource.name);
    if (!/^[a-z0-9._-]+$/.test(resource.name)) errors.push({ resource: resource.name, row: null, field: null, type: "package-error", message: "bad resource name" });
    const fieldNames = resource.schema.fields.map((field) => field.name);
    if (new Set(fieldNames).size !== fieldNames.length) schemaError("duplicate field names");
    for (const field of resource.schema.fields) {
      if (!SUPPORTED_TYPES.has(field.type ?? "string")) schemaError(`unsupported type ${String(field.type)}`, field.name);
      if (field.format !== undefined && field.format !== "default") schemaError(`unsupported format ${field.format}`, field.name);
      const pattern = field.constraints?.pattern;
      if (pattern !== undefined && compilePattern(pattern) === undefined) schemaError(`pattern ${pattern} does not compile`, field.name);
      for (const value of field.constraints?.enum ?? []) {
        if (typeof value === "string" && !cast(field, value).ok) schemaError(`enum value ${value} is not of type ${String(field.type)}`, field.name);
      }
    }
    for (const key of resource.schema.primaryKey === undefined ? [] : asList(resource.schema.primaryKey)) {
      if (!fieldNames.includes(key)) schemaError(`primary key ${key} is not a field`);
    }
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const fields = asList(foreignKey.fields);
      const referenced = asList(foreignKey.reference.fields);
      if (fields.length !== referenced.length) schemaError("foreign key fields and reference fields differ in number");
      for (const key of fields) if (!fieldNames.includes(key)) schemaError(`foreign key ${key} is not a field`);
      const target = foreignKey.reference.resource === "" ? resource : descriptor.resources.find((other) => other.name === foreignKey.reference.resource);
      if (target === undefined) {
        schemaError(`foreign key ${fields.join(",")}: no resource ${foreignKey.reference.resource}`);
        continue;
      }
      for (const key of referenced) if (!target.schema.fields.some((field) => field.name === key)) schemaError(`foreign key reference ${key} is not a field of ${target.name}`);
    }
  }
}

function readTable(folder: string, resource: CheckedResource, errors: FrictionlessError[]): Table {
  const unusable: Table = { resource, rows: [], usable: false };
  const fileError = (type: FrictionlessErrorType, message: string) => errors.push({ resource: resource.name, row: null, field: null, type, message });
  const file = path.join(folder, resource.path);
  if (!existsSync(file)) {
    fileError("scheme-error", `${resource.path} does not exist`);
    return unusable;
  }
  if (resource.encoding !== undefined && resource.encoding.toLowerCase() !== "utf-8") {
    fileError("encoding-error", `unsupported encoding ${resource.encoding}`);
    return unusable;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  } catch {
    fileError("encoding-error", `${resource.path} is not UTF-8`);
    return unusable;
  }
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: resource.dialect?.delimiter ?? ",",
      quote: resource.dialect?.quoteChar ?? '"',
      escape: resource.dialect?.doubleQuote === false ? "\\" : (resource.dialect?.quoteChar ?? '"'),
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    fileError("scheme-error", `${resource.path} is not CSV: ${error instanceof Error ? error.message : String(error)}`);
    return unusable;
  }
  const [header = [], ...data] = records;
  const names = resource.schema.fields.map((field) => field.name);
  let headerRight = header.length === names.length;
  for (let index = 0; index < Math.max(header.length, names.length); index++) {
    const label = header[index];
    const name = names[index];
    if (label === name) continue;
    headerRight = false;
    const message =
      label === undefined ? `missing label: expected ${String(name)}` : name === undefined ? `extra label ${label}` : `label ${label} at column ${String(index + 1)}, expected ${name}`;
    errors.push({ resource: resource.name, row: 1, field: name ?? label ?? null, type: "header-error", message });
  }
  if (!headerRight) return unusable;
  const missing = new Set(resource.schema.missingValues ?? [""]);
  const rows: (string | null)[][] = [];
  data.forEach((record, index) => {
    const row = index + 2;
    if (record.length !== names.length) {
      errors.push({ resource: resource.name, row, field: null, type: "cell-count-error", message: `${String(record.length)} cells, expected ${String(names.length)}` });
    }
    rows.push(names.map((_name, column) => {
      const cell = record[column];
      return cell === undefined || missing.has(cell) ? null : cell;
    }));
  });
  return { resource, rows, usable: true };
}

function checkCells(table: Table, errors: FrictionlessError[]): void {
  const { resource } = table;
  const fields = resource.schema.fields;
  const seen = fields.map(() => new Map<string, number>());
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    fields.forEach((field, column) => {
      const error = (type: FrictionlessErrorType, message: string) => errors.push({ resource: resource.name, row, field: field.name, type, message });
      const text = cells[column] ?? null;
      const constraints = field.constraints ?? {};
      if (text === null) {
        if (constraints.required === true) error("constraint-error", "required: the cell is empty");
        return;
      }
      const result = cast(field, text);
      if (!result.ok) {
        error("type-error", result.message);
        return;
      }
      if (constraints.enum !== undefined && !enumValues(field).includes(result.value)) error("constraint-error", `enum: "${text}" is not one of the allowed values`);
      if (constraints.pattern !== undefined && compilePattern(constraints.pattern)?.test(text) === false) error("constraint-error", `pattern: "${text}" does not match ${constraints.pattern}`);
      if (constraints.minimum !== undefined) {
        const below = typeof result.value === "number" ? result.value < Number(constraints.minimum) : String(result.value) < String(constraints.minimum);
        if (below) error("constraint-error", `minimum: "${text}" is less than ${String(constraints.minimum)}`);
      }
      if (constraints.unique === true) {
        const key = String(result.value);
        const first = seen[column]?.get(key);
        if (first === undefined) seen[column]?.set(key, row);
        else error("unique-error", `unique: "${text}" is also in row ${String(first)}`);
      }
    });
  });
}

/** The key of a row over some fields: undefined when a key cell is empty. */
function keyOf(table: Table, cells: readonly (string | null)[], keys: readonly string[]): string | undefined {
  const values: string[] = [];
  for (const key of keys) {
    const column = table.resource.schema.fields.findIndex((field) => field.name === key);
    const cell = column < 0 ? null : (cells[column] ?? null);
    if (cell === null) return undefined;
    values.push(cell);
  }
  return JSON.stringify(values);
}

function checkPrimaryKey(table: Table, errors: FrictionlessError[]): void {
  const { primaryKey } = table.resource.schema;
  if (primaryKey === undefined) return;
  const keys = asList(primaryKey);
  const seen = new Map<string, number>();
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const key = keyOf(table, cells, keys);
    const error = (message: string) => errors.push({ resource: table.resource.name, row, field: keys.join(","), type: "primary-key-error", message });
    if (key === undefined) return error("primary key: a key cell is empty");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row);
    else error(`primary key: ${key} is also in row ${String(first)}`);
  });
}

function checkForeignKeys(table: Table, tables: ReadonlyMap<string, Table>, errors: FrictionlessError[]): void {
  for (const foreignKey of table.resource.schema.foreignKeys ?? []) {
    const target = foreignKey.reference.resource === "" ? table : tables.get(foreignKey.reference.resource);
    // An unknown resource is a schema error already; an unreadable one, an error of its own file.
    if (target === undefined || !target.usable) continue;
    const referenced = asList(foreignKey.reference.fields);
    const values = new Set(target.rows.map((cells) => keyOf(target, cells, referenced)).filter((key) => key !== undefined));
    const fields = asList(foreignKey.fields);
    table.rows.forEach((cells, index) => {
      const key = keyOf(table, cells, fields);
      if (key === undefined || values.has(key)) return;
      errors.push({
        resource: table.resource.name,
        row: index + 2,
        field: fields.join(","),
        type: "foreign-key-error",
        message: `foreign key: ${key} is not a value of ${target.resource.name}.${referenced.join(",")}`,
      });
    });
  }
}

/**
 * Checks the CSV files of `folder` against a Tabular Data Package descriptor. Returns the
 * problems found, in this order: the descriptor's, then for each resource its file and
 * header, cells (row by row), primary key, then the foreign keys of every resource.
 */
export function checkDataPackage(descriptor: CheckedPackage, folder: string): FrictionlessError[] {
  const errors: FrictionlessError[] = [];
  checkDescriptor(descriptor, errors);
  const tables = new Map<string, Table>();
  for (const resource of descriptor.resources) {
    const table = readTable(folder, resource, errors);
    tables.set(resource.name, table);
    if (!table.usable) continue;
    checkCells(table, errors);
    checkPrimaryKey(table, errors);
  }
  for (const table of tables.values()) if (table.usable) checkForeignKeys(table, tables, errors);
  return errors;
}

// ----- JSON records as CSV rows -----

type JsonRecord = Readonly<Record<string, unknown>>;

function cellOf(column: CsvColumn, record: JsonRecord): string {
  const whole = record[column.field];
  const value = column.subfield === undefined ? whole : typeof whole === "object" && whole !== null ? (whole as JsonRecord)[column.subfield] : undefined;
  if (value === undefined || value === null) return "";
  switch (column.kind) {
    case "text":
    case "code":
    case "date":
      return value as string;
    case "integer":
      return (value as number).toString();
    case "boolean":
      return value === true ? "true" : "false";
    case "list":
      return (value as readonly string[]).join(";");
    case "history":
      return (value as readonly { status: string; on: string }[]).map((entry) => `${entry.status}@${entry.on}`).join(";");
  }
}

/** The CSV rows (header first) of some JSON records, in the columns given. */
export function csvRows(columns: readonly CsvColumn[], records: readonly JsonRecord[]): string[][] {
  return [columns.map((column) => column.name), ...records.map((record) => columns.map((column) => cellOf(column, record)))];
}

/** Writes rows (header first) as a CSV file: RFC 4180 quoting, CRLF, with a byte-order mark if `bom`; cells as they are (no formula marks). */
export function writeCsv(file: string, rows: readonly (readonly string[])[], bom = false): void {
  writeFileSync(file, (bom ? "\uFEFF" : "") + rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join(""), "utf8");
}
