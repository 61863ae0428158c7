// @ts-check
// Two builds of the library side by side, in one run: validateDataset, buildReport and
// followUpReport of each, interleaved round by round on the seeded national data (issue 11:
// the argument checks must not slow the hot paths). Build both first:
//
//   git archive <old commit> | tar -x -C .tmp/old && ln -s "$PWD/node_modules" .tmp/old/ && (cd .tmp/old && npx tsup)
//   npm run build
//   node --expose-gc --max-old-space-size=8192 bench/compare-builds.mjs .tmp/old/dist/index.js   # full size, ~12 min
//
// Options after the path: --scale=<factor of the sizes> (default 1), --runs=<timed rounds>
// (default 7). The records pass through JSON (as a reader gives them); validateDataset reads
// them raw, the report and the follow-up read them parsed once with the profile's schema.
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as current from "opcat-npm";
import { generateNationalData } from "./generateNationalData.mjs";
import { hasGc, jsonRoundTrip, timeInterleaved } from "./measure.mjs";

const [, , oldPath, ...rest] = process.argv;
if (oldPath === undefined) {
  console.error("usage: node --expose-gc bench/compare-builds.mjs <the old build's dist/index.js> [--scale=1] [--runs=7]");
  process.exit(2);
}
const option = (/** @type {string} */ name, /** @type {number} */ fallback) => {
  const found = rest.find((argument) => argument.startsWith(`--${name}=`));
  return found === undefined ? fallback : Number(found.slice(name.length + 3));
};
const scale = option("scale", 1);
const runs = option("runs", 7);

/** @type {typeof current} */
const old = await import(pathToFileURL(path.resolve(oldPath)).href);
const sizes = { facilities: 50_000 * scale, visits: 150_000 * scale, recommendations: 1_000_000 * scale, accountability: 20_000 * scale };
console.log(`Node ${process.version}; ${hasGc() ? "--expose-gc" : "no --expose-gc"}; sizes ${JSON.stringify(sizes)}; ${String(runs)} rounds`);
const { dataset: raw, asOf: extracted } = generateNationalData(sizes);
jsonRoundTrip(raw);
const dataset = current.schemasFor(current.kz).Dataset.parse(raw);
const asOf = current.civilDate(extracted);

const timings = timeInterleaved(
  {
    "validateDataset old": () => old.validateDataset(raw, { asOf }),
    "validateDataset new": () => current.validateDataset(raw, { asOf }),
    "buildReport old": () => old.buildReport(dataset, { asOf }),
    "buildReport new": () => current.buildReport(dataset, { asOf }),
    "followUpReport old": () => old.followUpReport(dataset, { asOf }),
    "followUpReport new": () => current.followUpReport(dataset, { asOf }),
  },
  { runs, warmup: 2 },
);
const ms = (/** @type {number} */ ns) => `${(ns / 1e6).toFixed(0)} ms`;
for (const name of ["validateDataset", "buildReport", "followUpReport"]) {
  const before = timings[/** @type {keyof typeof timings} */ (`${name} old`)];
  const after = timings[/** @type {keyof typeof timings} */ (`${name} new`)];
  const same = JSON.stringify(before.result) === JSON.stringify(after.result);
  console.log(
    `${name}: old ${ms(before.median)} (min ${ms(before.min)}), new ${ms(after.median)} (min ${ms(after.min)}); new/old ${(after.median / before.median).toFixed(3)} by medians, ${(after.min / before.min).toFixed(3)} by minima${same ? "" : "; the results differ"}`,
  );
}
