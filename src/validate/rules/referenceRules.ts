import { asArray, type RawRecord, type RecordChecks, type RecordFacts, type Report, type RuleContext } from "../context";

type Collection = "facilities" | "visits" | "recommendations" | "accountability";

function reportDuplicate(report: Report, record: RawRecord, collection: Collection, facts: RecordFacts): void {
  if (facts.duplicateOf >= 0) report("ref.duplicate_id", [collection, facts.index, "id"], { id: record["id"], collection, firstIndex: facts.duplicateOf });
}

/**
 * Reports a visit or facility id that was given but not found (the validator looked the
 * record up already), and a facility and a visit referenced together that do not belong
 * together.
 */
function checkLinks(report: Report, record: RawRecord, facts: RecordFacts, collection: Collection): void {
  const { visit, facility, index } = facts;
  const visitId = record["visitId"];
  const facilityId = record["facilityId"];
  if (typeof visitId === "string" && visit === undefined) report("ref.unknown_visit", [collection, index, "visitId"], { id: visitId });
  if (typeof facilityId === "string" && facility === undefined) report("ref.unknown_facility", [collection, index, "facilityId"], { id: facilityId });
  if (visit !== undefined && facility !== undefined && !visit.facilityIds.includes(facilityId)) {
    report("ref.facility_not_in_visit", [collection, index, "facilityId"], { facilityId, visitId });
  }
}

/**
 * The reference rules: ids unique within their collection, every reference to a facility,
 * visit or recommendation resolves, and a recommendation's or accountability action's
 * facility is one its visit covered. A reference to a visit or recommendation not read yet
 * is checked once all are read.
 *
 * @internal
 */
export function referenceRules(context: RuleContext): RecordChecks {
  const { report, visits, recommendations } = context;
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
        if (typeof id === "string" && facts.facilities[j] === undefined) report("ref.unknown_facility", ["visits", i, "facilityIds", j], { id });
      }
      const followUpOf = visit["followUpOf"];
      if (typeof followUpOf === "string" && visits.positionOf(followUpOf) < 0) pendingVisits.push([i, -1, followUpOf]);
    },
    recommendation(recommendation, facts) {
      const i = facts.index;
      reportDuplicate(report, recommendation, "recommendations", facts);
      checkLinks(report, recommendation, facts, "recommendations");
      referToRecommendation(recommendation["repeatOf"], i, "repeatOf", -1);
      const escalates = asArray(recommendation["escalates"]);
      for (let j = 0; j < escalates.length; j++) referToRecommendation(escalates[j], i, "escalates", j);
    },
    accountabilityAction(action, facts) {
      reportDuplicate(report, action, "accountability", facts);
      checkLinks(report, action, facts, "accountability");
    },
    end() {
      for (const [position, , id] of pendingVisits) {
        if (visits.positionOf(id) < 0) report("ref.unknown_visit", ["visits", position, "followUpOf"], { id });
      }
      for (const [position, field, j, id] of pendingRecommendations) {
        if (recommendations.positionOf(id) < 0) report("ref.unknown_recommendation", j < 0 ? ["recommendations", position, field] : ["recommendations", position, field, j], { id });
      }
    },
  };
}
