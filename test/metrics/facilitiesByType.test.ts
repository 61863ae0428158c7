// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { facilitiesByType } from "../../src/metrics/facilitiesByType";
import { UNREGISTERED } from "../../src/metrics/unregistered";
import { AS_OF, d, data, TYPE_ZEROS } from "./helpers";
import { VISIT_DATA } from "./visitFixtures";

describe("facilitiesByType", () => {
  it("counts each distinct monitored facility once, under its type", () => {
    // F-1 IVS (visited three times: once here), F-2 police unit, F-3 children's home (two visits),
    // F-4 psychiatric, F-5 penal colony, F-99 unregistered. F-6 (social care) only outside 2023.
    expect(facilitiesByType(VISIT_DATA, { asOf: AS_OF })).toEqual({
      ...TYPE_ZEROS,
      temporary_detention_facility: 1,
      police_unit: 1,
      childrens_home: 1,
      psychiatric_institution: 1,
      penal_colony: 1,
      [UNREGISTERED]: 1,
    });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-05-09: F-1, F-2, F-3.
    expect(facilitiesByType(VISIT_DATA, { asOf: d("2023-05-09") })).toEqual({ ...TYPE_ZEROS, temporary_detention_facility: 1, police_unit: 1, childrens_home: 1 });
  });

  it("lists every type at 0 on empty data", () => {
    expect(facilitiesByType(data(), { asOf: AS_OF })).toEqual(TYPE_ZEROS);
  });
});
