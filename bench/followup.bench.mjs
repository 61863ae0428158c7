// @ts-check
// The follow-up benchmark of issue 6: overdueRecommendations and escalationCandidates against
// buildReport, in the same run, on the seeded national data of the validation benchmark
// (bench/generateNationalData.mjs: 50,000 facilities, 150,000 visits, 1,000,000 recommendations,
// 20,000 accountability actions). Target: each at most 2× the time of buildReport. After
// `npm run build`:
//
//   node --expose-gc --max-old-space-size=8192 bench/followup.bench.mjs           # full size, ~2 min
//   node --expose-gc bench/followup.bench.mjs --small                             # sizes / 100
//
// Options: --small (sizes / 100), --runs=<timed rounds> (default 7). The records pass through
// JSON (as a reader gives them) and are parsed once with the profile's schema (untimed), then
// buildReport, overdueRecommendations and escalationCandidates run in interleaved rounds (a
// full collection before each run with --expose-gc) with the generator's asOf.
import * as library from "opcat-npm";
import { recordCount } from "./baselineZod.mjs";
import { generateNationalData } from "./generateNationalData.mjs";
import { formatSeconds, hasGc, jsonRoundTrip, printComparison, timeInterleaved, timeOnce } from "./measure.mjs";

const { buildReport, civilDate, escalationCandidates, kz, overdueRecommendations, schemasFor } = library;
const TARGET = 2;

const small = process.argv.includes("--small");
const runsArgument = process.argv.find((argument) => argument.startsWith("--runs="));
const runs = runsArgument === undefined ? 7 : Number(runsArgument.slice("--runs=".length));
const scale = small ? 0.01 : 1;
const sizes = { facilities: 50_000 * scale, visits: 150_000 * scale, recommendations: 1_000_000 * scale, accountability: 20_000 * scale };

console.log(`Node ${process.version}; ${hasGc() ? "--expose-gc: a full collection before each timed run" : "no --expose-gc"}`);
const generated = timeOnce(() => generateNationalData(sizes));
const { dataset: plain, asOf: extracted } = generated.result;
console.log(`generated ${recordCount(plain).toLocaleString("en-US")} records in ${formatSeconds(generated.ns)}`);
const json = jsonRoundTrip(plain);
const parsed = timeOnce(() => schemasFor(kz).Dataset.parse(plain));
const dataset = parsed.result;
const records = recordCount(dataset);
console.log(`  through JSON (${(json.bytes / 2 ** 20).toFixed(1)} MiB) and parsed once with schemasFor(kz).Dataset in ${formatSeconds(parsed.ns)}`);
const asOf = civilDate(extracted);

const timings = timeInterleaved(
  {
    buildReport: () => buildReport(dataset, { asOf }),
    overdue: () => overdueRecommendations(dataset, { asOf }),
    escalation: () => escalationCandidates(dataset, { asOf }),
  },
  { runs, warmup: 1 },
);
console.log(`side by side, ${String(runs)} interleaved rounds after a warm-up round (medians; xN relative to the first row):`);
printComparison(
  [
    { label: `buildReport (asOf ${asOf})`, timing: timings.buildReport },
    { label: "overdueRecommendations", timing: timings.overdue },
    { label: "escalationCandidates", timing: timings.escalation },
  ],
  { records, jsonBytes: json.bytes },
);
let missed = false;
for (const [name, timing] of /** @type {const} */ ([["overdueRecommendations", timings.overdue], ["escalationCandidates", timings.escalation]])) {
  const ratio = timing.median / timings.buildReport.median;
  const rounds = timing.runs.map((ns, round) => (ns / (timings.buildReport.runs[round] ?? Number.NaN)).toFixed(2));
  if (ratio > TARGET) missed = true;
  console.log(`  ${name} / buildReport: ${ratio.toFixed(2)} (rounds ${rounds.join(", ")}); target: at most ${String(TARGET)} ${ratio <= TARGET ? "meets the target" : "MISSES the target"}`);
}
// The figures agree: the overdue list has as many rows issued in the period as the report's overdue count.
const { from, to } = dataset.period;
const overdueInPeriod = timings.overdue.result.filter((row) => row.issuedOn >= from && row.issuedOn <= to).length;
const drafts = timings.escalation.result;
console.log(
  `check: ${overdueInPeriod.toLocaleString("en-US")} overdue recommendations issued in the period, the report's overdue figure ${timings.buildReport.result.recommendations.overdue.toLocaleString("en-US")}; ${timings.overdue.result.length.toLocaleString("en-US")} overdue in all; ${drafts.length.toLocaleString("en-US")} escalation drafts for ${drafts.reduce((sum, draft) => sum + (draft.draft.escalates?.length ?? 0), 0).toLocaleString("en-US")} recommendations`,
);
if (overdueInPeriod !== timings.buildReport.result.recommendations.overdue) {
  console.log("the overdue list and the report's overdue figure differ");
  process.exitCode = 1;
}
if (missed) console.log("(a missed target does not change the exit code)");
