// @ts-check
// The validation benchmark of issue 3: validateDataset (all rules) against a bare zod
// safeParse of each record, side by side in one run, on seeded data of national-to-multi-year
// scale (bench/generateNationalData.mjs: 50,000 facilities, 150,000 visits, 1,000,000
// recommendations, 20,000 accountability actions), and the peak memory of validation beyond
// the input. After `npm run build`:
//
//   node --expose-gc --max-old-space-size=8192 bench/validate.bench.mjs           # full size, ~2 min
//   node --expose-gc bench/validate.bench.mjs --small                             # sizes / 100, ~10 s
//   node --expose-gc bench/validate.bench.mjs --small --error-rate=0.001          # with injected errors, checked
//
// Options: --small (sizes / 100), --scale=<factor>, --seed=<integer> (default 2023),
// --error-rate=<0..0.01>, --runs=<timed rounds> (default 5, or 9 with --small), --no-json,
// --no-memory. What it does:
//
// 1. Memory (unless --no-memory), first, while this process still holds nothing (a child's
//    maxRSS would otherwise start at its parent's): two child processes, with the same node
//    flags plus --expose-gc --trace-gc, prepare the same data (step 2) after a warm-up on a tiny
//    dataset; then, after full collections, each resets its peak RSS (/proc/self/clear_refs)
//    and (a) holds the data, (b) validates them once. Reported per record, (b − a) of: the peak
//    heap in use after that point (the highest "before" figure of the --trace-gc lines: live
//    objects and garbage not yet collected; target: under 200 bytes/record), and the peak RSS
//    growth (VmHWM − VmRSS, which misses heap pages already resident). See bench/README.md.
// 2. Generates the data (--error-rate injects known errors) and, unless --no-json, passes each
//    collection through JSON.stringify / JSON.parse, so the records are what a reader produces
//    (fresh objects, no shared strings or arrays) and the JSON size is exact.
// 3. Times, interleaved round by round after one warm-up round (bare, validate, bare, ...; a
//    full collection before each with --expose-gc): safeParseEachRecord (bench/baselineZod.mjs)
//    with the schemas validateDataset's schema rules use (src/validate/rules/schemaRules.ts:
//    schemasFor(kz) for facilities, recommendations and accountability, the contract's Visit for
//    visits), and validateDataset(dataset, { asOf }) (with asOf, so the date.after_as_of rule
//    runs too). Prints medians, ns/record, records/s, MB/s of JSON, and validate / bare (target:
//    at most 1.5).
// 4. Checks the result: no issue at all on clean data; with --error-rate, counts.byCode equal to
//    the numbers injected. Exit code 1 on a difference (not on a missed target).
import { spawnSync } from "node:child_process";
import { setTimeout } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { ISSUE_CATALOGUE, Visit, civilDate, kz, schemasFor, validateDataset } from "opcat-npm";
import { recordCount, safeParseEachRecord } from "./baselineZod.mjs";
import { datasetStats, generateNationalData } from "./generateNationalData.mjs";
import {
  collectGarbage, formatBytes, formatCount, formatSeconds, hasGc, heapUsed, jsonRoundTrip, median,
  printComparison, readBenchOptions, resetPeakResidentMemory, residentMemory, timeInterleaved, timeOnce,
} from "./measure.mjs";

/** @typedef {import("./generateNationalData.mjs").NationalDataset} NationalDataset */
/** @typedef {import("./generateNationalData.mjs").NationalDataOptions} NationalDataOptions */

const TARGET_RATIO = 1.5;
const TARGET_BYTES_PER_RECORD = 200;
// The warm-up data of the memory children: the same code paths, compiled before the measure.
const WARM_UP_SIZES = { facilities: 50, visits: 150, recommendations: 1000, accountability: 20 };

const USAGE = `Usage: node --expose-gc [--max-old-space-size=8192] bench/validate.bench.mjs [options]
  --small              sizes / 100
  --scale=<factor>     sizes × factor (default 1: 50,000 facilities, 150,000 visits, 1,000,000 recommendations, 20,000 actions)
  --seed=<integer>     default 2023
  --error-rate=<rate>  0 to 0.01: inject known errors and check the validator finds exactly them
  --runs=<n>           timed rounds after one warm-up round (default 5, or 9 with --small)
  --no-json            skip the JSON.stringify / JSON.parse round trip of the records
  --no-memory          skip the memory measure (two child processes)`;

/**
 * @typedef {{ sizes: Required<NationalDataOptions>, runs: number, json: boolean, memory: boolean,
 *   child: "hold" | "validate" | undefined, args: string[] }} BenchOptions
 */

