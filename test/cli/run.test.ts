// @time-zones: summary writes the period
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run";

const scratch = mkdtempSync(join(tmpdir(), "opcat-cli-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const fixture = (name: string) => new URL(`../fixtures/cli/${name}`, import.meta.url).pathname;

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe("opcat-npm summary", () => {
  it("prints what a dataset holds, labelled in English by default", async () => {
    const result = await cli("summary", fixture("tiny.json"));
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "Kazakhstan — Reporting period: 1 January – 31 December 2023",
        "",
        "Facilities in the register: 1",
        "  by supervising agency:",
        "    Ministry of Internal Affairs: 1",
        "Visits: 1",
        "  by type:",
        "    Periodic (planned): 1",
        "Recommendations: 0",
        "  by level:",
        "Accountability actions: 1 (2 officials held liable)",
        "  officials by initiator:",
        "    NPM participants: 2",
        "",
      ].join("\n"),
    });
  });

  it("labels in Russian with --lang ru", async () => {
    const result = await cli("summary", fixture("tiny.json"), "--lang", "ru");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Казахстан — Отчётный период: с 1 января по 31 декабря 2023 года");
    expect(result.stdout).toContain("    Министерство внутренних дел: 1");
    expect(result.stdout).toContain("    Периодическое (плановое): 1");
  });

  it("labels in Kazakh with --lang kk", async () => {
    const result = await cli("summary", fixture("tiny.json"), "--lang=kk");
    expect(result.stdout).toContain("    Ішкі істер министрлігі: 1");
    expect(result.stdout).toContain("    ҰАТ қатысушылары: 2");
  });

  it("shows help on --help and exits 0", async () => {
    const result = await cli("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: opcat-npm <command>/);
  });

  it.each([
    [[], "Usage: opcat-npm"],
    [["summary"], "Usage: opcat-npm"],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["summary", "a.json", "b.json"], "Usage: opcat-npm"],
    [["summary", "a.json", "--lang", "de"], "--lang must be one of en, ru, kk"],
    [["summary", "a.json", "--colour"], "Unknown option '--colour'"],
  ])("exits 2 with a usage message for %j", async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });

  it("exits 2 with one line for a missing file, a folder, an empty file, and broken JSON", async () => {
    const folder = mkdtempSync(join(scratch, "case-"));
    writeFileSync(join(folder, "empty.json"), "  \n");
    writeFileSync(join(folder, "binary.json"), Buffer.from([0x00, 0xff, 0x10, 0x80]));
    const cases: [string, string][] = [
      [join(folder, "missing.json"), `opcat-npm: cannot read ${join(folder, "missing.json")}: no such file\n`],
      [folder, `opcat-npm: ${folder} holds no dataset: a folder needs dataset.json and the collection files (facilities.csv, visits.csv, recommendations.csv, accountability.csv, or the same as .ndjson); opcat-npm template <folder> writes an empty one\n`],
      [join(folder, "empty.json"), `opcat-npm: ${join(folder, "empty.json")} is empty\n`],
      [fixture("trailing-comma.json"), `opcat-npm: ${fixture("trailing-comma.json")} is not valid JSON: line 5, column 20: expected a property name in double quotes, found "}"\n`],
      [join(folder, "binary.json"), `opcat-npm: ${join(folder, "binary.json")} is not a text file: it holds a NUL byte (line 1); export the data as “CSV UTF-8”, NDJSON or JSON\n`],
    ];
    for (const [file, message] of cases) {
      expect(await cli("summary", file)).toEqual({ code: 2, stdout: "", stderr: message });
    }
  });

  it("exits 1 and prints the validation report, as validate does, when the data does not match the contract (it printed zod's English messages at visits.0.id)", async () => {
    const folder = mkdtempSync(join(scratch, "case-"));
    const file = join(folder, "bad.json");
    writeFileSync(file, JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" }, facilities: [], visits: [{ id: "", type: "weekly", startedOn: "2023-02-29", facilityIds: [] }], recommendations: [], accountability: [] }));
    const result = await cli("summary", file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      [
        `${file}: not valid — 4 errors, 0 warnings`,
        "",
        "error schema.invalid_date ×1",
        `  visits[0].startedOn: ${file}, line 1: “2023-02-29” is not a valid date. Write dates as YYYY-MM-DD, for example 2024-03-15.`,
        "",
        "error schema.invalid_value ×1",
        `  visits[0].id: ${file}, line 1: “” is not a valid value here: expected an identifier (text that is not blank).`,
        "",
        "error schema.too_small ×1",
        `  visits[0].facilityIds: ${file}, line 1: Below the minimum: the number of entries must be at least 1.`,
        "",
        "error schema.unknown_code ×1",
        `  visits[0].type: ${file}, line 1: “weekly” is not in the profile's list of visit types. Use a code from that list.`,
        "",
      ].join("\n"),
    );
    // In the language asked for, as validate prints it: the same lines.
    const russian = await cli("summary", file, "--lang", "ru");
    expect(russian.code).toBe(1);
    expect(russian.stderr.split("\n").slice(0, 4)).toEqual([`${file}: данные некорректны — 4 ошибки, 0 предупреждений`, "", "ошибка schema.invalid_date ×1", `  visits[0].startedOn: ${file}, строка 1: «2023-02-29» не является допустимой датой. Укажите дату в формате ГГГГ-ММ-ДД, например 2024-03-15.`]);
    expect(russian.stderr).toBe((await cli("validate", file, "--lang", "ru")).stdout);
  });

  it("exits 1 for a dataset of a profile it does not have", async () => {
    const folder = mkdtempSync(join(scratch, "case-"));
    const file = join(folder, "other.json");
    writeFileSync(file, JSON.stringify({ format: "opcat-npm/dataset@1", profile: "ge", period: { from: "2023-01-01", to: "2023-12-31" }, facilities: [], visits: [], recommendations: [], accountability: [] }));
    expect(await cli("summary", file)).toEqual({ code: 1, stdout: "", stderr: 'opcat-npm: unknown profile "ge" (built in: kz)\n' });
  });
});
