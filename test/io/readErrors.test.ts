// Files that cannot be read as a dataset at all: each is one ReadError with a stable code and
// a one-line message naming the file (and, where it applies, the line and column).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDataset } from "../../src/io/openDataset";
import { ReadError } from "../../src/io/types";
import { collect, readErrorOf, scratchFolder } from "./scratch";

const scratch = scratchFolder("read-errors");
afterAll(() => {
  scratch.remove();
});

const OWN_FIELDS = JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
const VISITS_HEADER = "id,type,startedOn,endedOn,facilityIds,followUpOf,trigger.kind,trigger.receivedOn,announced,teamSize";
const FACILITIES_HEADER = "id,name,type,agency,region,capacity,openedOn,closedOn";
const RECOMMENDATIONS_HEADER = "id,visitId,facilityId,addressee,level,themes,text,issuedOn,dueOn,escalates,repeatOf,history";

/** A file of the given content (text is written as UTF-8). */
function file(name: string, content: string | Uint8Array): string {
  const target = scratch.fresh(name);
  writeFileSync(target, content);
  return target;
}

/** A folder with dataset.json (unless `null`) and the given files. */
function folder(files: Readonly<Record<string, string | Uint8Array>>, ownFields: string | null = OWN_FIELDS): string {
  const target = scratch.fresh("folder");
  mkdirSync(target);
  if (ownFields !== null) writeFileSync(join(target, "dataset.json"), ownFields);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(target, name), content);
  return target;
}

/** Opens and reads a dataset whole. */
async function readAll(target: string): Promise<Record<string, unknown>> {
  return collect(await openDataset(target));
}

/** The ReadError of reading a target whole, checked to be one line naming `named` and to carry its code. */
async function failure(target: string, code: string, named: string = target): Promise<ReadError> {
  const error = await readErrorOf(readAll(target));
  expect(error).toBeInstanceOf(ReadError);
  expect(error.name).toBe("ReadError");
  expect({ code: error.code, message: error.message }).toEqual({ code, message: expect.stringContaining(named) as unknown });
  expect(error.message).not.toMatch(/[\r\n]/);
  expect(error.location?.file).toBe(named);
  return error;
}

const utf16le = (text: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);

describe("files that are missing, empty or not text", () => {
  it("a missing path: io.not_found", async () => {
    await failure(join(scratch.root, "no-such-file.json"), "io.not_found");
    await failure(join(scratch.root, "no-such-folder"), "io.not_found");
  });

  it("an empty JSON file, and one of white space only: io.empty", async () => {
    await failure(file("empty.json", ""), "io.empty");
    await failure(file("blank.json", " \r\n\t\n"), "io.empty");
  });

  it("an empty CSV file: io.empty, from openDataset", async () => {
    const target = folder({ "visits.csv": "" });
    const error = await readErrorOf(openDataset(target));
    expect(error.code).toBe("io.empty");
    expect(error.message).toContain(join(target, "visits.csv"));
  });

  it("a file with NUL bytes: io.binary", async () => {
    await failure(file("nul.json", new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x00, 0x7d])), "io.binary");
    const target = folder({ "visits.csv": new Uint8Array([...Buffer.from(`${VISITS_HEADER}\r\nV-1,`), 0x00, 0x01, 0x02]) });
    await failure(target, "io.binary", join(target, "visits.csv"));
  });

  it("an Excel workbook (a zip archive) saved under a JSON or CSV name: io.binary, saying what to do", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    await failure(file("workbook.json", zip), "io.binary");
    const target = folder({ "facilities.csv": zip });
    const error = await failure(target, "io.binary", join(target, "facilities.csv"));
    expect(error.message).toContain("CSV UTF-8");
  });

  it("UTF-16 text (Excel's “Unicode Text”): io.encoding", async () => {
    await failure(file("utf16.json", utf16le(OWN_FIELDS)), "io.encoding");
    const target = folder({ "facilities.csv": utf16le(`${FACILITIES_HEADER}\r\nF-1,ИВС,police_unit,interior,KZ-71,,,\r\n`) });
    await failure(target, "io.encoding", join(target, "facilities.csv"));
  });
});

