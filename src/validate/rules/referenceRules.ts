import { asArray, type CollectionIndex, type RawRecord, type RecordChecks, type RecordFacts, type Report, type RuleContext } from "../context";

type RefCode = "ref.unknown_facility" | "ref.unknown_visit" | "ref.unknown_recommendation";
type Collection = "facilities" | "visits" | "recommendations" | "accountability";

function reportDuplicate(report: Report, record: RawRecord, collection: Collection, facts: RecordFacts): void {
  if (facts.duplicateOf >= 0) report("ref.duplicate_id", [collection, facts.index, "id"], { id: record["id"], collection, firstIndex: facts.duplicateOf });
}

/** Reports `value` at `collection[position][field]` when it is an id the index lacks. */
function refer(report: Report, index: CollectionIndex, code: RefCode, value: unknown, collection: Collection, position: number, field: string): void {
  if (typeof value === "string" && index.positionOf(value) < 0) report(code, [collection, position, field], { id: value });
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
  if (visit !== undefined && facility !== undefined && !asArray(visit["facilityIds"]).includes(facilityId)) {
    report("ref.facility_not_in_visit", [collection, index, "facilityId"], { facilityId, visitId });
  }
}

/**
 * The reference rules: ids unique within their collection, every reference to a facility,
 * visit or recommendation resolves, and a recommendation's or accountability action's
 * facility is one its visit covered. A reference to a recommendation not read yet is
 * checked once all are read.
 *
 * @internal
 */
export function referenceRules(context: RuleContext): RecordChecks {
  const { report, visits, recommendations } = context;
  // [position, field, list index or -1, id] of references to recommendations not read yet.
  const pending: [number, string, number, string][] = [];
  const referToRecommendation = (value: unknown, position: number, field: string, j: number): void => {
    if (typeof value === "string" && recommendations.positionOf(value) < 0) pending.push([position, field, j, value]);
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
      refer(report, visits, "ref.unknown_visit", visit["followUpOf"], "visits", i, "followUpOf");
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
      for (const [position, field, j, id] of pending) {
        if (recommendations.positionOf(id) < 0) report("ref.unknown_recommendation", j < 0 ? ["recommendations", position, field] : ["recommendations", position, field, j], { id });
      }
    },
  };
}
