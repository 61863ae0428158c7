// The report breaks figures down by the code lists of the profile it is given, not by kz's.
import { describe, expect, it } from "vitest";
import { defineProfile } from "../../src/profiles/defineProfile";
import { buildReport } from "../../src/report/buildReport";
import { Report } from "../../src/report/report";
import { AS_OF, at, data, facility, rec, visit } from "../metrics/helpers";

const l = (en: string) => ({ en, ru: en, kk: en });
const rt = defineProfile({
  id: "rt",
  name: l("Ruritania"),
  lists: {
    agencies: [{ code: "justice", labels: l("Justice") }, { code: "health", labels: l("Health") }],
    facilityTypes: [{ code: "prison", defaultAgency: "justice", labels: l("Prison") }],
    regions: [{ code: "RT-N", labels: l("North") }, { code: "RT-S", labels: l("South") }],
    themes: [{ code: "food", labels: l("Food") }, { code: "medical_care", labels: l("Medical care") }],
  },
  rules: { minTeamSize: 2, periodicCycleYears: 2 },
});

describe("buildReport with another profile", () => {
  const report = buildReport(
    data({
      facilities: [facility("F-1", "prison", "justice", "RT-N"), facility("F-2", "prison", "justice", "RT-S")],
      visits: [visit("V-1", "periodic", "2023-02-01", ["F-1", "F-2"]), visit("V-2", "periodic", "2023-03-01", ["F-1"])],
      recommendations: [rec("R-1", "2023-02-20", { addressee: "justice", themes: ["food", "medical_care"], history: [at("implemented", "2023-04-01")] })],
    }),
    { asOf: AS_OF, profile: rt },
  );

  it("lists the profile's codes, each at 0 when none, and none of kz's", () => {
    // V-1 justice once (two prisons), regions RT-N and RT-S; V-2 justice, RT-N.
    expect(report.profile).toBe("rt");
    expect(report.visits.byAgency).toEqual({ justice: 2, health: 0 });
    expect(report.visits.byRegion).toEqual({ "RT-N": 2, "RT-S": 1 });
    expect(report.facilities.byAgency).toEqual({ justice: 2, health: 0 });
    expect(report.facilities.byType).toEqual({ prison: 2 });
    expect(report.facilities.byRegion).toEqual({ "RT-N": 1, "RT-S": 1 });
    expect(report.recommendations.byTheme).toEqual({ food: 1, medical_care: 1 });
    expect(report.recommendations.byAgency).toEqual({ justice: 1, health: 0 });
    expect(Report.safeParse(report).success).toBe(true);
  });
});
