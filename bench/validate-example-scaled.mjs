// @ts-check
// Validation speed against a bare zod safeParse of each record, in one run, on the example
// dataset repeated N times with renamed ids (deterministic: the example is seeded).
// Run after `npm run build`:  node --expose-gc bench/validate-example-scaled.mjs [N=100]
import { readFileSync } from "node:fs";
import { Visit, kz, schemasFor, validateDataset } from "opcat-npm";

const ROUNDS = 5;
const copies = Number(process.argv[2] ?? 100);
const base = JSON.parse(readFileSync(new URL("../examples/data/kz-2023.json", import.meta.url), "utf8"));

/**
 * The records of a collection with every id (and reference) suffixed by `#copy`.
 * @param {Record<string, unknown>[]} records
 * @param {number} copy
 * @param {string[]} references
 */
function renamed(records, copy, references) {
  return records.map((record) => {
    /** @type {Record<string, unknown>} */
    const result = { ...record, id: `${String(record["id"])}#${String(copy)}` };
    for (const field of references) {
      const value = result[field];
      if (typeof value === "string") result[field] = `${value}#${String(copy)}`;
      if (Array.isArray(value)) result[field] = value.map((id) => `${String(id)}#${String(copy)}`);
    }
    return result;
  });
}

/** @type {{ facilities: unknown[], visits: unknown[], recommendations: unknown[], accountability: unknown[] } & Record<string, unknown>} */
const data = { ...base, facilities: [], visits: [], recommendations: [], accountability: [] };
for (let copy = 0; copy < copies; copy++) {
  data.facilities.push(...renamed(base.facilities, copy, []));
  data.visits.push(...renamed(base.visits, copy, ["facilityIds", "followUpOf"]));
  data.recommendations.push(...renamed(base.recommendations, copy, ["visitId", "facilityId", "escalates", "repeatOf"]));
  data.accountability.push(...renamed(base.accountability, copy, ["visitId", "facilityId"]));
}
const records = data.facilities.length + data.visits.length + data.recommendations.length + data.accountability.length;
const schemas = schemasFor(kz);

/** The baseline: zod's safeParse of each record with the same (profile) schemas, nothing else. */
function bareSafeParse() {
  let failures = 0;
  for (const record of data.facilities) if (!schemas.Facility.safeParse(record).success) failures++;
  for (const record of data.visits) if (!Visit.safeParse(record).success) failures++;
  for (const record of data.recommendations) if (!schemas.Recommendation.safeParse(record).success) failures++;
  for (const record of data.accountability) if (!schemas.AccountabilityAction.safeParse(record).success) failures++;
  return failures;
}

/** @param {() => unknown} run */
function milliseconds(run) {
  const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;
  gc?.();
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const bare = [];
const validation = [];
for (let round = 0; round < ROUNDS; round++) {
  bare.push(milliseconds(bareSafeParse));
  validation.push(milliseconds(() => validateDataset(data)));
}
/** @param {number} ms */
const perRecord = (ms) => `${((ms * 1e6) / records).toFixed(0)} ns/record`;
console.log(`${String(records)} records (${String(copies)} copies of the example), medians of ${String(ROUNDS)} alternating rounds:`);
console.log(`  bare zod safeParse per record: ${median(bare).toFixed(0)} ms (${perRecord(median(bare))})`);
console.log(`  validateDataset, all rules:    ${median(validation).toFixed(0)} ms (${perRecord(median(validation))})`);
console.log(`  ratio: ${(median(validation) / median(bare)).toFixed(2)} (target: at most 1.5)`);
const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;
if (gc !== undefined) {
  // Heap growth over one run before any collection: an upper bound of the peak beyond the input.
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = validateDataset(data);
  const during = process.memoryUsage().heapUsed;
  gc();
  const kept = process.memoryUsage().heapUsed;
  const bytes = (/** @type {number} */ value) => `${((value - before) / records).toFixed(1)} bytes/record`;
  console.log(`  memory beyond the input: at most ${bytes(during)} during a run (target: under 200), ${bytes(kept)} kept by the result (${String(result.counts.errors + result.counts.warnings)} issues)`);
}
