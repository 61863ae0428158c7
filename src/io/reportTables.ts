// The report's tables are one model of the core (opcat-npm's reportTables); opcat-npm/io
// gives the same function and types, for code written against it.
export { reportTables } from "../report/rendering";
export type { ReportTableName } from "../report/report";
export type { ReportTable, ReportTableColumn, ReportTableOptions, ReportTableRow, ReportTableUnit } from "../report/rendering";
