import { idAsRead } from "./idAsRead";
import { hashOfId } from "./hashOfId";
import type { IdIndex } from "./idIndex";

/**
 * A record whose id reads as another id does but is spelled otherwise: its position in
 * its collection and its id.
 *
 * @internal
 */
export interface Lookalike {
  readonly position: number;
  readonly id: string;
}

/**
 * The ids of a collection by how people read them ({@link idAsRead}), beside its index of
 * exact ids, filled as records are read.
 *
 * @internal
 */
export interface LookalikeIndex {
  /**
   * Adds the id of the record at `position`, which has no earlier record of that exact
   * spelling; returns the first earlier record whose id reads the same, or undefined.
   */
  readonly add: (id: string, position: number) => Lookalike | undefined;
  /** The first record whose id reads as `id` does, for an `id` that no record has exactly. */
  readonly find: (id: string) => Lookalike | undefined;
}

/**
 * A {@link LookalikeIndex} beside the exact index `ids` (which gets every id first). An id
 * that is its own reading (nearly all) costs one scan of its characters and nothing stored:
 * the exact index finds it. Only the others are kept, by the hash of their reading, in one
 * open-addressing table as the exact index's (linear probing, load at most 1/2), which
 * holds no string of its own: when two hashes match, the earlier record's id is read again.
 * Linear in the ids, no pair of ids ever compared. (A `Map` of the readings, a new string
 * per id, made validation of a million ids in Cyrillic `Р-00001` half as slow again.)
 *
 * @internal
 */
export function createLookalikeIndex(ids: IdIndex): LookalikeIndex {
  // For slot s: table[2s] = position + 1 of the first record of a reading (0: empty), table[2s + 1] the reading's hash.
  let size = 0;
  let table = new Int32Array(0);
  let count = 0;
  // Ids seen that are their own reading: while there are none (a collection of ids in Cyrillic
  // `Р-00001`, none as read), no exact lookup is needed (a binary search in the ordered form).
  let asReadCount = 0;
  // The id of each record in the table, at its position.
  const spellings: string[] = [];

  /** The position of the first record of this reading in the table, else -1 - the free slot to put it in. */
  const find = (read: string, hash: number): number => {
    const mask = size - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot * 2] ?? 0;
      if (stored === 0) return -1 - slot;
      if (table[slot * 2 + 1] === hash && idAsRead(spellings[stored - 1] ?? "") === read) return stored - 1;
    }
  };
  const grow = (): void => {
    const old = table;
    size = Math.max(16, size * 2);
    table = new Int32Array(size * 2);
    for (let at = 0; at < old.length; at += 2) {
      const stored = old[at] ?? 0;
      if (stored === 0) continue;
      const hash = old[at + 1] ?? 0;
      let slot = hash & (size - 1);
      while ((table[slot * 2] ?? 0) !== 0) slot = (slot + 1) & (size - 1);
      table[slot * 2] = stored;
      table[slot * 2 + 1] = hash;
    }
  };
  const other = (read: string): number => {
    if (count === 0) return -1;
    const found = find(read, hashOfId(read));
    return found < 0 ? -1 : found;
  };
  // The first record with this reading: one spelled as read (`exact`, found in `ids`) or one of the table (`earlier`).
  const first = (read: string, exact: number, earlier: number): Lookalike | undefined => {
    if (exact >= 0 && (earlier < 0 || exact < earlier)) return { position: exact, id: read };
    return earlier < 0 ? undefined : { position: earlier, id: spellings[earlier] ?? read };
  };
  return {
    add: (id, position) => {
      const read = idAsRead(id);
      if (read === id) {
        asReadCount++;
        return count === 0 ? undefined : first(read, -1, other(read));
      }
      if ((count + 1) * 2 > size) grow();
      const hash = hashOfId(read);
      const found = find(read, hash);
      if (found < 0) {
        const slot = -1 - found;
        table[slot * 2] = position + 1;
        table[slot * 2 + 1] = hash;
        spellings[position] = id;
        count++;
      }
      return first(read, asReadCount === 0 ? -1 : ids.positionOf(read), found < 0 ? -1 : found);
    },
    find: (id) => {
      const read = idAsRead(id);
      // An id that is its own reading was looked up exactly already.
      return first(read, read === id ? -1 : ids.positionOf(read), other(read));
    },
  };
}
