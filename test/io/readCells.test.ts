// How CSV cells become values (src/io/csvCells.ts): integers and booleans as spreadsheets
// write them, list and history cells, empty cells, blank rows; text that does not read as its
// column's kind is kept as it is, for the validator to report.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellValue } from "../../src/io/csvCells";
import { csvColumns } from "../../src/io/csvColumns";
import { openDataset } from "../../src/io/openDataset";
import type { DatasetSource } from "../../src/io/types";
import type { CollectionName } from "../../src/model/findUnknownKeys";
import { collect, scratchFolder } from "./scratch";

const scratch = scratchFolder("cells");
afterAll(() => {
  scratch.remove();
});

const column = (collection: CollectionName, name: string) => {
  const found = csvColumns(collection).find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no column ${name}`);
  return found;
};

describe("cellValue: the value of a non-empty cell by its column's kind", () => {
  it("integers: decimal digits, with a sign; anything else stays text", () => {
    const teamSize = column("visits", "teamSize");
    expect(cellValue(teamSize, "007")).toBe(7);
    expect(cellValue(teamSize, "3")).toBe(3);
    expect(cellValue(teamSize, "+4")).toBe(4);
    expect(cellValue(teamSize, "-2")).toBe(-2);
    expect(cellValue(teamSize, "3 people")).toBe("3 people");
    expect(cellValue(teamSize, "three")).toBe("three");
    expect(cellValue(teamSize, "3.5")).toBe("3.5");
    expect(cellValue(teamSize, "1e3")).toBe("1e3");
  });

  it("booleans: true and false in any case, and Excel's words in Russian and Kazakh", () => {
    const announced = column("visits", "announced");
    expect(cellValue(announced, "true")).toBe(true);
    expect(cellValue(announced, "FALSE")).toBe(false);
    expect(cellValue(announced, "True")).toBe(true);
    expect(cellValue(announced, "ИСТИНА")).toBe(true);
    expect(cellValue(announced, "ЛОЖЬ")).toBe(false);
    expect(cellValue(announced, "АҚИҚАТ")).toBe(true);
    expect(cellValue(announced, "ЖАЛҒАН")).toBe(false);
    expect(cellValue(announced, "yes")).toBe("yes");
    expect(cellValue(announced, "1")).toBe("1");
  });

  it("lists: items split at “;” and trimmed", () => {
    const facilityIds = column("visits", "facilityIds");
    expect(cellValue(facilityIds, "F-1")).toEqual(["F-1"]);
    expect(cellValue(facilityIds, "F-1;F-2")).toEqual(["F-1", "F-2"]);
    expect(cellValue(facilityIds, " F-1 ;  F-2 ")).toEqual(["F-1", "F-2"]);
  });

  it("histories: status@date entries split at “;”, each part trimmed; an entry without a date is a status alone", () => {
    const history = column("recommendations", "history");
    expect(cellValue(history, "accepted@2023-03-01;implemented@2023-04-11")).toEqual([
      { status: "accepted", on: "2023-03-01" },
      { status: "implemented", on: "2023-04-11" },
    ]);
    expect(cellValue(history, " accepted @ 2023-03-01 ; implemented@2023-04-11")).toEqual([
      { status: "accepted", on: "2023-03-01" },
      { status: "implemented", on: "2023-04-11" },
    ]);
    expect(cellValue(history, "accepted")).toEqual([{ status: "accepted" }]);
  });

  it("text, codes, dates and unknown columns: as they are", () => {
    expect(cellValue(column("visits", "startedOn"), "14.02.2023")).toBe("14.02.2023");
    expect(cellValue(column("facilities", "name"), "  ИВС; 007 ")).toBe("  ИВС; 007 ");
    expect(cellValue(column("visits", "type"), "Periodic")).toBe("Periodic");
    expect(cellValue(undefined, "007")).toBe("007");
  });

  it("the mark ' that keeps a spreadsheet from running a formula is taken off in every column of text, and only there", () => {
    expect(cellValue(column("facilities", "name"), "'=HYPERLINK(\"http://x\")")).toBe('=HYPERLINK("http://x")');
    expect(cellValue(column("facilities", "name"), "''=1")).toBe("'=1");
    expect(cellValue(column("facilities", "name"), "ИВС;' -1")).toBe("ИВС; -1");
    expect(cellValue(column("visits", "type"), "'@x")).toBe("@x");
    expect(cellValue(column("visits", "startedOn"), "'-2023")).toBe("-2023");
    expect(cellValue(column("visits", "facilityIds"), "'=F-1;'+F-2")).toEqual(["=F-1", "+F-2"]);
    expect(cellValue(column("recommendations", "history"), "'=x@2023-03-01")).toEqual([{ status: "=x", on: "2023-03-01" }]);
    // A mark before no formula is text; integers, booleans and unknown columns are read as they are.
    expect(cellValue(column("facilities", "name"), "'Ivanov")).toBe("'Ivanov");
    expect(cellValue(column("visits", "teamSize"), "'-1")).toBe("'-1");
    expect(cellValue(column("visits", "announced"), "'=true")).toBe("'=true");
    expect(cellValue(undefined, "'=1")).toBe("'=1");
  });
});

describe("CSV rows read as records", () => {
  const VISITS = [
    "id,type,startedOn,endedOn,facilityIds,followUpOf,trigger.kind,trigger.receivedOn,announced,teamSize,comment",
    "V-1,periodic,2023-02-14,,F-1; F-2 ,,,,true,007,", // row 2
    "V-2,periodic,2023-02-15,,F-1,,,,FALSE,3 people,007", // row 3
    ",,,,,,,,,,", // row 4: a blank row of delimiters
    "", // row 5: an empty line
    'V-3,special,2023-02-16,"",F-1,,complaint,2023-02-10,ИСТИНА,+4,""', // row 6
    "V-4,special,2023-02-17,,F-1,,complaint,,ЛОЖЬ,,", // row 7: a trigger with its kind only
    ";;;,,,,,,,,,,", // row 8: not blank (one cell holds ";;;")
    "",
  ].join("\r\n");
  const RECOMMENDATIONS = [
    "id,visitId,facilityId,addressee,level,themes,text,issuedOn,dueOn,escalates,repeatOf,history",
    'R-1,V-1,F-1,interior,facility,detention_conditions; medical_care,"",2023-02-20,,,,accepted@2023-03-01;implemented@2023-04-11',
    "R-2,,,interior,agency,safeguards,,2023-05-01,,R-1 ;R-3,,",
    "",
  ].join("\n");

  let folder: string;
  let source: DatasetSource;
  let read: Record<string, unknown>;
  beforeAll(async () => {
    folder = scratch.fresh("cells");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } }));
    writeFileSync(join(folder, "visits.csv"), VISITS);
    writeFileSync(join(folder, "recommendations.csv"), RECOMMENDATIONS);
    source = await openDataset(folder);
    read = await collect(source);
  });

  it("reads each cell by its column; an empty cell, quoted or not, is no value", () => {
    expect(read["visits"]).toStrictEqual([
      { id: "V-1", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-1", "F-2"], announced: true, teamSize: 7 },
      { id: "V-2", type: "periodic", startedOn: "2023-02-15", facilityIds: ["F-1"], announced: false, teamSize: "3 people", comment: "007" },
      { id: "V-3", type: "special", startedOn: "2023-02-16", facilityIds: ["F-1"], trigger: { kind: "complaint", receivedOn: "2023-02-10" }, announced: true, teamSize: 4 },
      { id: "V-4", type: "special", startedOn: "2023-02-17", facilityIds: ["F-1"], trigger: { kind: "complaint" }, announced: false },
      { id: ";;;" },
    ]);
    expect(read["recommendations"]).toStrictEqual([
      {
        id: "R-1",
        visitId: "V-1",
        facilityId: "F-1",
        addressee: "interior",
        level: "facility",
        themes: ["detention_conditions", "medical_care"],
        issuedOn: "2023-02-20",
        history: [
          { status: "accepted", on: "2023-03-01" },
          { status: "implemented", on: "2023-04-11" },
        ],
      },
      { id: "R-2", addressee: "interior", level: "agency", themes: ["safeguards"], issuedOn: "2023-05-01", escalates: ["R-1", "R-3"] },
    ]);
    expect(read["facilities"]).toEqual([]);
    expect(read["accountability"]).toEqual([]);
  });

  it("skips a blank row of delimiters and an empty line, but counts them as rows (and lines)", () => {
    const visits = join(folder, "visits.csv");
    expect(source.locate(["visits", 0, "teamSize"])).toEqual({ file: visits, line: 2, row: 2, column: "teamSize" });
    expect(source.locate(["visits", 1, "comment"])).toEqual({ file: visits, line: 3, row: 3, column: "comment" });
    expect(source.locate(["visits", 2, "trigger", "receivedOn"])).toEqual({ file: visits, line: 6, row: 6, column: "trigger.receivedOn" });
    // A path to the trigger as a whole points at its first column.
    expect(source.locate(["visits", 3, "trigger"])).toEqual({ file: visits, line: 7, row: 7, column: "trigger.kind" });
    expect(source.locate(["visits", 4])).toEqual({ file: visits, line: 8, row: 8 });
    expect(source.locate(["visits", 5])).toBeUndefined();
    expect(source.locate(["visits"])).toEqual({ file: visits, line: 0 });
    // A collection without a file has nothing to locate; the own fields are in dataset.json.
    expect(source.locate(["facilities", 0, "name"])).toBeUndefined();
    expect(source.locate(["period", "from"])).toEqual({ file: join(folder, "dataset.json"), line: 1 });
  });
});
