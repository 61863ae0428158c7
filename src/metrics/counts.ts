/**
 * Counts by key, kept in a `Map` while accumulating (ids and codes are never object keys,
 * so `__proto__` is just another key).
 *
 * @internal
 */
export type Counts<K = string> = Map<K, number>;

/** @internal */
export function increment<K>(counts: Counts<K>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/**
 * The sum of two counts, as a new map (neither is changed).
 *
 * @internal
 */
export function addCounts<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): Counts<K> {
  const sum = new Map(a);
  for (const [key, count] of b) increment(sum, key, count);
  return sum;
}

/**
 * The union of two sets, as a new set.
 *
 * @internal
 */
export function union<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  const all = new Set(a);
  for (const item of b) all.add(item);
  return all;
}

/**
 * Counts as a plain object for the report: every code of `codes` in that order (0 when
 * none), then any other key found, in code-point order. The object has no prototype
 * keys to trip over: it is built with `Object.fromEntries`.
 *
 * @internal
 */
export function countsByCode(counts: ReadonlyMap<string, number>, codes: readonly string[]): Record<string, number> {
  return valuesByCode(counts, codes, () => 0);
}

/**
 * Every code of `codes` with its value (or `empty()`), then any other key of `values` in
 * code-point order: the breakdowns of the report and of the follow-up.
 *
 * @internal
 */
export function valuesByCode<T>(values: ReadonlyMap<string, T>, codes: readonly string[], empty: () => T): Record<string, T> {
  const known = new Set(codes);
  const others = [...values.keys()].filter((key) => !known.has(key)).sort();
  return Object.fromEntries([...codes, ...others].map((key) => [key, values.get(key) ?? empty()]));
}
