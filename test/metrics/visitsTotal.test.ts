// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { visitsTotal } from "../../src/metrics/visitsTotal";
import { AS_OF, d, data, visit } from "./helpers";
import { VISIT_DATA } from "./visitFixtures";

describe("visitsTotal", () => {
  it("counts the visits that started in the period, a multi-facility visit once", () => {
    // V-1 (first day), V-2, V-3, V-4 (last day), V-7 (unregistered facility): 5.
    // V-5 (2022-12-31) and V-6 (2024-01-01) lie just outside.
    expect(visitsTotal(VISIT_DATA, { asOf: AS_OF })).toBe(5);
  });

  it("ends the counting window at asOf when asOf is before the period's end", () => {
    // Up to 2023-05-09: V-1 and V-2; V-3 (2023-05-10) is after asOf.
    expect(visitsTotal(VISIT_DATA, { asOf: d("2023-05-09") })).toBe(2);
    // asOf is itself counted: V-3 started on 2023-05-10.
    expect(visitsTotal(VISIT_DATA, { asOf: d("2023-05-10") })).toBe(3);
  });

  it("uses the period of the options over the dataset's", () => {
    // 2022-12-31 to 2023-01-01: V-5 and V-1.
    expect(visitsTotal(VISIT_DATA, { asOf: AS_OF, period: { from: d("2022-12-31"), to: d("2023-01-01") } })).toBe(2);
  });

  it("counts a visit whose startedOn is in the period even if it ends after it", () => {
    const straddling = data({ visits: [visit("V-1", "periodic", "2023-12-31", ["F-1"], { endedOn: d("2024-01-02") })] });
    expect(visitsTotal(straddling, { asOf: AS_OF })).toBe(1);
  });

  it("is 0 on empty data", () => {
    expect(visitsTotal(data(), { asOf: AS_OF })).toBe(0);
  });
});
