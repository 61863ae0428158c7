// @ts-check
// The benchmark of issue 11's big inputs: `opcat-npm validate` on files that used to take
// minutes or gigabytes, by this build and by an older one, side by side. Each run is a child
// process under GNU time (`/usr/bin/time -f "%e %M"`: wall seconds and peak resident set),
// killed after a cap (60 s by default); the cases:
//
//   ndjson-line-16mb   an NDJSON folder whose one facility line is 16,000,000 bytes (under the limit: read)
//   ndjson-line-64mb   the same, 64 MiB (over the limit: refused)
//   ndjson-line-300mb  the same, 300 MiB (the case)
//   csv-open-quote     a CSV folder whose facilities.csv opens a quote at row 2 and never closes it, 300 MiB on
//   json-1gb           a JSON dataset of 1 GiB (real bytes: facilities repeated)
//   json-opcat-1.17gb  a JSON dataset of about 1.17 GB written by `opcat-npm convert --to json` from an NDJSON folder
//   ndjson-normal      an NDJSON folder of about 250 MB of valid ordinary records (no limit near): the speed of plain reading
//
// Usage (build first: npm run build):
//   node bench/bigFiles.mjs [--old=/work/old11/dist/cli/index.js] [--cap=60] [--runs=1] [--dir=/tmp] [--only=case,case] [--keep]
// With --runs=N each contender runs N times, interleaved; the median time and the largest peak are shown.
// The files go to --dir (about 2.5 GB at most at once; each case's files are removed after it).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { clearTimeout, setTimeout } from "node:timers";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const argv = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const NEW = fileURLToPath(new URL("../dist/cli/index.js", import.meta.url));
const OLD = option("old", "/work/old11/dist/cli/index.js");
const CAP = Number(option("cap", "60"));
const ROOT = mkdtempSync(join(option("dir", tmpdir()), "opcat-bigfiles-"));
const ONLY = option("only", "").split(",").filter((name) => name !== "");
const KEEP = argv.includes("--keep");
const RUNS = Number(option("runs", "1"));
const MI = 1024 * 1024;
const OWN = { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } };
const EXAMPLE = /** @type {{ facilities: Record<string, unknown>[], visits: Record<string, unknown>[], recommendations: Record<string, unknown>[] }} */ (
  JSON.parse(readFileSync(new URL("../examples/data/kz-2023.json", import.meta.url), "utf8"))
);

if (!existsSync(NEW)) throw new Error(`${NEW} is missing: npm run build first`);
if (!existsSync(OLD)) throw new Error(`${OLD} is missing: give --old=<an older dist/cli/index.js>`);

/** Writes `head`, `size` bytes of `fill` (1 MiB at a time), then `tail`. */
function writeLarge(/** @type {string} */ file, /** @type {string} */ head, /** @type {number} */ fill, /** @type {number} */ size, /** @type {string} */ tail) {
  const fd = openSync(file, "w");
  const piece = Buffer.alloc(MI, fill);
  writeSync(fd, head);
  for (let left = size; left > 0; left -= MI) writeSync(fd, piece, 0, Math.min(MI, left));
  writeSync(fd, tail);
  closeSync(fd);
}

/** Writes lines made by `line(i)` until the file holds at least `size` bytes; the number of lines. */
function writeLines(/** @type {string} */ file, /** @type {string} */ head, /** @type {(i: number) => string} */ line, /** @type {number} */ size, /** @type {string} */ separator, /** @type {string} */ tail) {
  const fd = openSync(file, "w");
  writeSync(fd, head);
  let written = head.length;
  let lines = 0;
  let batch = [];
  while (written < size) {
    const text = `${lines === 0 ? "" : separator}${line(lines)}`;
    batch.push(text);
    written += Buffer.byteLength(text);
    lines++;
    if (batch.length === 10_000) {
      writeSync(fd, batch.join(""));
      batch = [];
    }
  }
  writeSync(fd, `${batch.join("")}${tail}`);
  closeSync(fd);
  return lines;
}

/** A fresh folder for a case, with dataset.json. */
function folder(/** @type {string} */ name) {
  const target = join(ROOT, name);
  mkdirSync(target);
  writeFileSync(join(target, "dataset.json"), JSON.stringify(OWN));
  return target;
}

const IVS_HEAD = '{"id":"F-1","name":"';
const IVS_TAIL = '","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}';

/**
 * The example's recommendations again and again, each round's ids (and the references between
 * them, `repeatOf` and `escalates`) with the round's suffix: a valid dataset of any size.
 */
