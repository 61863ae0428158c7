// @ts-check
// The report benchmark of issue 4: buildReport against, in the same run, a hand-written single
// loop computing the same figures, idiomatic lodash and idiomatic arquero (bench/reportBaselines.mjs),
// on the seeded national data of the validation benchmark (bench/generateNationalData.mjs: 50,000
// facilities, 150,000 visits, 1,000,000 recommendations, 20,000 accountability actions). Targets:
// buildReport at most 1.5× the hand loop, and lodash and arquero at least 3× slower than buildReport.
// After `npm run build`:
//
//   node --expose-gc --max-old-space-size=8192 bench/report.bench.mjs            # full size, ~5 min
//   node --expose-gc bench/report.bench.mjs --small                              # sizes / 100, ~10 s
//   node --expose-gc bench/report.bench.mjs --cpu-profile=/tmp/report.cpuprofile # and where buildReport spends its time
//
// Options: --small (sizes / 100), --scale=<factor>, --seed=<integer> (default 2023), --runs=<timed
// rounds> (default 5, or 9 with --small), --no-json, --only=<contenders> (a subset of
// hand,lodash,arquero,arquero-query; buildReport always runs), --cpu-profile=<file>. What it does:
//
// 1. Generates the data and, unless --no-json, passes each collection through JSON.stringify /
//    JSON.parse (records as a reader gives them: fresh objects, nothing shared), then parses the
//    dataset once with the profile's schema (schemasFor(kz).Dataset), so that every contender
//    reads the same typed records, as buildReport expects them. Not timed in the comparison.
// 2. Times one warm-up round and then --runs rounds, interleaved (a full collection before each
//    run with --expose-gc), of: buildReport(dataset, { asOf }) (period: the dataset's; asOf: the
//    generator's extraction date), the hand loop, lodash, arquero including the construction of
//    its tables from the record arrays (aq.from per collection), and arquero query only (tables
//    built once beforehand, untimed). Prints medians, ns/record (of all the records, the register
//    included), and the ratios buildReport / hand loop (target ≤ 1.5), lodash / buildReport and
//    arquero / buildReport (targets ≥ 3), with the ratio of each round.
// 3. Checks that the figures of every contender are exactly buildReport's (every key of the report
//    but format, profile, parameters and reconciliation; the same JSON text). Exit code 1 on a
//    difference, not on a missed target.
// 4. With --cpu-profile=<file>, runs buildReport --runs more times under the inspector's sampling
//    profiler (100 µs), writes the profile to <file> (open it in Chrome DevTools) and prints the
//    self time by function and by source file of the library (dist/index.js is mapped back to
//    src/ by tsup's "// src/..." module comments).
import { statSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import * as library from "opcat-npm";
import { recordCount } from "./baselineZod.mjs";
import { datasetStats, generateNationalData } from "./generateNationalData.mjs";
import { formatBytes, formatCount, formatMs, formatSeconds, hasGc, heapUsed, jsonRoundTrip, median, printComparison, readBenchOptions, timeInterleaved, timeOnce } from "./measure.mjs";
import { arqueroReport, arqueroReportFromRecords, arqueroTables, codeListsOf, figuresOf, handLoopReport, lodashReport } from "./reportBaselines.mjs";

/** @typedef {import("./generateNationalData.mjs").NationalDataset} NationalDataset */
/** @typedef {import("./generateNationalData.mjs").NationalDataOptions} NationalDataOptions */
/** @typedef {import("./measure.mjs").Timing} Timing */

const { buildReport, civilDate, kz, schemasFor } = library;
const TARGET_VS_HAND = 1.5;
const TARGET_VS_LIBRARIES = 3;
const CONTENDERS = /** @type {const} */ (["buildReport", "hand", "lodash", "arquero", "arquero-query"]);
/** @typedef {typeof CONTENDERS[number]} Contender */

const USAGE = `Usage: node --expose-gc [--max-old-space-size=8192] bench/report.bench.mjs [options]
  --small                 sizes / 100
  --scale=<factor>        sizes × factor (default 1: 50,000 facilities, 150,000 visits, 1,000,000 recommendations, 20,000 actions)
  --seed=<integer>        default 2023
  --runs=<n>              timed rounds after one warm-up round (default 5, or 9 with --small)
  --no-json               skip the JSON.stringify / JSON.parse round trip of the records
  --only=<names>          run only these contenders, comma-separated, of: ${CONTENDERS.join(", ")} (buildReport always runs)
  --cpu-profile=<file>    then profile --runs runs of buildReport, write the .cpuprofile and print where the time goes`;

/** @typedef {{ sizes: Required<Omit<NationalDataOptions, "errorRate">>, runs: number, json: boolean, cpuProfile: string | undefined, only: ReadonlySet<Contender> }} BenchOptions */

/** @param {readonly string[]} argv @returns {BenchOptions} */
function readOptions(argv) {
  const { given, runs, sizes } = readBenchOptions(argv, ["small", "scale", "seed", "runs", "no-json", "cpu-profile", "only", "help"]);
  const cpuProfile = given["cpu-profile"];
  if (cpuProfile === true || cpuProfile === "") throw new RangeError("--cpu-profile takes a file name");
  const onlyGiven = given["only"];
  if (onlyGiven === true || onlyGiven === "") throw new RangeError("--only takes contender names");
  /** @type {Set<Contender>} */
  const only = new Set(["buildReport"]);
  for (const name of onlyGiven === undefined ? CONTENDERS : onlyGiven.split(",")) {
    const contender = CONTENDERS.find((known) => known === name.trim());
    if (contender === undefined) throw new RangeError(`--only: unknown contender ${name} (known: ${CONTENDERS.join(", ")})`);
    only.add(contender);
  }
  return {
    sizes,
    runs,
    json: given["no-json"] === undefined,
    cpuProfile,
    only,
  };
}


/**
 * Up to `limit` paths at which two JSON values differ.
 * @param {unknown} a
 * @param {unknown} b
 * @param {string} [path]
 * @param {string[]} [found]
 * @param {number} [limit]
 */
function differences(a, b, path = "", found = [], limit = 12) {
  if (found.length >= limit) return found;
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const left = /** @type {Record<string, unknown>} */ (a);
    const right = /** @type {Record<string, unknown>} */ (b);
    const keysA = Object.keys(left);
    const keysB = Object.keys(right);
    if (keysA.join() !== keysB.join() && keysA.slice().sort().join() === keysB.slice().sort().join()) found.push(`${path || "."}: same keys in another order`);
    for (const key of new Set([...keysA, ...keysB])) differences(left[key], right[key], `${path}.${key}`, found, limit);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    found.push(`${path}: ${JSON.stringify(a) ?? "missing"} vs ${JSON.stringify(b) ?? "missing"}`);
  }
  return found;
}

