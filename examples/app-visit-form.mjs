// An app developer's form: one visit and the recommendations written after it, checked as a
// small dataset before they are saved, with the problems shown next to the form's fields.
// Run: node examples/app-visit-form.mjs [en|ru|kk]
import assert from "node:assert/strict";
import { Language, kz, label, validateDataset } from "opcat-npm";

const lang = Language.parse(process.argv[2] ?? "en");

// The facilities the form offers come from the register; the visit and recommendations from the user.
const register = [
  { id: "F-0101", name: "IVS of the Kostanay police department", type: "temporary_detention_facility", agency: "interior", region: "KZ-39" },
  { id: "F-0102", name: "Kostanay police unit No. 2", type: "police_unit", agency: "interior", region: "KZ-39" },
];
const submitted = {
  format: "opcat-npm/dataset@1",
  profile: "kz",
  period: { from: "2023-01-01", to: "2023-12-31" },
  facilities: register,
  visits: [{ id: "V-2023-0417", type: "periodic", startedOn: "2023-09-12", endedOn: "2023-09-12", facilityIds: ["F-0101", "F-0102"], teamSize: 2 }],
  recommendations: [
    {
      id: "R-2023-0417-1",
      visitId: "V-2023-0417",
      facilityId: "F-0101",
      addressee: "interior",
      level: "facility",
      themes: ["detention_conditions", "sanitation"],
      text: "Repair the ventilation in cells 3-7; call the duty officer at +7 701 123 45 67.",
      issuedOn: "2023-09-10",
      dueOn: "2023-12-01",
    },
  ],
  accountability: [],
};

/**
 * The form field of an issue: the last named step of its path.
 * @param {readonly (string | number)[]} path
 */
const fieldOf = (path) => [...path].reverse().find((step) => typeof step === "string");
const result = validateDataset(submitted, { lang });
for (const issue of result.issues) console.log(`${issue.severity} ${fieldOf(issue.path)}: ${issue.message}`);
assert.equal(result.valid, false);
assert.deepEqual(
  result.issues.map((issue) => [issue.code, issue.path.join(".")]),
  [
    ["visit.team_too_small", "visits.0.teamSize"],
    ["date.issue_before_visit", "recommendations.0.issuedOn"],
    ["privacy.personal_identifier", "recommendations.0.text"],
  ],
);

// The user fixes the three fields: a third participant, the right date, no phone number.
const [visit] = submitted.visits;
assert.ok(visit !== undefined);
const fixed = {
  ...submitted,
  visits: [{ ...visit, teamSize: 3 }],
  recommendations: [{ ...submitted.recommendations[0], issuedOn: "2023-09-20", text: "Repair the ventilation in cells 3-7." }],
};
const again = validateDataset(fixed, { lang });
assert.equal(again.valid, true);
assert.equal(again.issues.length, 0);
console.log(`saved: visit to ${String(visit.facilityIds.length)} facilities of ${label(kz, "agencies", "interior", lang)}`);