/** @param {readonly string[]} argv @returns {BenchOptions} */
function readOptions(argv) {
  const { given, number, runs, sizes } = readBenchOptions(argv, ["small", "scale", "seed", "error-rate", "runs", "no-json", "no-memory", "memory-child", "help"]);
  const child = given["memory-child"];
  if (child !== undefined && child !== "hold" && child !== "validate") throw new RangeError("--memory-child must be hold or validate");
  return {
    sizes: { ...sizes, errorRate: number("error-rate", 0) },
    runs,
    json: given["no-json"] === undefined,
    memory: given["no-memory"] === undefined,
    child,
    args: argv.filter((argument) => !argument.startsWith("--memory-child=") && argument !== "--no-memory"),
  };
}


/** Generates the data and, unless --no-json, passes them through JSON. @param {BenchOptions} options */
function prepare(options) {
  const generated = timeOnce(() => generateNationalData(options.sizes));
  const { dataset, injected, asOf } = generated.result;
  const json = options.json ? jsonRoundTrip(dataset) : undefined;
  return { dataset, injected, asOf: civilDate(asOf), generationNs: generated.ns, json, records: recordCount(dataset) };
}

// ---------------------------------------------------------------------------------------------
// Memory: a child process per measure
// ---------------------------------------------------------------------------------------------

// What a child prints around the measured part, between the lines of --trace-gc.
const MARK_START = "opcat-bench: measure starts";
const MARK_END = "opcat-bench: measure ends";

/**
 * @typedef {{ mode: "hold" | "validate", records: number, resetWorked: boolean, rssAtReset: number, peakAfterReset: number,
 *   peakOfPreparation: number, heapUsedAtReset: number, heapSlackAtReset: number, heapUsedAfter: number,
 *   heapRetained: number, issues: number }} MemoryReport
 */

/** Runs in a child: prepares the data, then holds them or validates them once, and prints a MemoryReport. @param {BenchOptions} options @param {"hold" | "validate"} mode */
async function memoryChild(options, mode) {
  // Both children first run the same code on a tiny dataset: the library's code is then loaded
  // and compiled in both, and not counted per record.
  const warmUp = prepare({ ...options, sizes: { ...options.sizes, ...WARM_UP_SIZES } });
  validateDataset(warmUp.dataset, { asOf: warmUp.asOf });
  const prepared = prepare(options);
  const peakOfPreparation = residentMemory()?.peak ?? Number.NaN;
  // Let the collector return the garbage of generation and JSON to the system before the reset.
  collectGarbage();
  await setTimeout(300);
  collectGarbage();
  const heapAtReset = getHeapStatistics();
  const resetWorked = resetPeakResidentMemory();
  const atReset = residentMemory();
  console.log(MARK_START);
  const result = mode === "validate" ? validateDataset(prepared.dataset, { asOf: prepared.asOf }) : undefined;
  const afterRun = residentMemory();
  const heapUsedAfter = getHeapStatistics().used_heap_size;
  console.log(MARK_END);
  collectGarbage();
  /** @type {MemoryReport} */
  const report = {
    mode,
    records: recordCount(prepared.dataset), // read after the run: the data stay reachable to here
    resetWorked,
    rssAtReset: atReset?.rss ?? Number.NaN,
    peakAfterReset: afterRun?.peak ?? Number.NaN,
    peakOfPreparation,
    heapUsedAtReset: heapAtReset.used_heap_size,
    // Heap pages resident but free at the reset: a run can fill them without raising the RSS.
    heapSlackAtReset: heapAtReset.total_physical_size - heapAtReset.used_heap_size,
    heapUsedAfter,
    heapRetained: getHeapStatistics().used_heap_size - heapAtReset.used_heap_size,
    issues: result === undefined ? 0 : result.counts.errors + result.counts.warnings,
  };
  console.log(JSON.stringify(report));
}

/**
 * The heap between the marks, from the --trace-gc lines (`Scavenge 812.3 (830.1) -> 790.2
 * (831.0) MB`, in MiB): `peak`, the highest heap in use (live objects and garbage not yet
 * collected), the "before" figures or the heap in use at the end if higher; `livePeak`, the
 * highest heap left right after a collection (live objects, and dead old ones a young
 * collection does not free). In bytes.
 * @param {string} stdout
 * @param {number} usedAtEnd
 */
function heapPeak(stdout, usedAtEnd) {
  const measured = stdout.slice(stdout.indexOf(MARK_START), stdout.indexOf(MARK_END));
  let peak = usedAtEnd;
  let livePeak = 0;
  let collections = 0;
  for (const match of measured.matchAll(/ ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g)) {
    peak = Math.max(peak, Number(match[1]) * 1024 * 1024);
    livePeak = Math.max(livePeak, Number(match[2]) * 1024 * 1024);
    collections++;
  }
  return { peak, livePeak, collections };
}

