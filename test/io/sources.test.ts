// The DatasetSource of each form: own fields, records in file order, where a path lies
// (locate), the notes and the bytes read.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDataset } from "../../src/io/openDataset";
import { validateSource } from "../../src/io/validateSource";
import { collect, scratchFolder } from "./scratch";

const scratch = scratchFolder("sources");
afterAll(() => {
  scratch.remove();
});

const OWN = { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } };
const F1 = { id: "F-1", name: "ИВС", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" };
const V1 = { id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1"], teamSize: 3 };
const V2 = { id: "V-2", type: "periodic", startedOn: "2023-02-15", facilityIds: ["F-9"], teamSize: 3 };

describe("a JSON document", () => {
  const text = [
    "\uFEFF{",
    '  "format": "opcat-npm/dataset@1",',
    '  "profile": "kz",',
    '  "period": {"from": "2023-01-01", "to": "2023-12-31"},',
    `  "facilities": [${JSON.stringify(F1)}],`,
    '  "visits": [',
    `    ${JSON.stringify(V1)},`,
    "",
    `    ${JSON.stringify(V2)}`,
    "  ],",
    '  "recommendations": [],',
    '  "accountability": []',
    "}",
    "",
  ].join("\n");

  it("gives its own fields, the records, the line each record starts on, and the BOM note", async () => {
    const file = join(scratch.fresh("json"), "data.json");
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, text);
    const source = await openDataset(file);
    expect(source.form).toBe("json");
    expect(source.path).toBe(file);
    expect(await collect(source)).toStrictEqual({ ...OWN, facilities: [F1], visits: [V1, V2], recommendations: [], accountability: [] });
    expect(source.locate(["visits", 1, "facilityIds", 0])).toEqual({ file, line: 9 });
    expect(source.locate(["facilities", 0])).toEqual({ file, line: 5 });
    expect(source.locate(["visits", 2])).toBeUndefined();
    expect(source.locate(["visits"])).toEqual({ file, line: 6 });
    expect(source.locate(["period", "to"])).toEqual({ file, line: 4 });
    expect(source.notes().map((note) => note.code)).toEqual(["io.bom_removed"]);
    expect(source.bytes()).toEqual({ read: Buffer.byteLength(text), total: Buffer.byteLength(text) });
  });

  it("validateSource locates its issues by line", async () => {
    const file = `${scratch.fresh("data")}.json`;
    writeFileSync(file, text);
    const result = await validateSource(await openDataset(file));
    expect(result.issues.map((issue) => [issue.code, issue.location])).toEqual([["ref.unknown_facility", { file, line: 9 }]]);
    expect(result.issues[0]!.message.startsWith(`${file}, line 9: `)).toBe(true);
  });
});

describe("an NDJSON folder", () => {
  it("reads a record per line, skipping blank lines, and locates each by its line; CRLF and a BOM are fine", async () => {
    const folder = scratch.fresh("ndjson");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), `\uFEFF${JSON.stringify(OWN, null, 2)}`);
    writeFileSync(join(folder, "facilities.ndjson"), `${JSON.stringify(F1)}\n`);
    const visits = `\uFEFF${JSON.stringify(V1)}\r\n\r\n   \r\n${JSON.stringify(V2)}`;
    writeFileSync(join(folder, "visits.ndjson"), visits);
    const source = await openDataset(folder);
    expect(source.form).toBe("ndjson");
    expect(source.bytes().read).toBe(0);
    expect(await collect(source)).toStrictEqual({ ...OWN, facilities: [F1], visits: [V1, V2], recommendations: [], accountability: [] });
    const file = join(folder, "visits.ndjson");
    expect(source.locate(["visits", 0, "id"])).toEqual({ file, line: 1 });
    expect(source.locate(["visits", 1, "facilityIds", 0])).toEqual({ file, line: 4 });
    expect(source.locate(["recommendations", 0])).toBeUndefined();
    expect(source.locate(["period", "from"])).toEqual({ file: join(folder, "dataset.json"), line: 4 });
    // The collections without a file are said to have none.
    expect(source.notes().map((note) => [note.code, note.file])).toEqual([
      ["io.bom_removed", join(folder, "dataset.json")],
      ["io.missing_file", join(folder, "recommendations.ndjson")],
      ["io.missing_file", join(folder, "accountability.ndjson")],
      ["io.bom_removed", file],
    ]);
    const total = Buffer.byteLength(`${JSON.stringify(F1)}\n`) + Buffer.byteLength(visits);
    // The bytes read are those of the collection files (the BOM is not read again).
    expect(source.bytes().total).toBe(total);
    expect(source.bytes().read).toBe(total - 3);
  });

  it("validateSource in Kazakh begins the message with the line", async () => {
    const folder = scratch.fresh("ndjson");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify(OWN));
    writeFileSync(join(folder, "facilities.ndjson"), `${JSON.stringify(F1)}\n`);
    writeFileSync(join(folder, "visits.ndjson"), `${JSON.stringify(V1)}\n${JSON.stringify(V2)}\n`);
    const result = await validateSource(await openDataset(folder), { lang: "kk" });
    const file = join(folder, "visits.ndjson");
    expect(result.issues.map((issue) => [issue.code, issue.location])).toEqual([
      ["io.missing_file", { file: join(folder, "recommendations.ndjson"), line: 0 }],
      ["io.missing_file", { file: join(folder, "accountability.ndjson"), line: 0 }],
      ["ref.unknown_facility", { file, line: 2 }],
    ]);
    expect(result.issues[2]!.message.startsWith(`${file}, 2-жол: `)).toBe(true);
  });
});

describe("a CSV folder", () => {
  it("counts the bytes of the collection files, and reads them only when the records are", async () => {
    const folder = scratch.fresh("csv");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify(OWN));
    const facilities = "\uFEFFid,name,type,agency,region\r\nF-1,ИВС,temporary_detention_facility,interior,KZ-71\r\n";
    writeFileSync(join(folder, "facilities.csv"), facilities);
    const source = await openDataset(folder);
    expect(source.form).toBe("csv");
    expect(source.bytes()).toEqual({ read: 0, total: Buffer.byteLength(facilities) });
    expect(await collect(source)).toStrictEqual({ ...OWN, facilities: [F1], visits: [], recommendations: [], accountability: [] });
    expect(source.bytes()).toEqual({ read: Buffer.byteLength(facilities) - 3, total: Buffer.byteLength(facilities) });
  });
});
