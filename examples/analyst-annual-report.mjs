// An analyst's year: the consolidated report of 2023 from the example dataset, its figures
// checked against the published ones, and the year compared with the one before.
// Run: node examples/analyst-annual-report.mjs [en|ru|kk]
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Dataset, Language, addDays, buildReport, civilDate, compareReports, renderReport } from "opcat-npm";

const lang = Language.parse(process.argv[2] ?? "en");
const dataset = Dataset.parse(JSON.parse(readFileSync(new URL("data/kz-2023.json", import.meta.url), "utf8")));

// The 2023 report as the Commissioner presented it on 8 November 2024.
const report = buildReport(dataset, { asOf: civilDate("2024-11-08") });
assert.equal(report.visits.total, 461);
assert.deepEqual(report.visits.byType, { periodic: 422, intermediate: 6, special: 33 });
assert.equal(report.facilities.monitored, 474);
assert.equal(report.recommendations.implementation.rate, 0.4);
assert.deepEqual(report.accountability.officials.byInitiator, { commissioner_office: 258, npm_participant: 17 });
// The published 422 planned + 33 special do not add up to 461: the report says so.
const [gap] = report.reconciliation.checks;
assert.equal(gap?.gap, 6);
assert.deepEqual(gap?.unreported, ["intermediate"]);

// The narrative and the first table, as they go into the annual report.
const text = renderReport(report, { lang, format: "markdown" });
console.log(text.split("\n").slice(0, 12).join("\n"));

// The year before. The example holds one year of records, so for this illustration 2022 is
// made from it: every date moved back 365 days, and one visit in five (with what came of
// it) left out. With real data, this is the 2022 file.
/** @param {import("opcat-npm").CivilDate | null | undefined} date */
const back = (date) => (date === undefined || date === null ? date : addDays(date, -365));
const dropped = new Set(dataset.visits.filter((_, i) => i % 5 === 0).map((visit) => visit.id));
const year2022 = {
  ...dataset,
  period: { from: civilDate("2022-01-01"), to: civilDate("2022-12-31") },
  visits: dataset.visits.filter((visit) => !dropped.has(visit.id)).map((visit) => ({ ...visit, startedOn: addDays(visit.startedOn, -365), endedOn: back(visit.endedOn), trigger: visit.trigger && { ...visit.trigger, receivedOn: addDays(visit.trigger.receivedOn, -365) } })),
  recommendations: dataset.recommendations
    .filter((recommendation) => !dropped.has(recommendation.visitId ?? ""))
    .map((recommendation) => ({ ...recommendation, issuedOn: addDays(recommendation.issuedOn, -365), dueOn: back(recommendation.dueOn), history: recommendation.history?.map((change) => ({ ...change, on: addDays(change.on, -365) })) })),
  accountability: dataset.accountability.map((action) => ({ ...action, decidedOn: addDays(action.decidedOn, -365) })),
};
const previous = buildReport(year2022, { asOf: civilDate("2023-11-08") });
const comparison = compareReports(previous, report);
for (const key of ["visits.total", "facilities.monitored", "recommendations.total", "recommendations.implementation.rate", "accountability.officials.total"]) {
  const figure = comparison.figures.find((candidate) => candidate.key === key);
  assert.ok(figure !== undefined && figure.previous !== null && figure.current !== null);
  const relative = figure.relativeChange === null ? "" : ` (${figure.relativeChange > 0 ? "+" : ""}${(figure.relativeChange * 100).toFixed(1)} %)`;
  console.log(`${key}: ${String(figure.previous)} -> ${String(figure.current)}${relative}`);
}
const visits = comparison.figures.find((figure) => figure.key === "visits.total");
assert.equal(visits?.change, 461 - previous.visits.total);
assert.ok(previous.visits.total < 461);

// The same report later: more recommendations implemented by the end of 2025.
const later = buildReport(dataset, { asOf: civilDate("2025-12-31") });
assert.ok((later.recommendations.implementation.rate ?? 0) > 0.4);
console.log(`implemented: 40 % as of 2024-11-08, ${((later.recommendations.implementation.rate ?? 0) * 100).toFixed(1)} % as of 2025-12-31`);
