// opcat-npm: the data contract, profiles, validation, metrics and reports of an OPCAT National Preventive Mechanism.
// Browser-safe: nothing here does I/O, reads the clock or depends on the process time zone.

export { OpcatError, type OpcatProblem, type PathSegment } from "./errors/OpcatError";
export { ERROR_CATALOGUE, isErrorCode, type ErrorCode, type ErrorKind } from "./errors/errorCatalogue";
export { ERROR_TEXTS } from "./errors/errorTexts";
export { errorMessage } from "./errors/errorMessage";

export { AccountabilityAction } from "./model/accountabilityAction";
export { ACCOUNTABILITY_INITIATORS, AccountabilityInitiator } from "./model/accountabilityInitiator";
export { ACCOUNTABILITY_MEASURES, AccountabilityMeasure } from "./model/accountabilityMeasure";
export { CivilDate } from "./model/civilDate";
export { Code, CODE_PATTERN } from "./model/code";
export { Count } from "./model/count";
export { Dataset, DATASET_FORMAT } from "./model/dataset";
export { datasetJsonSchema } from "./model/datasetJsonSchema";
export { Facility } from "./model/facility";
export { findUnknownKeys, type CollectionName, type UnknownKey } from "./model/findUnknownKeys";
export { Identifier } from "./model/identifier";
export { Language, LANGUAGES } from "./model/language";

export { isLanguageTag } from "./text/isLanguageTag";
export { languagePack } from "./languages/languagePack";
export type { TextCatalogue } from "./text/catalogue";
export type { CountedTemplateNames, TemplateNames, TemplateParamsOf } from "./text/template";
export type { DateForm, DateStyle, LanguagePack, ListStyle, NumberSymbols, PackTexts, PluralCategory, PluralRule, TextLanguage } from "./text/types";
export { checkLanguagePack, type LanguagePackCoverage, type TextFallback } from "./languages/checkLanguagePack";
export { defineLanguagePack, type LanguagePackDefinition } from "./languages/defineLanguagePack";
export { TEXT_CATALOGUES } from "./languages/textCatalogues";
export { Period } from "./model/period";
export { Recommendation } from "./model/recommendation";
export { RECOMMENDATION_LEVELS, RecommendationLevel } from "./model/recommendationLevel";
export { RECOMMENDATION_STATUSES, RecommendationStatus } from "./model/recommendationStatus";
export { ReportedFigures } from "./model/reportedFigures";
export { StatusChange } from "./model/statusChange";
export { TRIGGER_KINDS, TriggerKind } from "./model/triggerKind";
export { Visit } from "./model/visit";
export { VisitTrigger } from "./model/visitTrigger";
export { VISIT_TYPES, VisitType } from "./model/visitType";

export { addDays } from "./dates/addDays";
export { civilDate } from "./dates/civilDate";
export { compareCivilDates } from "./dates/compareCivilDates";
export { daysBetween } from "./dates/daysBetween";
export { formatCivilDate } from "./dates/formatCivilDate";
export { isCivilDate } from "./dates/isCivilDate";
export { isWithinPeriod } from "./dates/isWithinPeriod";
export { monthOf } from "./dates/monthOf";
export { quarterOf } from "./dates/quarterOf";

export { statusAsOf, type RecommendationHistory } from "./status/statusAsOf";

export { CONTRACT_LISTS } from "./profiles/contractLists";
export { defineProfile } from "./profiles/defineProfile";
export { kz } from "./profiles/kz";
export { label } from "./profiles/label";
export { labelledCodes, type LabelledCode } from "./profiles/labelledCodes";
export { migrateRegionCodes, type RegionCodeChange, type RegionCodeMigration } from "./profiles/migrateRegionCodes";
export type {
  CodeEntry,
  FacilityTypeEntry,
  Labels,
  LegacyRegionCode,
  ListName,
  Profile,
  ProfileDefinition,
  ProfileLists,
  ProfileRules,
} from "./profiles/profile";
export { safeDefineProfile, type ProfileResult } from "./profiles/safeDefineProfile";
export { schemasFor } from "./profiles/schemasFor";

export { ISSUE_CATALOGUE, type IssueCode } from "./validate/catalogue";
export { idAsRead } from "./validate/idAsRead";
export { formatIssueMessage, MESSAGES } from "./validate/messages";
export {
  findPersonalIdentifiers,
  isValidIin,
  type PersonalIdentifierKind,
  type PersonalIdentifierMatch,
} from "./validate/rules/findPersonalIdentifiers";
export type { Severity, ValidationCounts, ValidationIssue, ValidationOptions, ValidationResult } from "./validate/types";
export { createDatasetValidator, type DatasetValidator } from "./validate/createDatasetValidator";
export { validateDataset } from "./validate/validateDataset";

