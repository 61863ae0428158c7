import { arrayAt, isRawRecord, recordById, stringAt, type RuleContext } from "../context";

/**
 * The recommendation rules: a recommendation to a facility is addressed to the agency that
 * runs it; an individualized (agency-level) recommendation escalates at least one
 * recommendation, each addressed to the same agency.
 *
 * @internal
 */
export function recommendationRules(context: RuleContext): void {
  const { report } = context;
  context.recommendations.records.forEach((recommendation, i) => {
    if (!isRawRecord(recommendation)) return;
    const path = ["recommendations", i];
    const addressee = stringAt(recommendation, "addressee");
    const level = stringAt(recommendation, "level");
    const facility = context.recommendationFacilities[i];
    const facilityId = facility === undefined ? undefined : stringAt(recommendation, "facilityId");
    const agency = facility === undefined ? undefined : stringAt(facility, "agency");
    if (level !== "agency" && addressee !== undefined && agency !== undefined && addressee !== agency) {
      report("rec.addressee_mismatch", [...path, "addressee"], { addressee, facilityId, agency });
    }
    if (level !== "agency") return;
    const escalates = arrayAt(recommendation, "escalates");
    if (escalates.length === 0) {
      report("rec.escalation_target", [...path, "escalates"], { id: null, addressee: addressee ?? null, targetAddressee: null });
      return;
    }
    escalates.forEach((id, j) => {
      if (typeof id !== "string") return;
      const target = recordById(context.recommendations, id);
      const targetAddressee = target === undefined ? undefined : stringAt(target, "addressee");
      if (targetAddressee !== undefined && addressee !== undefined && targetAddressee !== addressee) {
        report("rec.escalation_target", [...path, "escalates", j], { id, addressee, targetAddressee });
      }
    });
  });
}
