// @ts-check
// One pass of either the bare per-record zod safeParse (bench/baselineZod.mjs, with the schemas
// of the validator's schema rules) or validateDataset over the example dataset
// (examples/data/kz-2023.json), for counting instructions with valgrind: counts repeat almost
// exactly, where wall-clock time on a shared machine varies by a fifth. After `npm run build`:
//
//   for mode in setup bare validate; do
//     valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.$mode node bench/validate-instructions.mjs $mode 2>&1 | grep Collected
//   done
//
// ratio = (validate - setup) / (bare - setup): "setup" loads the library and reads the file,
// and does nothing else. Instructions ignore cache misses, which grow with the size of the id
// maps, and the example is small (4,413 records): the figure to meet is validate.bench.mjs's.
import { readFileSync } from "node:fs";
import { Visit, kz, schemasFor, validateDataset } from "opcat-npm";
import { safeParseEachRecord } from "./baselineZod.mjs";

const mode = process.argv[2] ?? "setup";
if (mode !== "setup" && mode !== "bare" && mode !== "validate") throw new RangeError("mode: setup, bare or validate");
const dataset = JSON.parse(readFileSync(new URL("../examples/data/kz-2023.json", import.meta.url), "utf8"));
const schemas = { ...schemasFor(kz), Visit };
if (mode === "bare") safeParseEachRecord(dataset, schemas);
else if (mode === "validate") validateDataset(dataset);
