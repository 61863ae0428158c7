// @time-zones: the date rules (order of dates, asOf)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import { ISSUE_CATALOGUE, type IssueCode } from "../../src/validate/catalogue";
import type { ValidationOptions } from "../../src/validate/types";
import { validateDataset } from "../../src/validate/validateDataset";
import { withValue } from "../fixtures/withValue";
import { cleanDataset } from "./cleanDataset";

type Path = readonly (string | number)[];
type Change = readonly [path: Path, value: unknown];

interface CodeCase {
  /** Changes to the clean dataset that must raise exactly these issues of the code. */
  readonly trigger: readonly Change[];
  readonly expected: readonly { readonly path: Path; readonly params: Record<string, unknown> }[];
  /** A change that comes close but must not raise the code. */
  readonly nearMiss: readonly Change[];
  readonly options?: ValidationOptions;
}

const apply = (changes: readonly Change[]): unknown => changes.reduce<unknown>((data, [path, value]) => withValue(data, path, value), cleanDataset);

const throwingInput = new Proxy(
  {},
  {
    get() {
      throw new Error("a getter that throws");
    },
  },
);

/** A value `levels` arrays deep around "x": `nested(2)` is `[["x"]]`. */
const nested = (levels: number): unknown => {
  let value: unknown = "x";
  for (let level = 0; level < levels; level++) value = [value];
  return value;
};

// The codes about the files of a folder, which validateDataset (no files) never raises: test/hostile/files.test.ts has their cases.
type FileCode = "io.missing_file" | "io.ignored_file";

