// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { UNREGISTERED } from "../../src/metrics/unregistered";
import { visitsByAgency } from "../../src/metrics/visitsByAgency";
import { AGENCY_ZEROS, AS_OF, d, data, facility, visit } from "./helpers";
import { REGISTER, VISIT_DATA } from "./visitFixtures";

describe("visitsByAgency", () => {
  it("counts each counted visit once per distinct agency of its facilities", () => {
    // V-1 [F-1, F-2]: interior once (two facilities of one agency).
    // V-2 [F-1, F-3]: interior, education.
    // V-3 [F-1]: interior (a repeat visit counts again: it is another visit).
    // V-4 [F-4, F-5, F-3]: health, interior, education.
    // V-7 [F-99]: not in the register, _unregistered.
    // V-5, V-6 (labour_social_protection) are outside 2023.
    expect(visitsByAgency(VISIT_DATA, { asOf: AS_OF })).toEqual({ ...AGENCY_ZEROS, interior: 4, education: 2, health: 1, [UNREGISTERED]: 1 });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-05-10: V-1 (interior), V-2 (interior, education), V-3 (interior).
    expect(visitsByAgency(VISIT_DATA, { asOf: d("2023-05-10") })).toEqual({ ...AGENCY_ZEROS, interior: 3, education: 1 });
  });

  it("counts two unregistered facilities of one visit once, and lists _unregistered only when needed", () => {
    const both = data({ facilities: REGISTER, visits: [visit("V-1", "periodic", "2023-04-01", ["F-98", "F-99", "F-6"])] });
    expect(visitsByAgency(both, { asOf: AS_OF })).toEqual({ ...AGENCY_ZEROS, labour_social_protection: 1, [UNREGISTERED]: 1 });
    const registered = data({ facilities: REGISTER, visits: [visit("V-1", "periodic", "2023-04-01", ["F-6"])] });
    expect(visitsByAgency(registered, { asOf: AS_OF })).not.toHaveProperty(UNREGISTERED);
  });

  it("reads the agency of the register, not the facility type's default", () => {
    // A psychiatric ward run by the interior ministry.
    const ward = data({ facilities: [facility("F-1", "psychiatric_institution", "interior", "KZ-71")], visits: [visit("V-1", "special", "2023-04-01", ["F-1"])] });
    expect(visitsByAgency(ward, { asOf: AS_OF })).toEqual({ ...AGENCY_ZEROS, interior: 1 });
  });

  it("lists every agency at 0 on empty data", () => {
    expect(visitsByAgency(data(), { asOf: AS_OF })).toEqual(AGENCY_ZEROS);
  });
});
