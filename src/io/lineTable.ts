/**
 * A growing list of line numbers, one per record, in an Int32Array (4 bytes a record,
 * doubled as needed): all that a reader keeps of the records it has read.
 *
 * @internal
 */
export interface LineTable {
  readonly push: (line: number) => void;
  /** The line of record `index`, or undefined when it has not been read. */
  readonly at: (index: number) => number | undefined;
}

/** @internal */
export function createLineTable(initial = 1024): LineTable {
  let lines = new Int32Array(initial);
  let count = 0;
  return {
    push(line) {
      if (count === lines.length) {
        const grown = new Int32Array(lines.length * 2);
        grown.set(lines);
        lines = grown;
      }
      lines[count++] = line;
    },
    at: (index) => (Number.isInteger(index) && index >= 0 && index < count ? lines[index] : undefined),
  };
}