// One case per code of the catalogue; the input values and expected params are worked out by hand.
const CASES: Readonly<Record<Exclude<IssueCode, "schema.unreadable" | "options.invalid" | FileCode>, CodeCase>> = {
  "schema.invalid_type": { trigger: [[["visits", 0, "teamSize"], "3"]], expected: [{ path: ["visits", 0, "teamSize"], params: { expected: "number", received: "string" } }], nearMiss: [[["visits", 0, "teamSize"], 5]] },
  "schema.required": { trigger: [[["visits", 0, "startedOn"], undefined]], expected: [{ path: ["visits", 0, "startedOn"], params: { field: "startedOn" } }], nearMiss: [[["visits", 0, "endedOn"], undefined]] },
  "schema.invalid_date": { trigger: [[["recommendations", 0, "dueOn"], "2023-02-29"]], expected: [{ path: ["recommendations", 0, "dueOn"], params: { value: "2023-02-29", example: "2024-03-15" } }], nearMiss: [[["recommendations", 0, "dueOn"], "2024-02-29"]] },
  "schema.unknown_code": { trigger: [[["facilities", 0, "region"], "KZ-AST"]], expected: [{ path: ["facilities", 0, "region"], params: { value: "KZ-AST", list: "regions" } }], nearMiss: [[["facilities", 0, "region"], "KZ-75"]] },
  "schema.invalid_value": { trigger: [[["accountability", 0, "id"], " "]], expected: [{ path: ["accountability", 0, "id"], params: { value: " ", expected: "identifier" } }], nearMiss: [[["accountability", 0, "id"], "A 1"]] },
  "schema.too_small": { trigger: [[["visits", 0, "facilityIds"], []]], expected: [{ path: ["visits", 0, "facilityIds"], params: { minimum: 1, kind: "array" } }], nearMiss: [[["visits", 0, "facilityIds"], ["F-1"]]] },
  "schema.too_big": { trigger: [[["reported", "implementationRate"], 1.5]], expected: [{ path: ["reported", "implementationRate"], params: { maximum: 1, kind: "number" } }], nearMiss: [[["reported", "implementationRate"], 1]] },
  "schema.unknown_key": { trigger: [[["visits", 0, "weather"], "rain"]], expected: [{ path: ["visits", 0, "weather"], params: { key: "weather" } }], nearMiss: [[["visits", 0, "announced"], true]] },
  "schema.invalid_text": {
    trigger: [[["facilities", 0, "name"], "IVS\u0000 of Astana"]],
    expected: [{ path: ["facilities", 0, "name"], params: { problem: "nul", codePoint: "U+0000", position: 4 } }],
    nearMiss: [[["facilities", 0, "name"], "IVS\tof\nAstana\r\n🏢"]],
  },
  // "notes" is 3 steps from the top, so "x" inside 62 arrays is 65 steps down: one too many.
  "schema.too_deep": {
    trigger: [[["visits", 0, "notes"], nested(62)]],
    expected: [{ path: ["visits", 0, "notes", ...Array<number>(62).fill(0)], params: { maximum: 64 } }],
    nearMiss: [[["visits", 0, "notes"], nested(61)]],
  },
  "schema.unsupported_profile": { trigger: [[["profile"], "ge"]], expected: [{ path: ["profile"], params: { value: "ge", expected: "kz" } }], nearMiss: [[["profile"], "kz"]] },
  "ref.duplicate_id": { trigger: [[["visits", 2, "id"], "V-1"]], expected: [{ path: ["visits", 2, "id"], params: { id: "V-1", collection: "visits", firstIndex: 0 } }], nearMiss: [[["visits", 2, "id"], "V-1 "]] },
  "ref.lookalike_id": {
    trigger: [[["visits", 2, "id"], "V-1\u200b"]],
    expected: [
      {
        path: ["visits", 2, "id"],
        params: { id: "V-1\u200b", spelling: "V-1\\u200B", collection: "visits", otherId: "V-1", otherSpelling: "V-1", otherIndex: 0, difference: "invisible_character", codePoint: "U+200B", position: 4, differsIn: "V-1\\u200B" },
      },
    ],
    // Case shows: v-1 and V-1 are two ids.
    nearMiss: [[["visits", 2, "id"], "v-1"]],
  },
  "ref.lookalike_reference": {
    // A minus sign (U+2212) for the hyphen.
    trigger: [[["recommendations", 1, "visitId"], "V\u22123"]],
    expected: [
      {
        path: ["recommendations", 1, "visitId"],
        params: { id: "V\u22123", spelling: "V\u22123", collection: "visits", otherId: "V-3", otherSpelling: "V-3", otherIndex: 2, difference: "dash", codePoint: "U+2212", position: 2, differsIn: "V\u22123" },
      },
    ],
    // A middle dot is not a dash: the visit is just not there (ref.unknown_visit).
    nearMiss: [[["recommendations", 1, "visitId"], "V\u00b73"]],
  },
  "ref.unknown_facility": { trigger: [[["visits", 0, "facilityIds", 1], "F-9"]], expected: [{ path: ["visits", 0, "facilityIds", 1], params: { id: "F-9" } }], nearMiss: [[["visits", 0, "facilityIds", 1], "F-3"]] },
  "ref.unknown_visit": { trigger: [[["recommendations", 1, "visitId"], "V-9"]], expected: [{ path: ["recommendations", 1, "visitId"], params: { id: "V-9" } }], nearMiss: [[["recommendations", 1, "visitId"], undefined]] },
  "ref.unknown_recommendation": { trigger: [[["recommendations", 2, "escalates", 0], "R-9"]], expected: [{ path: ["recommendations", 2, "escalates", 0], params: { id: "R-9" } }], nearMiss: [[["recommendations", 1, "repeatOf"], "R-1"]] },
  "ref.facility_not_in_visit": { trigger: [[["accountability", 0, "facilityId"], "F-3"]], expected: [{ path: ["accountability", 0, "facilityId"], params: { facilityId: "F-3", visitId: "V-1" } }], nearMiss: [[["accountability", 0, "facilityId"], "F-2"]] },
  "date.period_order": { trigger: [[["period", "to"], "2022-12-31"]], expected: [{ path: ["period", "to"], params: { from: "2023-01-01", to: "2022-12-31" } }], nearMiss: [[["period", "to"], "2023-01-01"]] },
  "date.end_before_start": { trigger: [[["visits", 0, "endedOn"], "2023-02-13"]], expected: [{ path: ["visits", 0, "endedOn"], params: { startedOn: "2023-02-14", endedOn: "2023-02-13" } }], nearMiss: [[["visits", 0, "endedOn"], "2023-02-14"]] },
  "date.due_before_issue": { trigger: [[["recommendations", 0, "dueOn"], "2023-02-19"]], expected: [{ path: ["recommendations", 0, "dueOn"], params: { issuedOn: "2023-02-20", dueOn: "2023-02-19" } }], nearMiss: [[["recommendations", 0, "dueOn"], "2023-02-20"]] },
  "date.history_order": {
    trigger: [[["recommendations", 0, "history", 1, "on"], "2023-02-28"]],
    expected: [{ path: ["recommendations", 0, "history", 1, "on"], params: { on: "2023-02-28", previous: "2023-03-01" } }],
    nearMiss: [[["recommendations", 0, "history", 1, "on"], "2023-03-01"]],
  },
  "date.issue_before_visit": { trigger: [[["recommendations", 0, "issuedOn"], "2023-02-13"]], expected: [{ path: ["recommendations", 0, "issuedOn"], params: { issuedOn: "2023-02-13", visitId: "V-1", startedOn: "2023-02-14" } }], nearMiss: [[["recommendations", 0, "issuedOn"], "2023-02-14"]] },
  "date.after_as_of": {
    trigger: [[["accountability", 0, "decidedOn"], "2024-01-05"]],
    expected: [{ path: ["accountability", 0, "decidedOn"], params: { date: "2024-01-05", asOf: "2023-12-31" } }],
    nearMiss: [[["accountability", 0, "decidedOn"], "2023-12-31"]],
    options: { asOf: civilDate("2023-12-31") },
  },
  "date.outside_period": { trigger: [[["visits", 1, "startedOn"], "2024-01-10"]], expected: [{ path: ["visits", 1, "startedOn"], params: { startedOn: "2024-01-10", from: "2023-01-01", to: "2023-12-31" } }], nearMiss: [[["visits", 1, "startedOn"], "2023-12-31"]] },
  "date.facility_closed": {
    trigger: [[["facilities", 2, "closedOn"], "2023-02-20"]],
    expected: [{ path: ["visits", 2, "facilityIds", 0], params: { facilityId: "F-3", startedOn: "2023-03-01", openedOn: null, closedOn: "2023-02-20" } }],
    nearMiss: [[["facilities", 2, "closedOn"], "2023-03-01"]],
  },
  "date.closed_before_opened": { trigger: [[["facilities", 1, "openedOn"], "2024-01-01"], [["facilities", 1, "closedOn"], "2023-12-31"]], expected: [{ path: ["facilities", 1, "closedOn"], params: { openedOn: "2024-01-01", closedOn: "2023-12-31" } }], nearMiss: [[["facilities", 1, "closedOn"], "2023-12-31"]] },
  "visit.follow_up_missing": { trigger: [[["visits", 1, "followUpOf"], null]], expected: [{ path: ["visits", 1, "followUpOf"], params: {} }], nearMiss: [[["visits", 1, "type"], "periodic"], [["visits", 1, "followUpOf"], null]] },
  "visit.follow_up_order": { trigger: [[["visits", 1, "startedOn"], "2023-02-10"]], expected: [{ path: ["visits", 1, "startedOn"], params: { followUpOf: "V-1", startedOn: "2023-02-10", previousStartedOn: "2023-02-14" } }], nearMiss: [[["visits", 1, "startedOn"], "2023-02-14"]] },
  "visit.trigger_missing": { trigger: [[["visits", 2, "trigger"], undefined]], expected: [{ path: ["visits", 2, "trigger"], params: {} }], nearMiss: [[["visits", 0, "trigger"], null]] },
  "visit.trigger_after_start": { trigger: [[["visits", 2, "trigger", "receivedOn"], "2023-03-02"]], expected: [{ path: ["visits", 2, "trigger", "receivedOn"], params: { receivedOn: "2023-03-02", startedOn: "2023-03-01" } }], nearMiss: [[["visits", 2, "trigger", "receivedOn"], "2023-03-01"]] },
  "visit.team_too_small": { trigger: [[["visits", 0, "teamSize"], 2]], expected: [{ path: ["visits", 0, "teamSize"], params: { teamSize: 2, minimum: 3 } }], nearMiss: [[["visits", 0, "teamSize"], 3]] },
  "rec.addressee_mismatch": { trigger: [[["recommendations", 0, "addressee"], "health"]], expected: [{ path: ["recommendations", 0, "addressee"], params: { addressee: "health", facilityId: "F-1", agency: "interior" } }], nearMiss: [[["recommendations", 2, "addressee"], "health"], [["recommendations", 2, "escalates"], ["R-2"]]] },
  "rec.escalation_target": {
    trigger: [[["recommendations", 2, "escalates"], ["R-1", "R-2"]]],
    expected: [{ path: ["recommendations", 2, "escalates", 1], params: { id: "R-2", addressee: "interior", targetAddressee: "health" } }],
    nearMiss: [[["recommendations", 2, "escalates"], ["R-1", "R-1"]]],
  },
  "privacy.personal_identifier": {
    trigger: [[["recommendations", 0, "text"], "Ask the director on +7 701 234 56 78."], [["facilities", 1, "name"], "Police unit (duty: police.unit@example.kz)"]],
    expected: [
      { path: ["facilities", 1, "name"], params: { kind: "email" } },
      { path: ["recommendations", 0, "text"], params: { kind: "phone" } },
    ],
    nearMiss: [[["recommendations", 0, "text"], "Cells 3-7, 2019-2023, article 146 part 2, 1 200 places, 150 000 tenge, EC-166/11."]],
  },
};

