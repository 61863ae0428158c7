import { arrayAt, type CollectionIndex, type RawRecord, type RecordChecks, type Report, type RuleContext } from "../context";

type RefCode = "ref.unknown_facility" | "ref.unknown_visit" | "ref.unknown_recommendation";
type Collection = "facilities" | "visits" | "recommendations" | "accountability";

function reportDuplicate(report: Report, index: CollectionIndex, collection: Collection, position: number, record: RawRecord): void {
  const firstIndex = index.duplicates.get(position);
  if (firstIndex !== undefined) report("ref.duplicate_id", [collection, position, "id"], { id: record["id"], collection, firstIndex });
}

/** Reports `value` at `collection[position][field]` when it is an id the index lacks. */
function refer(report: Report, index: CollectionIndex, code: RefCode, value: unknown, collection: Collection, position: number, field: string): void {
  if (typeof value === "string" && index.positionOf(value) < 0) report(code, [collection, position, field], { id: value });
}

/** Reports each id of the list at `field` that the index lacks. */
function referEach(report: Report, index: CollectionIndex, code: RefCode, record: RawRecord, collection: Collection, position: number, field: string): void {
  const list = arrayAt(record, field);
  for (let j = 0; j < list.length; j++) {
    const value = list[j];
    if (typeof value === "string" && index.positionOf(value) < 0) report(code, [collection, position, field, j], { id: value });
  }
}

/**
 * Reports a visit or facility id that was given but not found (the validator looked the
 * record up already), and a facility and a visit referenced together that do not belong
 * together.
 */
function checkLinks(report: Report, record: RawRecord, visit: RawRecord | undefined, facility: RawRecord | undefined, collection: Collection, position: number): void {
  const visitId = record["visitId"];
  const facilityId = record["facilityId"];
  if (typeof visitId === "string" && visit === undefined) report("ref.unknown_visit", [collection, position, "visitId"], { id: visitId });
  if (typeof facilityId === "string" && facility === undefined) report("ref.unknown_facility", [collection, position, "facilityId"], { id: facilityId });
  if (visit !== undefined && facility !== undefined && !arrayAt(visit, "facilityIds").includes(facilityId)) {
    report("ref.facility_not_in_visit", [collection, position, "facilityId"], { facilityId, visitId });
  }
}

/**
 * The reference rules: ids unique within their collection, every reference to a facility,
 * visit or recommendation resolves, and a recommendation's or accountability action's
 * facility is one its visit covered.
 *
 * @internal
 */
export function referenceRules(context: RuleContext): RecordChecks {
  const { report, facilities, visits, recommendations, accountability } = context;
  return {
    facility(facility, i) {
      if (facilities.duplicates.size > 0) reportDuplicate(report, facilities, "facilities", i, facility);
    },
    visit(visit, i) {
      if (visits.duplicates.size > 0) reportDuplicate(report, visits, "visits", i, visit);
      referEach(report, facilities, "ref.unknown_facility", visit, "visits", i, "facilityIds");
      refer(report, visits, "ref.unknown_visit", visit["followUpOf"], "visits", i, "followUpOf");
    },
    recommendation(recommendation, i, visit, facility) {
      if (recommendations.duplicates.size > 0) reportDuplicate(report, recommendations, "recommendations", i, recommendation);
      checkLinks(report, recommendation, visit, facility, "recommendations", i);
      refer(report, recommendations, "ref.unknown_recommendation", recommendation["repeatOf"], "recommendations", i, "repeatOf");
      referEach(report, recommendations, "ref.unknown_recommendation", recommendation, "recommendations", i, "escalates");
    },
    accountabilityAction(action, i, visit, facility) {
      if (accountability.duplicates.size > 0) reportDuplicate(report, accountability, "accountability", i, action);
      checkLinks(report, action, visit, facility, "accountability", i);
    },
  };
}
