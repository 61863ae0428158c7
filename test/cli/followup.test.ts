// @time-zones: --as-of, due dates and days overdue
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run";
import { civilDate } from "../../src/dates/civilDate";
import { FOLLOW_UP_CSV_COLUMNS } from "../../src/followup/followUpCsv";
import { followUpReport } from "../../src/followup/followUpReport";
import { Dataset } from "../../src/model/dataset";
import { withValue } from "../fixtures/withValue";
import { parseCsv } from "../followup/csv";
import { cleanDataset } from "../validate/cleanDataset";

const scratch = mkdtempSync(join(tmpdir(), "opcat-followup-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const EXAMPLE = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;
const AS_OF = "2024-11-08";
const example = Dataset.parse(JSON.parse(readFileSync(EXAMPLE, "utf8")));

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

describe("opcat-npm followup", () => {
  it("prints the work plan as text, with the warnings' counts on stderr", async () => {
    const result = await cli("followup", EXAMPLE, "--as-of", AS_OF);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Follow-up of recommendations and visit plan, as of 8 November 2024");
    expect(result.stdout).toContain("As of 8 November 2024, 1,507 recommendations to 6 state bodies were overdue");
    expect(result.stdout).toContain("Overdue recommendations: Ministry of Internal Affairs\n----");
    expect(result.stdout).toContain("ESC-interior-2024-11-08, dated 8 November 2024: escalates 926 overdue recommendations");
    expect(result.stderr).toBe(`${EXAMPLE}: valid — 0 errors, 309 warnings\n\nwarning date.after_as_of ×305\n\nwarning date.outside_period ×4\n`);
  });

  it("prints the object and nothing else with --format json", async () => {
    const result = await cli("followup", EXAMPLE, "--as-of", AS_OF, "--format", "json");
    expect(result.code).toBe(0);
    const expected = followUpReport(example, { asOf: civilDate(AS_OF), period: example.period });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(result.stdout.endsWith("}\n")).toBe(true);
  });

  it("prints the overdue list as CSV that parses back to the same rows", async () => {
    const result = await cli("followup", EXAMPLE, "--as-of", AS_OF, "--format", "csv");
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual([...FOLLOW_UP_CSV_COLUMNS]);
    const report = followUpReport(example, { asOf: civilDate(AS_OF) });
    const objects = rows.slice(1).map((row) => Object.fromEntries(FOLLOW_UP_CSV_COLUMNS.map((column, i) => [column, row[i]])));
    const expected = report.overdue.byAgency.flatMap((group) => group.recommendations);
    expect(objects).toHaveLength(expected.length);
    expect(objects.map((row) => [row["agency"], row["id"], Number(row["daysOverdue"]), row["themes"]?.split(";"), row["escalatedBy"] || null])).toEqual(
      expected.map((row) => [row.agency, row.id, row.daysOverdue, row.themes, row.escalatedBy]),
    );
  });

  it("writes Markdown in Russian and Kazakh", async () => {
    const ru = await cli("followup", EXAMPLE, "--as-of", AS_OF, "--format", "markdown", "--lang", "ru");
    expect(ru.stdout.startsWith("# Контроль исполнения рекомендаций и план визитов по состоянию на 8 ноября 2024 года\n")).toBe(true);
    const kk = await cli("followup", EXAMPLE, "--as-of", AS_OF, "--format", "markdown", "--lang", "kk");
    expect(kk.stdout).toContain("## Жекелендірілген ұсыным жобасы: Ішкі істер министрлігі");
  });

  it("passes the options on", async () => {
    const result = await cli(
      "followup", EXAMPLE, "--as-of", AS_OF, "--format", "json",
      "--grace-days", "30", "--min-overdue", "20", "--min-days-overdue", "400", "--due-in-days", "90",
      "--horizon", "2025-12-31", "--min-overdue-for-visit", "10", "--period-from", "2023-07-01",
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ReturnType<typeof followUpReport>;
    expect(report.parameters).toEqual({ graceDays: 30, sortBy: "daysOverdue", minOverdue: 20, minDaysOverdue: 400, dueInDays: 90, minOverdueForVisit: 10 });
    expect(report.visits.horizon).toBe("2025-12-31");
    expect(report.visits.period).toEqual({ from: "2023-07-01", to: "2023-12-31" });
    expect(report.escalation.candidates.every((candidate) => candidate.recommendations.length >= 20 && candidate.recommendations.every((row) => row.daysOverdue >= 400))).toBe(true);
    expect(report.escalation.candidates.map((candidate) => candidate.draft.dueOn)).toContain("2025-02-06");
  });

  it("shows --max-rows rows of each list, or all", async () => {
    const three = await cli("followup", EXAMPLE, "--as-of", AS_OF, "--max-rows", "3");
    expect(three.stdout).toContain("3 of 934 shown.");
    const all = await cli("followup", EXAMPLE, "--as-of", AS_OF, "--max-rows", "all");
    expect(all.stdout).not.toContain(" shown.");
  });

  it("stops at errors: exit 1, the validation report on stderr, nothing on stdout", async () => {
    const broken = file("broken.json", withValue(cleanDataset, ["visits", 0, "facilityIds", 1], "F-9"));
    const result = await cli("followup", broken, "--as-of", AS_OF, "--format", "json");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${broken}: not valid — 1 error, 0 warnings`);
    expect(result.stderr).toContain("visits[0].facilityIds[1]");
  });

  it.each([
    [["followup", EXAMPLE], "followup needs --as-of YYYY-MM-DD"],
    [["followup", EXAMPLE, "--as-of", "08.11.2024"], "--as-of must be a date YYYY-MM-DD"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--format", "xlsx"], "--format must be json, markdown, text or csv"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--grace-days=-1"], "--grace-days must be a whole number from 0 to 3650"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--grace-days", "1.5"], "--grace-days must be a whole number from 0 to 3650"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--min-overdue", "0"], "--min-overdue must be a whole number from 1 to 999999999"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--min-days-overdue", "ninety"], "--min-days-overdue must be a whole number from 0 to 3650"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--min-overdue-for-visit", "0"], "--min-overdue-for-visit must be a whole number from 1 to 999999999"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--max-rows", "0"], "--max-rows must be a whole number from 1 to 999999999, or all"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--horizon", "2024-11-07"], "--horizon 2024-11-07 is before --as-of 2024-11-08"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--horizon", "2025"], "--horizon must be a date YYYY-MM-DD"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--period-from", "2023-12-01", "--period-to", "2023-11-30"], "the period ends (2023-11-30) before it starts (2023-12-01)"],
    [["followup", EXAMPLE, "--as-of", "2022-12-31"], "--as-of 2022-12-31 is before the period starts (2023-01-01)"],
    [["followup", join(scratch, "missing.json"), "--as-of", AS_OF], "no such file"],
    [["followup", EXAMPLE, "--as-of", AS_OF, "--no-such-option"], "Unknown option"],
  ])("exits 2 with one line for %j", async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toContain(message);
  });

  it("needs exactly one file", async () => {
    for (const argv of [["followup"], ["followup", EXAMPLE, EXAMPLE, "--as-of", AS_OF]]) {
      const result = await cli(...argv);
      expect([result.code, result.stdout]).toEqual([2, ""]);
      expect(result.stderr).toContain("followup <data>");
    }
  });
});
