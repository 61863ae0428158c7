// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { facilitiesByAgency } from "../../src/metrics/facilitiesByAgency";
import { UNREGISTERED } from "../../src/metrics/unregistered";
import { AGENCY_ZEROS, AS_OF, d, data } from "./helpers";
import { REGISTER, VISIT_DATA } from "./visitFixtures";

describe("facilitiesByAgency", () => {
  it("counts each distinct monitored facility once, under its agency", () => {
    // Monitored: F-1, F-2, F-5 (interior: 3, though F-1 had three visits), F-3 (education),
    // F-4 (health), F-99 (_unregistered). F-6 (labour_social_protection) only outside 2023.
    // 3 + 1 + 1 + 1 = 6 = facilities.monitored.
    expect(facilitiesByAgency(VISIT_DATA, { asOf: AS_OF })).toEqual({ ...AGENCY_ZEROS, interior: 3, education: 1, health: 1, [UNREGISTERED]: 1 });
  });

  it("ends the counting window at asOf, and lists _unregistered only when needed", () => {
    // Up to 2023-05-09: F-1, F-2 (interior), F-3 (education).
    const figures = facilitiesByAgency(VISIT_DATA, { asOf: d("2023-05-09") });
    expect(figures).toEqual({ ...AGENCY_ZEROS, interior: 2, education: 1 });
    expect(figures).not.toHaveProperty(UNREGISTERED);
  });

  it("lists every agency at 0 on empty data", () => {
    expect(facilitiesByAgency(data({ facilities: REGISTER }), { asOf: AS_OF })).toEqual(AGENCY_ZEROS);
  });
});
