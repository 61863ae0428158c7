import type { ReportTableName } from "../../../src/report/report";

/** The report's tables in the report's order, as the docs list them (written by hand). */
export const TABLE_NAMES: readonly ReportTableName[] = [
  "visits-by-type",
  "visits-by-agency",
  "visits-by-region",
  "visits-by-facility-type",
  "visits-by-type-and-facility-type",
  "visits-by-month",
  "facilities-by-agency",
  "facilities-by-type",
  "facilities-by-region",
  "recommendations-by-theme",
  "recommendations-by-status",
  "recommendations-by-agency",
  "officials-by-initiator",
  "officials-by-measure",
  "indicators",
  "reconciliation",
];
