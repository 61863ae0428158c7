// Hostile input, families "silently wrong figures" and "data changed by convert", on the
// reading side (issue 11, build items 1 and 6): a dataset folder whose files are named as
// Windows, a browser or a clerk name them is never "valid — 0 errors" about data it did not
// read; a file holding what no text file holds (a NUL) is refused wherever the NUL is, with
// its line; and what validation refuses, convert refuses or keeps exactly, never changes.
// Everything through the command line, where the user meets it.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, scratchFolder } from "./cli";

const { place } = scratchFolder("opcat-hostile-files-");

const EXAMPLE = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;
const AS_OF = "2024-11-08";
const OWN = { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } };

// The example as a CSV and as an NDJSON folder, written once by convert; each test works on a copy.
let exampleCsv: string;
let exampleNdjson: string;
beforeAll(async () => {
  exampleCsv = place("example-csv");
  exampleNdjson = place("example-ndjson");
  expect((await cli("convert", EXAMPLE, "--to", "csv", "--out", exampleCsv)).code).toBe(0);
  expect((await cli("convert", EXAMPLE, "--to", "ndjson", "--out", exampleNdjson)).code).toBe(0);
});

/** A copy of a folder, with some files renamed ([from, to]) and some removed. */
function copyOf(folder: string, renames: readonly (readonly [string, string])[] = [], removed: readonly string[] = []): string {
  const copy = place("copy");
  cpSync(folder, copy, { recursive: true });
  for (const [from, to] of renames) renameSync(join(copy, from), join(copy, to));
  for (const name of removed) rmSync(join(copy, name));
  return copy;
}

/** The one line of a refusal to read a folder whose files are under names that only look like the expected ones. */
function misnamed(folder: string, pairs: readonly (readonly [string, string])[]): string {
  const each = pairs.map(([name, expected]) => `${name} looks like ${expected}, which the folder lacks`).join("; ");
  const rename = pairs.length === 1 ? `rename it to ${pairs[0]?.[1] ?? ""}` : "rename each";
  return `opcat-npm: ${folder}: ${each}: ${rename} (a file is read only under its exact name; nothing was read)\n`;
}

