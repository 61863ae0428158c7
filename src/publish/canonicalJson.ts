import type { OpcatProblem, PathSegment } from "../errors/OpcatError";
import { OpcatError } from "../errors/OpcatError";

/** How deep a value may nest: as deep as the validator lets a dataset be. */
const MAX_DEPTH = 64;

function refusal(path: readonly PathSegment[], message: string, value: string, expected: string): OpcatError {
  const problem: OpcatProblem = { code: "schema.invalid_value", path, message, params: { argument: "dataset", value, expected } };
  return new OpcatError([problem]);
}

/**
 * A JSON value in the canonical form of RFC 8785 (JCS): object keys sorted by their UTF-16
 * code units, no white space, numbers and strings as ECMAScript's `JSON.stringify` writes
 * them (which is what JCS prescribes), keys whose value is `undefined` left out as JSON does.
 * The same data gives the same text whatever the order of its keys. Throws an
 * {@link OpcatError} (`schema.invalid_value`, at the value's path) for what JSON cannot hold
 * exactly: a number that is not finite, a bigint, a function, a symbol, a cycle, or a value
 * nested deeper than 64 levels; a getter that throws or a revoked proxy: `schema.unreadable`.
 *
 * @internal
 */
export function canonicalJson(value: unknown): string {
  const ancestors: object[] = [];
  const write = (current: unknown, path: readonly PathSegment[]): string => {
    if (current === null || typeof current === "boolean" || typeof current === "string") return JSON.stringify(current);
    if (typeof current === "number") {
      if (!Number.isFinite(current)) throw refusal(path, "A number that is not finite has no JSON form", String(current), "a finite number");
      return JSON.stringify(current);
    }
    if (typeof current !== "object") throw refusal(path, `A ${typeof current} has no JSON form`, typeof current, "JSON data");
    if (path.length > MAX_DEPTH) throw refusal(path, `Nested deeper than ${String(MAX_DEPTH)} levels`, "deep", `at most ${String(MAX_DEPTH)} levels`);
    if (ancestors.includes(current)) throw refusal(path, "A value that contains itself has no JSON form", "cycle", "JSON data without cycles");
    ancestors.push(current);
    let text: string;
    if (Array.isArray(current)) {
      const items: readonly unknown[] = current;
      const parts: string[] = [];
      // An index loop: a hole is written as JSON writes it, null.
      for (let index = 0; index < items.length; index++) parts.push(items[index] === undefined ? "null" : write(items[index], [...path, index]));
      text = `[${parts.join(",")}]`;
    } else {
      const record = current as Readonly<Record<string, unknown>>;
      // Default sort compares UTF-16 code units, as RFC 8785 asks.
      const keys = Object.keys(record).sort();
      const parts: string[] = [];
      for (const key of keys) {
        const inner = record[key];
        if (inner !== undefined) parts.push(`${JSON.stringify(key)}:${write(inner, [...path, key])}`);
      }
      text = `{${parts.join(",")}}`;
    }
    ancestors.pop();
    return text;
  };
  try {
    return write(value, []);
  } catch (error) {
    if (error instanceof OpcatError) throw error;
    // A getter, a proxy trap or an exotic object threw while being read.
    throw new OpcatError([{ code: "schema.unreadable", path: [], message: "The dataset could not be read: a getter or proxy threw", params: { argument: "dataset" } }]);
  }
}
