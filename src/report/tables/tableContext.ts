import type { TextLanguage } from "../../text/types";
import type { Profile } from "../../profiles/profile";
import type { Report } from "../report";
import type { TableCounts } from "./tableDeclaration";

/**
 * What the tables of a report are built from: the report, the language and the profile that
 * labels the codes.
 *
 * @internal
 */
export interface TableContext {
  readonly report: Report;
  readonly lang: TextLanguage;
  readonly profile: Profile;
}

/**
 * The total that the rows of a table of `counts` are shares of: the visits, the monitored
 * facilities, the recommendations or the officials held liable.
 *
 * @internal
 */
export function countedTotal(report: Report, counts: TableCounts): number {
  switch (counts) {
    case "visits":
      return report.visits.total;
    case "facilities":
      return report.facilities.monitored;
    case "recommendations":
      return report.recommendations.total;
    case "officials":
      return report.accountability.officials.total;
  }
}
