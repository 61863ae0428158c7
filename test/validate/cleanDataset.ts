// A small dataset, written by hand, that breaks no rule of the catalogue: each validation test
// changes one value of it and says exactly which issue that must (or must not) raise.
export const cleanDataset = {
  format: "opcat-npm/dataset@1",
  profile: "kz",
  period: { from: "2023-01-01", to: "2023-12-31" },
  facilities: [
    { id: "F-1", name: "IVS of the Astana police department", type: "temporary_detention_facility", agency: "interior", region: "KZ-71", openedOn: "2001-05-01" },
    { id: "F-2", name: "Police unit of Astana", type: "police_unit", agency: "interior", region: "KZ-71" },
    { id: "F-3", name: "Regional psychiatric hospital", type: "psychiatric_institution", agency: "health", region: "KZ-75", closedOn: "2023-06-30" },
  ],
  visits: [
    { id: "V-1", type: "periodic", startedOn: "2023-02-14", endedOn: "2023-02-15", facilityIds: ["F-1", "F-2"], teamSize: 3 },
    { id: "V-2", type: "intermediate", startedOn: "2023-05-10", facilityIds: ["F-1"], followUpOf: "V-1", teamSize: 4 },
    { id: "V-3", type: "special", startedOn: "2023-03-01", facilityIds: ["F-3"], trigger: { kind: "complaint", receivedOn: "2023-02-25" }, teamSize: 3 },
  ],
  recommendations: [
    {
      id: "R-1",
      visitId: "V-1",
      facilityId: "F-1",
      addressee: "interior",
      level: "facility",
      themes: ["detention_conditions"],
      text: "Repair the ventilation in cells 3-7 by 14.02.2024.",
      issuedOn: "2023-02-20",
      dueOn: "2023-05-20",
      history: [
        { status: "accepted", on: "2023-03-01" },
        { status: "not_implemented", on: "2023-06-01" },
      ],
    },
    { id: "R-2", visitId: "V-3", facilityId: "F-3", addressee: "health", level: "facility", themes: ["medical_care"], issuedOn: "2023-03-05", history: [] },
    { id: "R-3", addressee: "interior", level: "agency", themes: ["detention_conditions"], issuedOn: "2023-11-01", escalates: ["R-1"] },
  ],
  accountability: [
    { id: "A-1", decidedOn: "2023-06-01", initiator: "commissioner_office", measure: "disciplinary", officials: 2, visitId: "V-1", facilityId: "F-1", agency: "interior" },
  ],
  reported: { visits: { total: 3 }, implementationRate: 0 },
};