describe("text that turns out not to be UTF-8 after the part sniffed", () => {
  // 10,000 rows of 35 bytes: 350 KB, more than the 256 KB read first to find the encoding.
  const rows = "V-1,periodic,2023-02-14,,F-1,,,,,3\r\n".repeat(10_000);
  const bytes = (...parts: (string | readonly number[])[]): Uint8Array => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))));

  it("bytes that are neither UTF-8 nor Cyrillic in Windows-1251: io.encoding naming the line", async () => {
    // Line 1 the header, lines 2–10,001 the rows, line 10,002 V-2 over two lines (a quoted CRLF), line 10,004 the bad bytes.
    const target = folder({ "visits.csv": bytes(`${VISITS_HEADER}\r\n${rows}V-2,periodic,"2023\r\n02-14",,F-1,,,,,3\r\nV-3,periodic,2023-02-14,,F-1,,,,,`, [0x80, 0x81, 0x41], "\r\n") });
    const visits = join(target, "visits.csv");
    const error = await failure(target, "io.encoding", visits);
    expect(error.message).toContain("(line 10004)");
    expect(error.location?.line).toBe(10_004);
  });

  it("a file cut inside a character: io.truncated", async () => {
    const target = folder({ "visits.ndjson": bytes('{"id":"V"}\n'.repeat(30_000), '{"id":"Қ"}\n{"id":"', [0xd2]) });
    const error = await failure(target, "io.truncated", join(target, "visits.ndjson"));
    expect(error.location?.line).toBe(30_002);
  });
});

