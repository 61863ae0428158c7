// @ts-check
// Small timing and memory helpers for the benchmarks: no framework. Times are read with
// process.hrtime.bigint(); side-by-side comparisons run their contenders interleaved, round by
// round, and report medians. A full collection before each timed run needs `node --expose-gc`
// (without it the figures are noisier). Peak memory is read from /proc/self/status (Linux).
import { readFileSync, writeFileSync } from "node:fs";

/** @returns {(() => void) | undefined} */
function gcFunction() {
  const gc = /** @type {{ gc?: unknown }} */ (globalThis).gc;
  return typeof gc === "function" ? /** @type {() => void} */ (gc) : undefined;
}

/** Whether Node runs with --expose-gc. */
export function hasGc() {
  return gcFunction() !== undefined;
}

/** A full collection (twice, so that finalized objects go too), when --expose-gc allows it. */
export function collectGarbage() {
  const gc = gcFunction();
  if (gc === undefined) return false;
  gc();
  gc();
  return true;
}

/** The heap in use now, in bytes, after a full collection when possible. */
export function heapUsed() {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * Times a single run of `run` (for work too slow or too big to repeat, such as generating the
 * full dataset), after a collection.
 *
 * @template T
 * @param {() => T} run
 * @returns {{ ns: number, result: T }}
 */
export function timeOnce(run) {
  collectGarbage();
  const start = process.hrtime.bigint();
  const result = run();
  return { ns: Number(process.hrtime.bigint() - start), result };
}

/**
 * @typedef {{ median: number, min: number, max: number, runs: number[] }} Timing durations in nanoseconds
 */

/**
 * Times contenders side by side in one process: `warmup` rounds first (not counted), then
 * `runs` rounds, each running every contender once in the order given, with a collection
 * before each run. Returns, per contender, the median, the extremes and every duration (in
 * nanoseconds, round by round), and what its last run returned.
 *
 * @template {Record<string, () => unknown>} C
 * @param {C} contenders
 * @param {{ runs: number, warmup: number }} options
 * @returns {{ [K in keyof C]: Timing & { result: ReturnType<C[K]> } }}
 */
export function timeInterleaved(contenders, options) {
  const names = /** @type {(keyof C & string)[]} */ (Object.keys(contenders));
  /** @type {Record<string, number[]>} */
  const durations = Object.fromEntries(names.map((name) => [name, []]));
  /** @type {Record<string, unknown>} */
  const results = {};
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (const name of names) {
      const run = /** @type {() => unknown} */ (contenders[name]);
      const { ns, result } = timeOnce(run);
      if (round >= options.warmup) durations[name]?.push(ns);
      results[name] = result;
    }
  }
  const timings = Object.fromEntries(names.map((name) => {
    const runs = durations[name] ?? [];
    return [name, { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs, result: results[name] }];
  }));
  return /** @type {{ [K in keyof C]: Timing & { result: ReturnType<C[K]> } }} */ (timings);
}

/** The median of some numbers (the mean of the two middle ones for an even count). @param {readonly number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The resident set size now and its peak (the high-water mark), in bytes, of this process's
 * memory map, from /proc/self/status: unlike `process.resourceUsage().maxRSS`, the peak is not
 * raised by what the parent held when it spawned this process. Undefined off Linux.
 */
export function residentMemory() {
  let status;
  try {
    status = readFileSync("/proc/self/status", "utf8");
  } catch {
    return undefined;
  }
  const kib = (/** @type {string} */ field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kib("VmRSS"), peak: kib("VmHWM") };
}

