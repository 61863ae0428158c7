import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/run";
import { progressBar, PROGRESS_MIN_BYTES } from "../../src/cli/source";
import type { DatasetSource } from "../../src/io/types";

const scratch = mkdtempSync(join(tmpdir(), "opcat-cli-io-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const EXAMPLE = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;
const AS_OF = "2024-11-08";

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function place(name: string): string {
  return join(mkdtempSync(join(scratch, "case-")), name);
}

describe("opcat-npm convert", () => {
  it("goes JSON → CSV → NDJSON → JSON and the report is the same at each step", async () => {
    const csv = place("csv");
    const ndjson = place("ndjson");
    const json = place("back.json");
    const toCsv = await cli("convert", EXAMPLE, "--to", "csv", "--out", csv);
    expect(toCsv.code).toBe(0);
    expect(toCsv.stdout).toBe(["dataset.json", "facilities.csv", "visits.csv", "recommendations.csv", "accountability.csv"].map((name) => `${join(csv, name)}\n`).join(""));
    // 534 facilities + 465 visits + 3,261 recommendations + 153 actions in the example dataset.
    expect(toCsv.stderr).toBe("opcat-npm: 4413 records written as csv\n");
    expect((await cli("convert", csv, "--to", "ndjson", "--out", ndjson)).code).toBe(0);
    expect((await cli("convert", ndjson, "--to", "json", "--out", json)).code).toBe(0);
    const original = await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "json");
    expect(original.code).toBe(0);
    for (const form of [csv, ndjson, json]) {
      const again = await cli("report", form, "--as-of", AS_OF, "--format", "json");
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(original.stdout);
    }
  });

  it("refuses to replace files unless --overwrite, with one line and exit 2", async () => {
    const out = place("data.json");
    expect((await cli("convert", EXAMPLE, "--to", "json", "--out", out)).code).toBe(0);
    expect(await cli("convert", EXAMPLE, "--to", "json", "--out", out)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${out} exists already: choose another --out, or pass --overwrite\n` });
    expect((await cli("convert", EXAMPLE, "--to", "json", "--out", out, "--overwrite")).code).toBe(0);
  });

  it("writes nothing when a record cannot be written as CSV, and says which record where", async () => {
    const folder = place("ndjson");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } }));
    writeFileSync(
      join(folder, "facilities.ndjson"),
      '{"id":"F-1","name":"IVS","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}\n\n{"id":"F-2","name":"IVS 2","type":"temporary_detention_facility","agency":"interior","region":"KZ-71","director":"A. B."}\n',
    );
    const out = place("csv");
    expect(await cli("convert", folder, "--to", "csv", "--out", out)).toEqual({
      code: 1,
      stdout: "",
      stderr: `opcat-npm: nothing written: ${join(folder, "facilities.ndjson")}, line 3: facilities[1].director: the CSV form has no column for the field “director”; write JSON or NDJSON, or remove the field\n`,
    });
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it.each([
    [["convert", EXAMPLE, "--out", "x"], "convert needs --to json, csv or ndjson"],
    [["convert", EXAMPLE, "--to", "xlsx", "--out", "x"], "convert needs --to json, csv or ndjson"],
    [["convert", EXAMPLE, "--to", "csv"], "convert needs --out <path>: the file (json) or folder (csv, ndjson) to write, or - for stdout (json, ndjson)"],
    [["convert", EXAMPLE, "--to", "csv", "--out", "x", "--form", "xml"], "--form must be json, csv or ndjson"],
  ])("exits 2 on usage errors: %j", async (argv, message) => {
    expect(await cli(...argv)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${message}\n` });
  });
});

