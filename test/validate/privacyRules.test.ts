import { describe, expect, it } from "vitest";
import { AccountabilityAction } from "../../src/model/accountabilityAction";
import { Facility } from "../../src/model/facility";
import { Recommendation } from "../../src/model/recommendation";
import { Visit } from "../../src/model/visit";
import { validateDataset } from "../../src/validate/validateDataset";
import { withValue } from "../fixtures/withValue";
import { cleanDataset } from "./cleanDataset";

type Path = readonly (string | number)[];

const privacyPaths = (input: unknown): Path[] => validateDataset(input).issues.filter((issue) => issue.code === "privacy.personal_identifier").map((issue) => issue.path);

// Every field of the contract, in one record of each collection that has them all (or most).
const FIELDS: readonly (readonly [string, number, object])[] = [
  ["facilities", 0, Facility.shape],
  ["visits", 2, Visit.shape],
  ["recommendations", 0, Recommendation.shape],
  ["accountability", 0, AccountabilityAction.shape],
];

describe("the privacy rule reads every field of every record", () => {
  for (const [collection, index, shape] of FIELDS) {
    for (const field of Object.keys(shape)) {
      it(`${collection}.${field}: an e-mail address as text, an IIN as a number`, () => {
        const asText = withValue(cleanDataset, [collection, index, field], "ivanov@mail.kz");
        expect(privacyPaths(asText)).toContainEqual([collection, index, field]);
        const asNumber = withValue(cleanDataset, [collection, index, field], 900101300126);
        expect(privacyPaths(asNumber)).toContainEqual([collection, index, field]);
      });
    }
  }

  it.each([
    [["visits", 2, "trigger", "kind"]],
    [["visits", 2, "trigger", "receivedOn"]],
    [["recommendations", 0, "history", 1, "status"]],
    [["recommendations", 0, "history", 1, "on"]],
    [["recommendations", 0, "themes", 0]],
    [["visits", 0, "facilityIds", 0]],
    [["period", "from"]],
    [["reported", "visits", "total"]],
    [["profile"]],
  ] as const)("%j, nested or at the top", (path) => {
    expect(privacyPaths(withValue(cleanDataset, path, "a.b@mail.kz"))).toContainEqual(path);
  });

  it("unknown keys of a trigger and of a history entry: their names and their values", () => {
    let input = withValue(cleanDataset, ["visits", 2, "trigger", "caller"], { phone: "+7 701 234 56 78" });
    input = withValue(input, ["recommendations", 0, "history", 0, "ivanov@mail.kz"], "noted");
    expect(privacyPaths(input)).toEqual([
      ["visits", 2, "trigger", "caller", "phone"],
      ["recommendations", 0, "history", 0, "ivanov@mail.kz"],
    ]);
  });

  it("a record that parses and one that does not give the same findings in an unknown field", () => {
    const notes = { a: ["x", { "b@c.kz": 900101300126 }] };
    const parsed = withValue(cleanDataset, ["visits", 0, "notes"], notes);
    const broken = withValue(parsed, ["visits", 0, "teamSize"], "three");
    const expected = [
      ["visits", 0, "notes", "a", 1, "b@c.kz"],
      ["visits", 0, "notes", "a", 1, "b@c.kz"],
    ];
    expect(privacyPaths(parsed)).toEqual(expected);
    expect(privacyPaths(broken)).toEqual(expected);
  });

  it("reports each kind once per value, by kind only", () => {
    const input = withValue(cleanDataset, ["recommendations", 0, "text"], "a@b.kz, c@d.kz, +7 701 234 56 78, 900101300126");
    const found = validateDataset(input).issues.filter((issue) => issue.code === "privacy.personal_identifier");
    expect(found.map((issue) => issue.params)).toEqual([{ kind: "email" }, { kind: "phone" }, { kind: "iin" }]);
    for (const issue of found) expect(issue.message).not.toMatch(/a@b|701|900101/);
  });
});
