// writeReportTables (src/io/writeReportTables.ts): the files of the report's tables, on a
// small dataset built by hand (the cells of each table: test/report/tables/).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeReportTables } from "../../src/io/writeReportTables";
import type { Language } from "../../src/model/language";
import { kz } from "../../src/profiles/kz";
import { buildReport } from "../../src/report/buildReport";
import { d, data, facility, visit } from "../metrics/helpers";
import { TABLE_NAMES } from "../report/tables/tableNames";

const root = mkdtempSync(path.join(tmpdir(), "opcat-report-tables-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const AS_OF = d("2024-01-31");
// 2 visits in 2023 of F-1 and F-2 (interior): 1 periodic, 1 special.
const report = buildReport(
  data({
    facilities: [facility("F-1", "temporary_detention_facility", "interior", "KZ-71"), facility("F-2", "penal_colony", "interior", "KZ-75")],
    visits: [visit("V-1", "periodic", "2023-02-14", ["F-1"]), visit("V-2", "special", "2023-05-10", ["F-2"])],
  }),
  { asOf: AS_OF },
);

const NAMES = TABLE_NAMES;

describe("writeReportTables", () => {
  it("writes the 16 files <name>.csv, each with a byte-order mark, and returns their paths in order", async () => {
    const folder = path.join(root, "kk");
    const written = await writeReportTables(report, folder, { lang: "kk", profile: kz });
    expect(written).toEqual(NAMES.map((name) => path.join(folder, `${name}.csv`)));
    expect(readdirSync(folder).sort()).toEqual(NAMES.map((name) => `${name}.csv`).sort());
    const read = (name: string) => readFileSync(path.join(folder, `${name}.csv`), "utf8");
    for (const name of NAMES) expect(read(name).startsWith("\uFEFFКод;"), name).toBe(true);
    // 1 of 2 periodic, 0 follow-up, 1 special: 50 % each.
    expect(read("visits-by-type")).toBe("\uFEFFКод;Түрі;Барулар;Үлесі, %\r\nperiodic;Жоспарлы (кезеңдік);1;50\r\nintermediate;Қайталама (аралық);0;0\r\nspecial;Арнайы;1;50\r\n;Барлығы;2;100\r\n");
    expect(read("reconciliation")).toBe("\uFEFFКод;Көрсеткіш;Жарияланған;Есептелген;Айырма\r\n");
  });

  it("en keeps `,` and `.`; bom: false leaves the mark out; files are replaced with overwrite only", async () => {
    const folder = path.join(root, "en");
    await writeReportTables(report, folder, { lang: "en", profile: kz, bom: false });
    const read = (name: string) => readFileSync(path.join(folder, `${name}.csv`), "utf8");
    expect(read("visits-by-type")).toBe('Code,Type,Visits,"Share, %"\r\nperiodic,Planned (periodic),1,50\r\nintermediate,Follow-up (intermediate),0,0\r\nspecial,Special,1,50\r\n,Total,2,100\r\n');
    await expect(writeReportTables(report, folder, { lang: "en", profile: kz })).rejects.toMatchObject({ code: "io.target_exists", params: { file: path.join(folder, "visits-by-type.csv") } });
    await writeReportTables(report, folder, { lang: "ru", profile: kz, overwrite: true });
    expect(read("visits-by-type").startsWith("\uFEFFКод;Вид;Визиты;Доля, %\r\n")).toBe(true);
  });

  it("a bad lang rejects with schema.invalid_value", async () => {
    await expect(writeReportTables(report, path.join(root, "bad"), { lang: "de" as Language, profile: kz })).rejects.toMatchObject({ code: "schema.invalid_value" });
  });
});
