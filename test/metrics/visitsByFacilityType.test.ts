// @time-zones: visits counted within the period
// visitsByFacilityType and visitsByTypeAndFacilityType (src/metrics/): the visits by the type
// of the facilities they covered, overall and by visit type. Expected counts worked out by
// hand from visitFixtures.ts (see the comments) and, for the example dataset, by a jq count
// over the JSON that does not use the library (below).
import { readFileSync } from "node:fs";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { UNREGISTERED } from "../../src/metrics/unregistered";
import { visitsByFacilityType } from "../../src/metrics/visitsByFacilityType";
import { visitsByTypeAndFacilityType } from "../../src/metrics/visitsByTypeAndFacilityType";
import { Dataset } from "../../src/model/dataset";
import { accumulateReport, buildReport } from "../../src/report/buildReport";
import { finishReport, mergeReportAccumulators } from "../../src/report/reportBuilder";
import { arbitraryCase } from "../fixtures/arbitraryDataset";
import { AS_OF, TYPE_ZEROS, d, data, facility, visit } from "./helpers";
import { REGISTER, VISIT_DATA } from "./visitFixtures";

// Counted in 2023: V-1 periodic [F-1 IVS, F-2 police unit]; V-2 special [F-1 IVS, F-3
// children's home]; V-3 intermediate [F-1 IVS]; V-4 periodic [F-4 psychiatric, F-5 penal
// colony, F-3 children's home]; V-7 periodic [F-99, not in the register]. V-5, V-6 are
// outside 2023.
describe("visitsByFacilityType", () => {
  it("counts each counted visit once per distinct facility type it covered; the rows add up to more than the 5 visits", () => {
    expect(visitsByFacilityType(VISIT_DATA, { asOf: AS_OF })).toEqual({
      ...TYPE_ZEROS,
      temporary_detention_facility: 3, // V-1, V-2, V-3
      police_unit: 1, // V-1
      childrens_home: 2, // V-2, V-4
      psychiatric_institution: 1, // V-4
      penal_colony: 1, // V-4
      [UNREGISTERED]: 1, // V-7
    });
  });

  it("counts a visit to two facilities of one type once, and ends the window at asOf", () => {
    const two = data({ facilities: [...REGISTER, facility("F-7", "temporary_detention_facility", "interior", "KZ-10")], visits: [visit("V-1", "periodic", "2023-04-01", ["F-1", "F-7"])] });
    expect(visitsByFacilityType(two, { asOf: AS_OF })).toEqual({ ...TYPE_ZEROS, temporary_detention_facility: 1 });
    // Up to 2023-05-10: V-1, V-2, V-3.
    expect(visitsByFacilityType(VISIT_DATA, { asOf: d("2023-05-10") })).toEqual({ ...TYPE_ZEROS, temporary_detention_facility: 3, police_unit: 1, childrens_home: 1 });
  });

  it("lists every facility type at 0 on empty data, without _unregistered", () => {
    expect(visitsByFacilityType(data(), { asOf: AS_OF })).toEqual(TYPE_ZEROS);
  });
});

describe("visitsByTypeAndFacilityType", () => {
  it("counts each visit under its own type, once per distinct facility type", () => {
    const withUnregistered = { ...TYPE_ZEROS, [UNREGISTERED]: 0 };
    expect(visitsByTypeAndFacilityType(VISIT_DATA, { asOf: AS_OF })).toEqual({
      periodic: { ...withUnregistered, temporary_detention_facility: 1, police_unit: 1, psychiatric_institution: 1, penal_colony: 1, childrens_home: 1, [UNREGISTERED]: 1 },
      intermediate: { ...withUnregistered, temporary_detention_facility: 1 },
      special: { ...withUnregistered, temporary_detention_facility: 1, childrens_home: 1 },
    });
  });

  it("every visit type lists the same facility types in the same order; empty data: all 0", () => {
    const cross = visitsByTypeAndFacilityType(VISIT_DATA, { asOf: AS_OF });
    expect(Object.keys(cross)).toEqual(["periodic", "intermediate", "special"]);
    expect(Object.keys(cross.special)).toEqual(Object.keys(cross.periodic));
    expect(Object.keys(cross.periodic).at(-1)).toBe(UNREGISTERED);
    expect(visitsByTypeAndFacilityType(data(), { asOf: AS_OF })).toEqual({ periodic: TYPE_ZEROS, intermediate: TYPE_ZEROS, special: TYPE_ZEROS });
  });
});

