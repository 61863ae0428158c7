// CSV files as spreadsheets save them: the example dataset (with Cyrillic and Kazakh text put
// into facility names and recommendation texts) written as CSV, then re-saved by the test the
// way Excel does: ";" with a BOM, Windows-1251, LF line ends, cells holding line breaks. Each
// variant reads back to the same records and, through reportSource, to the same report that
// buildReport gives on the dataset in memory, with the notes saying how the files were read.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import { openDataset } from "../../src/io/openDataset";
import { reportSource } from "../../src/io/reportSource";
import { writeDataset } from "../../src/io/writeDataset";
import type { ReportData } from "../../src/metrics/reportData";
import type { Dataset } from "../../src/model/dataset";
import { buildReport } from "../../src/report/buildReport";
import { csvEquivalent, encode1251, exampleDataset, parseTestCsv, scratchFolder, tapped, within1251, writeTestCsv } from "./scratch";

const options = { asOf: civilDate("2024-11-08") };
const CSV_FILES = ["facilities.csv", "visits.csv", "recommendations.csv", "accountability.csv"];

const scratch = scratchFolder("spreadsheet");
afterAll(() => {
  scratch.remove();
});

// Names and texts in Russian and Kazakh, with the delimiters and quotes CSV must handle.
const PLACES = ["Әулиекөл", "Қарағанды", "Өскемен", "Ұлытау", "Үржар", "Шаһар", "Аңырақай", "Ғабит ауылы", "Ілияс", "Семей"];
const KINDS = ["Следственный изолятор", "Изолятор временного содержания", "Мекеме", "Ёлочный центр"];
const TEXTS = [
  'Обеспечить доступ к "горячей линии"; провести ремонт камер, вентиляции.',
  "Тәрбиеленушілерге құқықтық көмек көрсетілсін, жедел.",
  "Ұйымдастыру: ақпарат ілінсін; Һ әрпі, Ё және ё.",
  "Улучшить питание и медицинскую помощь",
];

type Example = ReturnType<typeof exampleDataset>;

/** The example with Cyrillic names and texts (the example itself is in English). */
function localized(): Example {
  const dataset = exampleDataset();
  dataset.facilities.forEach((facility, i) => {
    facility["name"] = `${KINDS[i % KINDS.length]!}, ${PLACES[i % PLACES.length]!}`;
  });
  dataset.recommendations.forEach((recommendation, i) => {
    recommendation["text"] = TEXTS[i % TEXTS.length]!;
  });
  return dataset;
}

const report = (dataset: unknown) => buildReport(dataset as ReportData, options);

/** Writes the CSV folder of a dataset with writeDataset. */
async function csvFolder(dataset: Example, bom = true): Promise<string> {
  const folder = scratch.fresh("csv");
  await writeDataset(dataset as unknown as Dataset, folder, { form: "csv", bom });
  return folder;
}

/** A copy of a CSV folder with each CSV file re-saved by `resave` (its text, as writeDataset wrote it). */
function resaved(folder: string, resave: (text: string) => string | Uint8Array): string {
  const copy = scratch.fresh("variant");
  mkdirSync(copy);
  copyFileSync(join(folder, "dataset.json"), join(copy, "dataset.json"));
  for (const file of CSV_FILES) writeFileSync(join(copy, file), resave(readFileSync(join(folder, file), "utf8")));
  return copy;
}

/** Reads a folder with reportSource: the report, the records it read, the notes as `file: code`, sorted. */
async function readFolder(folder: string) {
  const { source, read } = tapped(await openDataset(folder));
  const { validation, report: built } = await reportSource(source, options);
  for (const note of validation.notes) expect(note.message).toContain(note.file);
  const fields = await source.fields();
  return {
    validation,
    report: built,
    dataset: { ...(fields as object), ...read },
    notes: validation.notes.map((note) => `${basename(note.file)}: ${note.code}`).sort(),
    source,
  };
}

const each = (code: string, files: readonly string[] = CSV_FILES): string[] => files.map((file) => `${file}: ${code}`);