/** @param {Timing} numerator @param {Timing} denominator */
function ratios(numerator, denominator) {
  const rounds = numerator.runs.map((ns, round) => ns / (denominator.runs[round] ?? Number.NaN));
  return { ratio: numerator.median / denominator.median, rounds };
}

/**
 * @param {string} label
 * @param {{ ratio: number, rounds: number[] }} measured
 * @param {string} target
 * @param {boolean} met
 */
function printRatio(label, measured, target, met) {
  const rounds = measured.rounds.map((value) => value.toFixed(2)).join(", ");
  console.log(`  ${label.padEnd(34)} ${measured.ratio.toFixed(2).padStart(6)}  (rounds ${rounds}; median of the rounds' ratios ${median(measured.rounds).toFixed(2)})  target: ${target}  ${met ? "meets the target" : "MISSES the target"}`);
}

// ---------------------------------------------------------------------------------------------
// The CPU profile of buildReport
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {{ id: number, callFrame: { functionName: string, scriptId: string, url: string, lineNumber: number, columnNumber: number },
 *   hitCount?: number, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], startTime: number, endTime: number, samples?: number[], timeDeltas?: number[] }} CpuProfile
 */

/** The source file of each line of the bundle, from tsup's `// src/...` comments. @param {string} source */
function sourceFilesOf(source) {
  /** @type {string[]} */
  const byLine = [];
  let current = "(bundle)";
  for (const line of source.split("\n")) {
    const match = /^\/\/ (src\/\S+\.ts)$/.exec(line);
    if (match?.[1] !== undefined) current = match[1];
    byLine.push(current);
  }
  return byLine;
}

/**
 * Self time (µs) by function and by library source file, from the samples of a profile.
 * @param {CpuProfile} profile
 * @param {ReadonlyMap<string, readonly string[]>} bundleLines the source file of each line of the library's bundle, by script id
 */