describe("docs/validation.md", () => {
  it("lists every code of the catalogue with its severity", () => {
    const guide = readFileSync(new URL("../../docs/validation.md", import.meta.url), "utf8");
    for (const [code, { severity }] of Object.entries(ISSUE_CATALOGUE)) expect(guide).toContain(`| \`${code}\` | ${severity} |`);
  });
});

describe("the clean dataset", () => {
  it("raises no issue at all", () => {
    expect(validateDataset(cleanDataset)).toEqual({ valid: true, issues: [], counts: { errors: 0, warnings: 0, listed: 0, omitted: 0, byCode: {} } });
  });
});

describe("every code of the catalogue", () => {
  it("has a case here", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(ISSUE_CATALOGUE).filter((code) => code !== "schema.unreadable" && code !== "options.invalid" && !code.startsWith("io.")).sort());
  });

  for (const [code, spec] of Object.entries(CASES) as [IssueCode, CodeCase][]) {
    describe(code, () => {
      it("is raised where expected, with its params and severity", () => {
        const result = validateDataset(apply(spec.trigger), spec.options);
        const found = result.issues.filter((issue) => issue.code === code);
        expect(found.map((issue) => ({ path: issue.path, params: issue.params }))).toEqual(spec.expected);
        for (const issue of found) expect(issue.severity).toBe(ISSUE_CATALOGUE[code].severity);
        expect(result.valid).toBe(result.issues.every((issue) => issue.severity === "warning"));
      });

      it("is not raised by the near miss", () => {
        const result = validateDataset(apply(spec.nearMiss), spec.options);
        expect(result.issues.filter((issue) => issue.code === code)).toEqual([]);
      });
    });
  }

  it("date.history_order: an entry before the issue date is out of order too", () => {
    const input = apply([[["recommendations", 0, "history", 0, "on"], "2023-02-19"]]);
    const found = validateDataset(input).issues.filter((issue) => issue.code === "date.history_order");
    expect(found.map((issue) => [issue.path, issue.params])).toEqual([[["recommendations", 0, "history", 0, "on"], { on: "2023-02-19", previous: "2023-02-20" }]]);
  });

  it("rec.escalation_target: an individualized recommendation that escalates nothing", () => {
    const found = validateDataset(apply([[["recommendations", 2, "escalates"], []]])).issues.filter((issue) => issue.code === "rec.escalation_target");
    expect(found.map((issue) => [issue.path, issue.params])).toEqual([[["recommendations", 2, "escalates"], { id: null, addressee: "interior", targetAddressee: null }]]);
  });

  it("privacy.personal_identifier: also in fields the contract does not know, at any level it describes", () => {
    const input = apply([
      // 9·1+0·2+0·3+6·4+1·5+5·6+3·7+0·8+0·9+0·10+4·11 = 133; 133 mod 11 = 1: the 12th digit.
      [["visits", 0, "notes"], "Detainee's IIN 900615300041, mother: mother.k@mail.kz"],
      [["visits", 2, "trigger", "caller"], "+7 (701) 234-56-78"],
    ]);
    const found = validateDataset(input).issues.filter((issue) => issue.code === "privacy.personal_identifier");
    expect(found.map((issue) => [issue.path, issue.params])).toEqual([
      [["visits", 0, "notes"], { kind: "iin" }],
      [["visits", 0, "notes"], { kind: "email" }],
      [["visits", 2, "trigger", "caller"], { kind: "phone" }],
    ]);
  });

  it("options.invalid: an option that cannot be used is reported, not thrown, and left at its default", () => {
    const result = validateDataset(cleanDataset, { asOf: "31.12.2023" as never });
    expect(result.valid).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.params, issue.severity])).toEqual([["options.invalid", [], { option: "asOf", value: "31.12.2023", expected: "date" }, "error"]]);
    expect(validateDataset(cleanDataset, { asOf: civilDate("2023-12-31") }).issues).toEqual([]);
  });

  it("schema.unreadable: input that throws when read is reported, not thrown", () => {
    const result = validateDataset(throwingInput);
    expect(result.valid).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([["schema.unreadable", []]]);
    expect(validateDataset({ ...cleanDataset }).issues.filter((issue) => issue.code === "schema.unreadable")).toEqual([]);
  });
});
