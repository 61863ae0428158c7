// opcat-npm/io: reading and writing datasets in files (Node only). The core (`opcat-npm`)
// stays browser-safe; this entry imports node:fs and friends.

export { ReadError, WriteError, type DatasetForm, type DatasetSource, type FileLocation, type ReadNote } from "./types";
export { reportSource, type SourceReport, type SourceReportOptions } from "./reportSource";
export { validateSource, type LocatedIssue, type ReadProgress, type SourceValidation, type SourceValidationOptions } from "./validateSource";
export {
  datapackageDescriptor,
  type DataPackageDescriptor,
  type DataPackageResource,
  type TableSchema,
  type TableSchemaField,
  type TableSchemaForeignKey,
} from "./datapackage";
export { writeTemplate, type TemplateOptions } from "./writeTemplate";
export {
  reportTables,
  type ReportTable,
  type ReportTableColumn,
  type ReportTableName,
  type ReportTableOptions,
  type ReportTableRow,
  type ReportTableUnit,
} from "./reportTables";
export { writeReportTables, type WriteReportTablesOptions } from "./writeReportTables";
export { openDataset, type OpenDatasetOptions } from "./openDataset";
export { writeDataset, type WriteDatasetOptions } from "./writeDataset";
export { READ_LIMITS } from "./readLimits";
