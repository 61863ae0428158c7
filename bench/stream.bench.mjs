// @ts-check
// The streaming benchmark of issue 5: validation and report of an NDJSON dataset of
// 5,000,000 recommendations read as a stream in a process limited to a 1 GiB heap
// (--max-old-space-size=1024), beside the same data loaded whole. After `npm run build`:
//
//   node --max-old-space-size=12288 bench/stream.bench.mjs              # 5M recommendations, ~10 min
//   node --max-old-space-size=12288 bench/stream.bench.mjs --small      # 50,000, seconds
//
// Options: --recommendations=<n> (default 5,000,000; facilities stay 50,000, visits and
// accountability actions grow with it: 150,000 and 20,000 per million), --dir=<folder> (default
// <tmp>/opcat-stream-bench-<n>; the data is written once and reused while its marker matches),
// --csv (also: the NDJSON converted to a CSV folder, record by record, and reported on
// under the same 1 GiB heap). Each measured run is a child process of its own (bench/stream-child.mjs),
// so its peak resident memory (VmHWM) is its own; the two reports are compared by digest.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDataset, writeDataset } from "opcat-npm/io";
import { generateNationalData } from "./generateNationalData.mjs";
import { formatBytes, formatCount } from "./measure.mjs";

const option = (/** @type {string} */ name) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
const recommendations = process.argv.includes("--small") ? 50_000 : Number(option("recommendations") ?? 5_000_000);
const millions = recommendations / 1_000_000;
const sizes = {
  facilities: Math.min(50_000, Math.max(500, Math.round(recommendations / 20))),
  visits: Math.max(1_500, Math.round(150_000 * millions)),
  recommendations,
  accountability: Math.max(200, Math.round(20_000 * millions)),
};
const folder = option("dir") ?? path.join(tmpdir(), `opcat-stream-bench-${String(recommendations)}`);
const marker = path.join(folder, ".generated");
const here = path.dirname(fileURLToPath(import.meta.url));

console.log(`Node ${process.version}; ${Object.entries(sizes).map(([name, count]) => `${formatCount(count)} ${name}`).join(", ")}`);
/** @type {string} */
let asOf;
if (existsSync(marker) && JSON.parse(readFileSync(marker, "utf8")).sizes?.recommendations === recommendations) {
  asOf = JSON.parse(readFileSync(marker, "utf8")).asOf;
  console.log(`data: reusing ${folder}`);
} else {
  rmSync(folder, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const generated = generateNationalData(sizes);
  asOf = generated.asOf;
  // The generator's records are in the contract (its dates are plain strings to the type checker).
  await writeDataset(/** @type {import("opcat-npm").Dataset} */ (/** @type {unknown} */ (generated.dataset)), folder, { form: "ndjson" });
  writeFileSync(marker, JSON.stringify({ sizes, asOf }));
  console.log(`data: generated and written as NDJSON in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
}
const bytes = ["dataset.json", "facilities.ndjson", "visits.ndjson", "recommendations.ndjson", "accountability.ndjson"].reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
console.log(`files: ${formatBytes(bytes)} in ${folder}; asOf ${String(asOf)}`);

/**
 * @param {string} mode
 * @param {number} heapMegabytes
 * @param {string} [data] the folder to read (default: the NDJSON one)
 */
function measure(mode, heapMegabytes, data = folder) {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${String(heapMegabytes)}`, path.join(here, "stream-child.mjs"), mode, data, String(asOf)], { encoding: "utf8", maxBuffer: 1 << 24 });
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  if (child.status !== 0 || !line.startsWith("{")) {
    const reason = /heap out of memory|Allocation failed/i.test(child.stderr) ? "JavaScript heap out of memory" : `exit ${String(child.status ?? child.signal)}: ${child.stderr.trim().split("\n").slice(-3).join(" | ")}`;
    console.log(`  ${mode.padEnd(8)} heap ${String(heapMegabytes).padStart(5)} MB: failed (${reason})`);
    return undefined;
  }
  const result = JSON.parse(line);
  console.log(
    `  ${mode.padEnd(8)} heap ${String(heapMegabytes).padStart(5)} MB: ${result.seconds.toFixed(1)} s, peak RSS ${formatBytes(result.peakRss)}, largest heap seen ${formatBytes(result.heapPeak)}, valid ${String(result.valid)} (${formatCount(result.errors)} errors, ${formatCount(result.warnings)} warnings)${result.figures === undefined ? "" : `, report ${JSON.stringify(result.figures)}`}`,
  );
  return result;
}

console.log("streamed (NDJSON read record by record):");
const validated = measure("validate", 1024);
const streamed = measure("report", 1024);
console.log("loaded whole (every record in one dataset, then validateDataset and buildReport):");
measure("whole", 1024);
const whole = measure("whole", 12_288);
if (streamed?.figures !== undefined && whole?.figures !== undefined) {
  const same = JSON.stringify(streamed.figures) === JSON.stringify(whole.figures);
  console.log(`reports: ${same ? "identical" : "DIFFERENT"} (digest ${String(streamed.figures.sha256)} vs ${String(whole.figures.sha256)})`);
  console.log(`ratios: streamed report / whole: time ${(streamed.seconds / whole.seconds).toFixed(2)}, peak RSS ${(streamed.peakRss / whole.peakRss).toFixed(2)}`);
  if (!same) process.exitCode = 1;
}
if (validated === undefined || streamed === undefined) process.exitCode = 1;
if (process.argv.includes("--csv")) {
  const csvFolder = `${folder}-csv`;
  const started = process.hrtime.bigint();
  await writeDataset(await openDataset(folder), csvFolder, { form: "csv", overwrite: true });
  const csvBytes = ["dataset.json", "facilities.csv", "visits.csv", "recommendations.csv", "accountability.csv"].reduce((sum, name) => sum + statSync(path.join(csvFolder, name)).size, 0);
  console.log(`CSV (converted from the NDJSON in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s, ${formatBytes(csvBytes)}):`);
  const csv = measure("report", 1024, csvFolder);
  if (csv?.figures !== undefined && streamed?.figures !== undefined) {
    console.log(`reports: CSV and NDJSON ${JSON.stringify(csv.figures) === JSON.stringify(streamed.figures) ? "identical" : "DIFFERENT"}; time CSV / NDJSON ${(csv.seconds / streamed.seconds).toFixed(2)}`);
  }
}
console.log(`(data kept for reruns in ${folder}; remove it when done)`);
