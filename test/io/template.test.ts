// writeTemplate (src/io/writeTemplate.ts): the template of a dataset folder in CSV form,
// written into temporary folders. Expected texts and labels are written out by hand from
// DESIGN §2-§3 and src/profiles.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpcatError } from "../../src/errors/OpcatError";
import { csvColumns } from "../../src/io/csvColumns";
import { datapackageDescriptor } from "../../src/io/datapackage";
import { codeSheetRows, datasetFieldsTemplate, templateReadme, writeTemplate } from "../../src/io/writeTemplate";
import type { CollectionName } from "../../src/model/findUnknownKeys";
import type { Language } from "../../src/model/language";
import { kz } from "../../src/profiles/kz";
import { checkDataPackage } from "./frictionless";

const root = mkdtempSync(path.join(tmpdir(), "opcat-template-test-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const FILES = ["dataset.json", "facilities.csv", "visits.csv", "recommendations.csv", "accountability.csv", "README.csv", "README.md", "datapackage.json"];
const COLLECTIONS = ["facilities", "visits", "recommendations", "accountability"] as const satisfies readonly CollectionName[];
const BOM = "\uFEFF";

let folders = 0;
const freshFolder = (name: string) => path.join(root, `${name}-${String(++folders)}`);
const read = (folder: string, name: string) => readFileSync(path.join(folder, name), "utf8");
const contentsOf = (folder: string) => Object.fromEntries(readdirSync(folder).map((name) => [name, read(folder, name)]));

/** The number of codes of each list of kz (DESIGN §3, src/profiles/kz.ts, src/profiles/contractLists.ts). */
const LIST_SIZES = { agencies: 8, facilityTypes: 16, regions: 20, themes: 15, visitTypes: 3, statuses: 8, measures: 3, initiators: 2, triggerKinds: 4, levels: 2 };

describe.each<Language>(["en", "ru", "kk"])("writeTemplate in %s", (lang) => {
  let folder = "";
  let written: string[] = [];
  beforeAll(async () => {
    folder = freshFolder(lang);
    written = await writeTemplate(folder, { lang, profile: kz });
  });

  it("writes the 8 files, and returns their paths in order", () => {
    expect(written).toEqual(FILES.map((name) => path.join(folder, name)));
    expect(readdirSync(folder).sort()).toEqual([...FILES].sort());
  });

  it("the CSV files hold the header row only: the csvColumns names, with a byte-order mark and CRLF", () => {
    for (const collection of COLLECTIONS) {
      expect(read(folder, `${collection}.csv`)).toBe(`${BOM}${csvColumns(collection).map((column) => column.name).join(",")}\r\n`);
    }
    // Written out by hand from DESIGN §2.
    expect(read(folder, "facilities.csv")).toBe(`${BOM}id,name,type,agency,region,capacity,openedOn,closedOn\r\n`);
    expect(read(folder, "visits.csv")).toBe(`${BOM}id,type,startedOn,endedOn,facilityIds,followUpOf,trigger.kind,trigger.receivedOn,announced,teamSize\r\n`);
    expect(read(folder, "recommendations.csv")).toBe(`${BOM}id,visitId,facilityId,addressee,level,themes,text,issuedOn,dueOn,escalates,repeatOf,history\r\n`);
    expect(read(folder, "accountability.csv")).toBe(`${BOM}id,decidedOn,initiator,measure,officials,visitId,facilityId,agency\r\n`);
  });

  it("README.csv: every code of every list of the profile, labelled in the language, with a BOM and CRLF", () => {
    const text = read(folder, "README.csv");
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "").includes("\n")).toBe(false);
    const [header, ...rows] = parse(text, { bom: true });
    expect(header).toEqual(["list", "code", "label", "defaultAgency"]);
    expect(rows).toHaveLength(81);
    const counts: Record<string, number> = {};
    for (const row of rows) counts[row[0]!] = (counts[row[0]!] ?? 0) + 1;
    expect(counts).toEqual(LIST_SIZES);
    const expected = Object.entries(kz.lists).flatMap(([list, entries]: [string, readonly { code: string; labels: Record<Language, string>; defaultAgency?: string }[]]) =>
      entries.map((entry) => [list, entry.code, entry.labels[lang], entry.defaultAgency ?? ""]),
    );
    const sorted = (table: string[][]) => [...table].sort((a, b) => (a.join("\u0000") < b.join("\u0000") ? -1 : 1));
    expect(sorted(rows)).toEqual(sorted(expected));
    // Within a list, the profile's order.
    expect(rows.filter((row) => row[0] === "visitTypes").map((row) => row[1])).toEqual(["periodic", "intermediate", "special"]);
  });

  it("datapackage.json is datapackageDescriptor(kz, lang) and passes the Frictionless check (empty tables)", () => {
    const descriptor: unknown = JSON.parse(read(folder, "datapackage.json"));
    expect(descriptor).toEqual(datapackageDescriptor(kz, lang));
    expect(read(folder, "datapackage.json").endsWith("}\n")).toBe(true);
    expect(checkDataPackage(datapackageDescriptor(kz, lang), folder)).toEqual([]);
  });

  it("dataset.json holds the format, the profile and period placeholders", () => {
    expect(JSON.parse(read(folder, "dataset.json"))).toEqual({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" } });
  });

  it("README.md names every file and every column, the date form and how to validate", () => {
    const readme = read(folder, "README.md");
    for (const name of FILES) expect(readme).toContain(`\`${name}\``);
    for (const collection of COLLECTIONS) for (const column of csvColumns(collection)) expect(readme).toContain(`| \`${column.name}\` |`);
    expect(readme).toContain("YYYY-MM-DD");
    expect(readme).toContain("opcat-npm validate");
    expect(readme).toContain("`accepted@2023-03-01;implemented@2023-04-11`");
    expect(readme).toBe(templateReadme(kz, lang));
  });
});

describe("writeTemplate: labels checked by hand", () => {
  it("README.csv in ru, en and kk", async () => {
    const rowsIn = async (lang: Language) => {
      const folder = freshFolder(`labels-${lang}`);
      await writeTemplate(folder, { lang, profile: kz });
      return parse(read(folder, "README.csv"), { bom: true });
    };
    const ru = await rowsIn("ru");
    expect(ru).toContainEqual(["agencies", "interior", "Министерство внутренних дел", ""]);
    expect(ru).toContainEqual(["facilityTypes", "nsc_detention_facility", "Следственный изолятор КНБ", "national_security"]);
    expect(ru).toContainEqual(["regions", "KZ-71", "город Астана", ""]);
    expect(ru).toContainEqual(["statuses", "withdrawn", "Снята (утратила актуальность)", ""]);
    const en = await rowsIn("en");
    expect(en).toContainEqual(["facilityTypes", "military_guardhouse", "Military guardhouse", "defence"]);
    expect(en).toContainEqual(["themes", "safeguards", "Safeguards (lawyer, doctor, notification)", ""]);
    expect(en).toContainEqual(["initiators", "npm_participant", "NPM participants", ""]);
    const kk = await rowsIn("kk");
    expect(kk).toContainEqual(["agencies", "interior", "Ішкі істер министрлігі", ""]);
    expect(kk).toContainEqual(["triggerKinds", "media", "БАҚ хабарламасы", ""]);
  });

  it("a label holding a comma is quoted in the file", async () => {
    const folder = freshFolder("quoted");
    await writeTemplate(folder, { lang: "en", profile: kz });
    expect(read(folder, "README.csv")).toContain('\r\nthemes,safeguards,"Safeguards (lawyer, doctor, notification)",\r\n');
  });

  it("codeSheetRows: the header first; datasetFieldsTemplate: the dataset's own fields", () => {
    expect(codeSheetRows(kz, "kk")[0]).toEqual(["list", "code", "label", "defaultAgency"]);
    expect(codeSheetRows(kz, "kk")).toHaveLength(82);
    expect(datasetFieldsTemplate(kz)).toEqual({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" } });
  });
});

describe("writeTemplate: existing files, folders, bad options", () => {
  it("creates the folder, nested, if needed", async () => {
    const folder = path.join(freshFolder("nested"), "a", "b");
    await writeTemplate(folder, { lang: "en", profile: kz });
    expect(readdirSync(folder).sort()).toEqual([...FILES].sort());
  });

  it("refuses to overwrite (an OpcatError io.target_exists naming the file), and writes nothing", async () => {
    const folder = freshFolder("refuse");
    await writeTemplate(folder, { lang: "en", profile: kz });
    writeFileSync(path.join(folder, "README.md"), "mine", "utf8");
    const before = contentsOf(folder);
    const error: unknown = await writeTemplate(folder, { lang: "ru", profile: kz }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OpcatError);
    expect(error).toMatchObject({ code: "io.target_exists", params: { file: path.join(folder, "dataset.json") } });
    expect(contentsOf(folder)).toEqual(before);
  });

  it("refuses before writing anything when only the last file exists", async () => {
    const folder = freshFolder("last");
    await writeTemplate(folder, { lang: "en", profile: kz });
    for (const name of FILES.slice(0, -1)) rmSync(path.join(folder, name));
    writeFileSync(path.join(folder, "datapackage.json"), "{}", "utf8");
    await expect(writeTemplate(folder, { lang: "en", profile: kz })).rejects.toMatchObject({ code: "io.target_exists", params: { file: path.join(folder, "datapackage.json") } });
    expect(readdirSync(folder)).toEqual(["datapackage.json"]);
    expect(read(folder, "datapackage.json")).toBe("{}");
  });

  it("overwrite: true replaces the files", async () => {
    const folder = freshFolder("overwrite");
    await writeTemplate(folder, { lang: "en", profile: kz });
    writeFileSync(path.join(folder, "README.md"), "mine", "utf8");
    const written = await writeTemplate(folder, { lang: "ru", profile: kz, overwrite: true });
    expect(written).toHaveLength(8);
    expect(read(folder, "README.md")).toBe(templateReadme(kz, "ru"));
    expect(JSON.parse(read(folder, "datapackage.json"))).toEqual(datapackageDescriptor(kz, "ru"));
    expect(read(folder, "README.csv")).toContain("Министерство внутренних дел");
    expect(read(folder, "README.csv")).not.toContain("Ministry of Internal Affairs");
  });

  it("overwrite: false is the default", async () => {
    const folder = freshFolder("explicit-false");
    await writeTemplate(folder, { lang: "en", profile: kz });
    await expect(writeTemplate(folder, { lang: "en", profile: kz, overwrite: false })).rejects.toMatchObject({ code: "io.target_exists" });
  });

  it.each<[string, unknown]>([
    ["fr", "fr"],
    ["undefined", undefined],
    ["RU", "RU"],
  ])("a bad lang (%s): an OpcatError schema.invalid_value, and no folder made", async (_label, lang) => {
    const folder = freshFolder("bad-lang");
    const error: unknown = await writeTemplate(folder, { lang: lang as Language, profile: kz }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OpcatError);
    expect([(error as OpcatError).code, (error as OpcatError).path]).toEqual(["schema.invalid_value", ["lang"]]);
    expect(existsSync(folder)).toBe(false);
  });
});
