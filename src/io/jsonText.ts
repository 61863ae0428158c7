import type { PathSegment } from "../errors/OpcatError";

/**
 * Why a value cannot be written as JSON exactly: the path of the part that cannot (from the
 * value) and what is wrong with it.
 *
 * @internal
 */
export interface JsonWriteProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** A JSON value being written: an array or an object, its keys, and how far it has got. */
interface Open {
  readonly value: readonly unknown[] | Readonly<Record<string, unknown>>;
  readonly keys: readonly string[] | undefined;
  next: number;
  /** Whether a member has been written (for the commas: an absent member writes nothing). */
  written: boolean;
  readonly path: PathSegment | undefined;
}

/** What JSON calls a value that is not one: as the message names it. */
function kindOf(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "bigint") return `the big integer ${String(value)}n`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (value === undefined) return "undefined";
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === "string" && name !== "" ? `a ${name}` : "an object of a class";
}

function isPlainObject(value: object): value is Readonly<Record<string, unknown>> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function problemAt(stack: readonly Open[], last: PathSegment | undefined, message: string): JsonWriteProblem {
  const path: PathSegment[] = [];
  for (const open of stack) if (open.path !== undefined) path.push(open.path);
  if (last !== undefined) path.push(last);
  return { path, message };
}

/**
 * A value as JSON text, exactly: what `JSON.parse` reads back is equal to it, at any depth
 * (written without recursion: `JSON.stringify` overflows the stack at a few thousand levels,
 * where `JSON.parse` reads a million). `-0` is written `-0`; an object member whose value is
 * `undefined` is absent, as in `JSON.stringify`. Anything JSON cannot hold is a problem
 * with its path instead of a silent change: a cycle, `NaN` or an infinite number, a big
 * integer, a function or symbol, `undefined` in an array (or a hole), and an object that is
 * not a plain object or array (a `Map`, a `Date`, a class instance). `indent` spaces per
 * level, as `JSON.stringify(value, null, indent)` (0: one line).
 *
 * @internal
 */
export function jsonText(value: unknown, indent = 0): string | JsonWriteProblem {
  let plain: boolean;
  try {
    plain = isPlainJson(value, 0);
  } catch {
    plain = false;
  }
  return plain ? JSON.stringify(value, null, indent) : exactJsonText(value, indent);
}

/** Nesting that JSON.stringify writes without coming near the end of the stack. */
const NATIVE_DEPTH = 400;

/**
 * Whether JSON.stringify writes a value exactly (and fast): plain objects and arrays no deeper
 * than {@link NATIVE_DEPTH} (which a cycle is), of strings, booleans, null and finite numbers
 * other than −0, with no hole or undefined in an array. The rest goes to the exact writer,
 * which says what is wrong and where.
 */
function isPlainJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "undefined":
      return depth > 0;
    case "object": {
      if (value === null) return true;
      if (depth >= NATIVE_DEPTH) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (item === undefined || !isPlainJson(item, depth + 1)) return false;
        }
        return true;
      }
      if (!isPlainObject(value)) return false;
      for (const key in value) {
        if (Object.hasOwn(value, key) && !isPlainJson(value[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** {@link jsonText} without recursion, for what JSON.stringify would not write exactly or at all. */
function exactJsonText(value: unknown, indent: number): string | JsonWriteProblem {
  const parts: string[] = [];
  const stack: Open[] = [];
  const ancestors = new Set<object>();
  const pad = (depth: number): string => (indent === 0 ? "" : `\n${" ".repeat(indent * depth)}`);
  const colon = indent === 0 ? ":" : ": ";
  let current: unknown = value;
  let key: PathSegment | undefined;

  /** Writes `current` (a scalar whole; an array or object opened): a problem, or undefined. */
  function writeCurrent(): JsonWriteProblem | undefined {
    if (current === null) parts.push("null");
    else if (typeof current === "string") parts.push(JSON.stringify(current));
    else if (typeof current === "boolean") parts.push(current ? "true" : "false");
    else if (typeof current === "number") {
      if (!Number.isFinite(current)) return problemAt(stack, key, `${kindOf(current)} is not a number JSON can hold`);
      parts.push(Object.is(current, -0) ? "-0" : String(current));
    } else if (typeof current === "object") {
      if (ancestors.has(current)) return problemAt(stack, key, "the value holds itself (a cycle), which JSON cannot write");
      const isArray = Array.isArray(current);
      if (!isArray && !isPlainObject(current)) return problemAt(stack, key, `${kindOf(current)} is not a JSON value (only plain objects and arrays are)`);
      ancestors.add(current);
      const container = current as readonly unknown[] | Readonly<Record<string, unknown>>;
      stack.push({ value: container, keys: isArray ? undefined : Object.keys(container), next: 0, written: false, path: key });
      parts.push(isArray ? "[" : "{");
    } else {
      return problemAt(stack, key, `${kindOf(current)} is not a JSON value`);
    }
    return undefined;
  }

  /** Moves `current` to the next member to write, closing the values that have none left: false when all is written. */
  function advance(): boolean | JsonWriteProblem {
    for (;;) {
      const open = stack.at(-1);
      if (open === undefined) return false;
      const { keys } = open;
      if (keys === undefined) {
        const items = open.value as readonly unknown[];
        if (open.next < items.length) {
          const index = open.next++;
          key = index;
          if (!(index in items) || items[index] === undefined) return problemAt(stack, index, "undefined (or a hole) in a list, which JSON cannot write (JSON.stringify makes it null)");
          parts.push(`${open.written ? "," : ""}${pad(stack.length)}`);
          open.written = true;
          current = items[index];
          return true;
        }
      } else {
        const members = open.value as Readonly<Record<string, unknown>>;
        while (open.next < keys.length) {
          const name = keys[open.next++] ?? "";
          key = name;
          const member = members[name];
          // Absent, as JSON.stringify leaves it out (and the contract reads it).
          if (member === undefined) continue;
          parts.push(`${open.written ? "," : ""}${pad(stack.length)}${JSON.stringify(name)}${colon}`);
          open.written = true;
          current = member;
          return true;
        }
      }
      stack.pop();
      ancestors.delete(open.value);
      key = open.path;
      parts.push(`${open.written ? pad(stack.length) : ""}${keys === undefined ? "]" : "}"}`);
    }
  }

  try {
    for (;;) {
      const problem = writeCurrent();
      if (problem !== undefined) return problem;
      const more = advance();
      if (typeof more === "object") return more;
      if (!more) return parts.join("");
    }
  } catch (error) {
    // A getter or a proxy that throws: the value cannot be read, let alone written.
    return problemAt(stack, key, `the value cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
