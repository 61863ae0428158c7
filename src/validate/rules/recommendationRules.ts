import { asArray, asString, type RecordChecks, type RuleContext } from "../context";

/**
 * The recommendation rules: a recommendation to a facility is addressed to the agency that
 * runs it; an individualized (agency-level) recommendation escalates at least one
 * recommendation, each addressed to the same agency.
 *
 * @internal
 */
export function recommendationRules(context: RuleContext): RecordChecks {
  const { report } = context;
  // [position, list index, id, addressee] of escalated recommendations not read yet.
  const pending: [number, number, string, string][] = [];
  const checkTarget = (i: number, j: number, id: string, addressee: string, targetAddressee: string | undefined): void => {
    if (targetAddressee !== undefined && targetAddressee !== addressee) {
      report("rec.escalation_target", ["recommendations", i, "escalates", j], { id, addressee, targetAddressee });
    }
  };
  return {
    recommendation(recommendation, { index: i, facility }) {
      const addressee = asString(recommendation["addressee"]);
      const level = asString(recommendation["level"]);
      if (level !== "agency") {
        const agency = facility?.agency;
        if (addressee !== undefined && agency !== undefined && addressee !== agency) {
          report("rec.addressee_mismatch", ["recommendations", i, "addressee"], { addressee, facilityId: asString(recommendation["facilityId"]), agency });
        }
        return;
      }
      const escalates = asArray(recommendation["escalates"]);
      if (escalates.length === 0) {
        report("rec.escalation_target", ["recommendations", i, "escalates"], { id: null, addressee: addressee ?? null, targetAddressee: null });
        return;
      }
      if (addressee === undefined) return;
      for (let j = 0; j < escalates.length; j++) {
        const id = escalates[j];
        if (typeof id !== "string") continue;
        const position = context.recommendations.positionOf(id);
        if (position < 0) pending.push([i, j, id, addressee]);
        else checkTarget(i, j, id, addressee, context.recommendations.summaryAt(position));
      }
    },
    end() {
      for (const [i, j, id, addressee] of pending) {
        const position = context.recommendations.positionOf(id);
        if (position >= 0) checkTarget(i, j, id, addressee, context.recommendations.summaryAt(position));
      }
    },
  };
}
