// @ts-check
// One pass of either the bare per-record zod safeParse or validateDataset over the example
// dataset, for counting instructions with valgrind: counts repeat exactly, where wall-clock
// time on a shared machine varies by a fifth. After `npm run build`:
//   for mode in setup bare validate; do
//     valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.$mode node bench/validate-instructions.mjs $mode 2>&1 | grep Collected
//   done
// ratio = (validate - setup) / (bare - setup). Measured 2026-11-28: setup 2,484 M, bare
// 3,147 M, validate 3,418 M instructions: 1.41. (Instructions ignore cache misses, which grow
// with the size of the id maps: also run bench/validate-example-scaled.mjs.)
import { readFileSync } from "node:fs";
import { Visit, kz, schemasFor, validateDataset } from "opcat-npm";

const mode = process.argv[2] ?? "setup";
const base = JSON.parse(readFileSync(new URL("../examples/data/kz-2023.json", import.meta.url), "utf8"));
const schemas = schemasFor(kz);
if (mode === "bare") {
  for (const record of base.facilities) schemas.Facility.safeParse(record);
  for (const record of base.visits) Visit.safeParse(record);
  for (const record of base.recommendations) schemas.Recommendation.safeParse(record);
  for (const record of base.accountability) schemas.AccountabilityAction.safeParse(record);
} else if (mode === "validate") {
  validateDataset(base);
}
