import { arrayAt, isRawRecord, recordById, type CollectionIndex, type RawRecord, type Report, type RuleContext } from "../context";

type RefCode = "ref.unknown_facility" | "ref.unknown_visit" | "ref.unknown_recommendation";

function reportDuplicates(name: string, index: CollectionIndex, report: Report): void {
  for (const position of index.duplicates) {
    const id = (index.records[position] as RawRecord)["id"] as string;
    report("ref.duplicate_id", [name, position, "id"], { id, collection: name, firstIndex: index.positions.get(id) });
  }
}

/** Reports `value` at `collection[position][field]` when it is an id the index lacks. */
function refer(report: Report, index: CollectionIndex, code: RefCode, value: unknown, collection: string, position: number, field: string): void {
  if (typeof value === "string" && !index.positions.has(value)) report(code, [collection, position, field], { id: value });
}

/** Reports each id of the list at `field` that the index lacks. */
function referEach(report: Report, index: CollectionIndex, code: RefCode, record: RawRecord, collection: string, position: number, field: string): void {
  const list = arrayAt(record, field);
  for (let j = 0; j < list.length; j++) {
    const value = list[j];
    if (typeof value === "string" && !index.positions.has(value)) report(code, [collection, position, field, j], { id: value });
  }
}

/** Checks that a facility and a visit referenced together (both found) belong together. */
function checkFacilityInVisit(report: Report, visit: RawRecord | undefined, facility: RawRecord | undefined, record: RawRecord, collection: string, position: number): void {
  if (visit === undefined || facility === undefined) return;
  const facilityId = record["facilityId"] as string;
  if (!arrayAt(visit, "facilityIds").includes(facilityId)) {
    report("ref.facility_not_in_visit", [collection, position, "facilityId"], { facilityId, visitId: record["visitId"] });
  }
}

/**
 * The reference rules: ids unique within their collection, every reference to a facility,
 * visit or recommendation resolves, and a recommendation's or accountability action's
 * facility is one its visit covered.
 *
 * @internal
 */
export function referenceRules(context: RuleContext): void {
  const { report, facilities, visits, recommendations, accountability } = context;
  reportDuplicates("facilities", facilities, report);
  reportDuplicates("visits", visits, report);
  reportDuplicates("recommendations", recommendations, report);
  reportDuplicates("accountability", accountability, report);
  for (let i = 0; i < visits.records.length; i++) {
    const visit = visits.records[i];
    if (!isRawRecord(visit)) continue;
    referEach(report, facilities, "ref.unknown_facility", visit, "visits", i, "facilityIds");
    refer(report, visits, "ref.unknown_visit", visit["followUpOf"], "visits", i, "followUpOf");
  }
  for (let i = 0; i < recommendations.records.length; i++) {
    const recommendation = recommendations.records[i];
    if (!isRawRecord(recommendation)) continue;
    const visit = context.recommendationVisits[i];
    const facility = context.recommendationFacilities[i];
    const visitId = recommendation["visitId"];
    const facilityId = recommendation["facilityId"];
    if (typeof visitId === "string" && visit === undefined) report("ref.unknown_visit", ["recommendations", i, "visitId"], { id: visitId });
    if (typeof facilityId === "string" && facility === undefined) report("ref.unknown_facility", ["recommendations", i, "facilityId"], { id: facilityId });
    refer(report, recommendations, "ref.unknown_recommendation", recommendation["repeatOf"], "recommendations", i, "repeatOf");
    referEach(report, recommendations, "ref.unknown_recommendation", recommendation, "recommendations", i, "escalates");
    checkFacilityInVisit(report, visit, facility, recommendation, "recommendations", i);
  }
  for (let i = 0; i < accountability.records.length; i++) {
    const action = accountability.records[i];
    if (!isRawRecord(action)) continue;
    refer(report, visits, "ref.unknown_visit", action["visitId"], "accountability", i, "visitId");
    refer(report, facilities, "ref.unknown_facility", action["facilityId"], "accountability", i, "facilityId");
    const visitId = action["visitId"];
    const facilityId = action["facilityId"];
    const visit = typeof visitId === "string" ? recordById(visits, visitId) : undefined;
    const facility = typeof facilityId === "string" ? recordById(facilities, facilityId) : undefined;
    checkFacilityInVisit(report, visit, facility, action, "accountability", i);
  }
}
