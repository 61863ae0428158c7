// writeDataset: what it writes (headers, quoting, BOM, empty collections), that it refuses to
// replace files unless told to, and that a record it cannot write leaves no file behind.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OpcatError } from "../../src/errors/OpcatError";
import { openDataset } from "../../src/io/openDataset";
import { writeDataset } from "../../src/io/writeDataset";
import type { Dataset } from "../../src/model/dataset";
import { collect, scratchFolder } from "./scratch";

const scratch = scratchFolder("write");
afterAll(() => {
  scratch.remove();
});

const HEADERS = {
  facilities: "id,name,type,agency,region,capacity,openedOn,closedOn",
  visits: "id,type,startedOn,endedOn,facilityIds,followUpOf,trigger.kind,trigger.receivedOn,announced,teamSize",
  recommendations: "id,visitId,facilityId,addressee,level,themes,text,issuedOn,dueOn,escalates,repeatOf,history",
  accountability: "id,decidedOn,initiator,measure,officials,visitId,facilityId,agency",
};

const small = (): Dataset =>
  ({
    format: "opcat-npm/dataset@1",
    profile: "kz",
    period: { from: "2023-01-01", to: "2023-12-31" },
    facilities: [
      { id: "F-1", name: "ИВС, Астана", type: "temporary_detention_facility", agency: "interior", region: "KZ-71", capacity: 40, closedOn: null },
      { id: "F-2", name: ' "Қамқор" орталығы ', type: "social_care_institution", agency: "labour_social_protection", region: "KZ-35" },
    ],
    visits: [{ id: "V-1", type: "special", startedOn: "2023-02-14", facilityIds: ["F-1", "F-2"], trigger: { kind: "complaint", receivedOn: "2023-02-10" }, announced: false, teamSize: 3 }],
    recommendations: [
      {
        id: "R-1",
        visitId: "V-1",
        facilityId: "F-1",
        addressee: "interior",
        level: "facility",
        themes: ["detention_conditions", "medical_care"],
        text: "Line one\r\nline two; and \"three\"",
        issuedOn: "2023-02-20",
        history: [
          { status: "accepted", on: "2023-03-01" },
          { status: "implemented", on: "2023-04-11" },
        ],
      },
      { id: "R-2", addressee: "interior", level: "agency", themes: ["safeguards"], text: "", issuedOn: "2023-05-01", escalates: ["R-1"], history: [] },
    ],
    accountability: [],
  }) as unknown as Dataset;

const BOM = "\uFEFF";

