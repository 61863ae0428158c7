// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { facilitiesMonitored } from "../../src/metrics/facilitiesMonitored";
import { AS_OF, d, data, visit } from "./helpers";
import { VISIT_DATA } from "./visitFixtures";

describe("facilitiesMonitored", () => {
  it("counts the distinct facilities covered by the counted visits", () => {
    // V-1 F-1 F-2; V-2 F-1 F-3; V-3 F-1; V-4 F-4 F-5 F-3; V-7 F-99 (unregistered, still a facility visited).
    // Distinct: F-1, F-2, F-3, F-4, F-5, F-99 = 6. F-6 is visited only outside 2023 (V-5, V-6).
    expect(facilitiesMonitored(VISIT_DATA, { asOf: AS_OF })).toBe(6);
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-05-09: V-1 and V-2 cover F-1, F-2, F-3.
    expect(facilitiesMonitored(VISIT_DATA, { asOf: d("2023-05-09") })).toBe(3);
  });

  it("counts a facility visited three times once, and is not limited by the register", () => {
    const repeat = data({
      visits: [visit("V-1", "periodic", "2023-02-01", ["F-1"]), visit("V-2", "special", "2023-03-01", ["F-1"]), visit("V-3", "periodic", "2023-04-01", ["F-1", "F-2"])],
    });
    expect(facilitiesMonitored(repeat, { asOf: AS_OF })).toBe(2);
  });

  it("is 0 on empty data", () => {
    expect(facilitiesMonitored(data(), { asOf: AS_OF })).toBe(0);
  });
});