describe("opcat-npm template", () => {
  it("writes the template files, then refuses to replace them", async () => {
    const folder = place("template");
    const first = await cli("template", folder, "--lang", "kk");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(["dataset.json", "facilities.csv", "visits.csv", "recommendations.csv", "accountability.csv", "README.csv", "README.md", "datapackage.json"].map((name) => `${join(folder, name)}\n`).join(""));
    // The Kazakh label of the Ministry of Internal Affairs (src/profiles/kz).
    expect(readFileSync(join(folder, "README.csv"), "utf8")).toContain("agencies,interior,Ішкі істер министрлігі,");
    expect(await cli("template", folder)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${join(folder, "dataset.json")} exists already: choose another folder, or pass --overwrite\n` });
    expect((await cli("template", folder, "--overwrite")).code).toBe(0);
  });

  it("gives a template that validates once the period is filled in", async () => {
    const folder = place("template");
    expect((await cli("template", folder)).code).toBe(0);
    const unfilled = await cli("validate", folder);
    expect(unfilled.code).toBe(1);
    expect(unfilled.stdout).toContain(`period.from: ${join(folder, "dataset.json")}, line 4: “YYYY-MM-DD” is not a valid date.`);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } }));
    expect(await cli("validate", folder)).toEqual({ code: 0, stdout: `${folder}: valid — 0 errors, 0 warnings\n`, stderr: "" });
  });
});

describe("opcat-npm validate and report on a CSV folder", () => {
  async function csvCopy(): Promise<string> {
    const folder = place("csv");
    expect((await cli("convert", EXAMPLE, "--to", "csv", "--out", folder)).code).toBe(0);
    return folder;
  }

  it("names the file, row and column of a date typed as Excel does, with the date it should be", async () => {
    const folder = await csvCopy();
    const file = join(folder, "visits.csv");
    const lines = readFileSync(file, "utf8").split("\r\n");
    // Line 4 of the file is the third visit: row 4 as a spreadsheet numbers it (the header is row 1).
    const cells = (lines[3] ?? "").split(",");
    expect(cells[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [year, month, day] = (cells[2] ?? "").split("-");
    cells[2] = `${day ?? ""}.${month ?? ""}.${year ?? ""}`;
    lines[3] = cells.join(",");
    writeFileSync(file, lines.join("\r\n"));
    const result = await cli("validate", folder, "--lang", "ru");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `  visits[2].startedOn: ${file}, строка 4, столбец startedOn: «${cells[2]}» не является допустимой датой. Укажите дату в формате ГГГГ-ММ-ДД, например ${year ?? ""}-${month ?? ""}-${day ?? ""}.\n`,
    );
  });

  it("writes each report table as a CSV file with --format csv --out, for the spreadsheet of the language", async () => {
    const out = place("tables");
    const result = await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", out, "--lang", "ru");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(16);
    // Seed facts: 461 visits, 422 planned (91.5 % → 92), 33 special (7.16 % → 7,2), the
    // other 6 intermediate (1.30 % → 1,3).
    expect(readFileSync(join(out, "visits-by-type.csv"), "utf8")).toBe(
      "\uFEFFКод;Вид;Визиты;Доля, %\r\nperiodic;Плановые (периодические);422;92\r\nintermediate;Повторные (промежуточные);6;1,3\r\nspecial;Специальные;33;7,2\r\n;Всего;461;100\r\n",
    );
    const kk = place("tables-kk");
    expect((await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", kk, "--lang", "kk")).code).toBe(0);
    expect(readFileSync(join(kk, "visits-by-type.csv"), "utf8").split("\r\n").slice(0, 3)).toEqual(["\uFEFFКод;Түрі;Барулар;Үлесі, %", "periodic;Жоспарлы (кезеңдік);422;92", "intermediate;Қайталама (аралық);6;1,3"]);
    const en = place("tables-en");
    expect((await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", en)).code).toBe(0);
    expect(readFileSync(join(en, "visits-by-type.csv"), "utf8").split("\r\n")).toEqual([
      '\uFEFFCode,Type,Visits,"Share, %"',
      "periodic,Planned (periodic),422,92",
      "intermediate,Follow-up (intermediate),6,1.3",
      "special,Special,33,7.2",
      ",Total,461,100",
      "",
    ]);
  });

  it("refuses a CSV file without its required columns before reading any record: one line, exit 2", async () => {
    const folder = await csvCopy();
    writeFileSync(join(folder, "recommendations.csv"), "id,visitId,text\r\nR-1,V-1,x\r\n");
    const message = `opcat-npm: ${join(folder, "recommendations.csv")}, line 1: the header lacks the required columns “addressee”, “level”, “themes”, “issuedOn”; opcat-npm template <folder> writes the headers\n`;
    expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: message });
    expect(await cli("report", folder, "--as-of", AS_OF)).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it.each([
    ["an empty CSV file", "", "is empty: it needs at least the header row of column names"],
    ["a cut-off quoted cell", 'id,name,type,agency,region\r\nF-1,"IVS', "line 2: a quoted cell opened there is never closed: the file is cut off, or a cell has a stray double quote"],
  ])("exits 2 with one line for %s", async (_name, content, message) => {
    const folder = await csvCopy();
    writeFileSync(join(folder, "facilities.csv"), content);
    const result = await cli("validate", folder);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${join(folder, "facilities.csv")}${message.startsWith("line") ? ", " : " "}${message}\n` });
  });
});

