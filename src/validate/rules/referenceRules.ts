import { asArray, type CollectionIndex, type RawRecord, type RecordChecks, type RecordFacts, type Report, type RuleContext } from "../context";
import type { IssueCode } from "../catalogue";
import { idAsRead } from "../idAsRead";
import { lookalikeParams } from "./lookalikeParams";

type Collection = "facilities" | "visits" | "recommendations" | "accountability";
type Path = readonly (string | number)[];

/** An id used twice, or one that reads as an earlier one does (a likely duplicate). */
function reportDuplicate(report: Report, record: RawRecord, collection: Collection, facts: RecordFacts): void {
  if (facts.duplicateOf >= 0) report("ref.duplicate_id", [collection, facts.index, "id"], { id: record["id"], collection, firstIndex: facts.duplicateOf });
  else if (facts.lookalikeOf !== undefined) report("ref.lookalike_id", [collection, facts.index, "id"], lookalikeParams(record["id"] as string, collection, facts.lookalikeOf));
}

/**
 * A reference that no record has exactly: `ref.lookalike_reference` when a record's id reads
 * the same (the likely intent, named), else `unknown` (`ref.unknown_facility`, ...).
 */
function reportUnknown(report: Report, index: CollectionIndex<unknown>, collection: Collection, unknown: IssueCode, path: Path, id: string): void {
  const lookalike = index.findAsRead(id);
  if (lookalike === undefined) report(unknown, path, { id });
  else report("ref.lookalike_reference", path, lookalikeParams(id, collection, lookalike));
}

/**
 * Reports a visit or facility id that was given but not found (the validator looked the
 * record up already), and a facility and a visit referenced together that do not belong
 * together.
 */
function checkLinks(context: RuleContext, record: RawRecord, facts: RecordFacts, collection: Collection): void {
  const { report } = context;
  const { visit, facility, index } = facts;
  const visitId = record["visitId"];
  const facilityId = record["facilityId"];
  if (typeof visitId === "string" && visit === undefined) reportUnknown(report, context.visits, "visits", "ref.unknown_visit", [collection, index, "visitId"], visitId);
  if (typeof facilityId === "string" && facility === undefined) reportUnknown(report, context.facilities, "facilities", "ref.unknown_facility", [collection, index, "facilityId"], facilityId);
  if (visit !== undefined && facility !== undefined && !visit.facilityIds.includes(facilityId) && !includesAsRead(visit.facilityIds, facilityId)) {
    report("ref.facility_not_in_visit", [collection, index, "facilityId"], { facilityId, visitId });
  }
}

/**
 * Whether a visit's facility list names the facility in a spelling that reads the same: then
 * the fault is that spelling, reported already on the visit (`ref.lookalike_reference`) or
 * on the facility it names (`ref.lookalike_id`), not the link.
 */
function includesAsRead(facilityIds: readonly unknown[], facilityId: unknown): boolean {
  if (typeof facilityId !== "string") return false;
  const read = idAsRead(facilityId);
  return facilityIds.some((id) => typeof id === "string" && idAsRead(id) === read);
}

/**
 * The reference rules: ids unique within their collection, also as people read them (no two
 * that differ only by invisible characters, spaces, dashes, Cyrillic look-alikes or Unicode
 * form), every reference to a facility, visit or recommendation resolves (one that resolves
 * only as read is named as such), and a recommendation's or accountability action's facility
 * is one its visit covered. A reference to a visit or recommendation not read yet is checked
 * once all are read.
 *
 * @internal
 */
export function referenceRules(context: RuleContext): RecordChecks {
  const { report, facilities, visits, recommendations } = context;
  // References to records not read yet when they were met: [position, field, list index or -1, id].
  const pendingVisits: [number, number, string][] = [];
  const pendingRecommendations: [number, string, number, string][] = [];
  const referToRecommendation = (value: unknown, position: number, field: string, j: number): void => {
    if (typeof value === "string" && recommendations.positionOf(value) < 0) pendingRecommendations.push([position, field, j, value]);
  };
  return {
    facility(facility, facts) {
      reportDuplicate(report, facility, "facilities", facts);
    },
    visit(visit, facts) {
      const i = facts.index;
      reportDuplicate(report, visit, "visits", facts);
      const facilityIds = asArray(visit["facilityIds"]);
      for (let j = 0; j < facilityIds.length; j++) {
        const id = facilityIds[j];
        if (typeof id === "string" && facts.facilities[j] === undefined) reportUnknown(report, facilities, "facilities", "ref.unknown_facility", ["visits", i, "facilityIds", j], id);
      }
      const followUpOf = visit["followUpOf"];
      if (typeof followUpOf === "string" && visits.positionOf(followUpOf) < 0) pendingVisits.push([i, -1, followUpOf]);
    },
    recommendation(recommendation, facts) {
      const i = facts.index;
      reportDuplicate(report, recommendation, "recommendations", facts);
      checkLinks(context, recommendation, facts, "recommendations");
      referToRecommendation(recommendation["repeatOf"], i, "repeatOf", -1);
      const escalates = asArray(recommendation["escalates"]);
      for (let j = 0; j < escalates.length; j++) referToRecommendation(escalates[j], i, "escalates", j);
    },
    accountabilityAction(action, facts) {
      reportDuplicate(report, action, "accountability", facts);
      checkLinks(context, action, facts, "accountability");
    },
    end() {
      for (const [position, , id] of pendingVisits) {
        if (visits.positionOf(id) < 0) reportUnknown(report, visits, "visits", "ref.unknown_visit", ["visits", position, "followUpOf"], id);
      }
      for (const [position, field, j, id] of pendingRecommendations) {
        if (recommendations.positionOf(id) < 0) {
          reportUnknown(report, recommendations, "recommendations", "ref.unknown_recommendation", j < 0 ? ["recommendations", position, field] : ["recommendations", position, field, j], id);
        }
      }
    },
  };
}
