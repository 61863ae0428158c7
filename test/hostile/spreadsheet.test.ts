// Hostile input, family "output that executes": text that a spreadsheet would run as a formula
// (=HYPERLINK(…), =cmd|' /C calc'!A0, +1+1, -2+3, @SUM(A1), a leading tab or CR, and the same
// after a ";" or a line break, where Excel in a Russian or Kazakh locale starts a cell or a
// row) is written to every CSV a person may open with the mark ' before it, which Excel and
// LibreOffice show as text; convert reads the mark off again, so that nothing changes. The
// expected files are written out by hand from the rule in docs/io.md.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cli, scratchFolder } from "./cli";
import { openDataset } from "../../src/io/openDataset";
import { writeDataset } from "../../src/io/writeDataset";
import { writeReportTables } from "../../src/io/writeReportTables";
import { writeTemplate } from "../../src/io/writeTemplate";
import type { Dataset } from "../../src/model/dataset";
import { defineProfile } from "../../src/profiles/defineProfile";
import { buildReport } from "../../src/report/buildReport";
import { civilDate } from "../../src/dates/civilDate";
import { collect, parseTestCsv } from "../io/scratch";

const { place } = scratchFolder("opcat-hostile-spreadsheet-");

const OWN = { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } };
const facility = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, name, type: "police_unit", agency: "interior", region: "KZ-71", ...extra });

// Each name, and the cell it must be written as (before RFC 4180 quoting), by hand.
const NAMES: readonly (readonly [string, string])[] = [
  ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
  ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ["+1+1", "'+1+1"],
  ["-2+3", "'-2+3"],
  ["@SUM(A1)", "'@SUM(A1)"],
  ["\t=1+1", "'\t=1+1"],
  ["\r=1+1", `"'\r'=1+1"`],
  ["  =1+1", "'  =1+1"],
  ["＝1+1", "'＝1+1"],
  // A value that begins with the mark before a formula gets one more, so that it reads back as itself.
  ["'=1+1", "''=1+1"],
  // A mark that is not before a formula is text like any other.
  ["'Ivanov", "'Ivanov"],
  // After a ";" or a line break, where Excel with the ";" list separator starts a cell or a row.
  ["ИВС; =1+1", "ИВС;' =1+1"],
  ["ИВС\n=1+1", `"ИВС\n'=1+1"`],
  ["ИВС, -1", `"ИВС, -1"`],
  ["Шымкент - 2", "Шымкент - 2"],
];

describe("convert --to csv: formula cells are written as text, and read back exactly", () => {
  it("marks every cell that would start a formula, leaves integers (−5) as numbers, and convert back gives the same values", async () => {
    const dataset = { ...OWN, facilities: NAMES.map(([name], i) => facility(`F-${String(i + 1)}`, name, i === 0 ? { capacity: -5 } : {})), visits: [], recommendations: [], accountability: [] };
    const input = place("hostile.json");
    writeFileSync(input, JSON.stringify(dataset));
    const folder = place("csv");
    expect((await cli("convert", input, "--to", "csv", "--out", folder)).code).toBe(0);

    const expected =
      "\uFEFFid,name,type,agency,region,capacity,openedOn,closedOn\r\n" +
      NAMES.map(([, cell], i) => `F-${String(i + 1)},${cell},police_unit,interior,KZ-71,${i === 0 ? "-5" : ""},,\r\n`).join("");
    expect(readFileSync(join(folder, "facilities.csv"), "utf8")).toBe(expected);

    const back = place("back.json");
    expect((await cli("convert", folder, "--to", "json", "--out", back)).code).toBe(0);
    expect(JSON.parse(readFileSync(back, "utf8"))).toEqual(dataset);
  });

  it("list and history cells are marked as a whole, and their items read back", async () => {
    const dataset = {
      ...OWN,
      facilities: [facility("=F-1", "IVS"), facility("F-2", "IVS 2")],
      visits: [{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["=F-1", "F-2"] }, { id: "V-2", type: "periodic", startedOn: "2023-02-15", facilityIds: ["F-2", "=F-1"] }],
      recommendations: [],
      accountability: [],
    };
    const input = place("lists.json");
    writeFileSync(input, JSON.stringify(dataset));
    const folder = place("csv");
    expect((await cli("convert", input, "--to", "csv", "--out", folder)).code).toBe(0);
    const visits = readFileSync(join(folder, "visits.csv"), "utf8").split("\r\n");
    expect(visits[1]).toBe("V-1,periodic,2023-02-14,,'=F-1;F-2,,,,,");
    expect(visits[2]).toBe("V-2,periodic,2023-02-15,,F-2;'=F-1,,,,,");
    expect(await collect(await openDataset(folder))).toEqual(dataset);
  });
});

