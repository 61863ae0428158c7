import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { canonicalJson } from "./canonicalJson";

/**
 * The digest of a dataset: the SHA-256 of its canonical JSON (RFC 8785: keys sorted, no
 * white space), as 64 lowercase hex digits. The same data gives the same digest in every
 * engine, whatever the order of its keys or the form it was read from (JSON, CSV, NDJSON), so
 * a printed figure can be traced to the exact data that made it; any change to a value
 * changes it. Any JSON value is accepted (the dataset need not be valid). Pure, and the same
 * in Node and in a browser (SHA-256 by `@noble/hashes`, not the engine's crypto). Throws an
 * {@link OpcatError} (`schema.invalid_value`, at its path) for what JSON cannot hold exactly:
 * a number that is not finite, a bigint, a function, a cycle, nesting deeper than 64 levels.
 *
 * @example
 * ```ts
 * import { datasetDigest } from "opcat-npm";
 *
 * datasetDigest({ b: 1, a: [true, null] });
 * //=> "51705a2c9eb3e7e410a58f696a770c3ac3885a0cf43eb7fc88f5e47c11d4d30d"
 * datasetDigest({ a: [true, null], b: 1 }) === datasetDigest({ b: 1, a: [true, null] });
 * //=> true
 * ```
 */
export function datasetDigest(dataset: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(dataset))));
}
