// Edges of reading: short rows, files cut inside a character or a record, CRLF in NDJSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDataset } from "../../src/io/openDataset";
import { reportSource } from "../../src/io/reportSource";
import { validateSource } from "../../src/io/validateSource";
import { civilDate } from "../../src/dates/civilDate";
import { collect, readErrorOf, scratchFolder } from "./scratch";

const scratch = scratchFolder("read-edges");
afterAll(() => {
  scratch.remove();
});

const OWN_FIELDS = JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
const FACILITIES_HEADER = "id,name,type,agency,region,capacity,openedOn,closedOn";
const F1 = "F-1,IVS,police_unit,interior,KZ-71,,,";
const F2 = "F-2,IVS 2,police_unit,interior,KZ-71,,,";

function folder(files: Readonly<Record<string, string | Uint8Array>>): string {
  const target = scratch.fresh("folder");
  mkdirSync(target);
  writeFileSync(join(target, "dataset.json"), OWN_FIELDS);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(target, name), content);
  return target;
}

async function facilityIds(target: string): Promise<unknown[]> {
  const read = await collect(await openDataset(target));
  return (read["facilities"] as { id: unknown }[]).map((facility) => facility.id);
}

describe("CSV rows shorter than the header", () => {
  it("skips a blank row of fewer cells than the header (`,,,`), and keeps counting rows", async () => {
    const target = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\n${F1}\r\n,,,\r\n${F2}\r\n` });
    const source = await openDataset(target);
    const ids: unknown[] = [];
    for await (const facility of source.records("facilities")) ids.push((facility as { id: unknown }).id);
    expect(ids).toEqual(["F-1", "F-2"]);
    // F-2 is on line 4, row 4 (the header is row 1, the blank row is row 3).
    expect(source.locate(["facilities", 1, "id"])).toEqual({ file: join(target, "facilities.csv"), line: 4, row: 4, column: "id" });
  });

  it("refuses a short row with values in the middle: io.bad_csv with its line", async () => {
    const target = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\n${F1}\r\nF-3,IVS 3,police_unit\r\n${F2}\r\n` });
    const error = await readErrorOf(facilityIds(target));
    expect({ code: error.code, message: error.message }).toEqual({
      code: "io.bad_csv",
      message: `${join(target, "facilities.csv")}, line 3: the row has 3 cells, the header 8: every row needs a cell for each column, even if empty`,
    });
  });

  it("calls a short last row a cut-off file: io.truncated", async () => {
    const target = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\n${F1}\r\nF-2,IVS 2,pol` });
    const error = await readErrorOf(facilityIds(target));
    expect({ code: error.code, message: error.message, line: error.location?.line }).toEqual({
      code: "io.truncated",
      message: `${join(target, "facilities.csv")}, line 3: the last row has 3 of the 8 cells of the header: is the file cut off?`,
      line: 3,
    });
  });
});

describe("lines and rows", () => {
  it("skips blank lines before the header, counting them as lines and rows, and counts a CRLF inside a cell as one line", async () => {
    const target = folder({ "facilities.csv": `\r\n\r\n${FACILITIES_HEADER}\r\nF-1,"IVS\r\nAstana",police_unit,interior,KZ-71,,,\r\n${F2}\r\n` });
    const source = await openDataset(target);
    const names: unknown[] = [];
    for await (const facility of source.records("facilities")) names.push((facility as { name: unknown }).name);
    expect(names).toEqual(["IVS\r\nAstana", "IVS 2"]);
    // Lines: 1-2 blank, 3 the header, 4-5 F-1, 6 F-2. Rows: 3 the header, 4 F-1, 5 F-2.
    expect(source.locate(["facilities", 0, "name"])).toEqual({ file: join(target, "facilities.csv"), line: 4, row: 4, column: "name" });
    expect(source.locate(["facilities", 1, "name"])).toEqual({ file: join(target, "facilities.csv"), line: 6, row: 5, column: "name" });
  });
});

describe("files cut off", () => {
  it("a small CSV file cut inside a character is io.truncated, with its line", async () => {
    const bytes = Buffer.from(`${FACILITIES_HEADER}\r\nF-1,ИВ`);
    // "В" is two bytes in UTF-8: drop the second.
    const target = folder({ "facilities.csv": bytes.subarray(0, bytes.length - 1) });
    const error = await readErrorOf(facilityIds(target));
    expect({ code: error.code, line: error.location?.line }).toEqual({ code: "io.truncated", line: 2 });
    expect(error.message).toBe(`${join(target, "facilities.csv")} ends in the middle of a character: the file is cut off; is it complete?`);
  });

  it("an NDJSON file cut inside its last record, even with a line end after it, is io.truncated", async () => {
    const target = folder({ "visits.ndjson": '{"id":"V-1","type":"periodic","startedOn":"2023-02-14","facilityIds":["F-1"]}\n{"id":"V-2","type":"peri\n\n' });
    const error = await readErrorOf(collect(await openDataset(target)));
    expect({ code: error.code, line: error.location?.line }).toEqual({ code: "io.truncated", line: 2 });
  });

  it("a record broken at its end with records after it is io.bad_json, and CRLF is not part of it", async () => {
    const target = folder({ "visits.ndjson": '{"id":"V-1","type":"periodic"\r\n{"id":"V-2","type":"periodic","startedOn":"2023-02-14","facilityIds":["F-1"]}\r\n' });
    const error = await readErrorOf(collect(await openDataset(target)));
    expect({ code: error.code, message: error.message }).toEqual({
      code: "io.bad_json",
      message: `${join(target, "visits.ndjson")}, line 1, column 30: expected ',' or '}', found the end of the line (each line of an NDJSON file is one JSON record)`,
    });
  });

  it("reads CRLF NDJSON records as they are", async () => {
    const target = folder({ "facilities.ndjson": '{"id":"F-1"}\r\n{"id":"F-2"}\r\n' });
    expect(await facilityIds(target)).toEqual(["F-1", "F-2"]);
  });
});

describe("a JSON document's collections", () => {
  it("must be there as arrays, as validateDataset checks them: a collection that is not a list, or is missing, is an error", async () => {
    const target = scratch.fresh("document.json");
    writeFileSync(target, JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" }, facilities: [], visits: "oops", recommendations: [] }));
    const checked = await validateSource(await openDataset(target));
    expect(checked.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["schema.invalid_type", "visits"],
      ["schema.required", "accountability"],
    ]);
    const { validation, report } = await reportSource(await openDataset(target), { asOf: civilDate("2024-01-31") });
    expect([validation.valid, report]).toEqual([false, undefined]);
  });

  it("in a folder, a collection without its file has no records and is no error", async () => {
    const target = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\n${F1}\r\n` });
    const checked = await validateSource(await openDataset(target));
    expect(checked.counts.errors).toBe(0);
  });
});
