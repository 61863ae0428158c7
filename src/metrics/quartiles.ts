/**
 * Count, median and quartiles of a distribution of whole numbers.
 *
 * @internal
 */
export interface Quartiles {
  readonly count: number;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
}

/**
 * The quartiles of the values a histogram (value → how many times) holds. The median of
 * an even count is the mean of the two middle values; `q1` and `q3` are the medians of the
 * lower and upper halves, each of ⌊n/2⌋ values (the middle value of an odd count belongs to
 * neither; a single value is its own q1 and q3). All null when there is no value. Exact:
 * a histogram of days holds every value, so merging two is adding them.
 *
 * @internal
 */
export function quartilesOfHistogram(histogram: ReadonlyMap<number, number>): Quartiles {
  const values = [...histogram.keys()].sort((a, b) => a - b);
  let count = 0;
  for (const value of values) count += histogram.get(value) ?? 0;
  if (count === 0) return { count, median: null, q1: null, q3: null };
  // The k-th smallest value (0-based), walking the cumulative counts.
  const nth = (k: number): number => {
    let seen = 0;
    for (const value of values) {
      seen += histogram.get(value) ?? 0;
      if (k < seen) return value;
    }
    return values[values.length - 1] ?? 0;
  };
  const medianOf = (start: number, length: number): number =>
    length % 2 === 1 ? nth(start + (length - 1) / 2) : (nth(start + length / 2 - 1) + nth(start + length / 2)) / 2;
  const half = Math.max(1, Math.floor(count / 2));
  return { count, median: medianOf(0, count), q1: medianOf(0, half), q3: medianOf(count - half, half) };
}
