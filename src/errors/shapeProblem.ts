import { isCivilDate } from "../dates/isCivilDate";
import type { OpcatProblem, PathSegment } from "./OpcatError";
import { argumentProblem } from "./optionProblems";

/**
 * The shape of a value, for arguments the library made itself (a report, a follow-up
 * report): a kind (`?` also allows null), `[shape]` a list of such values, an object of
 * fixed keys, or `{ "*": shape }` an object of any keys.
 *
 * @internal
 */
export type Shape =
  | "string"
  | "string?"
  | "date"
  | "date?"
  | "number"
  | "number?"
  | "count"
  | "boolean"
  | "object"
  | readonly [Shape]
  | { readonly [key: string]: Shape };

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  date: "a date YYYY-MM-DD",
  number: "a number",
  count: "a count (a whole number from 0)",
  boolean: "true or false",
  object: "an object",
};

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasKind(value: unknown, kind: string): boolean {
  switch (kind) {
    case "string":
      return typeof value === "string";
    case "date":
      return isCivilDate(value);
    case "number":
      return typeof value === "number" && !Number.isNaN(value);
    case "count":
      return Number.isSafeInteger(value) && (value as number) >= 0;
    case "boolean":
      return typeof value === "boolean";
    default:
      return isObject(value);
  }
}

function firstMismatch(value: unknown, shape: Shape, argument: string, path: PathSegment[]): OpcatProblem | undefined {
  if (typeof shape === "string") {
    const nullable = shape.endsWith("?");
    const kind = nullable ? shape.slice(0, -1) : shape;
    if ((nullable && value === null) || hasKind(value, kind)) return undefined;
    const expected = `${EXPECTED[kind] ?? kind}${nullable ? " or null" : ""}`;
    return argumentProblem("schema.invalid_type", argument, path, expected, value);
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return argumentProblem("schema.invalid_type", argument, path, "a list", value);
    const [item] = shape as readonly [Shape];
    for (let i = 0; i < value.length; i++) {
      const problem = firstMismatch(value[i], item, argument, [...path, i]);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if (!isObject(value)) return argumentProblem("schema.invalid_type", argument, path, "an object", value);
  const fields = shape as { readonly [key: string]: Shape };
  const any = fields["*"];
  for (const key of any === undefined ? Object.keys(fields) : Object.keys(value)) {
    const problem = firstMismatch(value[key], any ?? (fields[key] as Shape), argument, [...path, key]);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/**
 * The first place where a value does not have the shape (`schema.invalid_type`, its path
 * inside the argument), or `schema.unreadable` when reading it threw; undefined when it has.
 *
 * @internal
 */
export function shapeProblem(value: unknown, shape: Shape, argument: string): OpcatProblem | undefined {
  try {
    return firstMismatch(value, shape, argument, []);
  } catch {
    return argumentProblem("schema.unreadable", argument, [], "readable");
  }
}