/** Resets the peak resident set size to the current one (Linux ≥ 4.0: `5` into clear_refs). Whether it could. */
export function resetPeakResidentMemory() {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** @param {number} ns */
export const formatMs = (ns) => `${(ns / 1e6).toFixed(ns < 1e8 ? 1 : 0)} ms`;
/** @param {number} ns */
export const formatSeconds = (ns) => `${(ns / 1e9).toFixed(2)} s`;
/** @param {number} value */
export const formatCount = (value) => Math.round(value).toLocaleString("en-US");
/** @param {number} bytes */
export function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit] ?? "B"}`;
}

/**
 * Prints timed rows side by side: median, ns per record, records/s, MB/s of JSON (10^6 bytes),
 * ratio to the first row (the baseline), and the spread of the runs.
 *
 * @param {readonly { label: string, timing: Timing }[]} rows
 * @param {{ records: number, jsonBytes: number }} size
 */
export function printComparison(rows, size) {
  const baseline = rows[0]?.timing.median ?? Number.NaN;
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const { label, timing } of rows) {
    const seconds = timing.median / 1e9;
    const perRecord = `${(timing.median / size.records).toFixed(0).padStart(6)} ns/record`;
    const perSecond = `${formatCount(size.records / seconds).padStart(10)} records/s`;
    const megabytes = `${(size.jsonBytes / 1e6 / seconds).toFixed(1).padStart(6)} MB/s`;
    const ratio = `x${(timing.median / baseline).toFixed(2)}`;
    const spread = `runs ${formatMs(timing.min)} – ${formatMs(timing.max)}`;
    console.log(`  ${label.padEnd(width)}  ${formatMs(timing.median).padStart(9)}  ${perRecord}  ${perSecond}  ${megabytes}  ${ratio}  (${spread})`);
  }
}

/**
 * Each collection through JSON.stringify and JSON.parse, in place (the generated records become
 * garbage collection by collection), and the exact size of the dataset as compact JSON.
 * @param {import("./generateNationalData.mjs").NationalDataset} dataset
 */
export function jsonRoundTrip(dataset) {
  const shell = { ...dataset, facilities: [], visits: [], recommendations: [], accountability: [] };
  let bytes = Buffer.byteLength(JSON.stringify(shell)) - "[][][][]".length;
  let stringifyNs = 0;
  let parseNs = 0;
  for (const name of /** @type {const} */ (["facilities", "visits", "recommendations", "accountability"])) {
    let start = process.hrtime.bigint();
    const text = JSON.stringify(dataset[name]);
    stringifyNs += Number(process.hrtime.bigint() - start);
    bytes += Buffer.byteLength(text);
    start = process.hrtime.bigint();
    dataset[name] = JSON.parse(text);
    parseNs += Number(process.hrtime.bigint() - start);
  }
  return { bytes, stringifyNs, parseNs };
}

/**
 * The options common to the national-scale benchmarks, from `--name=value` and `--name`
 * arguments (any name outside `known` is an error): `--small` (sizes / 100), `--scale`,
 * `--seed` (default 2023), `--runs` (default 5, or 9 with `--small`), checked; `given` holds
 * every argument for the script's own options, and `number` reads one as a number.
 *
 * @param {readonly string[]} argv
 * @param {readonly string[]} known
 */
export function readBenchOptions(argv, known) {
  /** @type {Record<string, string | true>} */
  const given = {};
  for (const argument of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argument);
    if (match?.[1] === undefined) throw new RangeError(`unexpected argument ${argument}`);
    given[match[1]] = match[2] ?? true;
  }
  for (const name of Object.keys(given)) if (!known.includes(name)) throw new RangeError(`unknown option --${name}`);
  const number = (/** @type {string} */ name, /** @type {number} */ fallback) => {
    const value = given[name];
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (value === true || value === "" || !Number.isFinite(parsed)) throw new RangeError(`--${name} takes a number`);
    return parsed;
  };
  const small = given["small"] === true;
  const scale = number("scale", small ? 0.01 : 1);
  if (!(scale > 0)) throw new RangeError("--scale must be above 0");
  const runs = number("runs", small ? 9 : 5);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError("--runs must be a whole number from 1 up");
  const sizes = {
    seed: number("seed", 2023),
    facilities: Math.round(50_000 * scale),
    visits: Math.round(150_000 * scale),
    recommendations: Math.round(1_000_000 * scale),
    accountability: Math.round(20_000 * scale),
  };
  return { given, number, runs, sizes };
}