describe("a folder whose collection files were renamed by Windows or a clerk", () => {
  it("is refused by every command, naming each file and what to rename it to (it used to be valid, and the report said no recommendations)", async () => {
    const folder = copyOf(exampleCsv, [
      ["recommendations.csv", "recommendations (1).csv"],
      ["accountability.csv", "Accountability.csv"],
    ]);
    const line = misnamed(folder, [
      ["Accountability.csv", "accountability.csv"],
      ["recommendations (1).csv", "recommendations.csv"],
    ]);
    expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: line });
    expect(await cli("report", folder, "--as-of", AS_OF)).toEqual({ code: 2, stdout: "", stderr: line });
    expect(await cli("summary", folder)).toEqual({ code: 2, stdout: "", stderr: line });
    expect(await cli("followup", folder, "--as-of", AS_OF)).toEqual({ code: 2, stdout: "", stderr: line });
    const out = place("out");
    expect(await cli("convert", folder, "--to", "json", "--out", join(out, "data.json"))).toEqual({ code: 2, stdout: "", stderr: line });
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    "recommendations (1).csv",
    "recommendations (2).csv",
    "recommendations[1].csv",
    "Recommendations.csv",
    "RECOMMENDATIONS.CSV",
    "recommendations - Copy.csv",
    "recommendations - Copy (2).csv",
    "recommendations copy.csv",
    "recommendations - Копия.csv",
    "Копия recommendations.csv",
    "Copy of recommendations.csv",
    "recommendations.xlsx",
    "recommendations.txt",
    "recommendations.tsv",
    "recommendations.csv.csv",
    "recommendations.csv.txt",
    "recommendations.json",
    "recomendations.csv",
    "recommendation.csv",
    "recommendatoins.csv",
    "ｒｅｃｏｍｍｅｎｄａｔｉｏｎｓ.csv",
  ])("recommendations.csv saved as %j: refused, saying to rename it", async (name) => {
    const folder = copyOf(exampleCsv, [["recommendations.csv", name]]);
    expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: misnamed(folder, [[name, "recommendations.csv"]]) });
  });

  it.each([
    ["visits.csv", "visit.csv"],
    ["visits.csv", "Visits.CSV"],
    ["facilities.csv", "facilites.csv"],
    ["facilities.csv", "facility.csv"],
    ["facilities.csv", "Facilities - Копия.csv"],
    ["accountability.csv", "accountabilty.csv"],
    ["accountability.csv", "accountability (3).csv"],
  ])("%s saved as %j: refused, saying to rename it", async (expected, name) => {
    const folder = copyOf(exampleCsv, [[expected, name]]);
    expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: misnamed(folder, [[name, expected]]) });
  });

  it.each([
    ["visits.ndjson", "visits (1).ndjson"],
    ["visits.ndjson", "Visits.ndjson"],
    ["visits.ndjson", "visits.jsonl"],
    ["visits.ndjson", "visit.ndjson"],
    ["facilities.ndjson", "facilites.ndjson"],
    ["recommendations.ndjson", "recommendations.ndjson.txt"],
  ])("in an NDJSON folder, %s saved as %j: refused, saying to rename it", async (expected, name) => {
    const folder = copyOf(exampleNdjson, [[expected, name]]);
    expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: misnamed(folder, [[name, expected]]) });
  });

  it("dataset.json saved as Dataset.json or dataset (1).json: refused, saying to rename it (not 'the folder has no dataset.json')", async () => {
    for (const name of ["Dataset.json", "dataset (1).json", "dataset.json.txt"]) {
      const folder = copyOf(exampleCsv, [["dataset.json", name]]);
      expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: misnamed(folder, [[name, "dataset.json"]]) });
    }
  });

  it("a folder whose every collection file is misnamed: refused, naming them (not 'holds no dataset')", async () => {
    const folder = copyOf(exampleCsv, [
      ["facilities.csv", "Facilities.csv"],
      ["visits.csv", "Visits.csv"],
    ], ["recommendations.csv", "accountability.csv"]);
    expect(await cli("validate", folder)).toEqual({
      code: 2,
      stdout: "",
      stderr: misnamed(folder, [
        ["Facilities.csv", "facilities.csv"],
        ["Visits.csv", "visits.csv"],
      ]),
    });
  });
});

