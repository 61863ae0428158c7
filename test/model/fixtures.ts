// Small valid records in the contract, written by hand; tests derive bad ones from them.
export const facility = {
  id: "F-0001",
  name: "IVS of the Astana police department",
  type: "temporary_detention_facility",
  agency: "interior",
  region: "KZ-71",
  capacity: 40,
  openedOn: "2001-05-01",
  closedOn: null,
};

export const visit = {
  id: "V-0001",
  type: "special",
  startedOn: "2023-02-14",
  endedOn: "2023-02-15",
  facilityIds: ["F-0001", "F-0002"],
  followUpOf: null,
  trigger: { kind: "complaint", receivedOn: "2023-02-10" },
  announced: false,
  teamSize: 3,
};

export const recommendation = {
  id: "R-00001",
  visitId: "V-0001",
  facilityId: "F-0001",
  addressee: "interior",
  level: "facility",
  themes: ["detention_conditions", "sanitation"],
  text: "Repair the ventilation in cells 3-7.",
  issuedOn: "2023-02-20",
  dueOn: "2023-05-20",
  escalates: [],
  repeatOf: null,
  history: [
    { status: "accepted", on: "2023-03-01" },
    { status: "implemented", on: "2023-04-11" },
  ],
};

export const action = {
  id: "A-001",
  decidedOn: "2023-06-01",
  initiator: "commissioner_office",
  measure: "disciplinary",
  officials: 2,
  visitId: "V-0001",
  facilityId: "F-0001",
  agency: "interior",
};

export const reported = {
  visits: { total: 461, byType: { periodic: 422, special: 33 } },
  facilitiesMonitored: 474,
  recommendations: 3000,
  implementationRate: 0.4,
  officials: { commissioner_office: 258, npm_participant: 17 },
};

export const dataset = {
  format: "opcat-npm/dataset@1",
  profile: "kz",
  period: { from: "2023-01-01", to: "2023-12-31" },
  facilities: [facility, { ...facility, id: "F-0002", name: "Police unit of Astana", type: "police_unit" }],
  visits: [visit],
  recommendations: [recommendation],
  accountability: [action],
  reported,
};

export { withValue } from "../fixtures/withValue";
