import { readFileSync } from "node:fs";
import { civilDate } from "../../../src/dates/civilDate";
import { Dataset } from "../../../src/model/dataset";
import { buildReport } from "../../../src/report/buildReport";
import type { Report } from "../../../src/report/report";

// The reports the renderer is tested on: the 2023 example dataset as of the day the
// consolidated report was presented, and a tiny hand-made one with edge cases.

export const AS_OF = civilDate("2024-11-08");

let example: Report | undefined;

/** The report of examples/data/kz-2023.json as of 8 November 2024 (built once per worker). */
export function exampleReport(): Report {
  if (example === undefined) {
    const raw: unknown = JSON.parse(readFileSync(new URL("../../../examples/data/kz-2023.json", import.meta.url), "utf8"));
    example = buildReport(Dataset.parse(raw), { asOf: AS_OF });
  }
  return structuredClone(example);
}

/**
 * A year that is not a calendar year (July to June), one special visit covering a
 * psychiatric institution, no recommendations (so no rate), one official held liable on
 * the initiative of NPM participants, and no published figures.
 */
export function tinyReport(): Report {
  return buildReport(
    {
      period: { from: civilDate("2023-07-01"), to: civilDate("2024-06-30") },
      facilities: [
        { id: "F-1", name: "Regional psychiatric hospital", type: "psychiatric_institution", agency: "health", region: "KZ-75" },
        { id: "F-2", name: "Children's home no. 2", type: "childrens_home", agency: "education", region: "KZ-75" },
      ],
      visits: [
        {
          id: "V-1",
          type: "special",
          startedOn: civilDate("2023-09-12"),
          facilityIds: ["F-1"],
          trigger: { kind: "complaint", receivedOn: civilDate("2023-09-10") },
        },
      ],
      recommendations: [],
      accountability: [{ id: "A-1", decidedOn: civilDate("2024-02-01"), initiator: "npm_participant", measure: "administrative", officials: 1 }],
    },
    { asOf: AS_OF },
  );
}
