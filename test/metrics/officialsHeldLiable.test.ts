// @time-zones: the counting window ends at asOf
import { describe, expect, it } from "vitest";
import { officialsHeldLiable } from "../../src/metrics/officialsHeldLiable";
import { action, AS_OF, d, data } from "./helpers";

const ACTIONS = [
  action("A-1", "2023-01-01", "commissioner_office", "disciplinary", 3), // three officials, the period's first day
  action("A-2", "2023-12-31", "npm_participant", "administrative", 1), // the last day
  action("A-3", "2023-06-01", "commissioner_office", "criminal", 2),
  action("A-4", "2022-12-31", "commissioner_office", "disciplinary", 5), // the day before
  action("A-5", "2024-01-01", "npm_participant", "disciplinary", 4), // the day after
  action("A-6", "2023-07-15", "npm_participant", "disciplinary", 2),
];
const DATA = data({ accountability: ACTIONS });

describe("officialsHeldLiable", () => {
  it("sums the officials of the actions decided in the period, by initiator and by measure", () => {
    // A-1 3 + A-2 1 + A-3 2 + A-6 2 = 8.
    // commissioner_office: A-1 3 + A-3 2 = 5; npm_participant: A-2 1 + A-6 2 = 3.
    // disciplinary: A-1 3 + A-6 2 = 5; administrative: A-2 1; criminal: A-3 2.
    expect(officialsHeldLiable(DATA, { asOf: AS_OF })).toEqual({
      total: 8,
      byInitiator: { commissioner_office: 5, npm_participant: 3 },
      byMeasure: { disciplinary: 5, administrative: 1, criminal: 2 },
    });
  });

  it("ends the counting window at asOf", () => {
    // Up to 2023-06-30: A-1 (3, commissioner, disciplinary), A-3 (2, commissioner, criminal).
    expect(officialsHeldLiable(DATA, { asOf: d("2023-06-30") })).toEqual({
      total: 5,
      byInitiator: { commissioner_office: 5, npm_participant: 0 },
      byMeasure: { disciplinary: 3, administrative: 0, criminal: 2 },
    });
  });

  it("is all zeros on empty data", () => {
    expect(officialsHeldLiable(data(), { asOf: AS_OF })).toEqual({
      total: 0,
      byInitiator: { commissioner_office: 0, npm_participant: 0 },
      byMeasure: { disciplinary: 0, administrative: 0, criminal: 0 },
    });
  });
});
