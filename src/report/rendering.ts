// The report's surface for the other features (follow-up, io, cli, language packs): what they
// may use of its rendering and its tables. Its internals (render/, tables/) are imported from
// here only (lint: DESIGN §6, docs/architecture.md).
export { reportText, REPORT_CATALOGUE } from "./render/catalogue";
export { codeLabel } from "./render/labels";
export { layout, type Block, type Table } from "./render/layout";
export { asOfPhrase } from "./render/narrative";
export { renderOptionProblems } from "./render/renderOptionProblems";
export { renderReport, type RenderReportOptions } from "./render/renderReport";
export type { ReportTable, ReportTableColumn, ReportTableOptions, ReportTableRow, ReportTableUnit } from "./tables/reportTable";
export { reportTableCsv } from "./tables/reportTableCsv";
export { reportTables } from "./tables/reportTables";
