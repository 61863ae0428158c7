// @time-zones: the follow-up plan's text pins dates and day counts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { followUpReport } from "../../src/followup/followUpReport";
import { renderFollowUp } from "../../src/followup/renderFollowUp";
import { LANGUAGES } from "../../src/model/language";
import { EXAMPLE_AS_OF, exampleDataset } from "./fixtures";

// Golden files: the follow-up report of the example dataset as of 8 November 2024, read by a
// person once and committed. After a deliberate change, rewrite them with
// `UPDATE_GOLDEN=1 npx vitest run test/followup/golden.test.ts --project TZ=UTC` and read the diff.

const UPDATE = process.env.UPDATE_GOLDEN === "1";

function checkGolden(name: string, rendered: string): void {
  const file = new URL(`./golden/${name}`, import.meta.url);
  if (UPDATE) writeFileSync(file, rendered);
  expect(existsSync(file), `missing golden file ${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(rendered).toBe(readFileSync(file, "utf8"));
}

describe("the follow-up report of the example dataset", () => {
  const report = followUpReport(exampleDataset().dataset, { asOf: EXAMPLE_AS_OF });
  for (const lang of LANGUAGES) {
    it(`matches golden/kz-2023.${lang}.md`, () => {
      checkGolden(`kz-2023.${lang}.md`, renderFollowUp(report, { lang, format: "markdown" }));
    });
  }
  it("matches golden/kz-2023.en.txt", () => {
    checkGolden("kz-2023.en.txt", renderFollowUp(report, { lang: "en", format: "text" }));
  });
});
