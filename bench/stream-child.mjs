// @ts-check
// One measured run of bench/stream.bench.mjs, in a process of its own so that its peak memory
// is its own: `node --max-old-space-size=<MB> bench/stream-child.mjs <mode> <folder> <asOf>`,
// mode `validate` (validateSource), `report` (reportSource: validation and report in one
// pass) or `whole` (every record read into one dataset, then validateDataset and buildReport).
// Prints one JSON line: the seconds, the peak resident set (VmHWM), the largest heap seen and
// the figures, which the parent compares.
import { createHash } from "node:crypto";
import { clearInterval, setInterval } from "node:timers";
import { buildReport, civilDate, kz, schemasFor, validateDataset } from "opcat-npm";
import { openDataset, reportSource, validateSource } from "opcat-npm/io";
import { residentMemory } from "./measure.mjs";

const [mode, folder, asOfText] = process.argv.slice(2);
if (folder === undefined || asOfText === undefined || !["validate", "report", "whole"].includes(mode ?? "")) {
  throw new Error("usage: stream-child.mjs validate|report|whole <folder> <asOf>");
}
const asOf = civilDate(asOfText);
let heapPeak = 0;
const sample = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
const sampler = setInterval(sample, 25);

/** @param {import("opcat-npm").Report | undefined} report */
const figures = (report) =>
  report === undefined
    ? undefined
    : {
        visits: report.visits.total,
        recommendations: report.recommendations.total,
        implemented: report.recommendations.byStatus.implemented,
        officials: report.accountability.officials.total,
        // The whole report, to compare the two ways byte for byte.
        sha256: createHash("sha256").update(JSON.stringify(report)).digest("hex").slice(0, 16),
      };

const started = process.hrtime.bigint();
let outcome;
if (mode === "validate") {
  const result = await validateSource(await openDataset(folder), { asOf });
  outcome = { valid: result.valid, errors: result.counts.errors, warnings: result.counts.warnings };
} else if (mode === "report") {
  const { validation, report } = await reportSource(await openDataset(folder), { asOf, profile: kz });
  outcome = { valid: validation.valid, errors: validation.counts.errors, warnings: validation.counts.warnings, figures: figures(report) };
} else {
  const source = await openDataset(folder);
  /** @type {Record<string, unknown>} */
  const whole = { .../** @type {object} */ (await source.fields()) };
  for (const collection of /** @type {const} */ (["facilities", "visits", "recommendations", "accountability"])) {
    const records = [];
    for await (const record of source.records(collection)) records.push(record);
    whole[collection] = records;
  }
  const validation = validateDataset(whole, { asOf });
  sample();
  const report = validation.valid ? buildReport(schemasFor(kz).Dataset.parse(whole), { asOf, profile: kz }) : undefined;
  outcome = { valid: validation.valid, errors: validation.counts.errors, warnings: validation.counts.warnings, figures: figures(report) };
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
sample();
clearInterval(sampler);
console.log(JSON.stringify({ mode, seconds, peakRss: residentMemory()?.peak ?? null, heapPeak, ...outcome }));