function recommendation(/** @type {number} */ i) {
  const round = Math.floor(i / EXAMPLE.recommendations.length);
  const record = EXAMPLE.recommendations[i % EXAMPLE.recommendations.length] ?? {};
  const suffixed = (/** @type {unknown} */ id) => `${String(id)}-${String(round)}`;
  /** @type {Record<string, unknown>} */
  const copy = { ...record, id: suffixed(record["id"]) };
  if (typeof record["repeatOf"] === "string") copy["repeatOf"] = suffixed(record["repeatOf"]);
  if (Array.isArray(record["escalates"])) copy["escalates"] = record["escalates"].map(suffixed);
  return JSON.stringify(copy);
}

/** An NDJSON folder of the example's facilities and visits and `size` bytes of recommendations. */
function ndjsonFolder(/** @type {string} */ name, /** @type {number} */ size) {
  const target = folder(name);
  writeFileSync(join(target, "facilities.ndjson"), EXAMPLE.facilities.map((record) => `${JSON.stringify(record)}\n`).join(""));
  writeFileSync(join(target, "visits.ndjson"), EXAMPLE.visits.map((record) => `${JSON.stringify(record)}\n`).join(""));
  const lines = writeLines(join(target, "recommendations.ndjson"), "", recommendation, size, "\n", "\n");
  writeFileSync(join(target, "accountability.ndjson"), "");
  return { target, lines };
}

/** @typedef {{ readonly name: string, readonly what: string, readonly make: () => string }} Case */

/** @type {readonly Case[]} */
const CASES = [
  {
    name: "ndjson-line-16mb",
    what: "NDJSON, one line of 16,000,000 bytes",
    make: () => {
      const target = folder("line-16mb");
      writeLarge(join(target, "facilities.ndjson"), IVS_HEAD, 0x78, 16_000_000 - IVS_HEAD.length - IVS_TAIL.length, `${IVS_TAIL}\n`);
      return target;
    },
  },
  {
    name: "ndjson-line-64mb",
    what: "NDJSON, one line of 64 MiB",
    make: () => {
      const target = folder("line-64mb");
      writeLarge(join(target, "facilities.ndjson"), IVS_HEAD, 0x78, 64 * MI, `${IVS_TAIL}\n`);
      return target;
    },
  },
  {
    name: "ndjson-line-300mb",
    what: "NDJSON, one line of 300 MiB",
    make: () => {
      const target = folder("line-300mb");
      writeLarge(join(target, "facilities.ndjson"), IVS_HEAD, 0x78, 300 * MI, `${IVS_TAIL}\n`);
      return target;
    },
  },
  {
    name: "csv-open-quote",
    what: "CSV, a quote opened at row 2 and never closed, 300 MiB on",
    make: () => {
      const target = folder("csv-open-quote");
      writeLarge(join(target, "facilities.csv"), 'id,name,type,agency,region\r\nF-1,"IVS', 0x79, 300 * MI, "\r\n");
      return target;
    },
  },
  {
    name: "json-1gb",
    what: "JSON, 1 GiB (facilities repeated)",
    make: () => {
      const file = join(ROOT, "data-1gb.json");
      const head = `${JSON.stringify(OWN).slice(0, -1)},"facilities":[`;
      const facility = (/** @type {number} */ i) => JSON.stringify({ ...EXAMPLE.facilities[i % EXAMPLE.facilities.length], id: `F-${String(i).padStart(8, "0")}` });
      writeLines(file, head, facility, 1024 * MI - 100, ",", '],"visits":[],"recommendations":[],"accountability":[]}');
      return file;
    },
  },
  {
    name: "json-opcat-1.17gb",
    what: "JSON, about 1.17 GB, written by opcat-npm convert --to json",
    make: () => {
      // About 1.17 GB of JSON from about 1.15 GB of NDJSON (convert writes JSON about 1.4 % larger).
      const { target } = ndjsonFolder("opcat-source", 1_155_000_000);
      const file = join(ROOT, "opcat-1.17gb.json");
      const converted = spawnSync(process.execPath, [NEW, "convert", target, "--to", "json", "--out", file], { encoding: "utf8" });
      if (converted.status !== 0) throw new Error(`convert failed: ${converted.stderr}`);
      rmSync(target, { recursive: true, force: true });
      return file;
    },
  },
  {
    name: "ndjson-normal",
    what: "NDJSON, about 250 MB of ordinary records",
    make: () => ndjsonFolder("normal", 250 * 1_000_000).target,
  },
];

