import { arrayAt, recordById, stringAt, type RecordChecks, type RuleContext } from "../context";

/**
 * The recommendation rules: a recommendation to a facility is addressed to the agency that
 * runs it; an individualized (agency-level) recommendation escalates at least one
 * recommendation, each addressed to the same agency.
 *
 * @internal
 */
export function recommendationRules(context: RuleContext): RecordChecks {
  const { report } = context;
  return {
    recommendation(recommendation, i, _visit, facility) {
      const addressee = stringAt(recommendation, "addressee");
      const level = stringAt(recommendation, "level");
      if (level !== "agency") {
        const agency = facility === undefined ? undefined : stringAt(facility, "agency");
        if (addressee !== undefined && agency !== undefined && addressee !== agency) {
          report("rec.addressee_mismatch", ["recommendations", i, "addressee"], { addressee, facilityId: stringAt(recommendation, "facilityId"), agency });
        }
        return;
      }
      const escalates = arrayAt(recommendation, "escalates");
      if (escalates.length === 0) {
        report("rec.escalation_target", ["recommendations", i, "escalates"], { id: null, addressee: addressee ?? null, targetAddressee: null });
        return;
      }
      for (let j = 0; j < escalates.length; j++) {
        const id = escalates[j];
        const target = recordById(context.recommendations, id);
        const targetAddressee = target === undefined ? undefined : stringAt(target, "addressee");
        if (targetAddressee !== undefined && addressee !== undefined && targetAddressee !== addressee) {
          report("rec.escalation_target", ["recommendations", i, "escalates", j], { id, addressee, targetAddressee });
        }
      }
    },
  };
}
