import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { findUnknownKeys } from "../../src/model/findUnknownKeys";
import * as fixtures from "./fixtures";

describe("findUnknownKeys", () => {
  it("finds nothing in a dataset that uses only the contract's keys", () => {
    expect(findUnknownKeys(fixtures.dataset)).toEqual([]);
  });

  it("finds unknown keys at every level the contract describes, the dataset's own fields first, then each record in order", () => {
    const input = {
      ...fixtures.dataset,
      comment: "x",
      period: { ...fixtures.dataset.period, label: "2023" },
      facilities: [fixtures.facility, { ...fixtures.facility, director: "hidden" }],
      visits: [{ ...fixtures.visit, trigger: { ...fixtures.visit.trigger, hotline: true } }],
      recommendations: [{ ...fixtures.recommendation, history: [{ status: "accepted", on: "2023-03-01", note: "" }] }],
      accountability: [{ ...fixtures.action, names: [] }],
      reported: { ...fixtures.reported, visits: { total: 461, followUp: 6 }, extra: 1 },
    };
    expect(findUnknownKeys(input)).toEqual([
      { path: ["comment"], key: "comment" },
      { path: ["period", "label"], key: "label" },
      { path: ["reported", "extra"], key: "extra" },
      { path: ["reported", "visits", "followUp"], key: "followUp" },
      { path: ["facilities", 1, "director"], key: "director" },
      { path: ["visits", 0, "trigger", "hotline"], key: "hotline" },
      { path: ["recommendations", 0, "history", 0, "note"], key: "note" },
      { path: ["accountability", 0, "names"], key: "names" },
    ]);
  });

  it.each([null, undefined, 42, "dataset", [], [fixtures.dataset], true])("finds nothing in %j", (input) => {
    expect(findUnknownKeys(input)).toEqual([]);
  });

  it("skips records that are not objects instead of failing", () => {
    expect(findUnknownKeys({ visits: [null, 3, "V-1", [1], { id: "V-2", odd: 1 }], facilities: "none" })).toEqual([
      { path: ["visits", 4, "odd"], key: "odd" },
    ]);
  });

  propertyTest.prop([fc.jsonValue()])("never throws and every path names an own key of the input", (value) => {
    for (const found of findUnknownKeys(value)) {
      let node: unknown = value;
      for (const step of found.path.slice(0, -1)) node = (node as Record<string | number, unknown>)[step];
      expect(Object.prototype.hasOwnProperty.call(node, found.key)).toBe(true);
      expect(found.path.at(-1)).toBe(found.key);
    }
  });
});