// Text with the characters the rule looks at, often at the places it looks.
const PIECES = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "'", "''", ";", "\r", "\n", "\r\n", "\t", " ", "\u00A0", ",", '"', "1", "A1", "Ә", "x"];
const trickyText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(""));
// What the rule says may not begin a cell (docs/io.md): at the start, a tab, CR or LF, or spaces then = + - @ (or full-width);
// after a ";" or a line break, spaces then one of those.
const FORMULA_AT_START = /^(?:[\t\r\n]|[^\S\r\n]*[=+\-@＝＋－＠])/;
const FORMULA_INSIDE = /[;\r\n][^\S\r\n]*[=+\-@＝＋－＠]/;

describe.runIf(process.env["TZ"] === "UTC")("any text through a CSV file", () => {
  propertyTest.prop([fc.array(fc.oneof(trickyText, fc.string({ unit: "binary", minLength: 1 }).filter((text) => !text.includes("\0"))), { minLength: 1, maxLength: 8 })], { numRuns: 60 })(
    "no cell of the file starts a formula, and reading it back gives each name exactly",
    async (names) => {
      const dataset = { ...OWN, facilities: names.map((name, i) => facility(`F-${String(i)}`, name)), visits: [], recommendations: [], accountability: [] };
      const folder = place("csv");
      await writeDataset(dataset as unknown as Dataset, folder, { form: "csv" });
      const rows = parseTestCsv(readFileSync(join(folder, "facilities.csv"), "utf8"));
      for (const row of rows) {
        for (const cell of row) {
          expect(cell.text).not.toMatch(FORMULA_AT_START);
          expect(cell.text).not.toMatch(FORMULA_INSIDE);
        }
      }
      const read = await collect(await openDataset(folder));
      expect((read["facilities"] as { name: unknown }[]).map((record) => record.name)).toEqual(names);
    },
    30_000,
  );
});

