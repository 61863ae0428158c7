// @time-zones: due dates against asOf
import { describe, expect, it } from "vitest";
import { recommendationsOverdue } from "../../src/metrics/recommendationsOverdue";
import { AS_OF, at, d, data, rec } from "./helpers";

// Issued on 2023-02-20 unless said otherwise.
const RECOMMENDATIONS = [
  rec("R-1", "2023-02-20", { dueOn: d("2023-05-20") }), // issued, past due: overdue
  rec("R-2", "2023-02-20", { dueOn: d("2024-11-08") }), // due on asOf itself: not yet overdue
  rec("R-3", "2023-02-20", { dueOn: d("2024-11-07"), history: [at("accepted", "2023-03-01")] }), // due the day before asOf: overdue
  rec("R-4", "2023-02-20"), // no dueOn: never overdue
  rec("R-5", "2023-02-20", { dueOn: null }), // null dueOn: never overdue
  rec("R-6", "2023-02-20", { dueOn: d("2023-05-20"), history: [at("rejected", "2023-03-01")] }), // rejected: never overdue
  rec("R-7", "2023-02-20", { dueOn: d("2023-05-20"), history: [at("withdrawn", "2023-03-01")] }), // withdrawn: never overdue
  rec("R-8", "2023-02-20", { dueOn: d("2023-05-20"), history: [at("implemented", "2023-04-01")] }), // implemented: not overdue
  rec("R-9", "2023-02-20", { dueOn: d("2023-05-20"), history: [at("partially_implemented", "2023-04-01")] }), // partially: overdue
  rec("R-10", "2023-02-20", { dueOn: d("2023-05-20"), history: [at("implemented", "2023-04-01"), at("not_implemented", "2023-06-01")] }), // implemented then not: overdue
  rec("R-11", "2023-02-20", { dueOn: d("2023-05-20"), history: [at("in_progress", "2023-03-01"), at("implemented", "2024-12-01")] }), // implemented after asOf: overdue
  rec("R-12", "2023-02-20", { dueOn: d("2023-05-20"), history: [at("rejected", "2024-11-08")] }), // rejected on asOf: not overdue
  rec("R-13", "2022-12-31", { dueOn: d("2023-01-31") }), // issued before the period
  rec("R-14", "2024-01-01", { dueOn: d("2024-02-01") }), // issued after it
  rec("R-15", "2023-02-20", { dueOn: d("2023-05-20"), history: [at("not_implemented", "2023-04-15")] }), // overdue
  rec("R-16", "2023-11-01", { level: "agency", escalates: ["R-1"], dueOn: d("2024-01-31") }), // agency level, past due: overdue
];
const DATA = data({ recommendations: RECOMMENDATIONS });

describe("recommendationsOverdue", () => {
  it("counts the counted recommendations due before asOf and not implemented, rejected or withdrawn as of asOf", () => {
    // R-16 = 7.
    expect(recommendationsOverdue(DATA, { asOf: AS_OF })).toBe(7);
  });

  it("reads due dates and statuses at an earlier asOf, which also ends the counting window", () => {
    // As of 2023-05-21 (R-16 not issued yet): R-1 (due 05-20); not due yet; closed;
    // R-8 implemented; R-9 partially; R-10 implemented at that date: not overdue; R-11 in progress;
    // R-12 still issued (rejected only in 2024); R-15 not implemented. Overdue, R-15 = 5.
    expect(recommendationsOverdue(DATA, { asOf: d("2023-05-21") })).toBe(5);
    // As of 2023-05-20 every due date of 2023-05-20 is due on asOf itself: none is overdue.
    expect(recommendationsOverdue(DATA, { asOf: d("2023-05-20") })).toBe(0);
  });

  it("is 0 on empty data", () => {
    expect(recommendationsOverdue(data(), { asOf: AS_OF })).toBe(0);
  });
});
