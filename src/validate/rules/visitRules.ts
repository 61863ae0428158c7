import { dateAt, isRawRecord, recordById, stringAt, type RuleContext } from "../context";

/**
 * The visit rules: an intermediate visit names the visit it follows up, which started no
 * later; a special visit says what triggered it, received no later than the visit started;
 * a visit group has at least the profile's minimum number of participants.
 *
 * @internal
 */
export function visitRules(context: RuleContext): void {
  const { report } = context;
  const minimum = context.profile.rules.minTeamSize;
  context.visits.records.forEach((visit, i) => {
    if (!isRawRecord(visit)) return;
    const path = ["visits", i];
    const type = stringAt(visit, "type");
    const startedOn = dateAt(visit, "startedOn");
    const followUpOf = visit["followUpOf"];
    if (type === "intermediate" && (followUpOf === undefined || followUpOf === null)) report("visit.follow_up_missing", [...path, "followUpOf"]);
    if (typeof followUpOf === "string" && startedOn !== undefined) {
      const previous = recordById(context.visits, followUpOf);
      const previousStartedOn = previous === undefined ? undefined : dateAt(previous, "startedOn");
      if (previousStartedOn !== undefined && startedOn < previousStartedOn) {
        report("visit.follow_up_order", [...path, "startedOn"], { followUpOf, startedOn, previousStartedOn });
      }
    }
    const trigger = visit["trigger"];
    if (type === "special" && (trigger === undefined || trigger === null)) report("visit.trigger_missing", [...path, "trigger"]);
    if (isRawRecord(trigger) && startedOn !== undefined) {
      const receivedOn = dateAt(trigger, "receivedOn");
      if (receivedOn !== undefined && receivedOn > startedOn) report("visit.trigger_after_start", [...path, "trigger", "receivedOn"], { receivedOn, startedOn });
    }
    const teamSize = visit["teamSize"];
    if (typeof teamSize === "number" && Number.isInteger(teamSize) && teamSize >= 0 && teamSize < minimum) {
      report("visit.team_too_small", [...path, "teamSize"], { teamSize, minimum });
    }
  });
}
