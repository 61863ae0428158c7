/**
 * The position of each id in a collection, first occurrence winning: an open-addressing
 * hash table over an `Int32Array` (linear probing, load at most 1/2). At national scale
 * (a million recommendations) it builds in less than half the time of a `Map` and holds
 * 16 bytes per record; lookups cost the same.
 *
 * @internal
 */
export interface IdIndex {
  /** The position of the first record with this id, or -1. */
  readonly positionOf: (id: string) => number;
  /** Records whose id an earlier record already has: position → position of the first. */
  readonly duplicates: ReadonlyMap<number, number>;
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
 * Indexes the ids given by `idAt` for positions 0 to `length` − 1 (`undefined`: no id).
 *
 * @internal
 */
export function buildIdIndex(length: number, idAt: (position: number) => string | undefined): IdIndex {
  let size = 16;
  while (size < length * 2) size *= 2;
  const mask = size - 1;
  // slots[s] = position + 1 of the id stored there, 0 for an empty slot.
  const slots = new Int32Array(size);
  const ids = new Array<string | undefined>(length);
  const duplicates = new Map<number, number>();
  for (let position = 0; position < length; position++) {
    const id = idAt(position);
    if (id === undefined) continue;
    ids[position] = id;
    let slot = hashOf(id) & mask;
    for (;;) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) {
        slots[slot] = position + 1;
        break;
      }
      if (ids[stored - 1] === id) {
        duplicates.set(position, stored - 1);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const positionOf = (id: string): number => {
    let slot = hashOf(id) & mask;
    for (;;) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) return -1;
      if (ids[stored - 1] === id) return stored - 1;
      slot = (slot + 1) & mask;
    }
  };
  return { positionOf, duplicates };
}
