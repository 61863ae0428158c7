/**
 * The hash of an id for the validator's open-addressing tables: FNV-1a over its UTF-16 code
 * units, then a final mix so that ids differing in their last characters (R-1, R-2, ...)
 * spread over a table.
 *
 * @internal
 */
export function hashOfId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 12);
}
