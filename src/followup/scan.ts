import { addDays } from "../dates/addDays";
import type { CivilDate } from "../model/civilDate";
import type { Facility } from "../model/facility";
import { dayDifference } from "../dates/dayNumber";
import { readRecommendationFacts, type RecommendationFacts } from "../metrics/metric";
import { isOverdue } from "../metrics/recommendationsOverdue";
import type { ReadonlyDeep, ReportData } from "../metrics/reportData";
import { inWindow, type IssueWindow } from "./options";
import type { OverdueRecommendation } from "./overdueRecommendations";

/**
 * The first escalation of a recommendation: the agency-level recommendation and its day.
 *
 * @internal
 */
export interface FirstEscalation {
  readonly by: string;
  readonly on: CivilDate;
}

/**
 * What one pass over the recommendations gives every follow-up function.
 *
 * @internal
 */
export interface RecommendationScan {
  /** The overdue recommendations, in input order. */
  readonly overdue: OverdueRecommendation[];
  /** Escalated id → its first escalation, over every agency-level recommendation issued on or before asOf. */
  readonly escalations: Map<string, FirstEscalation>;
  /** The ids starting with "ESC-" (where a draft's id could collide). */
  readonly escalationIds: Set<string>;
}

/** An entry being built: escalatedBy and escalatedOn are filled in at the end of the pass. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One pass over the recommendations: the overdue ones (issued in `window`, due more than
 * `graceDays` days before `asOf`, and overdue by the report's definition, `isOverdue`), and
 * the first escalation of every escalated id (agency-level recommendations issued on or
 * before `asOf`, whatever their own period). Map and Set lookups only: linear in the data.
 *
 * @internal
 */
export function scanRecommendations(
  data: Pick<ReportData, "recommendations">,
  window: IssueWindow,
  graceDays: number,
  facilityById: ReadonlyMap<string, ReadonlyDeep<Facility>>,
): RecommendationScan {
  const { asOf } = window;
  // Overdue with grace: dueOn + graceDays < asOf, that is dueOn < asOf − graceDays.
  const dueBefore = graceDays === 0 ? asOf : addDays(asOf, -graceDays);
  const overdue: Mutable<OverdueRecommendation>[] = [];
  const escalations = new Map<string, FirstEscalation>();
  const escalationIds = new Set<string>();
  const facts: RecommendationFacts = { status: "issued", implementedOn: undefined, facilities: [] };
  const recommendations = data.recommendations;
  let lastFacilityId: string | null | undefined;
  let lastFacility: ReadonlyDeep<Facility> | undefined;
  for (let i = 0; i < recommendations.length; i++) {
    const recommendation = recommendations[i];
    if (recommendation === undefined) continue;
    const { id, issuedOn } = recommendation;
    if (id.startsWith("ESC-")) escalationIds.add(id);
    if (issuedOn > asOf) continue;
    if (recommendation.level === "agency") {
      const escalates = recommendation.escalates;
      if (escalates !== undefined && escalates !== null) {
        for (const target of escalates) {
          const known = escalations.get(target);
          // The earliest escalation wins; of two on one day, the smaller id (code-unit order), so
          // that the result never depends on the order of the records.
          if (known === undefined || issuedOn < known.on || (issuedOn === known.on && id < known.by)) escalations.set(target, { by: id, on: issuedOn });
        }
      }
    }
    const dueOn = recommendation.dueOn;
    if (dueOn === undefined || dueOn === null || !(dueOn < dueBefore) || !inWindow(window, issuedOn)) continue;
    readRecommendationFacts(recommendation, asOf, facts);
    if (!isOverdue(dueOn, facts.status, asOf)) continue;
    const facilityId = recommendation.facilityId ?? null;
    if (facilityId !== lastFacilityId) {
      lastFacilityId = facilityId;
      lastFacility = facilityId === null ? undefined : facilityById.get(facilityId);
    }
    overdue.push({
      id,
      level: recommendation.level,
      agency: recommendation.addressee,
      facilityId,
      facilityName: lastFacility?.name ?? null,
      region: lastFacility?.region ?? null,
      visitId: recommendation.visitId ?? null,
      themes: recommendation.themes.slice(),
      issuedOn,
      dueOn,
      daysOverdue: dayDifference(dueOn, asOf),
      status: facts.status,
      escalatedBy: null,
      escalatedOn: null,
    });
  }
  if (escalations.size > 0) {
    for (const entry of overdue) {
      const first = escalations.get(entry.id);
      if (first !== undefined) {
        entry.escalatedBy = first.by;
        entry.escalatedOn = first.on;
      }
    }
  }
  return { overdue, escalations, escalationIds };
}
