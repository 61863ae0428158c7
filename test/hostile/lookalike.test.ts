import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./cli";
import { withValue } from "../fixtures/withValue";

// Issue 11, build item 1: ids compared as people read them. A facility id with a zero-width
// space, a trailing space, NFD instead of NFC or a Cyrillic Е for the Latin E made a second
// facility: `validate` said valid and the example's report counted 475 facilities instead of
// 474. Met here through `opcat-npm validate` and `report`, on JSON, CSV and NDJSON.

const scratch = mkdtempSync(join(tmpdir(), "opcat-hostile-lookalike-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

type Path = readonly (string | number)[];
type Rec = Record<string, unknown>;
interface Example {
  readonly facilities: Rec[];
  readonly visits: Rec[];
  readonly recommendations: Rec[];
  readonly accountability: Rec[];
}

const EXAMPLE_TEXT = readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8");
const example = JSON.parse(EXAMPLE_TEXT) as Example;
// Positions in the example, read off the file: F-0001 is its first facility, V-0102 (the one
// visit to it in 2023) its visit no. 101, R-00748 (F-0001, V-0102) its recommendation no. 747.
const FACILITIES = 534;
const V_0102 = 101;
const R_00748 = 747;

let files = 0;
function writeJson(data: unknown): string {
  const file = join(scratch, `data-${String(files++)}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

interface Issue {
  readonly code: string;
  readonly severity: string;
  readonly path: Path;
  readonly params: Rec;
  readonly location?: Rec;
}

// Where an issue of a one-line JSON file is, as the CLI says it.
const LINE_1 = { en: "line 1", ru: "строка 1", kk: "1-жол" } as const;

/** `validate --format json`: the exit code and the errors (the example has warnings of its own). */
async function errorsOf(source: string) {
  const { code, stdout } = await cli("validate", source, "--format", "json");
  const result = JSON.parse(stdout) as { valid: boolean; issues: Issue[] };
  return { code, valid: result.valid, errors: result.issues.filter((issue) => issue.severity === "error") };
}

/** The example with facility F-0001 renamed, everywhere it is named, to `id`. */
function renamed(id: string): Example {
  return JSON.parse(EXAMPLE_TEXT.replaceAll('"F-0001"', JSON.stringify(id))) as Example;
}

/** The example (F-0001 renamed to `asRead`) with a second facility `lookalike`, a copy of it, also covered by visit V-0102. */
function withSecondFacility(asRead: string, lookalike: string): unknown {
  const data = renamed(asRead);
  const copy = withValue(data, ["facilities", FACILITIES], { ...data.facilities[0], id: lookalike });
  return withValue(copy, ["visits", V_0102, "facilityIds", 1], lookalike);
}

// [the spelling, the id as read, the look-alike, as shown, what differs, its character, its position]
const SPELLINGS = [
  ["a zero-width space", "F-0001", "F-0001\u200b", "F-0001\\u200B", "invisible_character", "U+200B", 7],
  ["a trailing space", "F-0001", "F-0001 ", "F-0001 ", "trailing_space", "U+0020", 7],
  ["NFD instead of NFC", "\u00c9C-110/1", "E\u0301C-110/1", "E\\u0301C-110/1", "not_nfc", "U+0301", 2],
  ["a Cyrillic Е for the Latin E", "EC-110/1", "\u0415C-110/1", "\u0415C-110/1", "cyrillic_letter", "U+0415", 1],
] as const;

describe("a second facility whose id only looks like the first", () => {
  it("the example as it is: valid, 474 facilities monitored (the control)", async () => {
    const file = writeJson(example);
    expect((await cli("validate", file)).code).toBe(0);
    const report = await cli("report", file, "--as-of", "2024-11-08");
    expect(report.code).toBe(0);
    expect(report.stdout).toContain("covering 474 monitored facilities");
  });

  it.each(SPELLINGS)("%s: validate reports ref.lookalike_id with both spellings; report refuses instead of counting 475", async (_name, asRead, lookalike, shown, difference, codePoint, position) => {
    // The renamed example alone is valid, and still counts 474.
    const base = writeJson(renamed(asRead));
    expect(await errorsOf(base)).toEqual({ code: 0, valid: true, errors: [] });
    expect((await cli("report", base, "--as-of", "2024-11-08")).stdout).toContain("covering 474 monitored facilities");

    const file = writeJson(withSecondFacility(asRead, lookalike));
    const { code, errors } = await errorsOf(file);
    expect(code).toBe(1);
    expect(errors.map(({ code: issueCode, path, params }) => ({ code: issueCode, path, params }))).toEqual([
      {
        code: "ref.lookalike_id",
        path: ["facilities", FACILITIES, "id"],
        params: { id: lookalike, spelling: shown, collection: "facilities", otherId: asRead, otherSpelling: asRead, otherIndex: 0, difference, codePoint, position, differsIn: shown },
      },
    ]);
    const report = await cli("report", file, "--as-of", "2024-11-08");
    expect(report.code).toBe(1);
    expect(report.stdout).toBe("");
    expect(report.stderr).toContain("error ref.lookalike_id ×1");
    expect(report.stderr).not.toContain("475");
  });

  it("says it in English, Russian and Kazakh, the zero-width space shown as \\u200B", async () => {
    const file = writeJson(withSecondFacility("F-0001", "F-0001\u200b"));
    const messages = {
      en: "The id “F-0001\\u200B” reads the same as “F-0001”, that of record no. 0 (counting from 0) in facilities: “F-0001\\u200B” has an invisible character (U+200B) at position 7. Keep one record, or give them ids that look different.",
      ru: "Идентификатор «F-0001\\u200B» читается так же, как «F-0001» — идентификатор записи № 0 (нумерация с 0) в разделе «Учреждения»: в «F-0001\\u200B» есть невидимый символ (U+200B) в позиции 7. Оставьте одну запись или дайте им идентификаторы, которые выглядят по-разному.",
      kk: "«F-0001\\u200B» сәйкестендіргіші «F-0001» сияқты оқылады — бұл «Мекемелер» бөліміндегі № 0 жазбаның сәйкестендіргіші (нөмірлеу 0-ден басталады): «F-0001\\u200B» ішінде 7-орында көрінбейтін таңба (U+200B) бар. Бір жазбаны қалдырыңыз немесе оларға көрінісі әртүрлі сәйкестендіргіштер беріңіз.",
    };
    for (const [lang, message] of Object.entries(messages)) {
      const result = await cli("validate", file, "--lang", lang);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`\n  facilities[534].id: ${file}, ${LINE_1[lang as keyof typeof LINE_1]}: ${message}\n`);
      // Nothing invisible reaches the terminal.
      expect(result.stdout).not.toContain("\u200b");
    }
  });

  it("ids that differ in case are two facilities: valid, 475 (case shows; documented)", async () => {
    const file = writeJson(withSecondFacility("F-0001", "f-0001"));
    expect(await errorsOf(file)).toEqual({ code: 0, valid: true, errors: [] });
    expect((await cli("report", file, "--as-of", "2024-11-08")).stdout).toContain("covering 475 monitored facilities");
  });

  it("an id spelled oddly but the same way everywhere is no look-alike of anything: valid, 474", async () => {
    const file = writeJson(renamed("F-0001\u200b"));
    expect(await errorsOf(file)).toEqual({ code: 0, valid: true, errors: [] });
  });
});

/** The params of a reference's look-alike issue, `spelling` and `differsIn` the reference as shown. */
const reference = (id: string, shown: string, collection: string, otherId: string, otherIndex: number, difference: string, codePoint: string, position: number): Rec => ({
  id,
  spelling: shown,
  collection,
  otherId,
  otherSpelling: otherId,
  otherIndex,
  difference,
  codePoint,
  position,
  differsIn: shown,
});

const V_0109 = example.visits.findIndex((visit) => visit.id === "V-0109");
const R_02395 = example.recommendations.findIndex((recommendation) => recommendation.id === "R-02395");
const R_00652 = example.recommendations.findIndex((recommendation) => recommendation.id === "R-00652");

describe("a reference that finds no record, but finds one as people read it: did you mean …?", () => {
  it("the fixture is as described", () => {
    expect(example.facilities).toHaveLength(FACILITIES);
    expect([example.facilities[0]?.id, example.visits[V_0102]?.id, example.recommendations[R_00748]?.id]).toEqual(["F-0001", "V-0102", "R-00748"]);
    expect([example.visits[V_0109]?.followUpOf, example.recommendations[R_02395]?.escalates, example.recommendations[0]?.id, example.accountability[0]?.visitId]).toEqual([
      "V-0001",
      ["R-00652", "R-00940", "R-01366"],
      "R-00001",
      "V-0001",
    ]);
    expect([example.accountability[0]?.facilityId, example.facilities[19]?.id]).toEqual(["F-0020", "F-0020"]);
  });

  // [where, the data, the path, the params]
  const CASES: readonly (readonly [string, () => unknown, Path, Rec])[] = [
    ["a visit's facilityIds, with a zero-width space", () => withValue(example, ["visits", V_0102, "facilityIds", 0], "F-0001\u200b"), ["visits", V_0102, "facilityIds", 0], reference("F-0001\u200b", "F-0001\\u200B", "facilities", "F-0001", 0, "invisible_character", "U+200B", 7)],
    ["a visit's facilityIds, in NFD", () => withValue(renamed("\u00c9C-110/1"), ["visits", V_0102, "facilityIds", 0], "E\u0301C-110/1"), ["visits", V_0102, "facilityIds", 0], reference("E\u0301C-110/1", "E\\u0301C-110/1", "facilities", "\u00c9C-110/1", 0, "not_nfc", "U+0301", 2)],
    ["a follow-up's followUpOf, with a trailing no-break space", () => withValue(example, ["visits", V_0109, "followUpOf"], "V-0001\u00a0"), ["visits", V_0109, "followUpOf"], reference("V-0001\u00a0", "V-0001\\u00A0", "visits", "V-0001", 0, "trailing_space", "U+00A0", 7)],
    ["a recommendation's visitId, with a trailing space", () => withValue(example, ["recommendations", R_00748, "visitId"], "V-0102 "), ["recommendations", R_00748, "visitId"], reference("V-0102 ", "V-0102 ", "visits", "V-0102", V_0102, "trailing_space", "U+0020", 7)],
    ["a recommendation's facilityId, with a Cyrillic Е", () => withValue(renamed("EC-110/1"), ["recommendations", R_00748, "facilityId"], "\u0415C-110/1"), ["recommendations", R_00748, "facilityId"], reference("\u0415C-110/1", "\u0415C-110/1", "facilities", "EC-110/1", 0, "cyrillic_letter", "U+0415", 1)],
    ["a recommendation's repeatOf, with a soft hyphen", () => withValue(example, ["recommendations", 5, "repeatOf"], "R-000\u00ad01"), ["recommendations", 5, "repeatOf"], reference("R-000\u00ad01", "R-000\\u00AD01", "recommendations", "R-00001", 0, "invisible_character", "U+00AD", 6)],
    ["an escalation, with a non-breaking hyphen", () => withValue(example, ["recommendations", R_02395, "escalates", 0], "R\u201100652"), ["recommendations", R_02395, "escalates", 0], reference("R\u201100652", "R\u201100652", "recommendations", "R-00652", R_00652, "dash", "U+2011", 2)],
    ["an action's visitId, with a word joiner", () => withValue(example, ["accountability", 0, "visitId"], "V-00\u206001"), ["accountability", 0, "visitId"], reference("V-00\u206001", "V-00\\u206001", "visits", "V-0001", 0, "invisible_character", "U+2060", 5)],
    ["an action's facilityId, with a leading space", () => withValue(example, ["accountability", 0, "facilityId"], " F-0020"), ["accountability", 0, "facilityId"], reference(" F-0020", " F-0020", "facilities", "F-0020", 19, "leading_space", "U+0020", 1)],
  ];

  it.each(CASES)("%s: ref.lookalike_reference in place of ref.unknown_*, and nothing else", async (_name, data, path, params) => {
    const { code, valid, errors } = await errorsOf(writeJson(data()));
    expect({ code, valid, errors: errors.map((issue) => [issue.code, issue.path, issue.params]) }).toEqual({ code: 1, valid: false, errors: [["ref.lookalike_reference", path, params]] });
  });

  it("says it in English, Russian and Kazakh", async () => {
    const file = writeJson(withValue(example, ["visits", V_0102, "facilityIds", 0], "F-0001\u200b"));
    const messages = {
      en: "No record in facilities has the id “F-0001\\u200B”. Did you mean “F-0001”, record no. 0 (counting from 0)? It reads the same: “F-0001\\u200B” has an invisible character (U+200B) at position 7.",
      ru: "В разделе «Учреждения» нет записи с идентификатором «F-0001\\u200B». Возможно, имелась в виду запись № 0 (нумерация с 0) с идентификатором «F-0001»? Он читается так же: в «F-0001\\u200B» есть невидимый символ (U+200B) в позиции 7.",
      kk: "«Мекемелер» бөлімінде «F-0001\\u200B» сәйкестендіргіші бар жазба жоқ. «F-0001» сәйкестендіргіші бар № 0 жазба (нөмірлеу 0-ден басталады) меңзелген бе? Ол дәл солай оқылады: «F-0001\\u200B» ішінде 7-орында көрінбейтін таңба (U+200B) бар.",
    };
    for (const [lang, message] of Object.entries(messages)) {
      const result = await cli("validate", file, "--lang", lang);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`\n  visits[101].facilityIds[0]: ${file}, ${LINE_1[lang as keyof typeof LINE_1]}: ${message}\n`);
    }
  });

  it("a reference that finds nothing even as read stays ref.unknown_facility (the control)", async () => {
    const { code, errors } = await errorsOf(writeJson(withValue(example, ["visits", V_0102, "facilityIds", 0], "F-0001-bis")));
    expect(code).toBe(1);
    expect(errors.filter((issue) => issue.code.startsWith("ref.unknown") || issue.code.startsWith("ref.lookalike")).map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ["ref.unknown_facility", ["visits", V_0102, "facilityIds", 0], { id: "F-0001-bis" }],
    ]);
    // The nine recommendations of V-0102 name F-0001, which the visit no longer covers;
    // with a look-alike in the visit's list (the cases above), the spelling alone is the error.
    expect(errors.filter((issue) => issue.code === "ref.facility_not_in_visit")).toHaveLength(9);
  });
});

describe("CSV and NDJSON folders: the same issues, with the file, row and column", () => {
  /** `convert` a dataset to a folder of the form given, through the CLI. */
  async function folderOf(data: unknown, form: "csv" | "ndjson"): Promise<string> {
    const folder = join(scratch, `folder-${String(files++)}`);
    const converted = await cli("convert", writeJson(data), "--to", form, "--out", folder);
    expect(converted.code).toBe(0);
    return folder;
  }

  it.each(SPELLINGS)("CSV, %s: a second facility row — ref.lookalike_id at facilities.csv, row 536, column id; report refuses", async (_name, asRead, lookalike, shown) => {
    const data = renamed(asRead);
    const folder = await folderOf(withValue(data, ["facilities", FACILITIES], { ...data.facilities[0], id: lookalike }), "csv");
    const { code, errors } = await errorsOf(folder);
    expect(code).toBe(1);
    expect(errors.map((issue) => [issue.code, issue.params["spelling"], issue.params["otherId"], issue.location])).toEqual([
      ["ref.lookalike_id", shown, asRead, { file: join(folder, "facilities.csv"), line: 536, row: 536, column: "id" }],
    ]);
    const report = await cli("report", folder, "--as-of", "2024-11-08");
    expect([report.code, report.stdout]).toEqual([1, ""]);
    expect(report.stderr).toContain(`${join(folder, "facilities.csv")}, row 536, column id: `);
  });

  it.each(SPELLINGS)("CSV, %s: a recommendation's facilityId — ref.lookalike_reference at recommendations.csv, row 749, column facilityId", async (_name, asRead, lookalike, shown) => {
    const folder = await folderOf(withValue(renamed(asRead), ["recommendations", R_00748, "facilityId"], lookalike), "csv");
    const { code, errors } = await errorsOf(folder);
    expect(code).toBe(1);
    expect(errors.map((issue) => [issue.code, issue.params["spelling"], issue.params["otherId"], issue.location])).toEqual([
      ["ref.lookalike_reference", shown, asRead, { file: join(folder, "recommendations.csv"), line: 749, row: 749, column: "facilityId" }],
    ]);
  });

  it("CSV, a visit's facilityIds cell with a zero-width space: in Russian, with the row and column", async () => {
    const folder = await folderOf(withValue(example, ["visits", V_0102, "facilityIds", 0], "F-0001\u200b"), "csv");
    const result = await cli("validate", folder, "--lang", "ru");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `visits[101].facilityIds[0]: ${join(folder, "visits.csv")}, строка 103, столбец facilityIds: В разделе «Учреждения» нет записи с идентификатором «F-0001\\u200B». Возможно, имелась в виду запись № 0 (нумерация с 0) с идентификатором «F-0001»?`,
    );
  });

  it("NDJSON, a second facility with a zero-width space: ref.lookalike_id at facilities.ndjson, line 535", async () => {
    const folder = await folderOf(withSecondFacility("F-0001", "F-0001\u200b"), "ndjson");
    const { code, errors } = await errorsOf(folder);
    expect(code).toBe(1);
    expect(errors.map((issue) => [issue.code, issue.path, issue.location])).toEqual([["ref.lookalike_id", ["facilities", FACILITIES, "id"], { file: join(folder, "facilities.ndjson"), line: 535 }]]);
  });
});
