// A CSV folder with mistakes of the kinds people make in spreadsheets: every issue the
// validator finds is located by file, spreadsheet row (the header is row 1; a record whose
// quoted cell holds line breaks is one row over several lines) and column, and its message
// begins with that location, in English, Russian and Kazakh.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import { openDataset } from "../../src/io/openDataset";
import { reportSource } from "../../src/io/reportSource";
import { validateSource, type LocatedIssue } from "../../src/io/validateSource";
import { scratchFolder } from "./scratch";

const scratch = scratchFolder("broken");
afterAll(() => {
  scratch.remove();
});

const DATASET = { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } };

const FACILITIES = [
  "id,name,type,agency,region,capacity,openedOn,closedOn",
  '"F-1","ИВС, Астана",temporary_detention_facility,interior,KZ-71,,,',
  // Row 3: a facility type that is no code of the kz profile.
  "F-2,Полиция Қарағанды,police_station,interior,KZ-35,,,",
  "",
].join("\r\n");

const VISITS = [
  "id,type,startedOn,endedOn,facilityIds,followUpOf,trigger.kind,trigger.receivedOn,announced,teamSize,inspector",
  "V-1,periodic,2023-02-10,,F-1,,,,,3,",
  // Row 3: a date typed as a spreadsheet in Russian shows it.
  "V-2,periodic,14.02.2023,,F-1,,,,,3,",
  // Row 4: an unknown facility id, second in its list cell.
  "V-3,periodic,2023-03-01,,F-1; F-9,,,,,3,",
  // Row 5: a blank row of delimiters, which is skipped but counted.
  ",,,,,,,,,,",
  // Row 6: no start date.
  "V-4,periodic,,,F-1,,,,,3,",
  // Row 7: a team size in words, and a value in the column the contract does not know.
  "V-5,periodic,2023-03-05,,F-1,,,,,three,Иванов",
  "",
].join("\r\n");

const RECOMMENDATIONS = [
  "id,visitId,facilityId,addressee,level,themes,text,issuedOn,dueOn,escalates,repeatOf,history",
  // Row 2 spans lines 2–4: its text holds two line breaks (CRLF and LF).
  'R-1,V-1,F-1,interior,facility,detention_conditions,"Первая строка\r\nвторая\nтретья",2023-02-20,,,,accepted@2023-03-01',
  // Row 3, on line 5: a theme that is no code.
  "R-2,V-1,F-1,interior,facility,no_such_theme,,2023-02-21,,,,",
  "",
].join("\r\n");

/** An issue as the tests look at it: code, path, location and the start of the message. */
const shape = (issue: LocatedIssue) => ({ code: issue.code, path: issue.path, location: issue.location });

describe("a CSV folder with the mistakes of a spreadsheet", () => {
  let folder: string;
  const file = (name: string): string => join(folder, name);
  beforeAll(() => {
    folder = scratch.fresh("broken");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify(DATASET));
    writeFileSync(join(folder, "facilities.csv"), FACILITIES);
    writeFileSync(join(folder, "visits.csv"), VISITS);
    writeFileSync(join(folder, "recommendations.csv"), RECOMMENDATIONS);
    writeFileSync(join(folder, "accountability.csv"), "id,decidedOn,initiator,measure,officials,visitId,facilityId,agency\r\n");
  });

  it("locates every issue by file, spreadsheet row and column", async () => {
    const result = await validateSource(await openDataset(folder));
    expect(result.valid).toBe(false);
    const issues = result.issues.map(shape);
    // The seven mistakes, each once, and nothing else (V-4's missing date raises no other issue).
    expect(issues).toEqual(
      [
        { code: "schema.unknown_code", path: ["facilities", 1, "type"], location: { file: file("facilities.csv"), line: 3, row: 3, column: "type" } },
        { code: "schema.invalid_date", path: ["visits", 1, "startedOn"], location: { file: file("visits.csv"), line: 3, row: 3, column: "startedOn" } },
        { code: "ref.unknown_facility", path: ["visits", 2, "facilityIds", 1], location: { file: file("visits.csv"), line: 4, row: 4, column: "facilityIds" } },
        { code: "schema.required", path: ["visits", 3, "startedOn"], location: { file: file("visits.csv"), line: 6, row: 6, column: "startedOn" } },
        { code: "schema.invalid_type", path: ["visits", 4, "teamSize"], location: { file: file("visits.csv"), line: 7, row: 7, column: "teamSize" } },
        { code: "schema.unknown_key", path: ["visits", 4, "inspector"], location: { file: file("visits.csv"), line: 7, row: 7, column: "inspector" } },
        { code: "schema.unknown_code", path: ["recommendations", 1, "themes", 0], location: { file: file("recommendations.csv"), line: 5, row: 3, column: "themes" } },
      ],
    );
    expect(result.counts).toMatchObject({ errors: 6, warnings: 1 });
    const date = result.issues.find((issue) => issue.code === "schema.invalid_date")!;
    expect(date.params).toMatchObject({ value: "14.02.2023", example: "2023-02-14" });
    expect(date.message.startsWith(`${file("visits.csv")}, row 3, column startedOn: `)).toBe(true);
    expect(date.message).toContain("2023-02-14");
    const unknownFacility = result.issues.find((issue) => issue.code === "ref.unknown_facility")!;
    // The list cell's items are trimmed: the id is "F-9", not " F-9".
    expect(unknownFacility.params).toMatchObject({ id: "F-9" });
  });

  it("begins the messages with the location in Russian and Kazakh", async () => {
    const ru = await validateSource(await openDataset(folder), { lang: "ru" });
    const kk = await validateSource(await openDataset(folder), { lang: "kk" });
    const dateOf = (issues: readonly LocatedIssue[]) => issues.find((issue) => issue.code === "schema.invalid_date")!.message;
    expect(dateOf(ru.issues).startsWith(`${file("visits.csv")}, строка 3, столбец startedOn: `)).toBe(true);
    expect(dateOf(kk.issues).startsWith(`${file("visits.csv")}, 3-жол, startedOn бағаны: `)).toBe(true);
    const themeOf = (issues: readonly LocatedIssue[]) => issues.find((issue) => issue.path[0] === "recommendations")!.message;
    expect(themeOf(ru.issues).startsWith(`${file("recommendations.csv")}, строка 3, столбец themes: `)).toBe(true);
    expect(themeOf(kk.issues).startsWith(`${file("recommendations.csv")}, 3-жол, themes бағаны: `)).toBe(true);
    // Each language's messages are all located, and none in another language's words.
    for (const issue of ru.issues) expect(issue.message).toMatch(/, строка \d+, столбец [\w.]+: /);
    for (const issue of kk.issues) expect(issue.message).toMatch(/, \d+-жол, [\w.]+ бағаны: /);
    expect(ru.issues.map(shape)).toEqual(kk.issues.map(shape));
  });

  it("gives no report for it, with the same located issues", async () => {
    const { validation, report } = await reportSource(await openDataset(folder), { asOf: civilDate("2024-11-08") });
    expect(report).toBeUndefined();
    const alone = await validateSource(await openDataset(folder), { asOf: civilDate("2024-11-08") });
    expect(validation.issues).toEqual(alone.issues);
  });
});