describe("the other CSV files a person opens", () => {
  const labels = (text: string) => ({ en: text, ru: text, kk: text });
  const hostile = defineProfile({
    id: "zz",
    name: labels("Testland"),
    lists: {
      agencies: [{ code: "justice", labels: labels('=HYPERLINK("http://x","click")') }],
      facilityTypes: [{ code: "colony", defaultAgency: "justice", labels: labels("@SUM(A1)") }],
      regions: [{ code: "ZZ-1", labels: labels("-1+1") }],
      themes: [{ code: "food", labels: labels("Food") }],
    },
    rules: { minTeamSize: 3, periodicCycleYears: 3 },
  });

  it("report tables (writeReportTables): labels marked, counts and negative differences left as numbers", async () => {
    const dataset = {
      ...OWN,
      profile: "zz",
      facilities: [{ id: "F-1", name: "Colony", type: "colony", agency: "justice", region: "ZZ-1" }],
      visits: [{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1"] }],
      recommendations: [],
      accountability: [],
      reported: { visits: { total: 2 } },
    } as unknown as Dataset;
    const folder = place("tables");
    await writeReportTables(buildReport(dataset, { asOf: civilDate("2024-01-31"), profile: hostile }), folder, { lang: "en", profile: hostile });
    const read = (name: string) => readFileSync(join(folder, `${name}.csv`), "utf8");
    expect(read("visits-by-agency")).toBe(`\uFEFFCode,Agency,Visits,"Share, %"\r\njustice,"'=HYPERLINK(""http://x"",""click"")",1,100\r\n`);
    expect(read("facilities-by-type")).toBe('\uFEFFCode,Type,Facilities,"Share, %"\r\ncolony,\'@SUM(A1),1,100\r\n,Total,1,100\r\n');
    expect(read("visits-by-region")).toBe('\uFEFFCode,Region,Visits,"Share, %"\r\nZZ-1,\'-1+1,1,100\r\n');
    // One visit computed against two reported: the difference is the number −1.
    expect(read("reconciliation").split("\r\n")[1]).toBe("visits.total,Visits,2,1,-1");
  });

  it("the template's README.csv (writeTemplate): labels marked", async () => {
    const folder = place("template");
    await writeTemplate(folder, { lang: "en", profile: hostile });
    const lines = readFileSync(join(folder, "README.csv"), "utf8").split("\r\n");
    expect(lines).toContain(`agencies,justice,"'=HYPERLINK(""http://x"",""click"")",`);
    expect(lines).toContain("facilityTypes,colony,'@SUM(A1),justice");
    expect(lines).toContain("regions,ZZ-1,'-1+1,");
  });

  it("followup --format csv: a facility's name marked, the days overdue a number", async () => {
    const dataset = {
      ...OWN,
      facilities: [facility("F-1", '=HYPERLINK("http://x","click")')],
      visits: [{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1"], teamSize: 3 }],
      recommendations: [{ id: "R-1", visitId: "V-1", facilityId: "F-1", addressee: "interior", level: "facility", themes: ["food"], issuedOn: "2023-02-20", dueOn: "2023-05-20" }],
      accountability: [],
    };
    const input = place("followup.json");
    writeFileSync(input, JSON.stringify(dataset));
    const result = await cli("followup", input, "--as-of", "2024-11-08", "--format", "csv");
    expect(result.code).toBe(0);
    // 2023-05-20 to 2024-11-08: 11 days of May, then 174 to the year's end, then 313 days of 2024 (a leap year).
    expect(result.stdout.split("\r\n")[1]).toBe(`interior,R-1,facility,F-1,"'=HYPERLINK(""http://x"",""click"")",KZ-71,V-1,food,2023-02-20,2023-05-20,538,issued,,`);
  });
});

function has(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// LibreOffice (Debian's package) opening what convert wrote: every cell a string, none a
// formula. Runs only where soffice and unzip are installed (CI does not need them).
describe.runIf(process.env["TZ"] === "UTC" && has("soffice") && has("unzip"))("LibreOffice opens convert's CSV", () => {
  it("as text: no cell of the workbook is a formula", async () => {
    const dataset = { ...OWN, facilities: NAMES.map(([name], i) => facility(`F-${String(i + 1)}`, name)), visits: [], recommendations: [], accountability: [] };
    const input = place("hostile.json");
    writeFileSync(input, JSON.stringify(dataset));
    const folder = place("csv");
    expect((await cli("convert", input, "--to", "csv", "--out", folder)).code).toBe(0);
    const out = place("xlsx");
    // UTF-8 (76), formulas evaluated (the last token): as a person opening the file gets it.
    const filter = "CSV Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1,true";
    execFileSync("soffice", [`-env:UserInstallation=file://${place("profile")}`, "--headless", `--infilter=${filter}`, "--convert-to", "xlsx", "--outdir", out, join(folder, "facilities.csv")], { stdio: "ignore", timeout: 60_000 });
    const sheet = execFileSync("unzip", ["-p", join(out, "facilities.xlsx"), "xl/worksheets/sheet1.xml"], { encoding: "utf8" });
    expect(sheet).not.toMatch(/<f[ >]/);
    // The name column: one string per row, header included.
    expect(sheet.match(/<c r="B\d+"[^>]*t="s"/g)).toHaveLength(NAMES.length + 1);
  }, 90_000);
});
