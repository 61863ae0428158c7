// @time-zones: repeat chains ordered by date
import { describe, expect, it } from "vitest";
import { likelyRepeats } from "../../src/followup/likelyRepeats";
import { repeatChains, type RepeatOptions } from "../../src/followup/repeatChains";
import type { Recommendation } from "../../src/model/recommendation";
import { AS_OF, at, d, data, opcatErrorOf, rec } from "../metrics/helpers";

describe("repeatChains", () => {
  const RECOMMENDATIONS = [
    rec("R-1", "2021-03-01", { facilityId: "F-1", history: [at("not_implemented", "2021-09-01")] }),
    rec("R-2", "2022-03-01", { facilityId: "F-1", repeatOf: "R-1" }),
    rec("R-4", "2023-06-01", { facilityId: "F-1", repeatOf: "R-2", history: [at("accepted", "2023-07-01")] }), // two repeats of R-2: one chain
    rec("R-3", "2023-03-01", { facilityId: "F-1", repeatOf: "R-2" }),
    rec("R-10", "2023-01-01", { facilityId: "F-2", repeatOf: "R-11" }), // a cycle: one chain, no endless walk
    rec("R-11", "2023-02-01", { facilityId: "F-2", repeatOf: "R-10", history: [at("implemented", "2023-05-01")] }),
    rec("R-20", "2023-01-01", { repeatOf: "R-404" }), // to an id the dataset lacks: links nothing
    rec("R-31", "2023-01-01"),
    rec("R-30", "2025-01-01", { repeatOf: "R-31" }), // issued after asOf: left out
    rec("R-40", "2023-01-01", { repeatOf: "R-40" }), // repeats itself: a chain of one, left out
  ];
  const DATA = data({ recommendations: RECOMMENDATIONS });

  it("links recommendations through repeatOf, longest chains first, each in order of issue, with statuses as of asOf", () => {
    const chains = repeatChains(DATA, { asOf: AS_OF });
    expect(chains.map((chain) => [chain.recommendations.map((link) => link.id), chain.lastStatus])).toEqual([
      [["R-1", "R-2", "R-3", "R-4"], "accepted"],
      [["R-10", "R-11"], "implemented"],
    ]);
    expect(chains[0]?.recommendations[1]).toEqual({ id: "R-2", issuedOn: "2022-03-01", facilityId: "F-1", agency: "interior", repeatOf: "R-1", status: "issued" });
  });

  it("reads an earlier asOf", () => {
    // As of 2023-04-01, R-4 is not issued and R-11 not implemented yet.
    expect(repeatChains(DATA, { asOf: d("2023-04-01") }).map((chain) => [chain.recommendations.map((link) => link.id), chain.lastStatus])).toEqual([
      [["R-1", "R-2", "R-3"], "issued"],
      [["R-10", "R-11"], "issued"],
    ]);
  });

  it("finds nothing without links", () => {
    expect(repeatChains(data({ recommendations: [rec("R-1", "2023-01-01")] }), { asOf: AS_OF })).toEqual([]);
  });
});

describe("likelyRepeats", () => {
  const on = (facilityId: string, themes: string[], extra: Partial<Recommendation> = {}) => ({ facilityId, themes, ...extra });
  const RECOMMENDATIONS = [
    rec("L-01", "2023-01-10", on("F-1", ["food"])),
    rec("L-02", "2023-01-10", on("F-1", ["food"])), // the same day as L-01: the same visit's work, not a repeat
    rec("L-03", "2023-06-01", on("F-1", ["food", "sanitation"])), // repeats L-02 (the latest open one on food)
    rec("L-04", "2023-03-01", on("F-1", ["sanitation"], { history: [at("implemented", "2023-05-01")] })),
    rec("L-05", "2023-09-01", on("F-1", ["sanitation"])), // L-04 implemented by then: repeats L-03
    rec("L-06", "2023-02-01", on("F-1", ["medical_care"], { history: [at("withdrawn", "2023-03-01")] })),
    rec("L-07", "2023-08-01", on("F-1", ["medical_care"])), // L-06 withdrawn: no repeat
    rec("L-08", "2023-02-01", on("F-1", ["complaints"], { dueOn: d("2023-05-01"), history: [at("rejected", "2023-03-01")] })),
    rec("L-09", "2023-08-01", on("F-1", ["complaints"])), // repeats the rejected L-08
    rec("L-10", "2023-02-01", on("F-1", ["staffing"], { history: [at("implemented", "2023-09-01")] })),
    rec("L-11", "2023-08-01", on("F-1", ["staffing"])), // L-10 implemented only later: a repeat
    rec("L-12", "2023-10-01", on("F-1", ["food"], { repeatOf: "L-03" })), // linked already: no suggestion
    rec("L-13", "2023-10-01", on("F-2", ["food"])), // another facility
    rec("L-14", "2023-10-01", on("F-1", ["accessibility"])), // no earlier one on its theme
    rec("L-15", "2025-01-01", on("F-1", ["food"])), // issued after asOf
    rec("L-16", "2023-10-01", { level: "agency", themes: ["food"], escalates: ["L-01"] }), // agency level: never a repeat
  ];
  const DATA = data({ recommendations: RECOMMENDATIONS });

  it("suggests, with the evidence, the latest earlier open recommendation of the same facility and theme", () => {
    expect(likelyRepeats(DATA, { asOf: AS_OF }).map((s) => [s.id, s.repeatOf, s.themes, s.earlierStatus, s.daysBetween])).toEqual([
      ["L-03", "L-02", ["food"], "issued", 142],
      ["L-09", "L-08", ["complaints"], "rejected", 181],
      ["L-11", "L-10", ["staffing"], "issued", 181],
      ["L-05", "L-03", ["sanitation"], "issued", 92],
    ]);
    expect(likelyRepeats(DATA, { asOf: AS_OF })[1]).toEqual({
      id: "L-09",
      repeatOf: "L-08",
      facilityId: "F-1",
      themes: ["complaints"],
      issuedOn: "2023-08-01",
      earlierIssuedOn: "2023-02-01",
      daysBetween: 181,
      earlierDueOn: "2023-05-01",
      earlierStatus: "rejected",
    });
  });

  it("never changes the data: the suggestions are all", () => {
    const copy = structuredClone(DATA);
    likelyRepeats(DATA, { asOf: AS_OF });
    expect(DATA).toEqual(copy);
  });

  it("reads an earlier asOf", () => {
    expect(likelyRepeats(DATA, { asOf: d("2023-07-01") }).map((s) => s.id)).toEqual(["L-03"]);
  });

  it("shares every theme the two have in common, once", () => {
    const suggestions = likelyRepeats(
      data({ recommendations: [rec("A", "2023-01-01", on("F-1", ["food", "sanitation", "staffing"])), rec("B", "2023-02-01", on("F-1", ["sanitation", "food", "food"]))] }),
      { asOf: AS_OF },
    );
    expect(suggestions.map((s) => [s.id, s.repeatOf, s.themes])).toEqual([["B", "A", ["sanitation", "food"]]]);
  });
});

describe("repeat functions with bad options", () => {
  it.each([
    ["repeatChains", repeatChains],
    ["likelyRepeats", likelyRepeats],
  ] as const)("%s refuses an asOf that is not a civil date", (_name, fn) => {
    const error = opcatErrorOf(() => fn(data(), { asOf: "2024-13-01" } as unknown as RepeatOptions));
    expect([error.code, error.path]).toEqual(["schema.invalid_date", ["asOf"]]);
  });
});
