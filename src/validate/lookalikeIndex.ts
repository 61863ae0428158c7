import { idAsRead } from "./idAsRead";
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
 * the exact index finds it. Only the others are kept, by their reading, in one Map: linear
 * in the ids, no pair of ids ever compared.
 *
 * @internal
 */
export function createLookalikeIndex(ids: IdIndex): LookalikeIndex {
  // By reading: the first record whose id is not its own reading.
  const others = new Map<string, Lookalike>();
  // The first record with this reading: one spelled as read (found in `ids`), or one of `others`.
  const first = (read: string, spelledAsRead: boolean): Lookalike | undefined => {
    const other = others.size === 0 ? undefined : others.get(read);
    const exact = spelledAsRead ? -1 : ids.positionOf(read);
    return exact >= 0 && (other === undefined || exact < other.position) ? { position: exact, id: read } : other;
  };
  return {
    add: (id, position) => {
      const read = idAsRead(id);
      if (read === id) return first(read, true);
      const found = first(read, false);
      if (!others.has(read)) others.set(read, { position, id });
      return found;
    },
    find: (id) => {
      const read = idAsRead(id);
      return first(read, read === id);
    },
  };
}