/** Spawns a child with this process's node flags (and --expose-gc, --trace-gc) and reads its report. @param {BenchOptions} options @param {"hold" | "validate"} mode */
function spawnMemoryChild(options, mode) {
  const flags = [...process.execArgv, ...["--expose-gc", "--trace-gc"].filter((flag) => !process.execArgv.includes(flag))];
  const child = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...options.args, `--memory-child=${mode}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 26,
  });
  const lastLine = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !lastLine.startsWith("{") || !child.stdout.includes(MARK_END)) {
    throw new Error(`the memory child (${mode}) failed: exit ${String(child.status)} ${child.signal ?? ""}\n${child.stdout.slice(-2000)}`);
  }
  const report = /** @type {MemoryReport} */ (JSON.parse(lastLine));
  return { ...report, heap: heapPeak(child.stdout, report.heapUsedAfter) };
}

/** @param {BenchOptions} options */
function measureMemory(options) {
  const hold = spawnMemoryChild(options, "hold");
  const validate = spawnMemoryChild(options, "validate");
  const records = validate.records;
  const perRecord = (/** @type {number} */ bytes) => `${(bytes / records).toFixed(1)} bytes/record`;
  const verdict = (/** @type {number} */ bytes) => (bytes / records < TARGET_BYTES_PER_RECORD ? "meets the target" : "MISSES the target");
  const rssGrowth = (/** @type {MemoryReport} */ report) => report.peakAfterReset - report.rssAtReset;
  const heapGrowth = (/** @type {typeof hold} */ report) => report.heap.peak - report.heapUsedAtReset;
  const rss = rssGrowth(validate) - rssGrowth(hold);
  const heap = heapGrowth(validate) - heapGrowth(hold);
  const reset = validate.resetWorked && hold.resetWorked;
  console.log(`memory beyond the input: two child processes prepare the same data, collect, then (a) hold them, (b) validate them once:`);
  if (!reset) console.log("  COULD NOT reset the peak RSS (/proc/self/clear_refs): the RSS figures include the preparation");
  console.log(`  (a) RSS ${formatBytes(hold.rssAtReset)} and heap ${formatBytes(hold.heapUsedAtReset)} at the start; peak RSS +${formatBytes(rssGrowth(hold))}, peak heap +${formatBytes(heapGrowth(hold))}`);
  console.log(`  (b) RSS ${formatBytes(validate.rssAtReset)} and heap ${formatBytes(validate.heapUsedAtReset)} at the start; peak RSS +${formatBytes(rssGrowth(validate))}, peak heap +${formatBytes(heapGrowth(validate))} (${String(validate.heap.collections)} collections during the run; ${formatCount(validate.issues)} issues)`);
  console.log(`  peak heap beyond the input (b − a): ${formatBytes(heap)}, ${perRecord(heap)} (target: under ${String(TARGET_BYTES_PER_RECORD)}) ${verdict(heap)}`);
  const live = validate.heap.collections === 0 ? Number.NaN : validate.heap.livePeak - validate.heapUsedAtReset;
  console.log(`    the highest heap left right after a collection in (b): +${formatBytes(live)} (${perRecord(live)}); the peak above also holds garbage not yet collected`);
  if (records < 1_000_000) console.log("    (below a million records the young generation, a fixed ~16 MiB of garbage, weighs on the per-record figures: judge them at full size)");
  console.log(`  peak RSS beyond the input (b − a):  ${formatBytes(rss)}, ${perRecord(rss)} ${verdict(rss)}; it misses what a run puts in pages already resident (heap pages free at the start of (b): ${formatBytes(validate.heapSlackAtReset)})`);
  console.log(`  kept by the result after a collection: ${perRecord(validate.heapRetained)}; whole-process peak RSS, generation and JSON round trip included: (a) ${formatBytes(hold.peakOfPreparation)}, (b) ${formatBytes(Math.max(validate.peakOfPreparation, validate.peakAfterReset))}`);
}

// ---------------------------------------------------------------------------------------------
// The benchmark
// ---------------------------------------------------------------------------------------------

/** @param {BenchOptions} options */
function main(options) {
  console.log(`Node ${process.version}; ${hasGc() ? "--expose-gc: a full collection before each timed run" : "no --expose-gc: noisier times"}`);
  console.log(`generateNationalData(${JSON.stringify(options.sizes)})`);
  if (options.memory) measureMemory(options);

  const heapBefore = heapUsed();
  const prepared = prepare(options);
  const { dataset, injected, asOf, records, json } = prepared;
  const heapHeld = heapUsed() - heapBefore;
  const stats = datasetStats(dataset);
  console.log(`generated ${formatCount(records)} records in ${formatSeconds(prepared.generationNs)} (${(prepared.generationNs / records).toFixed(0)} ns/record)`);
  console.log(`  facilities ${formatCount(stats.facilities)}, visits ${formatCount(stats.visits)}, recommendations ${formatCount(stats.recommendations)} (${formatCount(stats.agencyLevelRecommendations)} agency-level, ${formatCount(stats.historyEntries)} status changes), accountability ${formatCount(stats.accountability)}`);
  const jsonBytes = json?.bytes ?? stats.approxJsonBytes;
  if (json === undefined) {
    console.log(`  --no-json: the records are the generator's objects, not parsed from JSON; JSON ~${formatBytes(jsonBytes)} (estimated, ~${(jsonBytes / records).toFixed(0)} bytes/record)`);
  } else {
    console.log(`  records passed through JSON.stringify / JSON.parse, as a reader gives them: JSON ${formatBytes(jsonBytes)} (${(jsonBytes / records).toFixed(0)} bytes/record); stringify ${formatSeconds(json.stringifyNs)}, parse ${formatSeconds(json.parseNs)} (${(jsonBytes / 1e6 / (json.parseNs / 1e9)).toFixed(1)} MB/s)`);
  }
  console.log(`  heap held by the dataset (the input): ${formatBytes(heapHeld)} (${(heapHeld / records).toFixed(0)} bytes/record)`);

  // The schemas of the schema rules (src/validate/rules/schemaRules.ts), nothing else.
  const schemas = { ...schemasFor(kz), Visit };
  const validationOptions = { asOf };
  const timings = timeInterleaved({
    bare: () => safeParseEachRecord(dataset, schemas),
    validate: () => validateDataset(dataset, validationOptions),
  }, { runs: options.runs, warmup: 1 });
  const { bare, validate } = timings;
  console.log(`side by side, ${String(options.runs)} interleaved rounds after a warm-up round (medians):`);
  printComparison([
    { label: "bare zod safeParse per record", timing: bare },
    { label: `validateDataset (all rules, asOf ${asOf})`, timing: validate },
  ], { records, jsonBytes });
  const ratio = validate.median / bare.median;
  const roundRatios = validate.runs.map((ns, round) => ns / (bare.runs[round] ?? Number.NaN));
  console.log(`  ratio validate / bare: ${ratio.toFixed(2)} (median of the rounds' ratios ${median(roundRatios).toFixed(2)}; rounds ${roundRatios.map((value) => value.toFixed(2)).join(", ")}); target: at most ${String(TARGET_RATIO)} ${ratio <= TARGET_RATIO ? "meets the target" : "MISSES the target"}`);

  // --- Checks ------------------------------------------------------------------------------------
  const result = validate.result;
  const byCode = /** @type {Record<string, number | undefined>} */ (result.counts.byCode);
  const expected = /** @type {Record<string, number | undefined>} */ (injected);
  const codes = [...new Set([...Object.keys(expected).filter((code) => (expected[code] ?? 0) > 0), ...Object.keys(byCode)])].sort();
  let differences = 0;
  if (codes.length === 0) {
    console.log(`check: no issue at all on clean data; bare safeParse failures: ${String(bare.result)}`);
    if (bare.result !== 0) differences++;
  } else {
    console.log(`check: issues by code against the numbers injected (${formatCount(result.counts.errors)} errors, ${formatCount(result.counts.warnings)} warnings, ${formatCount(result.counts.listed)} listed; bare safeParse failures: ${formatCount(bare.result)}):`);
    for (const code of codes) {
      const want = expected[code] ?? 0;
      const found = byCode[code] ?? 0;
      if (want !== found) differences++;
      const severity = /** @type {Record<string, { severity: string } | undefined>} */ (ISSUE_CATALOGUE)[code]?.severity ?? "?";
      console.log(`  ${code.padEnd(30)} ${severity.padEnd(7)} injected ${String(want).padStart(6)}  found ${String(found).padStart(6)}${want === found ? "" : "  <-- differs"}`);
    }
  }
  console.log(differences === 0 ? "  as expected" : `  ${String(differences)} differences`);
  if (differences > 0) process.exitCode = 1;
}

/** @type {BenchOptions} */
let options;
try {
  options = readOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (process.argv.includes("--help")) console.log(USAGE);
else if (options.child === undefined) main(options);
else await memoryChild(options, options.child);
