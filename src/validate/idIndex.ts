/**
 * The position of each id in a collection, first occurrence winning: an open-addressing
 * hash table over an `Int32Array` (linear probing, load at most 1/2). At national scale
 * (a million recommendations) it builds in less than half the time of a `Map` and holds
 * 16 bytes per record; lookups cost the same. It can be filled while the collection is
 * read (`add`), so that indexing costs no pass of its own.
 *
 * @internal
 */
export interface IdIndex {
  /** Adds the id of the record at `position`; returns the position of an earlier record with that id, or -1. */
  readonly add: (id: string, position: number) => number;
  /** The position of the first record with this id added so far, or -1. */
  readonly positionOf: (id: string) => number;
}

// FNV-1a over UTF-16 code units, then a final mix so that ids differing in their last
// characters (R-1, R-2, ...) spread over the table.
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 12);
}

/**
 * An empty index for the ids of a collection of `length` records (positions 0 to
 * `length` − 1).
 *
 * @internal
 */
export function createIdIndex(length: number): IdIndex {
  let size = 16;
  while (size < length * 2) size *= 2;
  const mask = size - 1;
  // slots[s] = position + 1 of the id stored there, 0 for an empty slot.
  const slots = new Int32Array(size);
  const ids = new Array<string | undefined>(length);
  const add = (id: string, position: number): number => {
    let slot = hashOf(id) & mask;
    for (;;) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) {
        slots[slot] = position + 1;
        ids[position] = id;
        return -1;
      }
      if (ids[stored - 1] === id) return stored - 1;
      slot = (slot + 1) & mask;
    }
  };
  const positionOf = (id: string): number => {
    let slot = hashOf(id) & mask;
    for (;;) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) return -1;
      if (ids[stored - 1] === id) return stored - 1;
      slot = (slot + 1) & mask;
    }
  };
  return { add, positionOf };
}
