// A validator at the Commissioner's office: a regional office's submission checked before
// anything is counted, every problem printed in Russian with where it is.
// Run: node examples/validator-submission-ru.mjs
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { civilDate, validateDataset } from "opcat-npm";

// The submission: the example dataset with the mistakes a spreadsheet export makes.
const submission = JSON.parse(readFileSync(new URL("data/kz-2023.json", import.meta.url), "utf8"));
submission.visits[10].facilityIds.push("F-9999");          // a facility not in the register
submission.visits[11].startedOn = "2023-02-30";            // a day that does not exist
submission.recommendations[3].dueOn = "2022-01-01";        // due before it was issued
submission.recommendations[4].themes = ["torture"];        // a code not in the list
submission.accountability[0].officials = 0;                // nobody held liable?
submission.facilities[0].director = "Иванов И. И.";        // a field the contract does not have

const result = validateDataset(submission, { lang: "ru", asOf: civilDate("2024-11-08") });
const errors = result.issues.filter((issue) => issue.severity === "error");
for (const issue of errors) console.log(`${issue.path.join(".")}: ${issue.message} [${issue.code}]`);
console.log(`ошибок: ${result.counts.errors}, предупреждений: ${result.counts.warnings} (показано ${result.counts.listed})`);

assert.equal(result.valid, false);
assert.deepEqual(
  errors.map((issue) => issue.code),
  ["ref.unknown_facility", "schema.invalid_date", "date.due_before_issue", "schema.unknown_code", "schema.too_small"],
);
assert.ok(errors.every((issue) => /\p{Script=Cyrillic}/u.test(issue.message)));
assert.ok(result.issues.some((issue) => issue.code === "schema.unknown_key" && issue.path.join(".") === "facilities.0.director"));
