import { arrayAt, isRawRecord, recordById, stringAt, type CollectionIndex, type Report, type RuleContext } from "../context";

const COLLECTIONS = ["facilities", "visits", "recommendations", "accountability"] as const;

function reportDuplicates(name: string, index: CollectionIndex, report: Report): void {
  index.records.forEach((record, position) => {
    if (!isRawRecord(record)) return;
    const id = stringAt(record, "id");
    if (id === undefined) return;
    const first = index.positions.get(id);
    if (first !== undefined && first !== position) report("ref.duplicate_id", [name, position, "id"], { id, collection: name, firstIndex: first });
  });
}

/** Checks that a facility and a visit referenced together belong together. */
function checkFacilityInVisit(context: RuleContext, record: Readonly<Record<string, unknown>>, path: readonly (string | number)[]): void {
  const visitId = stringAt(record, "visitId");
  const facilityId = stringAt(record, "facilityId");
  if (visitId === undefined || facilityId === undefined) return;
  const visit = recordById(context.visits, visitId);
  if (visit === undefined || !context.facilities.positions.has(facilityId)) return;
  if (!arrayAt(visit, "facilityIds").includes(facilityId)) {
    context.report("ref.facility_not_in_visit", [...path, "facilityId"], { facilityId, visitId });
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
  const { report } = context;
  for (const name of COLLECTIONS) reportDuplicates(name, context[name], report);
  const refer = (index: CollectionIndex, code: "ref.unknown_facility" | "ref.unknown_visit" | "ref.unknown_recommendation", value: unknown, path: readonly (string | number)[]) => {
    if (typeof value === "string" && !index.positions.has(value)) report(code, path, { id: value });
  };
  context.visits.records.forEach((visit, i) => {
    if (!isRawRecord(visit)) return;
    arrayAt(visit, "facilityIds").forEach((id, j) => {
      refer(context.facilities, "ref.unknown_facility", id, ["visits", i, "facilityIds", j]);
    });
    refer(context.visits, "ref.unknown_visit", stringAt(visit, "followUpOf"), ["visits", i, "followUpOf"]);
  });
  context.recommendations.records.forEach((recommendation, i) => {
    if (!isRawRecord(recommendation)) return;
    const path = ["recommendations", i];
    refer(context.visits, "ref.unknown_visit", stringAt(recommendation, "visitId"), [...path, "visitId"]);
    refer(context.facilities, "ref.unknown_facility", stringAt(recommendation, "facilityId"), [...path, "facilityId"]);
    refer(context.recommendations, "ref.unknown_recommendation", stringAt(recommendation, "repeatOf"), [...path, "repeatOf"]);
    arrayAt(recommendation, "escalates").forEach((id, j) => {
      refer(context.recommendations, "ref.unknown_recommendation", id, [...path, "escalates", j]);
    });
    checkFacilityInVisit(context, recommendation, path);
  });
  context.accountability.records.forEach((action, i) => {
    if (!isRawRecord(action)) return;
    const path = ["accountability", i];
    refer(context.visits, "ref.unknown_visit", stringAt(action, "visitId"), [...path, "visitId"]);
    refer(context.facilities, "ref.unknown_facility", stringAt(action, "facilityId"), [...path, "facilityId"]);
    checkFacilityInVisit(context, action, path);
  });
}
