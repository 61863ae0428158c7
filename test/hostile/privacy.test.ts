import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./cli";
import { withValue } from "../fixtures/withValue";
import { cleanDataset } from "../validate/cleanDataset";

// Issue 11, build item 2: personal identifiers (OPCAT Art. 21(2)) spelled as a hostile or
// careless user would, met through `opcat-npm validate` (and `followup`, which prints ids).

const scratch = mkdtempSync(join(tmpdir(), "opcat-hostile-privacy-"));
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

interface Found {
  readonly code: number;
  readonly privacy: readonly (readonly [Path, unknown])[];
}

/** `validate --format json` on a file: the exit code and the privacy issues, as [path, kind]. */
async function privacyIssues(file: string): Promise<Found> {
  const { code, stdout } = await cli("validate", file, "--format", "json");
  const result = JSON.parse(stdout) as { issues: { code: string; path: Path; params: Record<string, unknown> }[] };
  return { code, privacy: result.issues.filter((issue) => issue.code === "privacy.personal_identifier").map((issue) => [issue.path, issue.params["kind"]] as const) };
}

const TEXT = ["recommendations", 0, "text"] as const;

describe("validate finds personal identifiers spelled in every way seen", () => {
  // Each IIN here is 900101300126 (born 1990-01-01, check digit 6 by the first weighted sum:
  // 1·9 + 4·1 + 6·1 + 7·3 + 10·1 + 11·2 = 72, 72 mod 11 = 6) or 051231607897 (2005-12-31).
  it.each([
    ["a grouped IIN after ИИН", "Мать задержанного, ИИН 900101 300126, обратилась с жалобой.", "iin"],
    ["a grouped IIN after IIN:", "Detainee's IIN: 900101-300126.", "iin"],
    ["a grouped IIN after ЖСН", "Сотталғанның ЖСН 900101 300126.", "iin"],
    ["a grouped IIN after ЖСН with a Kazakh ending", "ЖСН-і 9001 0130 0126", "iin"],
    ["a phone with a double space", "Call +7 701  234 56 78.", "phone"],
    ["a phone with thin spaces", "Call +7\u2009701\u2009234\u200956\u200978.", "phone"],
    ["a phone with en dashes", "Call +7 701–234–56–78.", "phone"],
    ["a phone with non-breaking hyphens", "Call 8\u2011701\u2011234\u201156\u201178.", "phone"],
    ["a phone with tabs", "Call +7\t701\t234\t56\t78.", "phone"],
    ["a phone with mixed spaces", "Call +7\u00a0\u202f701 \u2009234 56 78.", "phone"],
    ["an IIN split by a zero-width space", "ИИН 900101\u200b300126", "iin"],
    ["an IIN split by a soft hyphen", "900101\u00ad300126", "iin"],
    ["a phone split by a zero-width non-joiner", "+7701\u200c2345678", "phone"],
    ["an IIN split by a zero-width joiner", "051231\u200d607897", "iin"],
    ["an e-mail with a word joiner before the @", "ivanov\u2060@mail.kz", "email"],
    ["an e-mail with a byte order mark after the @", "ivanov@\ufeffmail.kz", "email"],
    ["an e-mail with a soft hyphen before the dot", "ivanov@mail\u00ad.kz", "email"],
    ["an e-mail with [at]", "write to ivanov [at] mail.kz", "email"],
    ["an e-mail with (at)", "write to ivanov (at) mail.kz", "email"],
    ["an e-mail with a fullwidth ＠", "write to ivanov＠mail.kz", "email"],
    ["an e-mail with [at] and [dot]", "write to ivanov [at] mail [dot] kz", "email"],
    ["an e-mail with {AT} and (.)", "ivanov{AT}mail(.)kz", "email"],
  ])("%s", async (_name, text, kind) => {
    const found = await privacyIssues(writeJson(JSON.stringify(withValue(cleanDataset, TEXT, text))));
    expect(found).toEqual({ code: 1, privacy: [[TEXT, kind]] });
  });

  it("an IIN stored as a JSON number, also with its leading zero lost", async () => {
    let data = withValue(cleanDataset, ["visits", 0, "detainee"], 900101300126);
    data = withValue(data, ["accountability", 0, "official"], 51231607897);
    const found = await privacyIssues(writeJson(JSON.stringify(data)));
    expect(found).toEqual({
      code: 1,
      privacy: [
        [["visits", 0, "detainee"], "iin"],
        [["accountability", 0, "official"], "iin"],
      ],
    });
  });

  it("objects and arrays inside unknown fields, at any depth", async () => {
    let data = withValue(cleanDataset, ["visits", 0, "notes"], { contacts: ["relative: +7 701 234 56 78", { email: "a.b@mail.kz" }] });
    let deep: unknown = "ИИН 900101300126";
    for (let level = 0; level < 20; level++) deep = { inner: deep };
    data = withValue(data, ["facilities", 2, "extra"], [deep]);
    const found = await privacyIssues(writeJson(JSON.stringify(data)));
    expect(found).toEqual({
      code: 1,
      privacy: [
        [["facilities", 2, "extra", 0, ...Array<string>(20).fill("inner")], "iin"],
        [["visits", 0, "notes", "contacts", 0], "phone"],
        [["visits", 0, "notes", "contacts", 1, "email"], "email"],
      ],
    });
  });

  it("key names: of an unknown field, and inside one", async () => {
    let data = withValue(cleanDataset, ["visits", 0, "notes"], { "ivanov@mail.kz": "called twice" });
    data = withValue(data, ["facilities", 0, "900101300126"], "x");
    const found = await privacyIssues(writeJson(JSON.stringify(data)));
    expect(found).toEqual({
      code: 1,
      privacy: [
        [["facilities", 0, "900101300126"], "iin"],
        [["visits", 0, "notes", "ivanov@mail.kz"], "email"],
      ],
    });
  });

  it("ids and references", async () => {
    let data = withValue(cleanDataset, ["recommendations", 0, "id"], "R-ivanov@mail.kz");
    data = withValue(data, ["recommendations", 2, "escalates"], ["R-ivanov@mail.kz"]);
    data = withValue(data, ["facilities", 1, "id"], "F-87012345678");
    data = withValue(data, ["visits", 0, "facilityIds", 1], "F-87012345678");
    const found = await privacyIssues(writeJson(JSON.stringify(data)));
    expect(found).toEqual({
      code: 1,
      privacy: [
        [["facilities", 1, "id"], "phone"],
        [["visits", 0, "facilityIds", 1], "phone"],
        [["recommendations", 0, "id"], "email"],
        [["recommendations", 2, "escalates", 0], "email"],
      ],
    });
  });

  it("a __proto__ key (an own key in JSON) like any other: its value, and inside it", async () => {
    const text = JSON.stringify(cleanDataset).replace(
      '"id":"V-1",',
      '"id":"V-1","__proto__":900101300126,"notes":{"__proto__":{"phone":"+7 701 234 56 78","constructor":"a@b.kz"}},',
    );
    const found = await privacyIssues(writeJson(text));
    expect(found).toEqual({
      code: 1,
      privacy: [
        [["visits", 0, "__proto__"], "iin"],
        [["visits", 0, "notes", "__proto__", "phone"], "phone"],
        [["visits", 0, "notes", "__proto__", "constructor"], "email"],
      ],
    });
  });

  it("the same in a folder read as a stream (NDJSON)", async () => {
    const folder = join(scratch, "stream.ndjson");
    mkdirSync(folder);
    const { facilities, visits, recommendations, accountability, ...own } = cleanDataset;
    writeFileSync(join(folder, "dataset.json"), JSON.stringify(own));
    const lines = (records: readonly unknown[]) => records.map((record) => `${JSON.stringify(record)}\n`).join("");
    writeFileSync(join(folder, "facilities.ndjson"), lines(facilities));
    writeFileSync(join(folder, "visits.ndjson"), lines([{ ...visits[0], notes: { "ivanov [at] mail.kz": 900101300126 } }, ...visits.slice(1)]));
    writeFileSync(join(folder, "recommendations.ndjson"), lines(recommendations));
    writeFileSync(join(folder, "accountability.ndjson"), lines(accountability));
    const found = await privacyIssues(folder);
    expect(found).toEqual({
      code: 1,
      privacy: [
        [["visits", 0, "notes", "ivanov [at] mail.kz"], "email"],
        [["visits", 0, "notes", "ivanov [at] mail.kz"], "iin"],
      ],
    });
  });
});