describe("CSV saved as spreadsheets save it", () => {
  let base: Example;
  let baseFolder: string;
  beforeAll(async () => {
    base = localized();
    baseFolder = await csvFolder(base);
  });

  it("the example as writeDataset writes it (UTF-8 with a BOM, “,”, CRLF) reads back to the same records and report", async () => {
    const read = await readFolder(baseFolder);
    expect(read.validation.counts.errors).toBe(0);
    expect(read.dataset).toStrictEqual(csvEquivalent(base));
    expect(read.report).toStrictEqual(report(base));
    expect(read.notes).toEqual(each("io.bom_removed").sort());
  });

  it("(a) “;” as the delimiter with a BOM: same records and report, noted", async () => {
    const folder = resaved(baseFolder, (text) => `\uFEFF${writeTestCsv(parseTestCsv(text), ";", "\r\n")}`);
    // The fixture is what it claims: a “;” file whose unquoted cells hold commas.
    const facilities = readFileSync(join(folder, "facilities.csv"), "utf8");
    expect(facilities.startsWith("\uFEFFid;name;type;agency;region;capacity;openedOn;closedOn\r\n")).toBe(true);
    expect(facilities).toContain(";Следственный изолятор, Әулиекөл;");
    expect(readFileSync(join(folder, "recommendations.csv"), "utf8")).toContain(';"Обеспечить доступ к ""горячей линии""; провести ремонт камер, вентиляции.";');

    const read = await readFolder(folder);
    expect(read.dataset).toStrictEqual(csvEquivalent(base));
    expect(read.report).toStrictEqual(report(base));
    expect(read.notes).toEqual([...each("io.bom_removed"), ...each("io.delimiter_semicolon")].sort());
  });

  it("(b) “;” in Windows-1251 (Kazakh letters outside it replaced first): same records and report as the adjusted dataset, noted", async () => {
    const adjusted = JSON.parse(within1251(JSON.stringify(base))) as Example;
    expect(adjusted.facilities[0]!["name"]).toBe("Следственный изолятор, Аулиекол");
    const folder = resaved(await csvFolder(adjusted, false), (text) => encode1251(writeTestCsv(parseTestCsv(text), ";", "\r\n")));
    // Not UTF-8 any more: a Cyrillic letter is one byte (С is 0xD1 in Windows-1251).
    const bytes = readFileSync(join(folder, "facilities.csv"));
    expect(bytes.includes(Buffer.from([0xd1, 0xeb, 0xe5, 0xe4]))).toBe(true);

    const read = await readFolder(folder);
    expect(read.dataset).toStrictEqual(csvEquivalent(adjusted));
    expect(read.report).toStrictEqual(report(adjusted));
    // Only the files with Cyrillic in them are decoded; visits and accountability are ASCII.
    expect(read.notes).toEqual([...each("io.delimiter_semicolon"), ...each("io.decoded_windows_1251", ["facilities.csv", "recommendations.csv"])].sort());
  });

  it("(c) LF line ends instead of CRLF, without a BOM: same records and report, and no notes", async () => {
    const folder = resaved(baseFolder, (text) => writeTestCsv(parseTestCsv(text), ",", "\n"));
    expect(readFileSync(join(folder, "visits.csv"), "utf8")).not.toContain("\r");

    const read = await readFolder(folder);
    expect(read.dataset).toStrictEqual(csvEquivalent(base));
    expect(read.report).toStrictEqual(report(base));
    expect(read.notes).toEqual([]);
  });

  it("(d) quoted cells holding line breaks: same records and report; the rows after them are counted as a spreadsheet counts them", async () => {
    const dataset = localized();
    // Two line breaks in the first recommendation, one in the third (CRLF and LF inside cells).
    dataset.recommendations[0]!["text"] = "Первая строка\r\nвторая строка\nтретья; ещё";
    dataset.recommendations[2]!["text"] = 'Ремонт "камер",\nсрочно';
    const folder = await csvFolder(dataset);
    const read = await readFolder(folder);
    expect(read.dataset).toStrictEqual(csvEquivalent(dataset));
    expect(read.report).toStrictEqual(report(dataset));
    expect(read.notes).toEqual(each("io.bom_removed").sort());

    const file = join(folder, "recommendations.csv");
    // The header is row and line 1; the first record is row 2 on lines 2–4.
    expect(read.source.locate(["recommendations", 0, "text"])).toEqual({ file, line: 2, row: 2, column: "text" });
    expect(read.source.locate(["recommendations", 1, "issuedOn"])).toEqual({ file, line: 5, row: 3, column: "issuedOn" });
    expect(read.source.locate(["recommendations", 2])).toEqual({ file, line: 6, row: 4 });
    expect(read.source.locate(["recommendations", 3, "themes", 0])).toEqual({ file, line: 8, row: 5, column: "themes" });
    const last = dataset.recommendations.length - 1;
    expect(read.source.locate(["recommendations", last, "history", 0, "on"])).toEqual({ file, line: last + 2 + 3, row: last + 2, column: "history" });
  });

  it("a file that is ASCII for its first 256 KB and Windows-1251 after it is decoded from where the Cyrillic starts", async () => {
    const dataset = exampleDataset();
    // The first 2,000 recommendations keep their English texts (about 340 KB); the rest are Russian.
    dataset.recommendations.forEach((recommendation, i) => {
      if (i >= 2000) recommendation["text"] = within1251(TEXTS[i % TEXTS.length]!);
    });
    const folder = resaved(await csvFolder(dataset, false), (text) => encode1251(text));
    const bytes = readFileSync(join(folder, "recommendations.csv"));
    const firstHigh = bytes.findIndex((byte) => byte >= 0x80);
    expect(firstHigh).toBeGreaterThan(256 * 1024);
    expect(readdirSync(folder).sort()).toEqual(["accountability.csv", "dataset.json", "facilities.csv", "recommendations.csv", "visits.csv"]);

    const read = await readFolder(folder);
    expect(read.dataset).toStrictEqual(csvEquivalent(dataset));
    expect(read.report).toStrictEqual(report(dataset));
    expect(read.notes).toEqual(["recommendations.csv: io.decoded_windows_1251"]);
  });
});
