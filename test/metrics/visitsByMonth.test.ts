// @time-zones: grouping by month
import { describe, expect, it } from "vitest";
import { visitsByMonth } from "../../src/metrics/visitsByMonth";
import { AS_OF, d, data, visit } from "./helpers";
import { VISIT_DATA } from "./visitFixtures";

const MONTHS_2023 = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((month) => `2023-${month}`);

describe("visitsByMonth", () => {
  it("counts the counted visits by the month of startedOn, every month of the period listed in order", () => {
    // V-1 2023-01-01, V-2 2023-03-15, V-3 2023-05-10, V-7 2023-07-07, V-4 2023-12-31.
    // V-5 (2022-12) and V-6 (2024-01) are outside: no 2022-12 or 2024-01 key either.
    const byMonth = visitsByMonth(VISIT_DATA, { asOf: AS_OF });
    expect(byMonth).toEqual({ ...Object.fromEntries(MONTHS_2023.map((m) => [m, 0])), "2023-01": 1, "2023-03": 1, "2023-05": 1, "2023-07": 1, "2023-12": 1 });
    expect(Object.keys(byMonth)).toEqual(MONTHS_2023);
  });

  it("lists the months up to that of asOf when asOf is before the period's end", () => {
    // Window 2023-01-01..2023-05-09: V-1 (January), V-2 (March); V-3 (2023-05-10) is after asOf.
    const byMonth = visitsByMonth(VISIT_DATA, { asOf: d("2023-05-09") });
    expect(byMonth).toEqual({ "2023-01": 1, "2023-02": 0, "2023-03": 1, "2023-04": 0, "2023-05": 0 });
    expect(Object.keys(byMonth)).toEqual(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05"]);
  });

  it("uses the civil date's own month at month ends, whatever the time zone", () => {
    // Midnight of the last and first days of months (Asia/Almaty changed offset on 2024-03-01).
    const period = { from: d("2024-01-15"), to: d("2024-03-02") };
    const edges = data({
      period,
      visits: [
        visit("V-1", "periodic", "2024-01-31", ["F-1"]),
        visit("V-2", "periodic", "2024-02-01", ["F-1"]),
        visit("V-3", "periodic", "2024-02-29", ["F-1"]),
        visit("V-4", "periodic", "2024-03-01", ["F-1"]),
        visit("V-5", "periodic", "2024-01-14", ["F-1"]),
      ],
    });
    // A period starting mid-month still lists its first month; V-5 is the day before it.
    expect(visitsByMonth(edges, { asOf: AS_OF })).toEqual({ "2024-01": 1, "2024-02": 2, "2024-03": 1 });
  });

  it("crosses a year boundary", () => {
    const period = { from: d("2023-11-01"), to: d("2024-02-10") };
    const crossing = data({ period, visits: [visit("V-1", "periodic", "2023-12-31", ["F-1"]), visit("V-2", "periodic", "2024-01-01", ["F-1"])] });
    const byMonth = visitsByMonth(crossing, { asOf: AS_OF });
    expect(Object.keys(byMonth)).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(byMonth).toEqual({ "2023-11": 0, "2023-12": 1, "2024-01": 1, "2024-02": 0 });
  });

  it("lists every month at 0 on empty data", () => {
    expect(visitsByMonth(data(), { asOf: AS_OF })).toEqual(Object.fromEntries(MONTHS_2023.map((m) => [m, 0])));
  });
});
