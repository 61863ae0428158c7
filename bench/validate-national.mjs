// @ts-check
// validateDataset against a bare per-record zod safeParse, in one run, on seeded data of
// national-to-multi-year scale (bench/nationalData.mjs). After `npm run build`:
//   node --expose-gc --max-old-space-size=8192 bench/validate-national.mjs [scale=1]
import { Visit, kz, schemasFor, validateDataset } from "opcat-npm";
import { generateNationalData } from "./nationalData.mjs";

const scale = Number(process.argv[2] ?? 1);
const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;
let start = process.hrtime.bigint();
const data = generateNationalData({ facilities: 50_000 * scale, visits: 150_000 * scale, recommendations: 1_000_000 * scale, accountability: 20_000 * scale });
const records = data.facilities.length + data.visits.length + data.recommendations.length + data.accountability.length;
console.log(`generated ${String(records)} records in ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`);
const schemas = schemasFor(kz);

function bareSafeParse() {
  let failures = 0;
  for (const record of data.facilities) if (!schemas.Facility.safeParse(record).success) failures++;
  for (const record of data.visits) if (!Visit.safeParse(record).success) failures++;
  for (const record of data.recommendations) if (!schemas.Recommendation.safeParse(record).success) failures++;
  for (const record of data.accountability) if (!schemas.AccountabilityAction.safeParse(record).success) failures++;
  return failures;
}
/** @param {() => unknown} run */
function seconds(run) {
  gc?.();
  start = process.hrtime.bigint();
  const result = run();
  return { time: Number(process.hrtime.bigint() - start) / 1e9, result };
}
const bare = [];
const validation = [];
for (let round = 0; round < 3; round++) {
  const b = seconds(bareSafeParse);
  bare.push(b.time);
  const v = seconds(() => validateDataset(data));
  validation.push(v.time);
  if (round === 0) console.log(`bare failures: ${String(b.result)}; validation: ${JSON.stringify(/** @type {{ counts: unknown }} */ (v.result).counts)}`);
}
/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[1] ?? Number.NaN;
console.log(`bare zod safeParse per record: ${median(bare).toFixed(2)} s (${((median(bare) * 1e9) / records).toFixed(0)} ns/record)`);
console.log(`validateDataset, all rules:    ${median(validation).toFixed(2)} s (${((median(validation) * 1e9) / records).toFixed(0)} ns/record)`);
console.log(`ratio: ${(median(validation) / median(bare)).toFixed(2)} (target: at most 1.5)`);
if (gc !== undefined) {
  gc();
  const before = process.memoryUsage().heapUsed;
  validateDataset(data);
  const during = process.memoryUsage().heapUsed;
  console.log(`memory beyond the input: at most ${((during - before) / records).toFixed(1)} bytes/record during a run (target: under 200)`);
}