describe("a second copy beside the collection file", () => {
  const IGNORED =
    "recommendations (1).csv was not read: its name looks like recommendations.csv, which was read instead. If it holds data that belongs there, move it into recommendations.csv, then remove recommendations (1).csv from the folder.";

  it("validate reads the proper file and warns that the copy was not read", async () => {
    const folder = copyOf(exampleCsv);
    writeFileSync(join(folder, "recommendations (1).csv"), readFileSync(join(folder, "recommendations.csv")));
    const result = await cli("validate", folder);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    // The example has 4 visits outside its period; the copy is the fifth warning.
    expect(result.stdout.split("\n")[0]).toBe(`${folder}: valid — 0 errors, 5 warnings`);
    expect(result.stdout).toContain(`\nwarning io.ignored_file ×1\n  (dataset): ${join(folder, "recommendations (1).csv")}: ${IGNORED}\n`);
  });

  it("report, convert and summary say it on stderr and go on", async () => {
    const folder = copyOf(exampleCsv);
    writeFileSync(join(folder, "recommendations (1).csv"), "not even a header\n");
    const warning = `opcat-npm: warning: ${join(folder, "recommendations (1).csv")}: ${IGNORED}\n`;
    const report = await cli("report", folder, "--as-of", AS_OF);
    expect(report.code).toBe(0);
    expect(report.stderr.startsWith(warning)).toBe(true);
    expect(report.stderr).toContain("warning io.ignored_file ×1");
    const out = place("out");
    const converted = await cli("convert", folder, "--to", "ndjson", "--out", out);
    expect(converted.code).toBe(0);
    expect(converted.stderr).toContain(warning);
    const summary = await cli("summary", folder);
    expect(summary.code).toBe(0);
    // The warnings counted after it, as report counts them (the summary used to say nothing of them).
    expect(summary.stderr.startsWith(warning)).toBe(true);
    expect(summary.stderr).toContain("warning io.ignored_file ×1");
  });

  it("in Russian and Kazakh", async () => {
    const folder = copyOf(exampleCsv);
    writeFileSync(join(folder, "recommendations (1).csv"), readFileSync(join(folder, "recommendations.csv")));
    const ru = await cli("validate", folder, "--lang", "ru");
    expect(ru.stdout).toContain(
      `${join(folder, "recommendations (1).csv")}: Файл recommendations (1).csv не прочитан: его имя похоже на recommendations.csv, который прочитан вместо него. Если в нём есть нужные данные, перенесите их в recommendations.csv, затем удалите recommendations (1).csv из папки.`,
    );
    const kk = await cli("validate", folder, "--lang", "kk");
    expect(kk.stdout).toContain(
      `${join(folder, "recommendations (1).csv")}: recommendations (1).csv файлы оқылмады: оның атауы recommendations.csv файлына ұқсайды, оның орнына recommendations.csv оқылды. Онда қажетті деректер болса, оларды recommendations.csv файлына көшіріп, recommendations (1).csv файлын қалтадан алып тастаңыз.`,
    );
  });

  it("a copy of dataset.json beside it: not read, and said so", async () => {
    const folder = copyOf(exampleNdjson);
    writeFileSync(join(folder, "dataset (1).json"), JSON.stringify({ ...OWN, profile: "other" }));
    const result = await cli("validate", folder);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `\nwarning io.ignored_file ×1\n  (dataset): ${join(folder, "dataset (1).json")}: dataset (1).json was not read: its name looks like dataset.json, which was read instead. If it holds data that belongs there, move it into dataset.json, then remove dataset (1).json from the folder.\n`,
    );
  });

  it("a folder that ignores letter case lists Visits.csv and opens it as visits.csv: one file, no warning", async () => {
    // Linux tells the names apart; a link stands in for the case-insensitive folder of Windows and macOS.
    const { symlinkSync } = await import("node:fs");
    const folder = copyOf(exampleCsv);
    symlinkSync(join(folder, "visits.csv"), join(folder, "Visits.csv"));
    const result = await cli("validate", folder);
    expect(result.stdout.split("\n")[0]).toBe(`${folder}: valid — 0 errors, 4 warnings`);
  });
});

describe("a collection file missing", () => {
  const MISSING_RECOMMENDATIONS = "The folder has no file recommendations.csv, so no recommendations were read. If there are any, save them in a file named exactly recommendations.csv.";
  const MISSING_ACCOUNTABILITY = "The folder has no file accountability.csv, so no accountability actions were read. If there are any, save them in a file named exactly accountability.csv.";

  it("is a warning that says so (it used to be valid with 0 warnings, and the report said no recommendations were issued)", async () => {
    const folder = copyOf(exampleCsv, [], ["recommendations.csv", "accountability.csv"]);
    const result = await cli("validate", folder);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`${folder}: valid — 0 errors, 6 warnings`);
    expect(result.stdout).toContain(
      `\nwarning io.missing_file ×2\n  (dataset): ${join(folder, "recommendations.csv")}: ${MISSING_RECOMMENDATIONS}\n  (dataset): ${join(folder, "accountability.csv")}: ${MISSING_ACCOUNTABILITY}\n`,
    );
    const report = await cli("report", folder, "--as-of", AS_OF);
    expect(report.code).toBe(0);
    expect(report.stderr.startsWith(`opcat-npm: warning: ${join(folder, "recommendations.csv")}: ${MISSING_RECOMMENDATIONS}\nopcat-npm: warning: ${join(folder, "accountability.csv")}: ${MISSING_ACCOUNTABILITY}\n`)).toBe(true);
  });

  it("in validate --format json: a warning with its file and collection", async () => {
    const folder = copyOf(exampleNdjson, [], ["accountability.ndjson"]);
    const result = await cli("validate", folder, "--format", "json");
    const parsed = JSON.parse(result.stdout) as { valid: boolean; counts: { warnings: number; byCode: Record<string, number> }; issues: { code: string }[] };
    expect(parsed.valid).toBe(true);
    expect(parsed.counts.byCode["io.missing_file"]).toBe(1);
    expect(parsed.issues.filter((issue) => issue.code.startsWith("io."))).toEqual([
      {
        code: "io.missing_file",
        severity: "warning",
        path: [],
        params: { file: "accountability.ndjson", collection: "accountability" },
        location: { file: join(folder, "accountability.ndjson"), line: 0 },
        message: `${join(folder, "accountability.ndjson")}: The folder has no file accountability.ndjson, so no accountability actions were read. If there are any, save them in a file named exactly accountability.ndjson.`,
      },
    ]);
  });

  it("in Russian and Kazakh, with the collection's name in the language", async () => {
    const folder = copyOf(exampleCsv, [], ["recommendations.csv"]);
    const ru = await cli("validate", folder, "--lang", "ru");
    expect(ru.stdout).toContain(
      `${join(folder, "recommendations.csv")}: В папке нет файла recommendations.csv, поэтому раздел «Рекомендации» не прочитан. Если в нём есть записи, сохраните их в файле с именем ровно recommendations.csv.`,
    );
    const kk = await cli("validate", folder, "--lang", "kk");
    expect(kk.stdout).toContain(
      `${join(folder, "recommendations.csv")}: Қалтада recommendations.csv файлы жоқ, сондықтан «Ұсынымдар» бөлімі оқылмады. Онда жазбалар болса, оларды дәл recommendations.csv деп аталатын файлға сақтаңыз.`,
    );
  });
});