function selfTimes(profile, bundleLines) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const selfById = new Map();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? 0;
    // The delta before sample i + 1 is the time spent in sample i.
    selfById.set(id, (selfById.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  }
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const byFile = new Map();
  let total = 0;
  for (const [id, us] of selfById) {
    const node = nodes.get(id);
    if (node === undefined) continue;
    total += us;
    const { functionName, scriptId, url, lineNumber } = node.callFrame;
    let file = "(native, gc or idle)";
    const lines = bundleLines.get(scriptId);
    if (lines !== undefined) {
      file = lines[lineNumber] ?? "(bundle)";
    } else if (url !== "") {
      file = url.replace(/^.*\/(?:node_modules|bench)\//, "");
    }
    const name = `${functionName || "(anonymous)"} ${file === "(native, gc or idle)" ? "" : `${file}:${String(lineNumber + 1)}`}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  return { total, byFunction, byFile };
}

/**
 * Profiles `runs` runs of `run` with the inspector's sampling profiler and prints where the time goes.
 * @param {() => unknown} run
 * @param {number} runs
 * @param {string} file
 */
async function profileRuns(run, runs, file) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) run();
  const wallNs = Number(process.hrtime.bigint() - start);
  const { profile } = /** @type {{ profile: CpuProfile }} */ (await session.post("Profiler.stop"));
  // The library's bundle as this process loaded it (dist/ may have been rebuilt since).
  await session.post("Debugger.enable");
  /** @type {Map<string, string[]>} */
  const bundleLines = new Map();
  for (const { callFrame } of profile.nodes) {
    if (!callFrame.url.endsWith("/dist/index.js") || bundleLines.has(callFrame.scriptId)) continue;
    const { scriptSource } = await session.post("Debugger.getScriptSource", { scriptId: callFrame.scriptId });
    bundleLines.set(callFrame.scriptId, sourceFilesOf(scriptSource));
  }
  session.disconnect();
  writeFileSync(file, JSON.stringify(profile));
  const { total, byFunction, byFile } = selfTimes(profile, bundleLines);
  const share = (/** @type {number} */ us) => `${(us / 1000 / runs).toFixed(1).padStart(7)} ms/run ${((100 * us) / total).toFixed(1).padStart(5)} %`;
  console.log(`cpu profile of ${String(runs)} runs of buildReport (${formatMs(wallNs / runs)} per run under the profiler): ${file}`);
  console.log("  self time by source file:");
  for (const [name, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${share(us)}  ${name}`);
  console.log("  self time by function (top 20):");
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`    ${share(us)}  ${name}`);
}

// ---------------------------------------------------------------------------------------------
// The benchmark
// ---------------------------------------------------------------------------------------------

