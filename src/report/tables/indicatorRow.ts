import { declaredReportText, type ReportTextKey } from "../render/catalogue";
import { formatNumber } from "../../text/numbers";
import type { Report } from "../report";
import type { ReportTableRow, ReportTableUnit } from "./reportTable";
import type { TableContext } from "./tableContext";

/**
 * The scalar figures of a report that the tables show as rows, by their key in the
 * {@link Report}.
 *
 * @internal
 */
export type IndicatorKey =
  | "visits.total"
  | "facilities.monitored"
  | "facilities.coverage.numerator"
  | "facilities.coverage.denominator"
  | "facilities.coverage.rate"
  | "recommendations.total"
  | "recommendations.implementation.numerator"
  | "recommendations.implementation.denominator"
  | "recommendations.implementation.rate"
  | "recommendations.overdue"
  | "recommendations.daysToImplement.count"
  | "recommendations.daysToImplement.median"
  | "recommendations.daysToImplement.q1"
  | "recommendations.daysToImplement.q3"
  | "recommendations.escalations.issued"
  | "recommendations.escalations.escalated"
  | "accountability.officials.total";

type Indicator = readonly [label: ReportTextKey, unit: ReportTableUnit, value: number | null];

function indicator(key: IndicatorKey, report: Report): Indicator {
  const { visits, facilities, recommendations, accountability, parameters } = report;
  const { coverage } = facilities;
  const { implementation, daysToImplement, escalations } = recommendations;
  switch (key) {
    case "visits.total":
      return ["figure.visits.total", "count", visits.total];
    case "facilities.monitored":
      return ["figure.facilities.monitored", "count", facilities.monitored];
    case "facilities.coverage.numerator":
      return ["row.registerVisited", "count", coverage.numerator];
    case "facilities.coverage.denominator":
      return ["row.registerOpen", "count", coverage.denominator];
    case "facilities.coverage.rate":
      return ["row.coverage", "rate", coverage.rate];
    case "recommendations.total":
      return ["figure.recommendations.total", "count", recommendations.total];
    case "recommendations.implementation.numerator":
      return [parameters.partialWeight === 0 ? "row.implemented" : "row.implementedWeighted", "number", implementation.numerator];
    case "recommendations.implementation.denominator":
      return [parameters.excludeWithdrawn ? "row.countedWithoutWithdrawn" : "row.counted", "count", implementation.denominator];
    case "recommendations.implementation.rate":
      return ["row.rate", "rate", implementation.rate];
    case "recommendations.overdue":
      return ["row.overdue", "count", recommendations.overdue];
    case "recommendations.daysToImplement.count":
      return ["row.implementedCount", "count", daysToImplement.count];
    case "recommendations.daysToImplement.median":
      return ["row.median", "days", daysToImplement.median];
    case "recommendations.daysToImplement.q1":
      return ["row.q1", "days", daysToImplement.q1];
    case "recommendations.daysToImplement.q3":
      return ["row.q3", "days", daysToImplement.q3];
    case "recommendations.escalations.issued":
      return ["row.escalationsIssued", "count", escalations.issued];
    case "recommendations.escalations.escalated":
      return ["row.escalated", "count", escalations.escalated];
    case "accountability.officials.total":
      return ["row.officials", "count", accountability.officials.total];
  }
}

/**
 * The row of a scalar figure of the report: its key as the code, its label (the
 * implemented ones with the weight of partial ones when there is one, the counted ones
 * without withdrawn ones when they are left out), its unit and exact value.
 *
 * @internal
 */
export function indicatorRow(key: IndicatorKey, { report, lang }: TableContext): ReportTableRow {
  const [label, unit, value] = indicator(key, report);
  return { code: key, label: declaredReportText(label, lang, { weight: formatNumber(report.parameters.partialWeight, lang) }), unit, values: [value], shown: true };
}
