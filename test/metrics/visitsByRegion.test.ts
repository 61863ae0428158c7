// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { UNREGISTERED } from "../../src/metrics/unregistered";
import { visitsByRegion } from "../../src/metrics/visitsByRegion";
import { AS_OF, d, data, REGION_ZEROS } from "./helpers";
import { VISIT_DATA } from "./visitFixtures";

describe("visitsByRegion", () => {
  it("counts each counted visit once per distinct region of its facilities", () => {
    // V-1 [F-1, F-2]: KZ-71 once (two facilities in one region).
    // V-2 [F-1, F-3]: KZ-71, KZ-75.
    // V-3 [F-1]: KZ-71.
    // V-4 [F-4, F-5, F-3]: KZ-75 once (F-4 and F-3), KZ-10.
    // V-7 [F-99]: _unregistered. V-5, V-6 (KZ-10) are outside 2023.
    expect(visitsByRegion(VISIT_DATA, { asOf: AS_OF })).toEqual({ ...REGION_ZEROS, "KZ-71": 3, "KZ-75": 2, "KZ-10": 1, [UNREGISTERED]: 1 });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-05-09: V-1 (KZ-71), V-2 (KZ-71, KZ-75).
    expect(visitsByRegion(VISIT_DATA, { asOf: d("2023-05-09") })).toEqual({ ...REGION_ZEROS, "KZ-71": 2, "KZ-75": 1 });
  });

  it("lists every region at 0 on empty data", () => {
    expect(visitsByRegion(data(), { asOf: AS_OF })).toEqual(REGION_ZEROS);
  });
});
