import type { CivilDate } from "../../model/civilDate";
import { asArray, asDate, asString, isRawRecord, parsedDate, type RawRecord, type RecordChecks, type RecordFacts, type RuleContext } from "../context";

/** The period's bounds, when both are real dates. */
function periodOf(root: unknown): { from: CivilDate | undefined; to: CivilDate | undefined } {
  const period = isRawRecord(root) && isRawRecord(root["period"]) ? root["period"] : undefined;
  return { from: period === undefined ? undefined : asDate(period["from"]), to: period === undefined ? undefined : asDate(period["to"]) };
}

/**
 * The date rules: the period runs forward; a facility closes after it opens; a visit ends
 * on or after its start, lies in the period and falls while its facilities are open; a
 * recommendation is due on or after it is issued, is issued on or after its visit started,
 * and its history runs forward from the issue date; with `asOf`, dates a report as of that
 * day would ignore are pointed out. Paths are built only when something is reported.
 *
 * @internal
 */
export function dateRules(context: RuleContext): RecordChecks {
  const { report, asOf } = context;
  const { from, to } = periodOf(context.root);
  const inPeriod = from !== undefined && to !== undefined && from <= to;
  const afterAsOf = (date: CivilDate | undefined): date is CivilDate => asOf !== undefined && date !== undefined && date > asOf;

  const checkFacilitiesOpen = (visit: RawRecord, facts: RecordFacts, startedOn: CivilDate): void => {
    const i = facts.index;
    const facilityIds = asArray(visit["facilityIds"]);
    for (let j = 0; j < facilityIds.length; j++) {
      const facilityId = facilityIds[j];
      const facility = facts.facilities[j];
      if (facility === undefined) continue;
      const { openedOn, closedOn } = facility;
      if ((openedOn !== undefined && startedOn < openedOn) || (closedOn !== undefined && startedOn > closedOn)) {
        report("date.facility_closed", ["visits", i, "facilityIds", j], { facilityId, startedOn, openedOn: openedOn ?? null, closedOn: closedOn ?? null });
      }
    }
  };

  return {
    dataset() {
      if (from !== undefined && to !== undefined && from > to) report("date.period_order", ["period", "to"], { from, to });
    },
    facility(facility, { index: i, parsed }) {
      const openedOn = parsedDate(facility["openedOn"], parsed);
      const closedOn = parsedDate(facility["closedOn"], parsed);
      if (openedOn !== undefined && closedOn !== undefined && closedOn < openedOn) {
        report("date.closed_before_opened", ["facilities", i, "closedOn"], { openedOn, closedOn });
      }
    },
    visit(visit, facts) {
      const { index: i, parsed } = facts;
      const startedOn = parsedDate(visit["startedOn"], parsed);
      if (startedOn === undefined) return;
      const endedOn = parsedDate(visit["endedOn"], parsed);
      if (endedOn !== undefined && endedOn < startedOn) report("date.end_before_start", ["visits", i, "endedOn"], { startedOn, endedOn });
      if (inPeriod && (startedOn < from || startedOn > to)) report("date.outside_period", ["visits", i, "startedOn"], { startedOn, from, to });
      if (afterAsOf(startedOn)) report("date.after_as_of", ["visits", i, "startedOn"], { date: startedOn, asOf });
      checkFacilitiesOpen(visit, facts, startedOn);
    },
    recommendation(recommendation, { index: i, parsed, visit }) {
      const issuedOn = parsedDate(recommendation["issuedOn"], parsed);
      const dueOn = parsedDate(recommendation["dueOn"], parsed);
      if (issuedOn !== undefined && dueOn !== undefined && dueOn < issuedOn) report("date.due_before_issue", ["recommendations", i, "dueOn"], { issuedOn, dueOn });
      if (afterAsOf(issuedOn)) report("date.after_as_of", ["recommendations", i, "issuedOn"], { date: issuedOn, asOf });
      const visitStart = visit?.startedOn;
      if (issuedOn !== undefined && visitStart !== undefined && issuedOn < visitStart) {
        report("date.issue_before_visit", ["recommendations", i, "issuedOn"], { issuedOn, visitId: asString(recommendation["visitId"]), startedOn: visitStart });
      }
      let previous = issuedOn;
      const history = asArray(recommendation["history"]);
      for (let k = 0; k < history.length; k++) {
        const change = history[k];
        const on = isRawRecord(change) ? parsedDate(change["on"], parsed) : undefined;
        if (on === undefined) continue;
        if (previous !== undefined && on < previous) report("date.history_order", ["recommendations", i, "history", k, "on"], { on, previous });
        if (afterAsOf(on)) report("date.after_as_of", ["recommendations", i, "history", k, "on"], { date: on, asOf });
        if (previous === undefined || on > previous) previous = on;
      }
    },
    accountabilityAction(action, { index: i, parsed }) {
      const decidedOn = parsedDate(action["decidedOn"], parsed);
      if (afterAsOf(decidedOn)) report("date.after_as_of", ["accountability", i, "decidedOn"], { date: decidedOn, asOf });
    },
  };
}
