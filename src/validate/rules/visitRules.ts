import type { CivilDate } from "../../model/civilDate";
import { asString, isRawRecord, parsedDate, summaryById, type RecordChecks, type RuleContext } from "../context";

/**
 * The visit rules: an intermediate visit names the visit it follows up, which started no
 * later; a special visit says what triggered it, received no later than the visit started;
 * a visit group has at least the profile's minimum number of participants.
 *
 * @internal
 */
export function visitRules(context: RuleContext): RecordChecks {
  const { report } = context;
  const minimum = context.profile.rules.minTeamSize;
  const checkOrder = (i: number, followUpOf: string, startedOn: CivilDate, previousStartedOn: CivilDate | undefined): void => {
    if (previousStartedOn !== undefined && startedOn < previousStartedOn) {
      report("visit.follow_up_order", ["visits", i, "startedOn"], { followUpOf, startedOn, previousStartedOn });
    }
  };
  // Follow-ups of visits not read yet: [position, followUpOf, startedOn].
  const pending: [number, string, CivilDate][] = [];
  return {
    visit(visit, { index: i, parsed }) {
      const type = asString(visit["type"]);
      const startedOn = parsedDate(visit["startedOn"], parsed);
      const followUpOf = visit["followUpOf"];
      if (type === "intermediate" && (followUpOf === undefined || followUpOf === null)) report("visit.follow_up_missing", ["visits", i, "followUpOf"]);
      if (typeof followUpOf === "string" && startedOn !== undefined) {
        const previous = summaryById(context.visits, followUpOf);
        if (previous === undefined) pending.push([i, followUpOf, startedOn]);
        else checkOrder(i, followUpOf, startedOn, previous.startedOn);
      }
      const trigger = visit["trigger"];
      if (type === "special" && (trigger === undefined || trigger === null)) report("visit.trigger_missing", ["visits", i, "trigger"]);
      if (isRawRecord(trigger) && startedOn !== undefined) {
        const receivedOn = parsedDate(trigger["receivedOn"], parsed);
        if (receivedOn !== undefined && receivedOn > startedOn) report("visit.trigger_after_start", ["visits", i, "trigger", "receivedOn"], { receivedOn, startedOn });
      }
      const teamSize = visit["teamSize"];
      if (typeof teamSize === "number" && Number.isInteger(teamSize) && teamSize >= 0 && teamSize < minimum) {
        report("visit.team_too_small", ["visits", i, "teamSize"], { teamSize, minimum });
      }
    },
    end() {
      for (const [i, followUpOf, startedOn] of pending) checkOrder(i, followUpOf, startedOn, summaryById(context.visits, followUpOf)?.startedOn);
    },
  };
}
