import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./cli";
import { createDatasetValidator } from "../../src/validate/createDatasetValidator";
import { validateDataset } from "../../src/validate/validateDataset";
import { withValue } from "../fixtures/withValue";
import { cleanDataset } from "../validate/cleanDataset";

// Issue 11, build item 6 (the validation side): text that CSV, NDJSON or UTF-8 cannot keep
// exactly, and values nested too deep for any writer, refused by `opcat-npm validate` (which
// `convert` runs first) with a stable code and the path to the value.

const scratch = mkdtempSync(join(tmpdir(), "opcat-hostile-text-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

let files = 0;
function writeJson(text: string): string {
  const file = join(scratch, `data-${String(files++)}.json`);
  writeFileSync(file, text);
  return file;
}

type Path = readonly (string | number)[];
interface Issue {
  readonly code: string;
  readonly path: Path;
  readonly params: Record<string, unknown>;
}

/** `validate --format json`: the exit code and the issues but unknown-key warnings, as { code, path, params }. */
async function validateFile(file: string): Promise<{ code: number; issues: Issue[] }> {
  const { code, stdout } = await cli("validate", file, "--format", "json");
  const result = JSON.parse(stdout) as { issues: Issue[] };
  return { code, issues: result.issues.filter((issue) => issue.code !== "schema.unknown_key").map(({ code: issueCode, path, params }) => ({ code: issueCode, path, params })) };
}

const NAME = ["facilities", 0, "name"] as const;
const TEXT = ["recommendations", 0, "text"] as const;

/** A value `levels` arrays deep around "x", built without recursion. */
function nestedArrays(levels: number): unknown {
  let value: unknown = "x";
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

/** The same as JSON text, without building the value. */
function nestedArraysJson(levels: number): string {
  return `${"[".repeat(levels)}"x"${"]".repeat(levels)}`;
}

// "notes" of a visit is 3 steps from the top: the 62nd array inside it holds a value 65 steps down.
const TOO_DEEP_PATH = ["visits", 0, "notes", ...Array<number>(62).fill(0)];

describe("validate refuses characters that outputs cannot keep", () => {
  it.each([
    ["a NUL in a facility name", NAME, "IVS\u0000 of Astana", { problem: "nul", codePoint: "U+0000", position: 4 }],
    ["a bell character in a facility name", NAME, "IVS\u0007", { problem: "control_character", codePoint: "U+0007", position: 4 }],
    ["an escape character in a recommendation", TEXT, "Repair \u001b[2J the cells", { problem: "control_character", codePoint: "U+001B", position: 8 }],
    ["a lone high surrogate", TEXT, "Cell 3 \ud800 closed", { problem: "lone_surrogate", codePoint: "U+D800", position: 8 }],
    ["a lone low surrogate", TEXT, "\udc00", { problem: "lone_surrogate", codePoint: "U+DC00", position: 1 }],
    ["two high surrogates, the second before its low one", TEXT, "\ud83d\ud83d\ude00", { problem: "lone_surrogate", codePoint: "U+D83D", position: 1 }],
    ["a NUL in an id", ["visits", 2, "id"], "V-3\u0000", { problem: "nul", codePoint: "U+0000", position: 4 }],
    ["a control character in a field the contract does not know", ["visits", 0, "notes"], { list: ["ok", "form\u000cfeed"] }, { problem: "control_character", codePoint: "U+000C", position: 5 }],
  ])("%s", async (_name, path, value, params) => {
    const where = typeof value === "string" ? path : [...path, "list", 1];
    // JSON.stringify writes a lone surrogate as an escape ("\ud800"), as a JSON file may hold it.
    const found = await validateFile(writeJson(JSON.stringify(withValue(cleanDataset, path, value))));
    const invalid = found.issues.filter((issue) => issue.code === "schema.invalid_text");
    expect(invalid).toEqual([{ code: "schema.invalid_text", path: where, params }]);
    expect(found.code).toBe(1);
  });

  it("a control character in a key name, with the path ending in the key", async () => {
    const found = await validateFile(writeJson(JSON.stringify(withValue(cleanDataset, ["visits", 0, "notes"], { "a\u0001b": 1 }))));
    expect(found).toEqual({ code: 1, issues: [{ code: "schema.invalid_text", path: ["visits", 0, "notes", "a\u0001b"], params: { problem: "control_character", codePoint: "U+0001", position: 2 } }] });
  });

  it("keeps tab, line feed, carriage return, DEL, C1 controls and surrogate pairs", async () => {
    const found = await validateFile(writeJson(JSON.stringify(withValue(cleanDataset, TEXT, "Line 1\tcol\r\nLine 2\nDEL \u007f, C1 \u0085, emoji 🏢, 𝕏"))));
    expect(found).toEqual({ code: 0, issues: [] });
  });
});

describe("validate refuses values nested deeper than 64 steps", () => {
  it("20,000 levels in an unknown field: one error at the first value too deep", async () => {
    // As text: JSON.stringify itself overflows the stack on such a value.
    const found = await validateFile(writeJson(JSON.stringify(cleanDataset).replace('"id":"V-1",', `"id":"V-1","notes":${nestedArraysJson(20_000)},`)));
    expect(found).toEqual({ code: 1, issues: [{ code: "schema.too_deep", path: TOO_DEEP_PATH, params: { maximum: 64 } }] });
  });

  it("64 steps are allowed", async () => {
    const found = await validateFile(writeJson(JSON.stringify(withValue(cleanDataset, ["visits", 0, "notes"], nestedArrays(61)))));
    expect(found).toEqual({ code: 0, issues: [] });
  });

  it("in the dataset's own fields too", async () => {
    const found = await validateFile(writeJson(JSON.stringify({ ...cleanDataset, meta: nestedArrays(64) })));
    expect(found).toEqual({ code: 1, issues: [{ code: "schema.too_deep", path: ["meta", ...Array<number>(64).fill(0)], params: { maximum: 64 } }] });
  });

  it("in a folder read as a stream (NDJSON), 20,000 levels on one line", async () => {
    const folder = join(scratch, "deep.ndjson");
    mkdirSync(folder);
    const { facilities, visits, recommendations, accountability, ...own } = cleanDataset;
    const lines = (records: readonly unknown[]) => records.map((record) => `${JSON.stringify(record)}\n`).join("");
    writeFileSync(join(folder, "dataset.json"), JSON.stringify(own));
    writeFileSync(join(folder, "facilities.ndjson"), lines(facilities));
    const first = JSON.stringify(visits[0]).replace(/\}$/, `,"notes":${nestedArraysJson(20_000)}}`);
    writeFileSync(join(folder, "visits.ndjson"), `${first}\n${lines(visits.slice(1))}`);
    writeFileSync(join(folder, "recommendations.ndjson"), lines(recommendations));
    writeFileSync(join(folder, "accountability.ndjson"), lines(accountability));
    const found = await validateFile(folder);
    expect(found).toEqual({ code: 1, issues: [{ code: "schema.too_deep", path: TOO_DEEP_PATH, params: { maximum: 64 } }] });
  });

  // Heavy: one time zone only. The hang guard is generous; the run takes well under a second.
  describe.runIf(process.env["TZ"] === "UTC")("a million levels", () => {
    it("from a JSON file, through the CLI", async () => {
      const text = JSON.stringify(cleanDataset).replace('"id":"V-1",', `"id":"V-1","notes":${nestedArraysJson(1_000_000)},`);
      const found = await validateFile(writeJson(text));
      expect(found).toEqual({ code: 1, issues: [{ code: "schema.too_deep", path: TOO_DEEP_PATH, params: { maximum: 64 } }] });
    }, 30_000);

    it("built as objects, in validateDataset and in the streaming validator", () => {
      const deep = nestedArrays(1_000_000);
      const data = withValue(cleanDataset, ["visits", 0, "notes"], "placeholder") as typeof cleanDataset;
      const visits = [{ ...data.visits[0], notes: deep }, ...data.visits.slice(1)];
      const expected = [{ code: "schema.too_deep", path: TOO_DEEP_PATH, params: { maximum: 64 } }];
      const whole = validateDataset({ ...data, visits });
      expect(whole.issues.filter((issue) => issue.code !== "schema.unknown_key").map(({ code, path, params }) => ({ code, path, params }))).toEqual(expected);
      const validator = createDatasetValidator();
      const { facilities, recommendations, accountability, visits: _visits, ...own } = data;
      validator.dataset(own);
      for (const record of facilities) validator.add("facilities", record);
      for (const record of visits) validator.add("visits", record);
      for (const record of recommendations) validator.add("recommendations", record);
      for (const record of accountability) validator.add("accountability", record);
      const streamed = validator.result();
      expect(streamed.issues.filter((issue) => issue.code !== "schema.unknown_key").map(({ code, path, params }) => ({ code, path, params }))).toEqual(expected);
    }, 30_000);
  });
});
