// An app developer's form: select-box options from the kz profile, and one submitted visit
// with its recommendation checked before it is saved. Run: node examples/app-form.mjs
import { Language, civilDate, kz, label, labelledCodes, schemasFor, statusAsOf } from "opcat-npm";
import assert from "node:assert/strict";

const lang = Language.parse(process.argv[2] ?? "ru");

// The options of the "facility type" and "theme" select boxes, labelled for the user.
const typeOptions = labelledCodes(kz, "facilityTypes", lang);
const themeOptions = labelledCodes(kz, "themes", lang);
console.log(`${typeOptions.length} facility types, ${themeOptions.length} themes; first: ${typeOptions[0]?.label}`);

// What the form submitted. The schemas of the kz profile also check the codes.
const { Recommendation } = schemasFor(kz);
const submitted = {
  id: "R-2023-0001",
  visitId: "V-2023-0001",
  facilityId: "F-0001",
  addressee: "interior",
  level: "facility",
  themes: ["sanitation", "ventilation"],
  issuedOn: "2023-02-20",
  history: [{ status: "accepted", on: "2023-03-01" }],
};
const checked = Recommendation.safeParse(submitted);
assert.equal(checked.success, false);
for (const issue of checked.error?.issues ?? []) {
  console.log(`  ${issue.path.join(".")}: ${issue.message}`);
}
assert.deepEqual(checked.error?.issues.map((issue) => issue.path), [["themes", 1]]);

// Fixed by the user: now it passes, and its status as of a date can be shown.
const fixed = Recommendation.parse({ ...submitted, themes: ["sanitation", "detention_conditions"] });
const status = statusAsOf(fixed, civilDate("2023-04-01"));
assert.equal(status, "accepted");
console.log(`Status on 2023-04-01: ${label(kz, "statuses", status, lang)}`);