describe("on examples/data/kz-2023.json", () => {
  // Counted with jq, not the library: for each visit of 2023, the distinct types of its
  // facilities (looked up by id in the register), counted overall and by the visit's type:
  //   jq '(.facilities | map({key: .id, value: .type}) | from_entries) as $t
  //     | [.visits[] | select(.startedOn >= "2023-01-01" and .startedOn <= "2023-12-31")
  //        | {type, ft: ([.facilityIds[] | ($t[.] // "_unregistered")] | unique)}] ...'
  const dataset = Dataset.parse(JSON.parse(readFileSync(new URL("../../examples/data/kz-2023.json", import.meta.url), "utf8")));
  const report = buildReport(dataset, { asOf: AS_OF });

  it("visits.byFacilityType: 524 counts for 461 visits (a visit to two types counts twice)", () => {
    const counted = {
      childrens_home: 40,
      juvenile_adaptation_centre: 15,
      military_guardhouse: 10,
      narcological_institution: 14,
      nsc_detention_facility: 6,
      penal_colony: 82,
      police_unit: 70,
      pretrial_detention_centre: 23,
      psychiatric_institution: 28,
      reception_distribution_centre: 14,
      social_care_institution: 74,
      special_centre_foreigners: 4,
      special_educational_organization: 10,
      special_reception_centre: 20,
      temporary_detention_facility: 114,
    };
    expect(report.visits.byFacilityType).toEqual({ ...TYPE_ZEROS, ...counted });
    expect(Object.values(report.visits.byFacilityType).reduce((a, b) => a + b, 0)).toBe(524);
  });

  it("visits.byTypeAndFacilityType: the jq counts by visit type", () => {
    const { periodic, intermediate, special } = report.visits.byTypeAndFacilityType;
    expect(intermediate).toEqual({ ...TYPE_ZEROS, childrens_home: 1, juvenile_adaptation_centre: 1, penal_colony: 3, police_unit: 1, temporary_detention_facility: 1 });
    expect(special).toEqual({
      ...TYPE_ZEROS,
      childrens_home: 1,
      narcological_institution: 1,
      penal_colony: 11,
      police_unit: 5,
      pretrial_detention_centre: 4,
      psychiatric_institution: 4,
      social_care_institution: 3,
      temporary_detention_facility: 9,
    });
    expect(periodic).toEqual({
      ...TYPE_ZEROS,
      childrens_home: 38,
      juvenile_adaptation_centre: 14,
      military_guardhouse: 10,
      narcological_institution: 13,
      nsc_detention_facility: 6,
      penal_colony: 68,
      police_unit: 64,
      pretrial_detention_centre: 19,
      psychiatric_institution: 24,
      reception_distribution_centre: 14,
      social_care_institution: 71,
      special_centre_foreigners: 4,
      special_educational_organization: 10,
      special_reception_centre: 20,
      temporary_detention_facility: 104,
    });
  });
});

describe("the accumulators of a split", () => {
  const splits = fc.array(fc.boolean(), { minLength: 64, maxLength: 64 });
  propertyTest.prop([arbitraryCase, splits], { numRuns: 100 })("merged, give the figures of the whole", ({ dataset, options }, split) => {
    // Each part has the whole register and a share of the visits.
    const part = (side: boolean) => ({ ...dataset, visits: dataset.visits.filter((_visit, i) => (split[i % split.length] ?? false) === side) });
    const merged = finishReport(mergeReportAccumulators(accumulateReport(part(true), options), accumulateReport(part(false), options)));
    const whole = buildReport(dataset, options);
    expect(merged.visits.byFacilityType).toEqual(whole.visits.byFacilityType);
    expect(merged.visits.byTypeAndFacilityType).toEqual(whole.visits.byTypeAndFacilityType);
    // And the overall figure is the sum over the visit types.
    for (const [code, count] of Object.entries(whole.visits.byFacilityType)) {
      const { periodic, intermediate, special } = whole.visits.byTypeAndFacilityType;
      expect((periodic[code] ?? 0) + (intermediate[code] ?? 0) + (special[code] ?? 0)).toBe(count);
    }
  });
});