describe("files that look like no collection file stay ignored", () => {
  it("the template's READMEs, report tables, notes, backups, temporary and lock files, a subfolder: the same result as without them", async () => {
    const folder = copyOf(exampleCsv);
    const before = await cli("validate", folder);
    for (const name of ["README.md", "README.csv", "datapackage.json", "visits-by-type.csv", "indicators.csv", "notes.txt", "visits.csv.bak", ".visits.csv.1a2b3c.partial", "~$visits.csv", ".~lock.visits.csv#", "lists.csv", "accountability-2022.csv", "dataset.schema.json"]) {
      writeFileSync(join(folder, name), "anything\n");
    }
    mkdirSync(join(folder, "Visits"));
    const after = await cli("validate", folder);
    expect(after).toEqual(before);
    expect(after.stdout.split("\n")[0]).toBe(`${folder}: valid — 0 errors, 4 warnings`);
  });
});

describe("a NUL byte is refused wherever it is, with its line (io.binary)", () => {
  const VISIT_ROW = (n: number) => `V-${String(n).padStart(5, "0")},periodic,2023-02-14,,F-1,,,,,3\r\n`;

  /** A CSV folder whose visits.csv holds `rows` visits and then a row with a NUL in its id. */
  function nulAfter(rows: number): { folder: string; file: string } {
    const folder = place("nul-csv");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify(OWN));
    writeFileSync(join(folder, "facilities.csv"), "id,name,type,agency,region\r\nF-1,IVS,temporary_detention_facility,interior,KZ-71\r\n");
    let visits = "id,type,startedOn,endedOn,facilityIds,followUpOf,trigger.kind,trigger.receivedOn,announced,teamSize\r\n";
    for (let n = 1; n <= rows; n++) visits += VISIT_ROW(n);
    visits += "V-\u0000,periodic,2023-02-14,,F-1,,,,,3\r\n";
    const file = join(folder, "visits.csv");
    writeFileSync(file, visits);
    return { folder, file };
  }

  it("after the first 256 KB of a CSV file (it used to be valid)", async () => {
    // 8,000 rows of 40 bytes: 320,000 bytes before the NUL, on line 1 + 8,000 + 1.
    const { folder, file } = nulAfter(8000);
    expect(VISIT_ROW(1)).toHaveLength(40);
    expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${file} is not a text file: it holds a NUL byte (line 8002); export the data as “CSV UTF-8”, NDJSON or JSON\n` });
    expect((await cli("convert", folder, "--to", "ndjson", "--out", place("out"))).code).toBe(2);
  });

  it("before it, the same code and words", async () => {
    const { folder, file } = nulAfter(1);
    expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${file} is not a text file: it holds a NUL byte (line 3); export the data as “CSV UTF-8”, NDJSON or JSON\n` });
  });

  it("in an NDJSON line and in a JSON file", async () => {
    const folder = place("nul-ndjson");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify(OWN));
    const file = join(folder, "facilities.ndjson");
    writeFileSync(file, `{"id":"F-1","name":"IVS","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}\n\n{"id":"F-2","name":"A\u0000B"}\n`);
    expect(await cli("validate", folder)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${file} is not a text file: it holds a NUL byte (line 3); export the data as “CSV UTF-8”, NDJSON or JSON\n` });
    const json = place("nul.json");
    writeFileSync(json, `{\n  "format": "opcat-npm/dataset@1",\n  "profile": "kz",\n  "period": "\u0000"\n}\n`);
    expect(await cli("summary", json)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${json} is not a text file: it holds a NUL byte (line 4); export the data as “CSV UTF-8”, NDJSON or JSON\n` });
  });
});

