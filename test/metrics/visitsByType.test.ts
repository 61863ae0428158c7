// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { visitsByType } from "../../src/metrics/visitsByType";
import { AS_OF, d, data } from "./helpers";
import { VISIT_DATA } from "./visitFixtures";

describe("visitsByType", () => {
  it("counts the counted visits by type, every type listed", () => {
    // Counted: V-1 periodic, V-2 special, V-3 intermediate, V-4 periodic, V-7 periodic.
    // V-5 and V-6 (periodic, outside 2023) do not count.
    expect(visitsByType(VISIT_DATA, { asOf: AS_OF })).toEqual({ periodic: 3, intermediate: 1, special: 1 });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-05-09: V-1 periodic, V-2 special.
    expect(visitsByType(VISIT_DATA, { asOf: d("2023-05-09") })).toEqual({ periodic: 1, intermediate: 0, special: 1 });
  });

  it("lists every type at 0 on empty data", () => {
    expect(visitsByType(data(), { asOf: AS_OF })).toEqual({ periodic: 0, intermediate: 0, special: 0 });
  });
});