describe("every command on files that cannot be read", () => {
  const OWN = JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
  function folderOf(files: Readonly<Record<string, string | Uint8Array>>): string {
    const target = place("folder");
    mkdirSync(target);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(target, name), content);
    return target;
  }
  function fileOf(name: string, content: string | Uint8Array): string {
    const target = place(name);
    writeFileSync(target, content);
    return target;
  }
  const cases: readonly (readonly [string, () => string])[] = [
    ["missing", () => join(scratch, "no-such-dataset.json")],
    ["empty JSON", () => fileOf("empty.json", "")],
    ["binary", () => fileOf("binary.json", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))],
    ["JSON cut off", () => fileOf("cut.json", '{"format": "opcat-npm/dataset@1", "visits": [{"id": "V-1"')],
    ["NDJSON cut off", () => folderOf({ "dataset.json": OWN, "visits.ndjson": '{"id":"V-1"}\n{"id":"V-' })],
    ["CSV without required columns", () => folderOf({ "dataset.json": OWN, "visits.csv": "id,type\r\nV-1,periodic\r\n" })],
    ["CSV in UTF-16", () => folderOf({ "dataset.json": OWN, "visits.csv": new Uint8Array([0xff, 0xfe, 0x69, 0x00]) })],
    ["folder without dataset.json", () => folderOf({ "visits.csv": "id,type,startedOn,facilityIds\r\n" })],
  ];
  it.each(cases)("%s: one line on stderr and exit 2 from validate, report, summary, followup and convert", async (_name, make) => {
    const data = make();
    for (const argv of [["validate", data], ["report", data, "--as-of", AS_OF], ["summary", data], ["followup", data, "--as-of", AS_OF], ["convert", data, "--to", "json", "--out", place("out.json")]]) {
      const result = await cli(...argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^opcat-npm: [^\n]+\n$/);
      expect(result.stderr).not.toContain("    at ");
    }
  });
});

describe("progressBar", () => {
  function sourceOf(read: number, total: number): Pick<DatasetSource, "bytes"> {
    return { bytes: () => ({ read, total }) };
  }

  it("draws on a terminal for files of 4 MB or more, a few times a second, and clears the line when done", () => {
    let stderr = "";
    let clock = 0;
    const io: CliIo = { stdout: () => undefined, stderr: (text) => (stderr += text), progress: true, now: () => clock };
    const bar = progressBar(sourceOf(PROGRESS_MIN_BYTES / 4, PROGRESS_MIN_BYTES) as DatasetSource, io);
    bar?.onProgress({ collection: "recommendations", records: 10_000 });
    clock = 50;
    bar?.onProgress({ collection: "recommendations", records: 20_000 });
    // 1 MB of 4 MB read: 25 % of 30 characters is 7.5, drawn as 8.
    expect(stderr).toBe(`\r[${"#".repeat(8)}${".".repeat(22)}]  25%  1.0 MB of 4.0 MB  recommendations 10,000\u001b[K`);
    bar?.done();
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
  });

  it("stays silent off a terminal and for small files", () => {
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, now: () => 0 };
    expect(progressBar(sourceOf(0, PROGRESS_MIN_BYTES) as DatasetSource, io)).toBeUndefined();
    expect(progressBar(sourceOf(0, PROGRESS_MIN_BYTES - 1) as DatasetSource, { ...io, progress: true })).toBeUndefined();
  });
});

describe("progressBar under run()", () => {
  it("draws through the verbatim writer, whose escape sequences are not made visible", () => {
    let stderr = "";
    let verbatim = "";
    const io: CliIo = { stdout: () => undefined, stderr: (text) => (stderr += text), verbatim: { stdout: () => undefined, stderr: (text) => (verbatim += text) }, progress: true, now: () => 0 };
    const bar = progressBar({ bytes: () => ({ read: 0, total: PROGRESS_MIN_BYTES }) } as unknown as DatasetSource, io);
    bar?.onProgress({ collection: "visits", records: 10_000 });
    bar?.done();
    expect(stderr).toBe("");
    expect(verbatim).toBe(`\r[${".".repeat(30)}]   0%  0.0 MB of 4.0 MB  visits 10,000\u001b[K\r\u001b[K`);
  });
});