/** @param {BenchOptions} options */
async function main(options) {
  console.log(`Node ${process.version}; ${hasGc() ? "--expose-gc: a full collection before each timed run" : "no --expose-gc: noisier times"}`);
  const bundle = fileURLToPath(import.meta.resolve("opcat-npm"));
  console.log(`opcat-npm: ${bundle}, built ${statSync(bundle).mtime.toISOString()} (loaded at the start: a rebuild during the run does not change what is measured)`);
  console.log(`generateNationalData(${JSON.stringify(options.sizes)})`);

  const generated = timeOnce(() => generateNationalData(options.sizes));
  const { dataset: plain, asOf: generatedAsOf } = generated.result;
  const records = recordCount(plain);
  const stats = datasetStats(plain);
  console.log(`generated ${formatCount(records)} records in ${formatSeconds(generated.ns)}`);
  console.log(`  facilities ${formatCount(stats.facilities)}, visits ${formatCount(stats.visits)}, recommendations ${formatCount(stats.recommendations)} (${formatCount(stats.agencyLevelRecommendations)} agency-level, ${formatCount(stats.historyEntries)} status changes), accountability ${formatCount(stats.accountability)}`);
  const json = options.json ? jsonRoundTrip(plain) : undefined;
  const jsonBytes = json?.bytes ?? stats.approxJsonBytes;
  if (json === undefined) console.log(`  --no-json: the records are the generator's objects; JSON ~${formatBytes(jsonBytes)} (estimated)`);
  else console.log(`  records passed through JSON.stringify / JSON.parse, as a reader gives them: JSON ${formatBytes(jsonBytes)} (${(jsonBytes / records).toFixed(0)} bytes/record), parse ${formatSeconds(json.parseNs)}`);

  // Typed data, once, untimed in the comparison: what buildReport expects (and what every contender reads).
  const heapBefore = heapUsed();
  const parsed = timeOnce(() => schemasFor(kz).Dataset.parse(plain));
  const dataset = parsed.result;
  const heapHeld = heapUsed() - heapBefore;
  console.log(`  parsed once with schemasFor(kz).Dataset in ${formatSeconds(parsed.ns)}: the typed dataset holds ${formatBytes(heapHeld)} of heap (${(heapHeld / records).toFixed(0)} bytes/record)`);

  const asOf = civilDate(generatedAsOf);
  const reportOptions = { asOf };
  const lists = codeListsOf(kz, library);
  const { only } = options;
  const tables = only.has("arquero-query") ? timeOnce(() => arqueroTables(dataset)) : undefined;
  if (tables !== undefined) console.log(`  arquero tables for "query only", built once beforehand in ${formatMs(tables.ns)}`);
  console.log(`period ${dataset.period.from} to ${dataset.period.to}, asOf ${asOf}`);

  /** @type {Record<Contender, { label: string, run: () => unknown }>} */
  const all = {
    buildReport: { label: `buildReport (asOf ${asOf})`, run: () => buildReport(dataset, reportOptions) },
    hand: { label: "hand-written loop", run: () => handLoopReport(dataset, lists, reportOptions) },
    lodash: { label: "lodash", run: () => lodashReport(dataset, lists, reportOptions) },
    arquero: { label: "arquero, tables built from the records", run: () => arqueroReportFromRecords(dataset, lists, reportOptions) },
    "arquero-query": { label: "arquero, query only", run: () => (tables === undefined ? undefined : arqueroReport(tables.result, dataset, lists, reportOptions)) },
  };
  const running = CONTENDERS.filter((name) => only.has(name));
  const timings = /** @type {Partial<Record<Contender, Timing & { result: unknown }>>} */ (
    timeInterleaved(Object.fromEntries(running.map((name) => [name, all[name].run])), { runs: options.runs, warmup: 1 })
  );
  const buildTiming = timings.buildReport;
  if (buildTiming === undefined) throw new Error("buildReport did not run");
  const report = /** @type {ReturnType<typeof buildReport>} */ (buildTiming.result);
  const order = /** @type {const} */ (["hand", "buildReport", "lodash", "arquero", "arquero-query"]);
  console.log(`side by side, ${String(options.runs)} interleaved rounds after a warm-up round (medians; xN relative to the first row):`);
  printComparison(order.flatMap((name) => {
    const timing = timings[name];
    return timing === undefined ? [] : [{ label: all[name].label, timing }];
  }), { records, jsonBytes });
  const { arquero: arqueroTiming, "arquero-query": queryTiming } = timings;
  if (arqueroTiming !== undefined && queryTiming !== undefined) {
    const construction = arqueroTiming.median - queryTiming.median;
    console.log(`  (arquero's table construction: ${formatMs(construction)} of the medians' difference, ${(construction / records).toFixed(0)} ns/record; built once beforehand: ${formatMs(tables?.ns ?? Number.NaN)})`);
  }
  console.log("ratios of the medians:");
  /** @type {[Contender, Contender, string, number, "max" | "min" | "info"][]} */
  const targets = [
    ["buildReport", "hand", "buildReport / hand-written loop", TARGET_VS_HAND, "max"],
    ["lodash", "buildReport", "lodash / buildReport", TARGET_VS_LIBRARIES, "min"],
    ["arquero", "buildReport", "arquero / buildReport", TARGET_VS_LIBRARIES, "min"],
    ["arquero-query", "buildReport", "arquero query only / buildReport", TARGET_VS_LIBRARIES, "info"],
  ];
  for (const [top, bottom, label, target, kind] of targets) {
    const a = timings[top];
    const b = timings[bottom];
    if (a === undefined || b === undefined) continue;
    const measured = ratios(a, b);
    const text = kind === "max" ? `at most ${String(target)}` : `at least ${String(target)}${kind === "info" ? " (informative)" : ""}`;
    printRatio(label, measured, text, kind === "max" ? measured.ratio <= target : measured.ratio >= target);
  }

  // --- Check: every contender gives exactly buildReport's figures ---------------------------------
  const expected = figuresOf(report);
  const expectedText = JSON.stringify(expected);
  let failures = 0;
  for (const name of running) {
    const figures = timings[name]?.result;
    if (name === "buildReport" || JSON.stringify(figures) === expectedText) continue;
    failures++;
    console.log(`check: ${all[name].label} differs from buildReport (buildReport vs ${name}):`);
    for (const line of differences(expected, JSON.parse(JSON.stringify(figures)))) console.log(`  ${line}`);
  }
  const { visits, facilities, recommendations, accountability } = report;
  console.log(`check: ${failures === 0 ? `${running.length === CONTENDERS.length ? "all four give" : `${String(running.length - 1)} of the four ran and ${running.length === 2 ? "gives" : "give"}`} exactly buildReport's figures` : `${String(failures)} ${failures === 1 ? "contender differs" : "contenders differ"}`}: visits ${formatCount(visits.total)}, facilities monitored ${formatCount(facilities.monitored)} (coverage ${String(facilities.coverage.numerator)}/${String(facilities.coverage.denominator)}), recommendations ${formatCount(recommendations.total)} (implemented ${formatCount(recommendations.byStatus.implemented)}, overdue ${formatCount(recommendations.overdue)}, days to implement ${JSON.stringify(recommendations.daysToImplement)}, escalations ${JSON.stringify(recommendations.escalations)}), officials ${formatCount(accountability.officials.total)}`);
  if (failures > 0) process.exitCode = 1;

  if (options.cpuProfile !== undefined) await profileRuns(() => buildReport(dataset, reportOptions), options.runs, options.cpuProfile);
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
else await main(options);