describe("JSON and NDJSON that is broken or cut off", () => {
  it("invalid JSON: io.bad_json with the line and column", async () => {
    const target = file("bad.json", '{\n  "format": "opcat-npm/dataset@1",\n  "profile" "kz"\n}\n');
    const error = await failure(target, "io.bad_json");
    // Line 3 is `  "profile" "kz"`: a colon was due at column 13, where "kz" starts.
    expect(error.message).toContain("line 3, column 13");
    expect(error.location?.line).toBe(3);
  });

  it("JSON cut off in the middle: io.truncated", async () => {
    const target = file("cut.json", `{\n  "format": "opcat-npm/dataset@1",\n  "facilities": [\n    {"id": "F-1", "na`);
    const error = await failure(target, "io.truncated");
    expect(error.location?.line).toBe(4);
  });

  it("NDJSON with a bad line in the middle: io.bad_json naming the line, after the records before it", async () => {
    const lines = [
      '{"id":"V-1","type":"periodic","startedOn":"2023-02-14","facilityIds":["F-1"]}',
      '{"id":"V-2","type":"periodic",startedOn:"2023-02-15","facilityIds":["F-1"]}',
      '{"id":"V-3","type":"periodic","startedOn":"2023-02-16","facilityIds":["F-1"]}',
      "",
    ];
    const target = folder({ "visits.ndjson": lines.join("\n") });
    const visits = join(target, "visits.ndjson");
    const error = await failure(target, "io.bad_json", visits);
    // Column 31 of line 2 is the unquoted key.
    expect(error.message).toContain(`${visits}, line 2, column 31`);
    expect(error.location).toEqual({ file: visits, line: 2 });

    const source = await openDataset(target);
    const read: unknown[] = [];
    const reading = (async () => {
      for await (const visit of source.records("visits")) read.push(visit);
    })();
    expect((await readErrorOf(reading)).code).toBe("io.bad_json");
    expect(read).toEqual([{ id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1"] }]);
  });

  it("NDJSON cut in the middle of its last record: io.truncated naming the line", async () => {
    const target = folder({ "visits.ndjson": '{"id":"V-1","type":"periodic","startedOn":"2023-02-14","facilityIds":["F-1"]}\r\n{"id":"V-2","type":"peri' });
    const visits = join(target, "visits.ndjson");
    const error = await failure(target, "io.truncated", visits);
    expect(error.message).toContain(`${visits}, line 2`);
    expect(error.location?.line).toBe(2);
  });
});

describe("CSV whose structure is broken", () => {
  it("cut off inside a quoted cell: io.truncated naming the line the record starts on", async () => {
    const target = folder({ "recommendations.csv": `${RECOMMENDATIONS_HEADER}\r\nR-1,,,interior,agency,safeguards,"The text that\r\nnever ends` });
    const recommendations = join(target, "recommendations.csv");
    const error = await failure(target, "io.truncated", recommendations);
    expect(error.message).toContain(`${recommendations}, line 2`);
    expect(error.location?.line).toBe(2);
  });

  it("a stray double quote inside a cell: io.bad_csv with the line and column", async () => {
    const target = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\nF-1,ИВС,police_unit,interior,KZ-71,,,\r\nF-2,IVS "Astana",police_unit,interior,KZ-71,,,\r\n` });
    const facilities = join(target, "facilities.csv");
    const error = await failure(target, "io.bad_csv", facilities);
    expect(error.message).toContain(`${facilities}, line 3, column name`);
    expect(error.location).toEqual({ file: facilities, line: 3, column: "name" });
  });

  it("text after a closing quote: io.bad_csv with the line and column", async () => {
    const target = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\nF-1,"IVS" Astana,police_unit,interior,KZ-71,,,\r\n` });
    const facilities = join(target, "facilities.csv");
    const error = await failure(target, "io.bad_csv", facilities);
    expect(error.location).toEqual({ file: facilities, line: 2, column: "name" });
  });

  it("a row with more cells than the header: io.bad_csv naming the line", async () => {
    const target = folder({ "visits.csv": `${VISITS_HEADER}\r\nV-1,periodic,2023-02-14,,F-1,,,,,3\r\nV-2,periodic,2023-02-15,,F-1,F-2,,,,,3\r\n` });
    const visits = join(target, "visits.csv");
    const error = await failure(target, "io.bad_csv", visits);
    expect(error.message).toContain(`${visits}, line 3`);
    expect(error.message).toContain("11 cells");
    expect(error.location?.line).toBe(3);
  });

  it("a row with more cells than the header after a cell with line breaks: the line counts the lines of that cell", async () => {
    const target = folder({ "recommendations.csv": `${RECOMMENDATIONS_HEADER}\r\nR-1,,,interior,agency,safeguards,"one\r\ntwo\r\nthree",2023-02-14,,,,\r\nR-2,,,interior,agency,safeguards,,2023-02-14,,,,,extra\r\n` });
    const error = await failure(target, "io.bad_csv", join(target, "recommendations.csv"));
    expect(error.location?.line).toBe(5);
  });

  it("a column named twice: io.bad_csv from openDataset", async () => {
    const target = folder({ "facilities.csv": `${FACILITIES_HEADER},name\r\n` });
    const error = await readErrorOf(openDataset(target));
    expect(error.code).toBe("io.bad_csv");
    expect(error.message).toContain("“name”");
  });

  it("a header without required columns: io.missing_columns naming them, from openDataset before any record is read", async () => {
    const target = folder({
      "facilities.csv": `${FACILITIES_HEADER}\r\nF-1,ИВС,police_unit,interior,KZ-71,,,\r\n`,
      "visits.csv": "id,type,endedOn,teamSize\r\nV-1,periodic,2023-02-14,3\r\n",
    });
    const error = await readErrorOf(openDataset(target));
    expect(error.code).toBe("io.missing_columns");
    expect(error.message).toContain(join(target, "visits.csv"));
    expect(error.message).toContain("“startedOn”, “facilityIds”");
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.location).toEqual({ file: join(target, "visits.csv"), line: 1 });

    // The last collection's file too: openDataset checks every header first.
    const last = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\n`, "accountability.csv": "id;decidedOn;measure\r\n" });
    const lastError = await readErrorOf(openDataset(last));
    expect(lastError.code).toBe("io.missing_columns");
    expect(lastError.message).toContain("“initiator”, “officials”");
  });
});

describe("folders that are not a dataset", () => {
  it("no dataset.json: io.not_found naming the folder", async () => {
    const target = folder({ "visits.csv": `${VISITS_HEADER}\r\n` }, null);
    const error = await readErrorOf(openDataset(target));
    expect(error.code).toBe("io.not_found");
    expect(error.message).toContain(target);
    expect(error.message).toContain("dataset.json");
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  it("records in dataset.json of a folder: io.misplaced_records with the line", async () => {
    const own = '{\n  "format": "opcat-npm/dataset@1",\n  "profile": "kz",\n  "visits": []\n}\n';
    for (const [name, expected] of [
      ["visits.csv", "visits.csv"],
      ["visits.ndjson", "visits.ndjson"],
    ] as const) {
      const target = folder({ [name]: "" }, own);
      const error = await readErrorOf(openDataset(target));
      expect(error.code).toBe("io.misplaced_records");
      expect(error.message).toContain(`${join(target, "dataset.json")}, line 4`);
      expect(error.message).toContain(expected);
      expect(error.location).toEqual({ file: join(target, "dataset.json"), line: 4 });
    }
  });

  it("both CSV and NDJSON collection files, or none: io.unknown_form", async () => {
    const both = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\n`, "visits.ndjson": "" });
    const error = await readErrorOf(openDataset(both));
    expect(error.code).toBe("io.unknown_form");
    expect(error.message).toContain(both);
    const none = folder({});
    expect((await readErrorOf(openDataset(none))).code).toBe("io.unknown_form");
  });

  it("a single CSV or NDJSON file: io.unknown_form (the folder is the dataset)", async () => {
    await failure(file("visits.csv", `${VISITS_HEADER}\r\n`), "io.unknown_form");
    await failure(file("visits.ndjson", ""), "io.unknown_form");
  });

  it("a form that does not fit the path: io.unknown_form", async () => {
    const json = file("data.json", OWN_FIELDS);
    expect((await readErrorOf(openDataset(json, { form: "csv" }))).code).toBe("io.unknown_form");
    const csv = folder({ "facilities.csv": `${FACILITIES_HEADER}\r\n` });
    expect((await readErrorOf(openDataset(csv, { form: "json" }))).code).toBe("io.unknown_form");
  });
});