describe("writeDataset to CSV", () => {
  it("writes dataset.json and the four files: every column's header, “,”, CRLF, cells quoted as RFC 4180 says, a BOM", async () => {
    const folder = scratch.fresh("csv");
    const written = await writeDataset(small(), folder, { form: "csv" });
    expect(written).toEqual(["dataset.json", "facilities.csv", "visits.csv", "recommendations.csv", "accountability.csv"].map((name) => join(folder, name)));
    expect(JSON.parse(readFileSync(join(folder, "dataset.json"), "utf8"))).toEqual({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
    expect(readFileSync(join(folder, "facilities.csv"), "utf8")).toBe(
      `${BOM}${HEADERS.facilities}\r\nF-1,"ИВС, Астана",temporary_detention_facility,interior,KZ-71,40,,\r\nF-2," ""Қамқор"" орталығы ",social_care_institution,labour_social_protection,KZ-35,,,\r\n`,
    );
    expect(readFileSync(join(folder, "visits.csv"), "utf8")).toBe(`${BOM}${HEADERS.visits}\r\nV-1,special,2023-02-14,,F-1;F-2,,complaint,2023-02-10,false,3\r\n`);
    expect(readFileSync(join(folder, "recommendations.csv"), "utf8")).toBe(
      `${BOM}${HEADERS.recommendations}\r\n` +
        'R-1,V-1,F-1,interior,facility,detention_conditions;medical_care,"Line one\r\nline two; and ""three""",2023-02-20,,,,accepted@2023-03-01;implemented@2023-04-11\r\n' +
        // The empty text is an empty cell, like no text.
        "R-2,,,interior,agency,safeguards,,2023-05-01,,R-1,,\r\n",
    );
  });

  it("an empty collection is a file with the header only", async () => {
    const folder = scratch.fresh("csv");
    await writeDataset(small(), folder, { form: "csv" });
    expect(readFileSync(join(folder, "accountability.csv"), "utf8")).toBe(`${BOM}${HEADERS.accountability}\r\n`);
    const empty = { ...small(), facilities: [], visits: [], recommendations: [] } as unknown as Dataset;
    const other = scratch.fresh("csv");
    await writeDataset(empty, other, { form: "csv", bom: false });
    for (const [collection, header] of Object.entries(HEADERS)) expect(readFileSync(join(other, `${collection}.csv`), "utf8")).toBe(`${header}\r\n`);
    const read = await collect(await openDataset(other));
    expect(read).toEqual({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" }, facilities: [], visits: [], recommendations: [], accountability: [] });
  });

  it("bom: false writes no byte-order mark; the default writes one (EF BB BF) at the start of each CSV file only", async () => {
    const withBom = scratch.fresh("csv");
    const without = scratch.fresh("csv");
    await writeDataset(small(), withBom, { form: "csv" });
    await writeDataset(small(), without, { form: "csv", bom: false });
    for (const collection of Object.keys(HEADERS)) {
      expect([...readFileSync(join(withBom, `${collection}.csv`)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(readFileSync(join(without, `${collection}.csv`), "utf8").startsWith("id,")).toBe(true);
    }
    expect(readFileSync(join(withBom, "dataset.json"), "utf8").startsWith("{")).toBe(true);
    expect(await collect(await openDataset(withBom))).toEqual(await collect(await openDataset(without)));
  });
});

describe("writeDataset to NDJSON and JSON", () => {
  it("NDJSON: a record per line, as JSON.stringify writes it", async () => {
    const folder = scratch.fresh("ndjson");
    const written = await writeDataset(small(), folder, { form: "ndjson" });
    expect(written.map((file) => file.slice(folder.length + 1))).toEqual(["dataset.json", "facilities.ndjson", "visits.ndjson", "recommendations.ndjson", "accountability.ndjson"]);
    const dataset = small();
    expect(readFileSync(join(folder, "facilities.ndjson"), "utf8")).toBe(dataset.facilities.map((facility) => `${JSON.stringify(facility)}\n`).join(""));
    expect(readFileSync(join(folder, "accountability.ndjson"), "utf8")).toBe("");
    expect(await collect(await openDataset(folder))).toEqual(JSON.parse(JSON.stringify(dataset)));
  });

  it("JSON: one document equal to the dataset, creating the folder it goes in", async () => {
    const target = join(scratch.fresh("nested"), "deeper", "data.json");
    expect(await writeDataset(small(), target, { form: "json" })).toEqual([target]);
    expect(JSON.parse(readFileSync(target, "utf8"))).toEqual(JSON.parse(JSON.stringify(small())));
  });
});

describe("writeDataset refuses to replace files, and leaves nothing half-written", () => {
  it("rejects with io.target_exists when a file it would write exists, writing nothing; overwrite: true replaces it", async () => {
    const folder = scratch.fresh("csv");
    mkdirSync(folder);
    writeFileSync(join(folder, "visits.csv"), "keep me");
    const error: unknown = await writeDataset(small(), folder, { form: "csv" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpcatError);
    expect(error).toMatchObject({ code: "io.target_exists", params: { file: join(folder, "visits.csv") } });
    expect(readdirSync(folder)).toEqual(["visits.csv"]);
    expect(readFileSync(join(folder, "visits.csv"), "utf8")).toBe("keep me");

    await writeDataset(small(), folder, { form: "csv", overwrite: true });
    expect(readdirSync(folder).sort()).toEqual(["accountability.csv", "dataset.json", "facilities.csv", "recommendations.csv", "visits.csv"]);
    expect(readFileSync(join(folder, "visits.csv"), "utf8")).toContain("V-1,special");

    const json = `${scratch.fresh("data")}.json`;
    writeFileSync(json, "{}");
    await expect(writeDataset(small(), json, { form: "json" })).rejects.toMatchObject({ code: "io.target_exists" });
    expect(readFileSync(json, "utf8")).toBe("{}");
  });

  it("a record with a field CSV has no column for: OpcatError io.not_representable with its path, and no file written", async () => {
    const dataset = small() as unknown as { recommendations: Record<string, unknown>[] };
    dataset.recommendations[1]!["note"] = "a field of no column";
    const folder = scratch.fresh("csv");
    const error: unknown = await writeDataset(dataset as unknown as Dataset, folder, { form: "csv" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpcatError);
    expect(error).toMatchObject({ code: "io.not_representable", path: ["recommendations", 1, "note"] });
    expect((error as OpcatError).message).toContain("recommendations.1.note");
    // Not even the files of the collections before it, nor any temporary file, nor the folder it made.
    expect(existsSync(folder)).toBe(false);
  });

  it("a failure while replacing files leaves the old ones as they were", async () => {
    const folder = scratch.fresh("csv");
    await writeDataset(small(), folder, { form: "csv" });
    const before = Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), "utf8")]));
    const dataset = small() as unknown as { visits: Record<string, unknown>[] };
    // A list item holding the list separator cannot be written as a list cell.
    dataset.visits[0]!["facilityIds"] = ["F-1;F-2"];
    await expect(writeDataset(dataset as unknown as Dataset, folder, { form: "csv", overwrite: true })).rejects.toMatchObject({ code: "io.not_representable", path: ["visits", 0, "facilityIds", 0] });
    expect(Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), "utf8")]))).toEqual(before);
  });

  it("a source that breaks while it is converted leaves no file either", async () => {
    const broken = scratch.fresh("ndjson");
    mkdirSync(broken);
    writeFileSync(join(broken, "dataset.json"), JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } }));
    writeFileSync(join(broken, "facilities.ndjson"), '{"id":"F-1","name":"IVS","type":"police_unit","agency":"interior","region":"KZ-71"}\n');
    writeFileSync(join(broken, "visits.ndjson"), '{"id":"V-1","type":"periodic"}\n{"id":"V-2",\n{"id":"V-3"}\n');
    const folder = scratch.fresh("csv");
    await expect(writeDataset(await openDataset(broken), folder, { form: "csv" })).rejects.toMatchObject({ name: "ReadError", code: "io.bad_json" });
    expect(existsSync(folder)).toBe(false);
  });

  it("values of the wrong type for their column are not representable either", async () => {
    const cases: [string, unknown, (string | number)[]][] = [
      ["teamSize", "three", ["visits", 0, "teamSize"]],
      ["announced", "yes", ["visits", 0, "announced"]],
      ["trigger", { kind: "complaint", note: "x" }, ["visits", 0, "trigger", "note"]],
    ];
    for (const [field, value, path] of cases) {
      const dataset = small() as unknown as { visits: Record<string, unknown>[] };
      dataset.visits[0]![field] = value;
      const folder = scratch.fresh("csv");
      await expect(writeDataset(dataset as unknown as Dataset, folder, { form: "csv" })).rejects.toMatchObject({ code: "io.not_representable", path });
      expect(existsSync(folder)).toBe(false);
    }
  });
});