describe("followup, which prints ids, refuses what validate refuses", () => {
  it("stops on an id holding an e-mail address, and prints nothing of it", async () => {
    let data = withValue(cleanDataset, ["recommendations", 0, "id"], "R-ivanov@mail.kz");
    data = withValue(data, ["recommendations", 2, "escalates"], ["R-ivanov@mail.kz"]);
    const result = await cli("followup", writeJson(JSON.stringify(data)), "--as-of", "2024-01-15");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("privacy.personal_identifier");
    expect(result.stderr).not.toContain("ivanov@mail.kz");
  });
});

describe("validate keeps its false positives as few as before", () => {
  it("finds nothing in dates, ranges, money, BINs, other 12-digit numbers, articles and counts", async () => {
    const text = [
      "Visit of 2023-01-15 and 15.01.2023; period 14.02.2023 – 18.02.2023, 2019–2023, cells 3-7.",
      "Fine of 1 200 000 тенге, or 1,200,000.50 tenge; budget 8 700 000 000 tenge.",
      // 990440001234: a BIN (5th digit 4, legal entity); 900101300127: an IIN with a wrong check digit.
      "BIN 990440001234, register no. 900101300127, ИИН не указан.",
      "ст. 146 УК, Art. 21(2), part 8 of art. 146-2; 12 detainees, 3 complaints; +20 °C.",
      "Record no. 900101 300126 of the register (no keyword before it).",
    ].join(" ");
    let data = withValue(cleanDataset, TEXT, text);
    data = withValue(data, ["visits", 0, "count"], 123456789);
    data = withValue(data, ["visits", 0, "budget"], 1_200_000_000);
    const result = await cli("validate", writeJson(JSON.stringify(data)), "--format", "json");
    const issues = (JSON.parse(result.stdout) as { issues: { code: string }[] }).issues;
    expect(issues.map((issue) => issue.code)).toEqual(["schema.unknown_key", "schema.unknown_key"]);
    expect(result.code).toBe(0);
  });
});