export { daysToImplement } from "./metrics/daysToImplement";
export { escalations, type Escalations } from "./metrics/escalations";
export { facilitiesByAgency } from "./metrics/facilitiesByAgency";
export { facilitiesByRegion } from "./metrics/facilitiesByRegion";
export { facilitiesByType } from "./metrics/facilitiesByType";
export { facilitiesMonitored } from "./metrics/facilitiesMonitored";
export { facilityCoverage } from "./metrics/facilityCoverage";
export { implementationRate } from "./metrics/implementationRate";
export type { MetricOptions } from "./metrics/metricContext";
export { officialsHeldLiable, type OfficialsHeldLiable } from "./metrics/officialsHeldLiable";
export type { Quartiles } from "./metrics/quartiles";
export { rateOf, type Rate } from "./metrics/rate";
export { recommendationsByAgency } from "./metrics/recommendationsByAgency";
export { recommendationsByStatus } from "./metrics/recommendationsByStatus";
export { recommendationsByTheme } from "./metrics/recommendationsByTheme";
export { recommendationsOverdue } from "./metrics/recommendationsOverdue";
export { recommendationsTotal } from "./metrics/recommendationsTotal";
export type { ReadonlyDeep, ReportData } from "./metrics/reportData";
export { UNREGISTERED } from "./metrics/unregistered";
export { visitsByAgency } from "./metrics/visitsByAgency";
export { visitsByFacilityType } from "./metrics/visitsByFacilityType";
export { visitsByMonth } from "./metrics/visitsByMonth";
export { visitsByRegion } from "./metrics/visitsByRegion";
export { visitsByType } from "./metrics/visitsByType";
export { visitsByTypeAndFacilityType } from "./metrics/visitsByTypeAndFacilityType";
export { visitsTotal } from "./metrics/visitsTotal";

export { accumulateReport, buildReport } from "./report/buildReport";
export { reconcile, type Reconciliation } from "./report/reconcile";
export { Report, REPORT_FORMAT, type ReportTableName } from "./report/report";
export {
  createReportBuilder,
  finishReport,
  mergeReportAccumulators,
  type ReportAccumulator,
  type ReportBuilder,
} from "./report/reportBuilder";
export { compareReports, type FigureChange, type ReportComparison } from "./report/compareReports";
export { renderReport, type RenderReportOptions } from "./report/render/renderReport";
export { reportJsonSchema } from "./report/reportJsonSchema";
export { reportTables } from "./report/tables/reportTables";
export { reportTableCsv } from "./report/tables/reportTableCsv";
export type { ReportTable, ReportTableColumn, ReportTableOptions, ReportTableRow, ReportTableUnit } from "./report/tables/reportTable";

export { OVERDUE_SORTS, overdueRecommendations, type OverdueOptions, type OverdueRecommendation, type OverdueSort } from "./followup/overdueRecommendations";
export {
  escalationCandidates,
  type EscalationCandidate,
  type EscalationFacilityGroup,
  type EscalationOptions,
  type EscalationThemeGroup,
} from "./followup/escalationCandidates";
export {
  escalationOutcomes,
  type EscalationOutcome,
  type EscalationOutcomeFigures,
  type EscalationOutcomeOptions,
  type EscalationOutcomes,
} from "./followup/escalationOutcomes";
export { repeatChains, type RepeatChain, type RepeatLink, type RepeatOptions } from "./followup/repeatChains";
export { likelyRepeats, type LikelyRepeat } from "./followup/likelyRepeats";
export {
  PERIODIC_VISIT_REASONS,
  visitPlan,
  type CoverageBreakdown,
  type IntermediateVisitCandidate,
  type PeriodicVisitDue,
  type PeriodicVisitReason,
  type PlannedFacility,
  type SpecialVisitResponse,
  type VisitPlan,
  type VisitPlanOptions,
} from "./followup/visitPlan";
export { FOLLOW_UP_FORMAT, followUpReport, type FollowUpOptions, type FollowUpReport, type OverdueByAgency } from "./followup/followUpReport";
export { renderFollowUp, type RenderFollowUpOptions } from "./followup/renderFollowUp";
export { FOLLOW_UP_CSV_COLUMNS, followUpCsv } from "./followup/followUpCsv";

export { datasetDigest } from "./publish/datasetDigest";
