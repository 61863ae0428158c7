// @time-zones: --as-of and dates in the report text
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run";
import { Report } from "../../src/report/report";
import { withValue } from "../fixtures/withValue";
import { cleanDataset } from "../validate/cleanDataset";

const scratch = mkdtempSync(join(tmpdir(), "opcat-report-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const EXAMPLE = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;
const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as {
  visits: { startedOn: string }[];
  recommendations: { issuedOn: string; history?: { status: string; on: string }[] }[];
};

function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe("opcat-npm report", () => {
  it("prints the 2023 report as text, with the warnings' counts on stderr", async () => {
    const result = await cli("report", EXAMPLE, "--as-of", "2024-11-08");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Consolidated report of the National Preventive Mechanism, 1 January – 31 December 2023");
    expect(result.stdout).toContain("In 2023, NPM members made 461 preventive visits, including 422 planned, 33 special and 6 follow-up, covering 474 monitored facilities run by 6 state bodies.");
    expect(result.stderr).toBe(`${EXAMPLE}: valid — 0 errors, 309 warnings\n\nwarning date.after_as_of ×305\n\nwarning date.outside_period ×4\n`);
  });

  it("prints the report object and nothing else with --format json", async () => {
    const result = await cli("report", EXAMPLE, "--as-of", "2024-11-08", "--format", "json");
    expect(result.code).toBe(0);
    const report = Report.parse(JSON.parse(result.stdout));
    expect([report.visits.total, report.visits.byType, report.facilities.monitored, report.recommendations.implementation.rate]).toEqual([
      461,
      { periodic: 422, intermediate: 6, special: 33 },
      474,
      0.4,
    ]);
    expect(report.accountability.officials.byInitiator).toEqual({ commissioner_office: 258, npm_participant: 17 });
    expect(report.reconciliation.checks.map((check) => [check.code, check.gap])).toEqual([["reported.parts_short_of_total", 6]]);
  });

  it("writes Markdown in Russian and Kazakh", async () => {
    const ru = await cli("report", EXAMPLE, "--as-of", "2024-11-08", "--format", "markdown", "--lang", "ru");
    expect(ru.stdout.startsWith("# Консолидированный доклад")).toBe(true);
    expect(ru.stdout).toContain("461 превентивный визит");
    const kk = await cli("report", EXAMPLE, "--as-of", "2024-11-08", "--format", "markdown", "--lang", "kk");
    expect(kk.stdout).toContain("461 превентивтік бару");
  });

  it("narrows the period with --period-from and --period-to", async () => {
    const result = await cli("report", EXAMPLE, "--as-of", "2024-11-08", "--format", "json", "--period-from", "2023-01-01", "--period-to", "2023-06-30");
    const report = Report.parse(JSON.parse(result.stdout));
    // Counted independently: visits started in the first half of 2023.
    const firstHalf = example.visits.filter((visit) => visit.startedOn >= "2023-01-01" && visit.startedOn <= "2023-06-30").length;
    expect(report.visits.total).toBe(firstHalf);
    expect(report.period).toEqual({ from: "2023-01-01", to: "2023-06-30" });
    expect(Object.keys(report.visits.byMonth)).toEqual(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]);
  });

  it("counts partially implemented recommendations by --partial-weight and leaves withdrawn ones out with --exclude-withdrawn", async () => {
    const result = await cli("report", EXAMPLE, "--as-of", "2024-11-08", "--format", "json", "--partial-weight", "0.5", "--exclude-withdrawn");
    const report = Report.parse(JSON.parse(result.stdout));
    // The example's statuses as of 2024-11-08: 1,250 implemented, 380 partially, 90 withdrawn of 3,125.
    expect(report.recommendations.implementation).toEqual({ numerator: 1250 + 0.5 * 380, denominator: 3125 - 90, rate: 1440 / 3035 });
    expect(report.parameters).toEqual({ partialWeight: 0.5, excludeWithdrawn: true });
  });

  it("reads more implemented recommendations at a later --as-of", async () => {
    const later = Report.parse(JSON.parse((await cli("report", EXAMPLE, "--as-of", "2025-12-31", "--format", "json")).stdout));
    const implemented = example.recommendations.filter((recommendation) => {
      if (recommendation.issuedOn < "2023-01-01" || recommendation.issuedOn > "2023-12-31") return false;
      const seen = (recommendation.history ?? []).filter((change) => change.on <= "2025-12-31");
      return seen.at(-1)?.status === "implemented";
    }).length;
    expect(later.recommendations.implementation.numerator).toBe(implemented);
    expect(implemented).toBeGreaterThan(1250);
  });

  it("stops at errors: exit 1, the validation report on stderr, nothing on stdout", async () => {
    const broken = file("broken.json", withValue(cleanDataset, ["visits", 0, "facilityIds", 1], "F-9"));
    const result = await cli("report", broken, "--as-of", "2024-11-08");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${broken}: not valid — 1 error, 0 warnings`);
    expect(result.stderr).toContain("visits[0].facilityIds[1]");
  });

  it.each([
    [["report", EXAMPLE], "report needs --as-of YYYY-MM-DD"],
    [["report", EXAMPLE, "--as-of", "08.11.2024"], "--as-of must be a date YYYY-MM-DD"],
    [["report", EXAMPLE, "--as-of", "2024-11-08", "--format", "xlsx"], "--format must be json, markdown, text or csv"],
    [["report", EXAMPLE, "--as-of", "2024-11-08", "--format", "csv"], "report --format csv needs --out <folder>: each table is written there as a CSV file"],
    [["report", EXAMPLE, "--as-of", "2024-11-08", "--out", "tables"], "--out is for report --format csv (the other formats go to stdout)"],
    [["report", EXAMPLE, "--as-of", "2024-11-08", "--partial-weight", "2"], "--partial-weight must be a number from 0 to 1"],
    [["report", EXAMPLE, "--as-of", "2024-11-08", "--period-from", "2023-13-01"], "--period-from must be a date YYYY-MM-DD"],
    [["report", EXAMPLE, "--as-of", "2024-11-08", "--period-from", "2023-12-01", "--period-to", "2023-11-30"], "the period ends (2023-11-30) before it starts (2023-12-01)"],
    [["report", EXAMPLE, "--as-of", "2022-12-31"], "--as-of 2022-12-31 is before the period starts (2023-01-01)"],
    [["report", join(scratch, "missing.json"), "--as-of", "2024-11-08"], "no such file"],
  ])("exits 2 with one line for %j", async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toContain(message);
  });
});

describe("the README", () => {
  it("shows the first lines of the example's report exactly as `npm start` prints them", async () => {
    // The README's command runs from the repository root; so do the tests.
    const result = await cli("report", "examples/data/kz-2023.json", "--as-of", "2024-11-08");
    const firstLines = result.stdout.split("\n").slice(0, 4).join("\n");
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain("For the example dataset, `npm start` prints (the first lines):\n\n```text\n" + firstLines + "\n```");
  });
});
