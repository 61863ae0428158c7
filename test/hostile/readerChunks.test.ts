// What fuzzing the readers found (fuzzReaders.test.ts), each as a plain example read through
// openDataset from files: a file is read in chunks of 64 KB, after a head of 256 KB (CSV) or
// 64 KB (NDJSON) that is checked whole, so the examples put what matters after the head and
// across or inside one chunk. Expected records, lines and messages are worked out by hand.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDataset } from "../../src/io/openDataset";
import { ReadError } from "../../src/io/types";
import { collect, encode1251, readErrorOf, scratchFolder } from "../io/scratch";

const scratch = scratchFolder("hostile-chunks");
afterAll(() => {
  scratch.remove();
});

const OWN_FIELDS = JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
const FACILITIES_HEADER = "id,name,type,agency,region,capacity,openedOn,closedOn";
const CHUNK = 64 * 1024;

/** A folder with dataset.json and one collection file. */
function folder(name: string, content: Uint8Array | string): string {
  const target = scratch.fresh("folder");
  mkdirSync(target);
  writeFileSync(join(target, "dataset.json"), OWN_FIELDS);
  writeFileSync(join(target, name), content);
  return target;
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (Uint8Array | readonly number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

/** CSV rows of facilities `F-00001`, `F-00002`, ... in ASCII, `count` of them, each 48 bytes with its CRLF. */
function facilityRows(count: number): string {
  let rows = "";
  for (let i = 1; i <= count; i++) rows += `F-${String(i).padStart(5, "0")},Facility,police_unit,interior,KZ-71,,,\r\n`;
  return rows;
}

async function readError(target: string): Promise<ReadError> {
  return readErrorOf(openDataset(target).then(collect));
}

describe("what the fuzzing found: the same records and errors however a file falls into chunks", () => {
  it("a Windows-1251 file that is ASCII for its first 256 KB keeps the Cyrillic letter that ends a 64 KB chunk (it was dropped)", async () => {
    // ASCII rows, and a long name, fill the file up to 327,679, the last byte of the fifth
    // chunk: there the next name starts with И (0xC8 in Windows-1251, a lead byte in UTF-8).
    const rows = `${FACILITIES_HEADER}\r\n${facilityRows(6000)}`;
    const before = `${rows}F-LONG,,police_unit,interior,KZ-71,,,\r\nF-RU-1,`;
    const name = "x".repeat(5 * CHUNK - 1 - before.length);
    const text = `${rows}F-LONG,${name},police_unit,interior,KZ-71,,,\r\nF-RU-1,Иван Петров,police_unit,interior,KZ-71,,,\r\nF-RU-2,Изолятор временного содержания,police_unit,interior,KZ-71,,,\r\n`;
    const file = encode1251(text);
    expect(file[5 * CHUNK - 1]).toBe(0xc8);
    const source = await openDataset(folder("facilities.csv", file));
    const dataset = await collect(source);
    const names = (dataset["facilities"] as { name: string }[]).slice(-2).map((facility) => facility.name);
    expect(names).toEqual(["Иван Петров", "Изолятор временного содержания"]);
    // The folder holds facilities.csv only: the other collections are missing files (io.missing_file).
    expect(source.notes().map((note) => note.code).filter((code) => code !== "io.missing_file")).toEqual(["io.decoded_windows_1251"]);
  });

  it("bytes that are not UTF-8 are reported on their own line when a character before them was cut between chunks (the line was that character's)", async () => {
    // After 4,095 lines of 16 bytes (65,520), a line starts with 15 bytes, and then comes Қ
    // (0xD2 0x9A), cut: 0xD2 is the chunk's last byte. Lines 4,096 and 4,097 are good; the 0xFF is on line 4,098.
    const start = `${'{"id":"V-0001"}\n'.repeat(4095)}{"id":"xxxxxxxx`;
    expect(start.length).toBe(CHUNK - 1);
    const file = bytes(utf8(start), utf8('Қ"}\n{"id":"V-2"}\n{"id":"'), [0xff], utf8('"}\n'));
    expect(file[CHUNK - 1]).toBe(0xd2);
    const error = await readError(folder("visits.ndjson", file));
    expect([error.code, error.location?.line]).toEqual(["io.encoding", 4098]);
    expect(error.message).toContain("(line 4098)");
  });

  it("a byte-order mark inside a line, cut between chunks before bytes that are not UTF-8, stays in the text: its line is the one reported (it was lost)", async () => {
    // After 4,095 lines of 16 bytes, line 4,096 has a U+FEFF (EF BB BF) outside its strings,
    // from byte 65,534: EF BB end the first chunk. The 0xFF is on line 4,098.
    const start = `${'{"id":"V-0001"}\n'.repeat(4095)}{"id":"V-1",  `;
    expect(start.length).toBe(CHUNK - 2);
    const target = folder("visits.ndjson", bytes(utf8(start), [0xef, 0xbb, 0xbf], utf8('"x":1}\n{"id":"V-2"}\n{"id":"'), [0xff], utf8('"}\n')));
    const error = await readError(target);
    expect({ code: error.code, line: error.location?.line }).toEqual({ code: "io.bad_json", line: 4096 });
    expect(error.message).toContain("column 15");
  });

  it("after an ASCII head, a byte that is neither UTF-8 nor Windows-1251 Cyrillic is io.encoding on its line, with more than 64 KB after it (a control: this worked before)", async () => {
    // 6,000 rows of 48 bytes pass the 256 KB head; the 0x80 is on line 6,002, and 2,000 rows (96 KB) follow.
    const text = `${FACILITIES_HEADER}\r\n${facilityRows(6000)}F-X,Facility`;
    const target = folder("facilities.csv", bytes(ascii(text), [0x80], ascii(`,police_unit,interior,KZ-71,,,\r\n${facilityRows(2000)}`)));
    const error = await readError(target);
    expect({ code: error.code, line: error.location?.line }).toEqual({ code: "io.encoding", line: 6002 });
  });

  it("a CSV row shorter than the header is reported before a stray quote further down (the quote's error overtook it)", async () => {
    const text = `${FACILITIES_HEADER}\r\nF-1,Short\r\nF-2,Facility,police_unit,interior,KZ-71,,,\r\nF-3,A "quoted" word,police_unit,interior,KZ-71,,,\r\n`;
    const target = folder("facilities.csv", text);
    const error = await readError(target);
    expect({ code: error.code, message: error.message }).toEqual({
      code: "io.bad_csv",
      message: `${join(target, "facilities.csv")}, line 2: the row has 2 cells, the header 8: every row needs a cell for each column, even if empty`,
    });
  });

  it("after the head, a stray quote in CSV is reported before bytes that are not UTF-8 in the same chunk (the encoding came first)", async () => {
    // 6,600 rows of 40 bytes pass the 256 KB head; the quote is on line 6,602, the 0xFF on line 6,604.
    const text = `${FACILITIES_HEADER}\r\n${facilityRows(6600)}F-Q,A "quoted" word,police_unit,interior,KZ-71,,,\r\nF-X,Facility,police_unit,interior,KZ-71,,,\r\nF-Y,`;
    const target = folder("facilities.csv", bytes(ascii(text), [0xff], ascii(",police_unit,interior,KZ-71,,,\r\n")));
    const error = await readError(target);
    expect({ code: error.code, location: error.location }).toEqual({ code: "io.bad_csv", location: { file: join(target, "facilities.csv"), line: 6602, column: "name" } });
  });

  it("after the head, a line of NDJSON that is not JSON is reported before bytes that are not UTF-8 in the same chunk (the encoding came first)", async () => {
    // 4,200 lines of 16 bytes pass the 64 KB head; line 4,201 is not JSON, the 0xFF is on line 4,203.
    const text = `${'{"id":"V-0001"}\n'.repeat(4200)}{"id": V-1}\n{"id":"V-2"}\n{"id":"`;
    const target = folder("visits.ndjson", bytes(ascii(text), [0xff], ascii('"}\n')));
    const error = await readError(target);
    expect({ code: error.code, line: error.location?.line }).toEqual({ code: "io.bad_json", line: 4201 });
  });

  // The one timing assertion here (issue 11 asks for bounded time): csv-parse made an error
  // object, about 45 µs, for each empty line, as a row shorter than the header; 200,000 of them
  // (400 KB) took 9 s. Now they are skipped as they are read. The bound is 20 times the time taken.
  it("a CSV file of 200,000 empty lines is read in well under 2 s, its record on the right line and row", { timeout: 30_000 }, async () => {
    const target = folder("facilities.csv", `${FACILITIES_HEADER}\r\n${"\r\n".repeat(200_000)}F-1,Facility,police_unit,interior,KZ-71,,,\r\n`);
    const started = performance.now();
    const source = await openDataset(target);
    const dataset = await collect(source);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(dataset["facilities"]).toEqual([{ id: "F-1", name: "Facility", type: "police_unit", agency: "interior", region: "KZ-71" }]);
    expect(source.locate(["facilities", 0, "name"])).toEqual({ file: join(target, "facilities.csv"), line: 200_002, row: 200_002, column: "name" });
  });
});
