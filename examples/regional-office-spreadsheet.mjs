// A regional office keeps its records in Excel. Here: the example dataset written as a CSV
// folder, re-saved the way Russian-locale Excel saves "CSV" (";" between cells, Windows-1251),
// with two slips typed in by hand; the office's folder is checked, every problem named by
// file, row and column in Russian, fixed, and reported on as it is read.
// Run: node examples/regional-office-spreadsheet.mjs
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport, civilDate, Dataset } from "opcat-npm";
import { openDataset, reportSource, validateSource, writeDataset } from "opcat-npm/io";
// The CSV parser opcat-npm itself uses.
import { parse } from "csv-parse/sync";

const asOf = civilDate("2024-11-08");
const dataset = JSON.parse(readFileSync(new URL("data/kz-2023.json", import.meta.url), "utf8"));
// The office names its facilities in Russian.
for (const [k, facility] of dataset.facilities.slice(0, 3).entries()) facility.name = ["ИВС ДП г. Астаны", "Спецприемник ДП г. Алматы", "Центр адаптации несовершеннолетних"][k];
const folder = join(mkdtempSync(join(tmpdir(), "opcat-office-")), "submission");
await writeDataset(dataset, folder, { form: "csv" });

// Excel in a Russian locale: ";" between cells (cells holding one quoted), and the Windows-1251 code page.
const WINDOWS_1251 = new Map([..."АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"].map((letter, k) => [letter, 0xc0 + k]));
/** @param {string[][]} table */
function asExcelSaves(table) {
  const text = table.map((cells) => cells.map((cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(";")).join("\r\n");
  return Uint8Array.from([...text], (letter) => WINDOWS_1251.get(letter) ?? letter.charCodeAt(0));
}
/** @param {string} name */
const tableOf = (name) => /** @type {string[][]} */ (parse(readFileSync(join(folder, name), "utf8"), { bom: true }));
for (const name of ["facilities.csv", "recommendations.csv", "accountability.csv"]) writeFileSync(join(folder, name), asExcelSaves(tableOf(name)));
const visitsFile = join(folder, "visits.csv");
const visits = tableOf("visits.csv");
const withSlips = visits.map((cells) => [...cells]);
const cell = (/** @type {number} */ row, /** @type {number} */ column) => withSlips[row]?.[column] ?? "";
// Row 6 in Excel (the header is row 1): a date as Excel shows it; row 10: a facility not in the register.
withSlips[5]?.splice(2, 1, "14.02.2023");
withSlips[9]?.splice(4, 1, `${cell(9, 4)};F-9999`);
writeFileSync(visitsFile, asExcelSaves(withSlips));

const checked = await validateSource(await openDataset(folder), { lang: "ru", asOf });
for (const note of checked.notes) if (note.code !== "io.bom_removed") console.log(`примечание: ${note.message}`);
for (const issue of checked.issues.filter((found) => found.severity === "error")) console.log(issue.message);

assert.equal(checked.valid, false);
const errors = checked.issues.filter((issue) => issue.severity === "error");
assert.deepEqual(
  errors.map((issue) => [issue.code, issue.location?.row, issue.location?.column]),
  [
    ["schema.invalid_date", 6, "startedOn"],
    ["ref.unknown_facility", 10, "facilityIds"],
  ],
);
assert.equal(errors[0]?.params["example"], "2023-02-14");
assert.ok(errors[0]?.message.startsWith(`${visitsFile}, строка 6, столбец startedOn: «14.02.2023»`));
assert.ok(checked.notes.some((note) => note.code === "io.decoded_windows_1251" && note.file === join(folder, "facilities.csv")));
assert.ok(checked.notes.some((note) => note.code === "io.delimiter_semicolon" && note.file === visitsFile));

// Fixed: the same rows as before the slips, still ";" and Windows-1251.
writeFileSync(visitsFile, asExcelSaves(visits));
const { validation, report } = await reportSource(await openDataset(folder), { asOf, lang: "ru" });
assert.equal(validation.valid, true);
// The spreadsheets give the very report of the JSON the office started from.
assert.deepEqual(report, buildReport(Dataset.parse(dataset), { asOf }));
console.log(`визитов: ${String(report?.visits.total)}, рекомендаций: ${String(report?.recommendations.total)}`);
rmSync(folder, { recursive: true });
