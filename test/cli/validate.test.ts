import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run";
import { withValue } from "../fixtures/withValue";
import { cleanDataset } from "../validate/cleanDataset";

const scratch = mkdtempSync(join(tmpdir(), "opcat-validate-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function cli(argv: string[], colour = false) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colour });
  return { code, stdout, stderr };
}

const broken = withValue(withValue(withValue(cleanDataset, ["visits", 0, "facilityIds", 1], "F-9"), ["visits", 1, "facilityIds", 0], "F-8"), ["visits", 0, "teamSize"], 2);

describe("opcat-npm validate", () => {
  it("exits 0 and says so for a valid dataset", async () => {
    const path = file("clean.json", cleanDataset);
    expect(await cli(["validate", path])).toEqual({ code: 0, stderr: "", stdout: `${path}: valid — 0 errors, 0 warnings\n` });
  });

  it.each([
    ["ru", "ошибка ref.unknown_facility ×2", "предупреждение visit.team_too_small ×1"],
    ["kk", "қате ref.unknown_facility ×2", "ескерту visit.team_too_small ×1"],
  ])("heads each code's block with its severity in --lang %s, the code kept beside it", async (lang, errorHeading, warningHeading) => {
    const path = file(`broken-${lang}.json`, broken);
    const result = await cli(["validate", path, "--lang", lang]);
    expect(result.code).toBe(1);
    const headings = result.stdout.split("\n").filter((line) => / (?:ref|visit)\.[a-z_]+ ×\d+$/.test(line));
    expect(headings).toEqual([errorHeading, warningHeading]);
  });

  it("exits 1 with a report grouped by code, errors first, each with its count and locations", async () => {
    const path = file("broken.json", broken);
    const result = await cli(["validate", path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`${path}: not valid — 2 errors, 1 warning`);
    expect(lines.filter((line) => /^(?:error|warning) /.test(line))).toEqual(["error ref.unknown_facility ×2", "warning visit.team_too_small ×1"]);
    expect(lines.filter((line) => line.startsWith("  ")).map((line) => line.split(":")[0])).toEqual(["  visits[0].facilityIds[1]", "  visits[1].facilityIds[0]", "  visits[0].teamSize"]);
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("colours only when asked (a terminal)", async () => {
    const result = await cli(["validate", file("broken2.json", broken)], true);
    expect(result.stdout).toContain("\u001b[31merror ref.unknown_facility ×2\u001b[39m");
  });

  it("writes the counts with the plural forms of each language", async () => {
    const path = file("plural.json", broken);
    const first = async (lang: string) => (await cli(["validate", path, "--lang", lang])).stdout.split("\n")[0];
    expect(await first("ru")).toBe(`${path}: данные некорректны — 2 ошибки, 1 предупреждение`);
    expect(await first("kk")).toBe(`${path}: деректер дұрыс емес — 2 қате, 1 ескерту`);
    const clean = file("plural-clean.json", cleanDataset);
    expect((await cli(["validate", clean, "--lang", "ru"])).stdout).toBe(`${clean}: данные корректны — 0 ошибок, 0 предупреждений\n`);
  });

  it("prints the result object and nothing else with --format json", async () => {
    const result = await cli(["validate", file("broken3.json", broken), "--format", "json", "--lang", "ru"]);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as { valid: boolean; counts: { errors: number; warnings: number }; issues: { code: string; message: string }[] };
    expect(parsed.valid).toBe(false);
    expect(parsed.counts.errors).toBe(2);
    expect(parsed.issues.map((issue) => issue.code)).toEqual(["ref.unknown_facility", "visit.team_too_small", "ref.unknown_facility"]);
    expect(parsed.issues[0]?.message).toMatch(/\p{Script=Cyrillic}/u);
  });

  it("caps the list with --max-issues and tells how many were not listed", async () => {
    const result = await cli(["validate", file("broken4.json", broken), "--max-issues", "1"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("error ref.unknown_facility ×2");
    expect(result.stdout).toContain("2 not listed (raise --max-issues)");
    expect(result.stdout).toContain("  … 1 more");
  });

  it("points out dates after --as-of", async () => {
    const result = await cli(["validate", file("asof.json", cleanDataset), "--as-of", "2023-06-01", "--format", "json"]);
    const parsed = JSON.parse(result.stdout) as { valid: boolean; counts: { byCode: Record<string, number> } };
    expect(result.code).toBe(0);
    // Only R-3, issued 2023-11-01; 2023-06-01 itself is not after.
    expect(parsed.counts.byCode).toEqual({ "date.after_as_of": 1 });
  });

  it.each([
    [["validate"], "Usage: opcat-npm"],
    [["validate", "x.json", "--format", "xml"], "--format must be text or json"],
    [["validate", "x.json", "--as-of", "08.11.2024"], "--as-of must be a date YYYY-MM-DD"],
    [["validate", "x.json", "--max-issues=-1"], "--max-issues must be a whole number from 0 to 999999999"],
    [["validate", "x.json", "--max-issues", "many"], "--max-issues must be a whole number from 0 to 999999999"],
    [["validate", "x.json", "--max-issues", "-1"], "Option '--max-issues' argument is ambiguous"],
  ])("exits 2 on usage errors: %j", async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });

  it("gives the example dataset's report exactly as the README shows it", async () => {
    // The README's command runs from the repository root; so do the tests.
    const result = await cli(["validate", "examples/data/kz-2023.json"]);
    expect(result.code).toBe(0);
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain("```text\n" + result.stdout + "```");
  });

  it("exits 2 with one line for a file that is not JSON", async () => {
    const path = file("notjson.json", "{\n  \"visits\": [\n    oops\n  ]\n}\n");
    expect(await cli(["validate", path])).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${path} is not valid JSON: line 3, column 5: expected a value, found "o"\n` });
  });
});
