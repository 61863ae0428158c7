// @time-zones: statuses as of asOf
import { describe, expect, it } from "vitest";
import { recommendationsByStatus } from "../../src/metrics/recommendationsByStatus";
import { AS_OF, at, d, data, rec, STATUS_ZEROS } from "./helpers";

// All issued on 2023-02-20 unless said otherwise; asOf 2024-11-08.
const RECOMMENDATIONS = [
  rec("R-1", "2023-02-20"), // no history: issued
  rec("R-2", "2023-02-20", { history: [] }), // empty history: issued
  rec("R-3", "2023-02-20", { history: [at("accepted", "2023-03-01"), at("implemented", "2024-12-01")] }), // the later entry is after asOf: accepted
  rec("R-4", "2023-02-20", { history: [at("accepted", "2023-03-01"), at("in_progress", "2023-05-01"), at("implemented", "2023-05-01")] }), // same day: the later in the list, implemented
  rec("R-5", "2023-02-20", { history: [at("implemented", "2023-05-01"), at("in_progress", "2023-05-01")] }), // same day the other way round: in_progress
  rec("R-6", "2023-02-20", { history: [at("implemented", "2023-04-01"), at("not_implemented", "2023-09-01")] }), // implemented, then changed again
  rec("R-7", "2023-02-20", { history: [at("rejected", "2024-11-08")] }), // an entry on asOf counts
  rec("R-8", "2023-02-20", { history: [at("withdrawn", "2024-11-09")] }), // the day after asOf: still issued
  rec("R-9", "2023-02-20", { history: [at("partially_implemented", "2023-08-01")] }),
  rec("R-10", "2022-12-31", { history: [at("implemented", "2023-02-01")] }), // issued before the period
  rec("R-11", "2024-01-01"), // issued after it
  rec("R-12", "2023-02-20", { history: null }), // null history: issued
];

describe("recommendationsByStatus", () => {
  it("counts the counted recommendations by status as of asOf", () => {
    // issued; accepted: R-3; in_progress: R-5; partially: R-9; implemented: R-4;
    // not_implemented: R-6; rejected: R-7. 4 + 1 + 1 + 1 + 1 + 1 + 1 = 10 counted (R-10, R-11 are outside 2023).
    expect(recommendationsByStatus(data({ recommendations: RECOMMENDATIONS }), { asOf: AS_OF })).toEqual({
      ...STATUS_ZEROS,
      issued: 4,
      accepted: 1,
      in_progress: 1,
      partially_implemented: 1,
      implemented: 1,
      not_implemented: 1,
      rejected: 1,
    });
  });

  it("reads the statuses at an earlier asOf, which also ends the counting window", () => {
    // As of 2023-04-15: accepted (2023-03-01); R-6 implemented (2023-04-01); the rest issued
    // . still outside.
    expect(recommendationsByStatus(data({ recommendations: RECOMMENDATIONS }), { asOf: d("2023-04-15") })).toEqual({ ...STATUS_ZEROS, issued: 7, accepted: 2, implemented: 1 });
    // As of 2023-02-19 nothing was issued yet.
    expect(recommendationsByStatus(data({ recommendations: RECOMMENDATIONS }), { asOf: d("2023-02-19") })).toEqual(STATUS_ZEROS);
  });

  it("lists every status at 0 on empty data", () => {
    expect(recommendationsByStatus(data(), { asOf: AS_OF })).toEqual(STATUS_ZEROS);
  });
});