describe("validation and convert agree: what one refuses the other refuses or keeps exactly", () => {
  const IVS = { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" };

  /** A JSON dataset file with one facility, as JSON text with the facility's name given as JSON text. */
  function withName(nameJson: string): string {
    const file = place("data.json");
    writeFileSync(file, `{"format":"opcat-npm/dataset@1","profile":"kz","period":{"from":"2023-01-01","to":"2023-12-31"},"facilities":[{"id":"F-1","name":${nameJson},"type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}],"visits":[],"recommendations":[],"accountability":[]}`);
    return file;
  }

  /** The issues of validate --format json, as [code, path]. */
  async function verdict(data: string): Promise<{ code: number; issues: [string, string][] }> {
    const result = await cli("validate", data, "--format", "json");
    const parsed = JSON.parse(result.stdout) as { issues: { code: string; path: (string | number)[] }[] };
    return { code: result.code, issues: parsed.issues.map((issue) => [issue.code, issue.path.join(".")]) };
  }

  it.each([
    ["a lone surrogate", '"IVS \\ud800"', "IVS \ud800", "a lone surrogate (U+D800, half of a character) at position 5"],
    ["a NUL", '"IVS\\u0000"', "IVS\u0000", "a NUL character (U+0000) at position 4"],
  ])("%s in a name: validate refuses it, convert --to csv refuses it at the same place (it used to write U+FFFD, or a CSV validate refuses), --to ndjson keeps it exactly", async (_what, nameJson, name, what) => {
    const data = withName(nameJson);
    const before = await verdict(data);
    expect(before).toEqual({ code: 1, issues: [["schema.invalid_text", "facilities.0.name"]] });
    const position = (JSON.parse((await cli("validate", data, "--format", "json")).stdout) as { issues: { params: { position: number } }[] }).issues[0]?.params.position;
    expect(what).toContain(`at position ${String(position)}`);
    const csv = place("csv");
    const refused = await cli("convert", data, "--to", "csv", "--out", csv);
    expect(refused).toEqual({
      code: 1,
      stdout: "",
      stderr: `opcat-npm: nothing written: ${data}, line 1: facilities[0].name: the text holds ${what}, which a CSV file (UTF-8 text) cannot hold; write JSON or NDJSON, or remove it\n`,
    });
    expect(existsSync(csv)).toBe(false);
    const ndjson = place("ndjson");
    expect((await cli("convert", data, "--to", "ndjson", "--out", ndjson)).code).toBe(0);
    const line = readFileSync(join(ndjson, "facilities.ndjson"), "utf8").split("\n")[0] ?? "";
    expect((JSON.parse(line) as { name: string }).name).toBe(name);
    expect(await verdict(ndjson)).toEqual(before);
  });

  it("a value 20,000 levels deep: validate refuses it (too deep), convert --to ndjson and --to json keep it exactly and validate says the same of them", async () => {
    const data = place("deep.json");
    const deep = `${"[".repeat(20_000)}"x"${"]".repeat(20_000)}`;
    writeFileSync(data, `{"format":"opcat-npm/dataset@1","profile":"kz","period":{"from":"2023-01-01","to":"2023-12-31"},"facilities":[{"id":"F-1","name":"IVS","type":"temporary_detention_facility","agency":"interior","region":"KZ-71","extra":${deep}}],"visits":[],"recommendations":[],"accountability":[]}`);
    const before = await verdict(data);
    expect(before.code).toBe(1);
    expect(before.issues.map(([code]) => code)).toContain("schema.too_deep");
    const ndjson = place("ndjson");
    expect((await cli("convert", data, "--to", "ndjson", "--out", ndjson)).code).toBe(0);
    expect(readFileSync(join(ndjson, "facilities.ndjson"), "utf8")).toBe(`${JSON.stringify(IVS).slice(0, -1)},"extra":${deep}}\n`);
    expect(await verdict(ndjson)).toEqual(before);
    const json = join(place("json"), "data.json");
    expect((await cli("convert", data, "--to", "json", "--out", json)).code).toBe(0);
    expect(await verdict(json)).toEqual(before);
    // CSV has no column for the field: refused, nothing written.
    const csv = place("csv");
    expect((await cli("convert", data, "--to", "csv", "--out", csv)).code).toBe(1);
    expect(existsSync(csv)).toBe(false);
  });
});

describe("a CSV column named __proto__ is a column like any other", () => {
  it("its value is read, checked and reported as constructor's is (it used to be dropped without a word)", async () => {
    const folder = place("proto");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify(OWN));
    writeFileSync(join(folder, "facilities.csv"), "id,name,type,agency,region,__proto__,constructor\r\nF-1,IVS,temporary_detention_facility,interior,KZ-71,ivanov@mail.kz,ivanov@mail.kz\r\n");
    for (const name of ["visits.csv", "recommendations.csv", "accountability.csv"]) writeFileSync(join(folder, name), `${readFileSync(join(exampleCsv, name), "utf8").split("\r\n")[0] ?? ""}\r\n`);
    const result = await cli("validate", folder, "--format", "json");
    expect(result.code).toBe(1);
    const issues = (JSON.parse(result.stdout) as { issues: { code: string; path: (string | number)[]; location?: { column?: string } }[] }).issues;
    const of = (key: string) => issues.filter((issue) => issue.path[2] === key).map((issue) => [issue.code, issue.location?.column]);
    expect(of("__proto__")).toEqual(of("constructor").map(([code]) => [code, "__proto__"]));
    expect(of("constructor").map(([code]) => code).sort()).toEqual(["privacy.personal_identifier", "schema.unknown_key"]);
    // Converted to NDJSON, the field is there, as any other.
    const ndjson = place("ndjson");
    expect((await cli("convert", folder, "--to", "ndjson", "--out", ndjson)).code).toBe(0);
    expect(readFileSync(join(ndjson, "facilities.ndjson"), "utf8")).toBe(
      '{"id":"F-1","name":"IVS","type":"temporary_detention_facility","agency":"interior","region":"KZ-71","__proto__":"ivanov@mail.kz","constructor":"ivanov@mail.kz"}\n',
    );
  });
});

