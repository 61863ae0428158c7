// @time-zones: the golden narratives pin dates in text
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/model/language";
import { renderReport } from "../../../src/report/render/renderReport";
import type { Report } from "../../../src/report/report";
import { exampleReport, tinyReport } from "./fixtures";

// Golden files: the whole rendered report, read by a person once and committed. After a
// deliberate change, rewrite them with `UPDATE_GOLDEN=1 npx vitest run test/report/render
// --project TZ=UTC` and read the diff before committing it.

const UPDATE = process.env.UPDATE_GOLDEN === "1";
const FORMATS = [
  ["markdown", "md"],
  ["text", "txt"],
] as const;

function golden(name: string): URL {
  return new URL(`./golden/${name}`, import.meta.url);
}

function checkGolden(name: string, rendered: string): void {
  const file = golden(name);
  if (UPDATE) writeFileSync(file, rendered);
  expect(existsSync(file), `missing golden file ${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(rendered).toBe(readFileSync(file, "utf8"));
}

const REPORTS: readonly (readonly [string, () => Report])[] = [
  ["kz-2023", exampleReport],
  ["tiny", tinyReport],
];

describe.each(REPORTS)("the rendered report %s", (name, build) => {
  const report = build();
  for (const lang of LANGUAGES) {
    for (const [format, extension] of FORMATS) {
      it(`matches golden/${name}.${lang}.${extension}`, () => {
        checkGolden(`${name}.${lang}.${extension}`, renderReport(report, { lang, format }));
      });
    }
  }
});
