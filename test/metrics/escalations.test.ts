// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { escalations } from "../../src/metrics/escalations";
import { AS_OF, d, data, rec } from "./helpers";

const agencyLevel = (id: string, issuedOn: string, escalates: string[]) => rec(id, issuedOn, { level: "agency", escalates });

const RECOMMENDATIONS = [
  rec("R-0", "2022-05-01"), // from an earlier period
  rec("R-1", "2023-02-20"),
  rec("R-2", "2023-02-20"),
  rec("R-3", "2023-02-20"),
  rec("R-5", "2023-02-20"),
  agencyLevel("R-10", "2023-10-01", ["R-1", "R-2"]),
  agencyLevel("R-11", "2023-11-01", ["R-2", "R-0"]), // R-2 escalated a second time; R-0 from 2022
  agencyLevel("R-12", "2023-12-01", ["R-3", "R-3"]), // the same id twice in one list
  agencyLevel("R-13", "2024-01-15", ["R-5"]), // after the period
  agencyLevel("R-14", "2022-12-31", ["R-0"]), // before it
];
const DATA = data({ recommendations: RECOMMENDATIONS });

describe("escalations", () => {
  it("counts the agency-level recommendations issued in the period and the distinct ones they escalate", () => {
    // Issued, R-12 = 3. Escalated, R-3 = 4 (R-5 only by R-13, outside).
    expect(escalations(DATA, { asOf: AS_OF })).toEqual({ issued: 3, escalated: 4 });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-11-15; escalated.
    expect(escalations(DATA, { asOf: d("2023-11-15") })).toEqual({ issued: 2, escalated: 3 });
  });

  it("is 0 and 0 without agency-level recommendations, and on empty data", () => {
    expect(escalations(data({ recommendations: [rec("R-1", "2023-02-20")] }), { asOf: AS_OF })).toEqual({ issued: 0, escalated: 0 });
    expect(escalations(data(), { asOf: AS_OF })).toEqual({ issued: 0, escalated: 0 });
  });
});
