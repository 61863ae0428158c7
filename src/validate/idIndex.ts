import { hashOfId } from "./hashOfId";

/**
 * The position of each id in a collection, first occurrence winning, filled while the
 * collection is read (`add`), so that indexing costs no pass of its own.
 *
 * Two forms. For a collection looked up often (facilities, visits), a hash table from the
 * start. Otherwise (recommendations, actions: their ids are rarely referred to), the form
 * is chosen by the data: while the ids come in increasing order (shorter before
 * longer, then code unit by code unit: `R-9` < `R-10` < `R-11`, as exported datasets
 * usually are), none can repeat an earlier one but the last, so each `add` is one
 * comparison and the index is the list itself (lookups by binary search). At the first id
 * out of order it turns into a hash table: open addressing over an `Int32Array` (linear
 * probing, load at most 1/2, each slot's hash kept beside it). At national scale (a million
 * recommendations) the ordered form costs next to nothing; the table, built half as fast as
 * a `Map`, costs a cache miss per id.
 *
 * @internal
 */
export interface IdIndex {
  /** Adds the id of the record at `position`; returns the position of an earlier record with that id, or -1. */
  readonly add: (id: string, position: number) => number;
  /** The position of the first record with this id added so far, or -1. */
  readonly positionOf: (id: string) => number;
}

/** The order of the ordered form: by length, then by code units. */
function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface HashTable {
  readonly add: (id: string, position: number) => number;
  readonly positionOf: (id: string) => number;
}

function createHashTable(expected: number): HashTable {
  let size = 16;
  while (size < expected * 2) size *= 2;
  let mask = size - 1;
  let count = 0;
  // For slot s: table[2s] = position + 1 of the id stored there (0: empty), table[2s + 1] its hash.
  let table = new Int32Array(size * 2);
  const ids = expected > 0 ? new Array<string | undefined>(expected) : [];
  const find = (id: string, hash: number): number => {
    let slot = hash & mask;
    for (;;) {
      const stored = table[slot * 2] ?? 0;
      if (stored === 0) return -1 - slot;
      if (table[slot * 2 + 1] === hash && ids[stored - 1] === id) return stored - 1;
      slot = (slot + 1) & mask;
    }
  };
  // Doubles the table when it is half full (a stream does not say its length up front).
  const grow = (): void => {
    const old = table;
    size *= 2;
    mask = size - 1;
    table = new Int32Array(size * 2);
    for (let at = 0; at < old.length; at += 2) {
      const stored = old[at] ?? 0;
      if (stored === 0) continue;
      const hash = old[at + 1] ?? 0;
      let slot = hash & mask;
      while ((table[slot * 2] ?? 0) !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = stored;
      table[slot * 2 + 1] = hash;
    }
  };
  return {
    add: (id, position) => {
      const hash = hashOfId(id);
      const found = find(id, hash);
      if (found >= 0) return found;
      const slot = -1 - found;
      table[slot * 2] = position + 1;
      table[slot * 2 + 1] = hash;
      ids[position] = id;
      count++;
      if (count * 2 > size) grow();
      return -1;
    },
    positionOf: (id) => {
      const found = find(id, hashOfId(id));
      return found >= 0 ? found : -1;
    },
  };
}

/**
 * An empty index for the ids of a collection, of `expected` records if that is known (0
 * for a stream: the index grows). `lookups: "many"` makes it a hash table from the start (a
 * binary search per lookup would cost more than the table); `"few"` lets it keep the
 * ordered form while the ids come in order.
 *
 * @internal
 */
export function createIdIndex(expected: number, lookups: "many" | "few"): IdIndex {
  if (lookups === "many") return createHashTable(expected);
  // The ordered form: the ids so far, increasing (`count` of them), and their positions.
  // While the k-th id is the record at position k (every record has an id), positions are
  // not stored: the index then holds one reference per record, allocated once when the
  // size is known. Memory taken during a pass decides whether the collector must mark the
  // whole heap in the middle of it.
  let orderedIds: (string | undefined)[] | undefined = expected > 0 ? new Array<string | undefined>(expected) : [];
  let count = 0;
  let positions: number[] | undefined;
  let table: HashTable | undefined;

  const positionAt = (k: number): number => (positions === undefined ? k : (positions[k] ?? -1));
  const toTable = (ids: readonly (string | undefined)[]): HashTable => {
    const created = createHashTable(Math.max(expected, count));
    for (let k = 0; k < count; k++) created.add(ids[k] ?? "", positionAt(k));
    return created;
  };
  const add = (id: string, position: number): number => {
    if (orderedIds !== undefined) {
      const last = count === 0 ? undefined : orderedIds[count - 1];
      const order = last === undefined ? 1 : compareIds(id, last);
      if (order > 0) {
        if (positions === undefined && position !== count) positions = Array.from({ length: count }, (_, k) => k);
        orderedIds[count] = id;
        positions?.push(position);
        count++;
        return -1;
      }
      if (order === 0) return positionAt(count - 1);
      table = toTable(orderedIds);
      orderedIds = undefined;
      positions = undefined;
    }
    return (table ?? (table = createHashTable(expected))).add(id, position);
  };
  const positionOf = (id: string): number => {
    if (orderedIds === undefined) return table === undefined ? -1 : table.positionOf(id);
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compareIds(orderedIds[middle] ?? "", id);
      if (order === 0) return positionAt(middle);
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  };
  return { add, positionOf };
}
