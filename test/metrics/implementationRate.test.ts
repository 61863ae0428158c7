// @time-zones: statuses as of asOf
import { describe, expect, it } from "vitest";
import { implementationRate } from "../../src/metrics/implementationRate";
import { AS_OF, at, d, data, rec } from "./helpers";

// Issued on 2023-02-20 unless said otherwise; asOf 2024-11-08.
const RECOMMENDATIONS = [
  rec("R-1", "2023-02-20", { history: [at("implemented", "2023-06-01")] }),
  rec("R-2", "2023-02-20", { history: [at("accepted", "2023-03-01"), at("implemented", "2023-06-01")] }),
  rec("R-3", "2023-02-20", { history: [at("partially_implemented", "2023-06-01")] }),
  rec("R-4", "2023-02-20", { history: [at("in_progress", "2023-03-01"), at("partially_implemented", "2023-06-01")] }),
  rec("R-5", "2023-02-20", { history: [at("withdrawn", "2023-06-01")] }),
  rec("R-6", "2023-02-20"), // issued
  rec("R-7", "2023-02-20", { history: [at("accepted", "2023-03-01"), at("implemented", "2024-12-01")] }), // implemented after asOf: accepted
  rec("R-8", "2023-02-20", { history: [at("implemented", "2023-04-01"), at("in_progress", "2023-07-01")] }), // implemented, then changed again
  rec("R-9", "2022-12-31", { history: [at("implemented", "2023-01-05")] }), // issued before the period
  rec("R-10", "2024-01-01", { history: [at("implemented", "2024-02-01")] }), // issued after it
  rec("R-11", "2023-02-20", { history: [at("partially_implemented", "2023-06-01"), at("implemented", "2023-06-01")] }), // same day: the later, implemented
];
const DATA = data({ recommendations: RECOMMENDATIONS });

describe("implementationRate", () => {
  // Counted: R-1..R-8 and R-11 = 9. As of asOf: implemented, R-11 (3); partially R-3, R-4 (2);
  // withdrawn R-5 (1); R-6 issued, R-7 accepted, R-8 in progress.
  it.each<[string, { partialWeight?: number; excludeWithdrawn?: boolean }, { numerator: number; denominator: number }]>([
    ["defaults (partialWeight 0, withdrawn kept)", {}, { numerator: 3, denominator: 9 }],
    ["partialWeight 0", { partialWeight: 0 }, { numerator: 3, denominator: 9 }],
    ["partialWeight 0.5", { partialWeight: 0.5 }, { numerator: 4, denominator: 9 }], // 3 + 2 × 0.5
    ["partialWeight 1", { partialWeight: 1 }, { numerator: 5, denominator: 9 }], // 3 + 2 × 1
    ["excludeWithdrawn false", { excludeWithdrawn: false }, { numerator: 3, denominator: 9 }],
    ["excludeWithdrawn true", { excludeWithdrawn: true }, { numerator: 3, denominator: 8 }], // 9 − R-5
    ["partialWeight 0.5, excludeWithdrawn true", { partialWeight: 0.5, excludeWithdrawn: true }, { numerator: 4, denominator: 8 }],
    ["partialWeight 1, excludeWithdrawn true", { partialWeight: 1, excludeWithdrawn: true }, { numerator: 5, denominator: 8 }],
  ])("with %s", (_label, options, expected) => {
    expect(implementationRate(DATA, { asOf: AS_OF, ...options })).toEqual({ ...expected, rate: expected.numerator / expected.denominator });
  });

  it("reads statuses at an earlier asOf, which also ends the counting window", () => {
    // As of 2023-05-01: only R-8 is implemented (2023-04-01); not yet partially, R-5 not yet
    // withdrawn, R-11 not yet anything. All 9 counted recommendations were issued by then.
    expect(implementationRate(DATA, { asOf: d("2023-05-01"), partialWeight: 1, excludeWithdrawn: true })).toEqual({ numerator: 1, denominator: 9, rate: 1 / 9 });
    // As of 2023-02-19 nothing is counted: no rate.
    expect(implementationRate(DATA, { asOf: d("2023-02-19") })).toEqual({ numerator: 0, denominator: 0, rate: null });
  });

  it("has a null rate when everything counted is withdrawn and excluded, 0 when it is kept", () => {
    const allWithdrawn = data({ recommendations: [rec("R-1", "2023-02-20", { history: [at("withdrawn", "2023-06-01")] })] });
    expect(implementationRate(allWithdrawn, { asOf: AS_OF, excludeWithdrawn: true })).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(implementationRate(allWithdrawn, { asOf: AS_OF })).toEqual({ numerator: 0, denominator: 1, rate: 0 });
  });

  it("has a null rate on empty data", () => {
    expect(implementationRate(data(), { asOf: AS_OF, partialWeight: 0.5, excludeWithdrawn: true })).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});