describe("a collection of a JSON document that is not a list", () => {
  it("is refused by convert with its line (it used to write 0 visits and say it had written the rest)", async () => {
    const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;
    const visits = example["visits"] as unknown[];
    const file = place("visits-object.json");
    // Pretty-printed by hand's rule: "visits" on its own line, so its line is known without the reader.
    const text = JSON.stringify({ ...example, visits: { first: visits[0] } }, null, 1);
    writeFileSync(file, text);
    const line = text.split("\n").findIndex((row) => row.startsWith(' "visits"')) + 1;
    const out = place("visits-object-out");
    const result = await cli("convert", file, "--to", "ndjson", "--out", out);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${file}, line ${String(line)}: "visits" is object, not a list of records in [ ]: write it as [ {…}, {…} ]\n` });
    expect(existsSync(out)).toBe(false);
  });

  it("is an error of validate (schema.invalid_type), not a read error", async () => {
    const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;
    const file = place("recommendations-string.json");
    writeFileSync(file, JSON.stringify({ ...example, recommendations: "see the spreadsheet" }));
    const result = await cli("validate", file, "--format", "json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { issues: { code: string; path: unknown[] }[] };
    expect(report.issues.filter((issue) => issue.path.length === 1 && issue.path[0] === "recommendations").map((issue) => issue.code)).toEqual(["schema.invalid_type"]);
  });
});