/**
 * One run of a CLI on a path under GNU time, killed after the cap: the wall seconds, the
 * peak resident set in bytes, the exit code (or the signal), and the first line of stderr.
 *
 * @param {string} cli
 * @param {string} target
 * @returns {Promise<{ seconds: number, rss: number, exit: string, line: string, capped: boolean }>}
 */
function measure(cli, target) {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "TIME %e %M", process.execPath, "--max-old-space-size=8192", cli, "validate", target], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    let capped = false;
    const timer = setTimeout(() => {
      capped = true;
      // Kill node (time's child), so that time still reports what it used.
      const children = readFileSync(`/proc/${String(child.pid)}/task/${String(child.pid)}/children`, "utf8").trim().split(/\s+/);
      for (const pid of children) if (pid !== "") process.kill(Number(pid), "SIGKILL");
    }, CAP * 1000);
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(timer);
      const stats = /TIME ([\d.]+) (\d+)\s*$/.exec(stderr);
      const killed = /Command terminated by signal (\d+)/.exec(stderr);
      const exited = /Command exited with non-zero status (\d+)/.exec(stderr);
      const lines = [...stderr.split("\n"), ...stdout.split("\n")].filter((text) => text !== "" && !text.startsWith("TIME ") && !text.startsWith("Command "));
      resolve({
        seconds: Number(stats?.[1] ?? Number.NaN),
        rss: Number(stats?.[2] ?? Number.NaN) * 1024,
        exit: killed !== null ? `signal ${killed[1] ?? "?"}` : (exited?.[1] ?? "0"),
        line: (lines[0] ?? "").slice(0, 160),
        capped,
      });
    });
  });
}

/**
 * The runs of one contender as one: the median time (capped if any run was), the largest peak.
 *
 * @param {readonly { seconds: number, rss: number, exit: string, line: string, capped: boolean }[]} runs
 */
function summary(runs) {
  const seconds = runs.map((run) => run.seconds).sort((a, b) => a - b);
  const first = runs[0];
  if (first === undefined) throw new Error("no run");
  return {
    ...first,
    seconds: seconds[Math.floor(seconds.length / 2)] ?? Number.NaN,
    rss: Math.max(...runs.map((run) => run.rss)),
    capped: runs.some((run) => run.capped),
  };
}

/** @param {number} bytes */
const mb = (bytes) => `${(bytes / MI).toFixed(0)} MiB`;
/** @param {{ seconds: number, capped: boolean }} run */
const wall = (run) => (run.capped ? `> ${String(CAP)} s (killed)` : `${run.seconds.toFixed(2)} s`);

/** The size of a file, or of the files in a folder. */
function sizeOf(/** @type {string} */ target) {
  const info = statSync(target);
  if (!info.isDirectory()) return info.size;
  return readdirSync(target).reduce((total, name) => total + statSync(join(target, name)).size, 0);
}

console.log(`new: ${NEW}\nold: ${OLD}\ncap: ${String(CAP)} s per run; files in ${ROOT}\n`);
const rows = [];
for (const bench of CASES) {
  if (ONLY.length > 0 && !ONLY.includes(bench.name)) continue;
  const target = bench.make();
  const size = sizeOf(target);
  // Runs interleaved, old then new; the median time and the largest peak memory of each.
  const olds = [];
  const nows = [];
  for (let run = 0; run < RUNS; run++) {
    olds.push(await measure(OLD, target));
    nows.push(await measure(NEW, target));
  }
  const old = summary(olds);
  const now = summary(nows);
  const row = {
    case: bench.name,
    size: mb(size),
    old: `${wall(old)}, ${mb(old.rss)}, exit ${old.exit}`,
    new: `${wall(now)}, ${mb(now.rss)}, exit ${now.exit}`,
    "time new/old": old.capped ? `< ${(now.seconds / CAP).toFixed(3)}` : (now.seconds / old.seconds).toFixed(3),
    "memory new/old": (now.rss / old.rss).toFixed(3),
  };
  rows.push(row);
  console.log(`${bench.name}: ${bench.what}, ${row.size}`);
  console.log(`  old: ${row.old}: ${old.line}`);
  console.log(`  new: ${row.new}: ${now.line}`);
  if (!KEEP) rmSync(target, { recursive: true, force: true });
}
console.log("");
console.table(rows);
if (!KEEP) rmSync(ROOT, { recursive: true, force: true });
