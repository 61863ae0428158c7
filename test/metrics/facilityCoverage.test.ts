// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { facilityCoverage } from "../../src/metrics/facilityCoverage";
import { AS_OF, d, data, facility, visit } from "./helpers";

// A register with facilities opened and closed around 2023.
const REGISTER = [
  facility("C-1", "penal_colony", "interior", "KZ-10"), // no dates: open all along
  facility("C-2", "penal_colony", "interior", "KZ-10", { closedOn: d("2022-12-31") }), // closed the day before the period
  facility("C-3", "penal_colony", "interior", "KZ-10", { closedOn: d("2023-01-01") }), // closed on its first day: open that day
  facility("C-4", "penal_colony", "interior", "KZ-10", { openedOn: d("2023-12-31"), closedOn: null }), // opened on its last day
  facility("C-5", "penal_colony", "interior", "KZ-10", { openedOn: d("2024-01-01") }), // opened the day after
  facility("C-6", "penal_colony", "interior", "KZ-10", { openedOn: d("2020-01-01"), closedOn: d("2023-06-30") }), // closed mid-period
  facility("C-7", "penal_colony", "interior", "KZ-10", { openedOn: d("2023-06-01"), closedOn: null }), // opened mid-period
];

const VISITS = [
  visit("V-1", "periodic", "2023-02-01", ["C-1"]),
  visit("V-2", "periodic", "2023-05-01", ["C-1", "C-6"]), // C-1 again: still one facility
  visit("V-3", "periodic", "2023-03-01", ["C-2"]), // a visit to a facility closed all period (a warning in validation)
  visit("V-4", "periodic", "2023-04-01", ["F-99"]), // not in the register
  visit("V-5", "periodic", "2024-02-01", ["C-7"]), // after the period
];

describe("facilityCoverage", () => {
  it("divides the monitored facilities open in the period by the facilities open in it", () => {
    // Open at some time in 2023: C-1, C-3, C-4, C-6, C-7 = 5 (C-2 closed before, C-5 opened after).
    // Of them monitored: C-1 (twice), C-6 = 2. C-2 and F-99 are monitored but not in the denominator,
    // so they are not in the numerator either: 2 / 5.
    expect(facilityCoverage(data({ facilities: REGISTER, visits: VISITS }), { asOf: AS_OF })).toEqual({ numerator: 2, denominator: 5, rate: 0.4 });
  });

  it("counts the register open up to asOf when asOf is before the period's end", () => {
    // Window 2023-01-01..2023-06-15: C-4 (opens 2023-12-31) is no longer open in it; C-7 (2023-06-01) is.
    // Denominator: C-1, C-3, C-6, C-7 = 4; numerator: C-1, C-6 (V-2 on 2023-05-01) = 2.
    expect(facilityCoverage(data({ facilities: REGISTER, visits: VISITS }), { asOf: d("2023-06-15") })).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
    // Window up to 2023-04-30: V-2 not yet; C-7 not yet open. Denominator C-1, C-3, C-6 = 3; numerator C-1 = 1.
    expect(facilityCoverage(data({ facilities: REGISTER, visits: VISITS }), { asOf: d("2023-04-30") })).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });

  it("is 1 when every open facility is monitored, however often", () => {
    const register = [facility("F-1", "police_unit", "interior", "KZ-71"), facility("F-2", "police_unit", "interior", "KZ-71", { openedOn: null, closedOn: null })];
    const visits = [visit("V-1", "periodic", "2023-02-01", ["F-1", "F-2"]), visit("V-2", "special", "2023-03-01", ["F-2"]), visit("V-3", "periodic", "2023-04-01", ["F-1"])];
    expect(facilityCoverage(data({ facilities: register, visits }), { asOf: AS_OF })).toEqual({ numerator: 2, denominator: 2, rate: 1 });
  });

  it("has a null rate for an empty register, even with visits", () => {
    expect(facilityCoverage(data({ visits: [visit("V-1", "periodic", "2023-02-01", ["F-99"])] }), { asOf: AS_OF })).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(facilityCoverage(data(), { asOf: AS_OF })).toEqual({ numerator: 0, denominator: 0, rate: null });
  });

  it("is 0, not null, for a register nobody visited", () => {
    expect(facilityCoverage(data({ facilities: REGISTER }), { asOf: AS_OF })).toEqual({ numerator: 0, denominator: 5, rate: 0 });
  });
});
