// The register and visits that the visit and facility metric tests share, with the traps:
// visits covering several agencies and regions, a visit to two facilities of one agency,
// repeat visits to one facility, visits on the period's first and last days and just outside
// it on both sides, and a visit to a facility that is not in the register.
import { d, data, facility, visit } from "./helpers";

export const REGISTER = [
  facility("F-1", "temporary_detention_facility", "interior", "KZ-71"),
  facility("F-2", "police_unit", "interior", "KZ-71"),
  facility("F-3", "childrens_home", "education", "KZ-75"),
  facility("F-4", "psychiatric_institution", "health", "KZ-75"),
  facility("F-5", "penal_colony", "interior", "KZ-10"),
  facility("F-6", "social_care_institution", "labour_social_protection", "KZ-10"),
];

export const VISITS = [
  // The first day of 2023: the IVS and the police unit, both interior, both KZ-71.
  visit("V-1", "periodic", "2023-01-01", ["F-1", "F-2"]),
  // Interior (F-1, KZ-71) and education (F-3, KZ-75).
  visit("V-2", "special", "2023-03-15", ["F-1", "F-3"], { trigger: { kind: "complaint", receivedOn: d("2023-03-10") } }),
  // A repeat visit to F-1.
  visit("V-3", "intermediate", "2023-05-10", ["F-1"], { followUpOf: "V-1" }),
  // The last day of 2023: health (F-4, KZ-75), interior (F-5, KZ-10), education (F-3, KZ-75 again).
  visit("V-4", "periodic", "2023-12-31", ["F-4", "F-5", "F-3"]),
  // Just outside 2023, before and after: never counted.
  visit("V-5", "periodic", "2022-12-31", ["F-6"]),
  visit("V-6", "periodic", "2024-01-01", ["F-6"]),
  // A facility missing from the register.
  visit("V-7", "periodic", "2023-07-07", ["F-99"]),
];

export const VISIT_DATA = data({ facilities: REGISTER, visits: VISITS });
