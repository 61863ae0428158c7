// @ts-check
// The command line on a file where every visit is wrong: writes (to os.tmpdir()) a dataset of
// 200,000 visits (bench/generateNationalData.mjs) that each reference one facility not in the
// file, runs the built CLI on it as a user would (`node dist/cli/index.js validate <file>`, then
// with `--format json`), and prints the wall time, the exit code, the number of issues listed
// and the true total. Checks that the list is capped (the CLI's default --max-issues, 1000)
// while the counts hold all 200,000 (exit code 1 otherwise). After `npm run build`:
//
//   node bench/cli-unknown-facilities.mjs                  # 200,000 visits, 3 runs of each format
//
// Options: --visits=<n> (default 200000), --runs=<n> (default 3), --seed=<integer>, --keep
// (keep the file and print its name).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateNationalData } from "./generateNationalData.mjs";
import { formatBytes, formatCount, formatSeconds, median } from "./measure.mjs";

const CLI = fileURLToPath(new URL("../dist/cli/index.js", import.meta.url));
const MAX_ISSUES = 1000; // the CLI's default (src/cli/run.ts)

/** @param {string} name @param {number} fallback */
function option(name, fallback) {
  const argument = process.argv.find((value) => value.startsWith(`--${name}=`));
  const value = argument === undefined ? fallback : Number(argument.slice(name.length + 3));
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`--${name} must be a whole number from 1 up`);
  return value;
}
const visitCount = option("visits", 200_000);
const runs = option("runs", 3);
const seed = option("seed", 2023);

// Real-looking visits (dates, types, triggers, follow-ups) and a register of facilities, but
// each visit's one facility id is missing from it: one ref.unknown_facility per visit, no other issue.
const { dataset } = generateNationalData({ seed, facilities: 1000, visits: visitCount, recommendations: 0, accountability: 0 });
for (let i = 0; i < dataset.visits.length; i++) {
  const visit = dataset.visits[i];
  if (visit !== undefined) visit.facilityIds = [`F-X${String(i % 20_000).padStart(5, "0")}`];
}
const directory = mkdtempSync(join(tmpdir(), "opcat-npm-bench-"));
const file = join(directory, "unknown-facilities.json");
const text = JSON.stringify(dataset);
writeFileSync(file, text);
console.log(`Node ${process.version}; ${formatCount(visitCount)} visits to unknown facilities (and ${formatCount(dataset.facilities.length)} facilities none visits), ${formatBytes(Buffer.byteLength(text))} of JSON`);

/**
 * What a run printed, read back: the number of issues listed and the counts.
 * @typedef {{ listed: number, errors: number, warnings: number, byCode: Record<string, number> }} Answer
 */

/** The human report: the summary line, a `error <code> ×N` line per code, and "N not listed". @param {string} stdout @returns {Answer} */
function readText(stdout) {
  const number = (/** @type {string | undefined} */ digits) => Number((digits ?? "NaN").replaceAll(",", ""));
  const summary = /— ([\d,]+) errors?, ([\d,]+) warnings?/.exec(stdout);
  /** @type {Record<string, number>} */
  const byCode = {};
  for (const match of stdout.matchAll(/^(?:error|warning) (\S+) ×([\d,]+)$/gm)) byCode[match[1] ?? ""] = number(match[2]);
  const errors = number(summary?.[1]);
  const warnings = number(summary?.[2]);
  const notListed = /^([\d,]+) not listed/m.exec(stdout);
  return { listed: errors + warnings - (notListed === null ? 0 : number(notListed[1])), errors, warnings, byCode };
}

/** The result object of --format json. @param {string} stdout @returns {Answer} */
function readJson(stdout) {
  const result = /** @type {{ issues: unknown[], counts: { errors: number, warnings: number, listed: number, byCode: Record<string, number> } }} */ (JSON.parse(stdout));
  if (result.issues.length !== result.counts.listed) throw new Error(`${String(result.issues.length)} issues but counts.listed ${String(result.counts.listed)}`);
  return { listed: result.issues.length, errors: result.counts.errors, warnings: result.counts.warnings, byCode: result.counts.byCode };
}

let failures = 0;
try {
  for (const [format, args, read] of /** @type {const} */ ([["text", [], readText], ["json", ["--format", "json"], readJson]])) {
    /** @type {number[]} */
    const times = [];
    /** @type {{ status: number | null, answer: Answer, bytes: number } | undefined} */
    let last;
    for (let run = 0; run < runs; run++) {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [CLI, "validate", file, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
      times.push(Number(process.hrtime.bigint() - start));
      if (child.error !== undefined || child.stderr !== "") throw new Error(`the CLI failed: ${String(child.error ?? child.stderr)}`);
      last = { status: child.status, answer: read(child.stdout), bytes: Buffer.byteLength(child.stdout) };
    }
    if (last === undefined) throw new Error("no run");
    const { status, answer, bytes } = last;
    const expected = { listed: MAX_ISSUES, errors: visitCount, warnings: 0, byCode: JSON.stringify({ "ref.unknown_facility": visitCount }) };
    const problems = [
      status === 1 ? "" : `exit code ${String(status)}, expected 1`,
      answer.listed === Math.min(MAX_ISSUES, visitCount) ? "" : `${String(answer.listed)} listed, expected ${String(Math.min(MAX_ISSUES, visitCount))}`,
      answer.errors === expected.errors && answer.warnings === 0 ? "" : `${String(answer.errors)} errors and ${String(answer.warnings)} warnings, expected ${String(expected.errors)} and 0`,
      JSON.stringify(answer.byCode) === expected.byCode ? "" : `byCode ${JSON.stringify(answer.byCode)}, expected ${expected.byCode}`,
    ].filter((problem) => problem !== "");
    failures += problems.length;
    console.log(`opcat-npm validate${args.length === 0 ? "" : ` ${args.join(" ")}`}: ${formatSeconds(median(times))} wall (median of ${String(runs)}: ${times.map(formatSeconds).join(", ")}), exit ${String(status)}, ${formatBytes(bytes)} printed`);
    console.log(`  ${formatCount(answer.listed)} issues listed (cap ${formatCount(MAX_ISSUES)}), true total ${formatCount(answer.errors)} errors + ${formatCount(answer.warnings)} warnings, byCode ${JSON.stringify(answer.byCode)}${format === "text" ? " (from the report's summary, its ×N per code and its \"N not listed\")" : ""}`);
    for (const problem of problems) console.log(`  <-- ${problem}`);
  }
} finally {
  if (process.argv.includes("--keep")) console.log(`kept ${file}`);
  else rmSync(directory, { recursive: true, force: true });
}
console.log(failures === 0 ? "as expected: a capped list and the true total" : `${String(failures)} differences`);
if (failures > 0) process.exitCode = 1;
