import type { PathSegment } from "../../errors/OpcatError";
import { MAX_LIST } from "../../errors/optionProblems";

/**
 * Where the walk is: the path from the dataset's top to the value (or key) at hand. Built
 * only when asked, so a walk that finds nothing builds no path.
 *
 * @internal
 */
export interface WalkPosition {
  readonly path: () => PathSegment[];
}

/**
 * What a walk tells about the values it meets. Each is called in input order (depth first,
 * keys in `Object.keys` order, so an own `__proto__` key is met like any other).
 *
 * @internal
 */
export interface ValueVisitor {
  /** A string value. */
  readonly text: (text: string, at: WalkPosition) => void;
  /** The name of a key (the path ends in that key; its value is met next). */
  readonly key: (key: string, at: WalkPosition) => void;
  /** A number or bigint value. */
  readonly number: (value: number | bigint, at: WalkPosition) => void;
  /** A value deeper than the limit: it is not read, nor the rest of the object or array holding it. */
  readonly tooDeep: (at: WalkPosition) => void;
  /** An array longer than MAX_LIST, at the position of the array itself: it is not read. */
  readonly tooLong: (at: WalkPosition) => void;
}

/**
 * Walks every value inside a record, for rules that must see every string wherever it is.
 *
 * @internal
 */
export interface ValueWalker {
  /** Walks `value`, whose path from the dataset's top is `base`. */
  readonly walk: (value: unknown, base: readonly PathSegment[]) => void;
  /** Walks the key `key` and its value, whose path (ending in `key`) is `base`. */
  readonly walkEntry: (key: string, value: unknown, base: readonly PathSegment[]) => void;
}

// An object or array reached twice (shared, or a cycle: only the API can pass such input)
// is read once: those at this stack level and below are remembered (a record's own fields
// are level 1, a history entry level 2, so data of the contract's shape never pays for it)...
const REMEMBERED_FROM = 3;
// ...and larger ones at any level but the top, whose sharing would cost entries × parents.
const REMEMBERED_ABOVE = 64;

/**
 * Starts a walker that calls `visitor` for every string (values and key names) and number
 * in a value, at any depth, with an explicit stack instead of recursion: a value nested a
 * million levels deep costs no call stack. A value whose path from the dataset's top would
 * have more than `maxDepth` steps is reported to `visitor.tooDeep` and not read, nor the
 * rest of the object or array holding it. Time is linear in the number of entries read;
 * the stacks are kept from walk to walk.
 *
 * @internal
 */
export function createValueWalker(visitor: ValueVisitor, maxDepth: number): ValueWalker {
  const containers: (object | undefined)[] = [];
  const keyLists: (readonly string[] | undefined)[] = [];
  const lengths: number[] = [];
  const positions: number[] = [];
  let height = 0;
  let highest = 0;
  let base: readonly PathSegment[] = [];
  let seen: Set<object> | undefined;

  // The value at hand is the last entry read of each container on the stack.
  const at: WalkPosition = {
    path: () => {
      const path = [...base];
      for (let level = 0; level < height; level++) {
        const position = (positions[level] ?? 1) - 1;
        const keys = keyLists[level];
        path.push(keys === undefined ? position : (keys[position] ?? ""));
      }
      return path;
    },
  };

  const enter = (container: object): void => {
    const keys = Array.isArray(container) ? undefined : Object.keys(container);
    const length = keys === undefined ? (container as readonly unknown[]).length : keys.length;
    if (keys === undefined && length > MAX_LIST) {
      visitor.tooLong(at);
      return;
    }
    if (height >= REMEMBERED_FROM || (height > 0 && length > REMEMBERED_ABOVE)) {
      seen ??= new Set();
      if (seen.has(container)) return;
      seen.add(container);
    }
    containers[height] = container;
    keyLists[height] = keys;
    lengths[height] = length;
    positions[height] = 0;
    height++;
    if (height > highest) highest = height;
  };

  const visit = (value: unknown): void => {
    if (typeof value === "string") visitor.text(value, at);
    else if (typeof value === "number" || typeof value === "bigint") visitor.number(value, at);
    else if (typeof value === "object" && value !== null) enter(value);
  };

  // Reads the containers on the stack until it is empty.
  const drain = (): void => {
    while (height > 0) {
      const level = height - 1;
      const position = positions[level] ?? 0;
      if (position >= (lengths[level] ?? 0)) {
        height--;
        continue;
      }
      positions[level] = position + 1;
      if (base.length + height > maxDepth) {
        visitor.tooDeep(at);
        height--;
        continue;
      }
      const container = containers[level] as Readonly<Record<string | number, unknown>>;
      const keys = keyLists[level];
      if (keys === undefined) {
        visit(container[position]);
      } else {
        const key = keys[position] ?? "";
        visitor.key(key, at);
        visit(container[key]);
      }
    }
  };

  const walk = (value: unknown, path: readonly PathSegment[], key: string | undefined): void => {
    base = path;
    height = 0;
    if (key !== undefined) visitor.key(key, at);
    if (path.length > maxDepth) visitor.tooDeep(at);
    else visit(value);
    drain();
    // The stacks keep nothing of this walk alive.
    for (let level = 0; level < highest; level++) {
      containers[level] = undefined;
      keyLists[level] = undefined;
    }
    highest = 0;
    seen = undefined;
  };

  return {
    walk: (value, path) => {
      walk(value, path, undefined);
    },
    walkEntry: (key, value, path) => {
      walk(value, path, key);
    },
  };
}
