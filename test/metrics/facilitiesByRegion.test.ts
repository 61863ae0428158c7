// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { facilitiesByRegion } from "../../src/metrics/facilitiesByRegion";
import { UNREGISTERED } from "../../src/metrics/unregistered";
import { AS_OF, d, data, REGION_ZEROS } from "./helpers";
import { VISIT_DATA } from "./visitFixtures";

describe("facilitiesByRegion", () => {
  it("counts each distinct monitored facility once, under its region", () => {
    // KZ-71: F-1, F-2 (F-1 visited three times, once here); KZ-75: F-3, F-4; KZ-10: F-5
    // (F-6, also KZ-10, only outside 2023); F-99 unregistered. 2 + 2 + 1 + 1 = 6.
    expect(facilitiesByRegion(VISIT_DATA, { asOf: AS_OF })).toEqual({ ...REGION_ZEROS, "KZ-71": 2, "KZ-75": 2, "KZ-10": 1, [UNREGISTERED]: 1 });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-05-09: F-1, F-2 (KZ-71), F-3 (KZ-75).
    expect(facilitiesByRegion(VISIT_DATA, { asOf: d("2023-05-09") })).toEqual({ ...REGION_ZEROS, "KZ-71": 2, "KZ-75": 1 });
  });

  it("lists every region at 0 on empty data", () => {
    expect(facilitiesByRegion(data(), { asOf: AS_OF })).toEqual(REGION_ZEROS);
  });
});
