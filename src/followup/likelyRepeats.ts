import { dayDifference } from "../dates/dayNumber";
import { readingRecords } from "../metrics/dataArgument";
import type { CivilDate } from "../model/civilDate";
import type { Recommendation } from "../model/recommendation";
import type { RecommendationStatus } from "../model/recommendationStatus";
import type { ReadonlyDeep, ReportData } from "../metrics/reportData";
import { statusOn } from "../status/statusAsOf";
import { throwIfProblems } from "../errors/optionProblems";
import { asOfProblems, compareText, readFollowUpArguments } from "./options";
import type { RepeatOptions } from "./repeatChains";

/**
 * A suggestion of {@link likelyRepeats}: recommendation `id` looks like a repeat of the
 * earlier `repeatOf`, with the evidence: the same `facilityId`, the `themes` they share,
 * both issue days and the days between, and the earlier one's due day and its status on
 * the day the later one was issued (not implemented).
 *
 * @example
 * ```ts
 * import { civilDate, type LikelyRepeat } from "opcat-npm";
 *
 * const suggestion: LikelyRepeat = {
 *   id: "R-7",
 *   repeatOf: "R-2",
 *   facilityId: "F-1",
 *   themes: ["sanitation"],
 *   issuedOn: civilDate("2024-03-01"),
 *   earlierIssuedOn: civilDate("2023-03-01"),
 *   daysBetween: 366,
 *   earlierDueOn: civilDate("2023-06-01"),
 *   earlierStatus: "not_implemented",
 * };
 * suggestion.repeatOf;
 * //=> "R-2"
 * ```
 */
export interface LikelyRepeat {
  readonly id: string;
  readonly repeatOf: string;
  readonly facilityId: string;
  readonly themes: readonly string[];
  readonly issuedOn: CivilDate;
  readonly earlierIssuedOn: CivilDate;
  readonly daysBetween: number;
  readonly earlierDueOn: CivilDate | null;
  readonly earlierStatus: RecommendationStatus;
}

type Rec = ReadonlyDeep<Recommendation>;

/** Still open at a date: not implemented, and not withdrawn (no longer applicable). */
function openAt(recommendation: Rec, date: CivilDate): RecommendationStatus | undefined {
  const status = statusOn(recommendation, date);
  return status === "implemented" || status === "withdrawn" ? undefined : status;
}

/**
 * Likely repeat recommendations that lack the `repeatOf` link: suggestions with their
 * evidence, for a person to confirm (by setting `repeatOf`) or dismiss. Nothing in the
 * data is changed.
 *
 * A facility-level recommendation R with a facility and no `repeatOf`, issued on or before
 * `asOf`, is a likely repeat of an earlier facility-level recommendation E when E is at
 * the same facility, shares at least one theme with R, was issued on an earlier day (the
 * same day is the same visit's work, not a repeat), and on the day R was issued E was not
 * implemented: its status then was not `implemented` and not `withdrawn` (rejected,
 * partially implemented and the rest count as not implemented). Of several such E, the
 * latest issued (then the greatest id) is suggested. E is never one whose own `repeatOf`
 * is R. Found by grouping the recommendations by facility and theme, never by comparing
 * all pairs: linear in the data, plus within each group a walk back from each
 * recommendation to the first open earlier one. Sorted by facility, then R's issue day
 * and id. Pure. Throws an {@link OpcatError} (`schema.invalid_date`) for a bad `asOf`.
 *
 * @example
 * ```ts
 * import { civilDate, likelyRepeats } from "opcat-npm";
 *
 * const base = { addressee: "interior", level: "facility", facilityId: "F-1" } as const;
 * likelyRepeats(
 *   {
 *     period: { from: civilDate("2024-01-01"), to: civilDate("2024-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       { ...base, id: "R-1", themes: ["food"], issuedOn: civilDate("2023-03-01"), history: [{ status: "implemented", on: civilDate("2023-05-01") }] },
 *       { ...base, id: "R-2", themes: ["sanitation", "food"], issuedOn: civilDate("2023-03-01"), dueOn: civilDate("2023-06-01") },
 *       { ...base, id: "R-3", themes: ["food"], issuedOn: civilDate("2024-03-01") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * //=> [
 * //   {
 * //     id: "R-3",
 * //     repeatOf: "R-2",
 * //     facilityId: "F-1",
 * //     themes: ["food"],
 * //     issuedOn: "2024-03-01",
 * //     earlierIssuedOn: "2023-03-01",
 * //     daysBetween: 366,
 * //     earlierDueOn: "2023-06-01",
 * //     earlierStatus: "issued",
 * //   },
 * // ]
 * ```
 */
export function likelyRepeats(data: ReportData, options: RepeatOptions): LikelyRepeat[] {
  const read = readFollowUpArguments<RepeatOptions>(data, options, ["recommendations"], ["asOf"]);
  throwIfProblems(asOfProblems((read.options as { asOf?: unknown }).asOf));
  return readingRecords(read.data, ["recommendations"], () => {
    const { asOf } = read.options;
    // Facility → theme → its recommendations; one entry per (recommendation, theme).
    const groups = new Map<string, Map<string, Rec[]>>();
    for (const recommendation of read.data.recommendations) {
      const facilityId = recommendation.facilityId;
      if (recommendation.level !== "facility" || facilityId === undefined || facilityId === null || recommendation.issuedOn > asOf) continue;
      let byTheme = groups.get(facilityId);
      if (byTheme === undefined) groups.set(facilityId, (byTheme = new Map<string, Rec[]>()));
      for (const theme of recommendation.themes) {
        const list = byTheme.get(theme);
        if (list === undefined) byTheme.set(theme, [recommendation]);
        else if (list[list.length - 1] !== recommendation) list.push(recommendation);
      }
    }
    const byIssue = (a: Rec, b: Rec): number => compareText(a.issuedOn, b.issuedOn) || compareText(a.id, b.id);
    const suggestions: LikelyRepeat[] = [];
    const facilityIds = [...groups.keys()].sort(compareText);
    for (const facilityId of facilityIds) {
      const best = new Map<Rec, Rec>();
      for (const list of groups.get(facilityId)?.values() ?? []) {
        if (list.length < 2) continue;
        list.sort(byIssue);
        for (let i = 1; i < list.length; i++) {
          const later = list[i];
          if (later === undefined || (later.repeatOf !== undefined && later.repeatOf !== null)) continue;
          // The latest earlier one, issued on an earlier day, still open when `later` was issued.
          for (let j = i - 1; j >= 0; j--) {
            const earlier = list[j];
            if (earlier === undefined || earlier.issuedOn >= later.issuedOn || earlier.repeatOf === later.id) continue;
            if (openAt(earlier, later.issuedOn) === undefined) continue;
            const known = best.get(later);
            if (known === undefined || byIssue(known, earlier) < 0) best.set(later, earlier);
            break;
          }
        }
      }
      const found = [...best].sort(([a], [b]) => byIssue(a, b));
      for (const [later, earlier] of found) {
        const shared = new Set(earlier.themes);
        suggestions.push({
          id: later.id,
          repeatOf: earlier.id,
          facilityId,
          themes: later.themes.filter((theme, index) => shared.has(theme) && later.themes.indexOf(theme) === index),
          issuedOn: later.issuedOn,
          earlierIssuedOn: earlier.issuedOn,
          daysBetween: dayDifference(earlier.issuedOn, later.issuedOn),
          earlierDueOn: earlier.dueOn ?? null,
          earlierStatus: openAt(earlier, later.issuedOn) ?? "issued",
        });
      }
    }
    return suggestions;
  });
}
