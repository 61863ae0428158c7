import { csvRecord, type CsvValue } from "../csv/csvText";
import { throwIfProblems } from "../errors/optionProblems";
import { followUpReportProblems } from "./followUpReportArgument";
import type { FollowUpReport } from "./followUpReport";
import type { OverdueRecommendation } from "./overdueRecommendations";

/**
 * The columns of {@link followUpCsv}, in order: the field names of
 * {@link OverdueRecommendation}, `agency` first.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_CSV_COLUMNS } from "opcat-npm";
 *
 * FOLLOW_UP_CSV_COLUMNS.slice(0, 3);
 * //=> ["agency", "id", "level"]
 * ```
 */
export const FOLLOW_UP_CSV_COLUMNS = [
  "agency",
  "id",
  "level",
  "facilityId",
  "facilityName",
  "region",
  "visitId",
  "themes",
  "issuedOn",
  "dueOn",
  "daysOverdue",
  "status",
  "escalatedBy",
  "escalatedOn",
] as const;

function cells(entry: OverdueRecommendation): CsvValue[] {
  return [
    entry.agency,
    entry.id,
    entry.level,
    entry.facilityId,
    entry.facilityName,
    entry.region,
    entry.visitId,
    entry.themes.join(";"),
    entry.issuedOn,
    entry.dueOn,
    entry.daysOverdue,
    entry.status,
    entry.escalatedBy,
    entry.escalatedOn,
  ];
}

/**
 * The overdue list of a {@link followUpReport} as CSV (RFC 4180): a header of the column
 * codes {@link FOLLOW_UP_CSV_COLUMNS} (English field names, as in the JSON), then one row
 * per overdue recommendation, agency by agency in the report's order. Codes, not labels:
 * `agency`, `region`, `status` and `themes` (joined with `;`, as the contract's CSV joins
 * lists) are the profile's codes; dates are `YYYY-MM-DD`; an empty field is null. A field
 * holding a quote, a comma or a line break is quoted, its quotes doubled; every line ends
 * with CRLF. Text that a spreadsheet would read as a formula (`=HYPERLINK(…)`, `-1+1`, also
 * after a `;` or a line break) gets the mark `'` before it, so that Excel and LibreOffice show
 * it as text; numbers are written as they are. Pure.
 * Throws an {@link OpcatError} for a `report` that is not a follow-up report
 * (`schema.invalid_value` at `format`, `schema.invalid_type` at the first wrong value).
 *
 * @example
 * ```ts
 * import { civilDate, followUpCsv, followUpReport } from "opcat-npm";
 *
 * const report = followUpReport(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [{ id: "F-1", name: "IVS, Astana", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
 *     visits: [{ id: "V-1", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-1"] }],
 *     recommendations: [
 *       { id: "R-1", visitId: "V-1", facilityId: "F-1", addressee: "interior", level: "facility", themes: ["food", "sanitation"], issuedOn: civilDate("2023-02-20"), dueOn: civilDate("2023-05-20") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * followUpCsv(report).split("\r\n");
 * //=> [
 * //   "agency,id,level,facilityId,facilityName,region,visitId,themes,issuedOn,dueOn,daysOverdue,status,escalatedBy,escalatedOn",
 * //   'interior,R-1,facility,F-1,"IVS, Astana",KZ-71,V-1,food;sanitation,2023-02-20,2023-05-20,538,issued,,',
 * //   "",
 * // ]
 * ```
 */
export function followUpCsv(report: FollowUpReport): string {
  throwIfProblems(followUpReportProblems(report));
  let csv = csvRecord(FOLLOW_UP_CSV_COLUMNS);
  for (const group of report.overdue.byAgency) {
    for (const entry of group.recommendations) csv += csvRecord(cells(entry));
  }
  return csv;
}
