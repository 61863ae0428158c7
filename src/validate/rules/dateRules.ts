import type { CivilDate } from "../../model/civilDate";
import { arrayAt, dateAt, isRawRecord, recordById, stringAt, type RuleContext } from "../context";

function checkAfterAsOf(context: RuleContext, date: CivilDate | undefined, path: readonly (string | number)[]): void {
  const { asOf } = context;
  if (asOf !== undefined && date !== undefined && date > asOf) context.report("date.after_as_of", path, { date, asOf });
}

/**
 * The date rules: the period runs forward; a visit ends on or after its start, lies in the
 * period and falls while its facilities are open; a recommendation is due on or after it is
 * issued, is issued on or after its visit started, and its history runs forward from the
 * issue date; with `asOf`, dates a report as of that day would ignore are pointed out.
 *
 * @internal
 */
export function dateRules(context: RuleContext): void {
  const { root, report } = context;
  const period = isRawRecord(root) && isRawRecord(root["period"]) ? root["period"] : undefined;
  const from = period === undefined ? undefined : dateAt(period, "from");
  const to = period === undefined ? undefined : dateAt(period, "to");
  if (from !== undefined && to !== undefined && from > to) report("date.period_order", ["period", "to"], { from, to });

  context.facilities.records.forEach((facility, i) => {
    if (!isRawRecord(facility)) return;
    const openedOn = dateAt(facility, "openedOn");
    const closedOn = dateAt(facility, "closedOn");
    if (openedOn !== undefined && closedOn !== undefined && closedOn < openedOn) {
      report("date.closed_before_opened", ["facilities", i, "closedOn"], { openedOn, closedOn });
    }
  });

  context.visits.records.forEach((visit, i) => {
    if (!isRawRecord(visit)) return;
    const startedOn = dateAt(visit, "startedOn");
    if (startedOn === undefined) return;
    const endedOn = dateAt(visit, "endedOn");
    if (endedOn !== undefined && endedOn < startedOn) report("date.end_before_start", ["visits", i, "endedOn"], { startedOn, endedOn });
    if (from !== undefined && to !== undefined && from <= to && (startedOn < from || startedOn > to)) {
      report("date.outside_period", ["visits", i, "startedOn"], { startedOn, from, to });
    }
    checkAfterAsOf(context, startedOn, ["visits", i, "startedOn"]);
    arrayAt(visit, "facilityIds").forEach((facilityId, j) => {
      if (typeof facilityId !== "string") return;
      const facility = recordById(context.facilities, facilityId);
      if (facility === undefined) return;
      const openedOn = dateAt(facility, "openedOn");
      const closedOn = dateAt(facility, "closedOn");
      if ((openedOn !== undefined && startedOn < openedOn) || (closedOn !== undefined && startedOn > closedOn)) {
        report("date.facility_closed", ["visits", i, "facilityIds", j], { facilityId, startedOn, openedOn: openedOn ?? null, closedOn: closedOn ?? null });
      }
    });
  });

  context.recommendations.records.forEach((recommendation, i) => {
    if (!isRawRecord(recommendation)) return;
    const path = ["recommendations", i];
    const issuedOn = dateAt(recommendation, "issuedOn");
    const dueOn = dateAt(recommendation, "dueOn");
    if (issuedOn !== undefined && dueOn !== undefined && dueOn < issuedOn) report("date.due_before_issue", [...path, "dueOn"], { issuedOn, dueOn });
    checkAfterAsOf(context, issuedOn, [...path, "issuedOn"]);
    const visitId = stringAt(recommendation, "visitId");
    const visit = visitId === undefined ? undefined : recordById(context.visits, visitId);
    const visitStart = visit === undefined ? undefined : dateAt(visit, "startedOn");
    if (issuedOn !== undefined && visitStart !== undefined && issuedOn < visitStart) {
      report("date.issue_before_visit", [...path, "issuedOn"], { issuedOn, visitId, startedOn: visitStart });
    }
    let previous = issuedOn;
    arrayAt(recommendation, "history").forEach((change, k) => {
      if (!isRawRecord(change)) return;
      const on = dateAt(change, "on");
      if (on === undefined) return;
      if (previous !== undefined && on < previous) report("date.history_order", [...path, "history", k, "on"], { on, previous });
      checkAfterAsOf(context, on, [...path, "history", k, "on"]);
      if (previous === undefined || on > previous) previous = on;
    });
  });

  context.accountability.records.forEach((action, i) => {
    if (isRawRecord(action)) checkAfterAsOf(context, dateAt(action, "decidedOn"), ["accountability", i, "decidedOn"]);
  });
}
