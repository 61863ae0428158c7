// @time-zones: days from escalation to implementation
import { describe, expect, it } from "vitest";
import { escalationOutcomes, type EscalationOutcomeOptions } from "../../src/followup/escalationOutcomes";
import { AS_OF, at, d, data, opcatErrorOf, rec } from "../metrics/helpers";

const agencyLevel = (id: string, issuedOn: string, escalates: string[], addressee = "interior") => rec(id, issuedOn, { level: "agency", addressee, escalates });

// As of 2024-11-08.
const RECOMMENDATIONS = [
  rec("R-1", "2023-02-01", { history: [at("accepted", "2023-03-01"), at("implemented", "2023-12-11")] }), // implemented 40 days after E-1
  rec("R-2", "2023-02-01", { history: [at("not_implemented", "2023-06-01")] }), // never implemented
  rec("R-3", "2023-02-01", { history: [at("implemented", "2023-10-01")] }), // implemented before its escalation
  rec("R-4", "2023-02-01", { history: [at("implemented", "2023-09-11")] }), // first escalated by E-2 (2023-09-01): 10 days
  rec("R-5", "2023-02-01"), // escalated only after asOf (E-3)
  rec("R-6", "2023-02-01", { addressee: "health", history: [at("withdrawn", "2024-01-01")] }), // withdrawn after escalation
  rec("R-7", "2023-02-01", { history: [at("implemented", "2023-11-01")] }), // implemented on the day of escalation: before
  rec("R-8", "2023-02-01", { history: [at("implemented", "2024-12-01")] }), // implemented after asOf: not yet
  rec("R-9", "2023-02-01"), // never escalated
  agencyLevel("E-1", "2023-11-01", ["R-1", "R-2", "R-3", "R-4", "R-7", "R-8", "R-404"]), // not in the dataset
  agencyLevel("E-2", "2023-09-01", ["R-4"]),
  agencyLevel("E-3", "2024-12-01", ["R-5"]),
  agencyLevel("E-4", "2023-12-01", ["R-6"], "health"),
];
const DATA = data({ recommendations: RECOMMENDATIONS });
const NO_DAYS = { count: 0, median: null, q1: null, q3: null };

describe("escalationOutcomes", () => {
  it("compares, per agency, the implementation of escalated recommendations on the day of escalation and as of asOf", () => {
    expect(escalationOutcomes(DATA, { asOf: AS_OF })).toEqual({
      total: {
        escalations: 3,
        escalated: 7,
        implementedAtEscalation: { numerator: 2, denominator: 7, rate: 2 / 7 },
        implementedAsOf: { numerator: 4, denominator: 7, rate: 4 / 7 },
        implementedAfterEscalation: 2,
        daysToImplement: { count: 2, median: 25, q1: 10, q3: 40 },
      },
      byAgency: [
        {
          agency: "interior",
          escalations: 2,
          escalated: 6,
          implementedAtEscalation: { numerator: 2, denominator: 6, rate: 2 / 6 },
          implementedAsOf: { numerator: 4, denominator: 6, rate: 4 / 6 },
          implementedAfterEscalation: 2,
          daysToImplement: { count: 2, median: 25, q1: 10, q3: 40 },
        },
        {
          agency: "health",
          escalations: 1,
          escalated: 1,
          implementedAtEscalation: { numerator: 0, denominator: 1, rate: 0 },
          implementedAsOf: { numerator: 0, denominator: 1, rate: 0 },
          implementedAfterEscalation: 0,
          daysToImplement: NO_DAYS,
        },
      ],
    });
  });

  it("counts, with period, only escalations issued in it (R-4 is then first escalated by E-1, after its implementation)", () => {
    const outcomes = escalationOutcomes(DATA, { asOf: AS_OF, period: { from: d("2023-10-01"), to: d("2023-12-31") } });
    const interior = outcomes.byAgency[0];
    expect([interior?.agency, interior?.escalations, interior?.escalated, interior?.implementedAtEscalation.numerator, interior?.implementedAsOf.numerator]).toEqual(["interior", 1, 6, 3, 4]);
    expect(interior?.daysToImplement).toEqual({ count: 1, median: 40, q1: 40, q3: 40 });
  });

  it("reads an earlier asOf: later escalations and implementations do not count yet", () => {
    // As of 2023-10-15 only E-2 is issued: R-4, implemented 10 days after it.
    expect(escalationOutcomes(DATA, { asOf: d("2023-10-15") }).byAgency).toEqual([
      {
        agency: "interior",
        escalations: 1,
        escalated: 1,
        implementedAtEscalation: { numerator: 0, denominator: 1, rate: 0 },
        implementedAsOf: { numerator: 1, denominator: 1, rate: 1 },
        implementedAfterEscalation: 1,
        daysToImplement: { count: 1, median: 10, q1: 10, q3: 10 },
      },
    ]);
  });

  it("has no rate without escalations", () => {
    const outcomes = escalationOutcomes(data({ recommendations: [rec("R-1", "2023-02-01")] }), { asOf: AS_OF });
    expect(outcomes.byAgency).toEqual([]);
    expect([outcomes.total.escalated, outcomes.total.implementedAsOf.rate, outcomes.total.daysToImplement]).toEqual([0, null, NO_DAYS]);
  });

  it("refuses bad options", () => {
    const bad = (options: Record<string, unknown>) => opcatErrorOf(() => escalationOutcomes(DATA, options as unknown as EscalationOutcomeOptions));
    expect([bad({}).code, bad({}).path]).toEqual(["schema.invalid_date", ["asOf"]]);
    const reversed = bad({ asOf: AS_OF, period: { from: d("2023-12-31"), to: d("2023-01-01") } });
    expect([reversed.code, reversed.path]).toEqual(["date.period_order", ["period"]]);
  });
});
