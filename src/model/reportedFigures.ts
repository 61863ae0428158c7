import * as z from "zod";
import { AccountabilityInitiator } from "./accountabilityInitiator";
import { Count } from "./count";
import { VisitType } from "./visitType";

/**
 * Headline figures as an NPM published them, kept beside the records so a report can
 * reconcile the two. Every figure is optional; published figures need not add up (for
 * 2023: 422 planned + 33 special of 461 visits), and that is for the report to show.
 *
 * @example
 * ```ts
 * import { ReportedFigures } from "opcat-npm";
 *
 * ReportedFigures.safeParse({
 *   visits: { total: 461, byType: { periodic: 422, special: 33 } },
 *   facilitiesMonitored: 474,
 *   recommendations: 3000,
 *   implementationRate: 0.4,
 *   officials: { commissioner_office: 258, npm_participant: 17 },
 * }).success;
 * //=> true
 * ReportedFigures.safeParse({ implementationRate: 40 }).error?.issues[0]?.path;
 * //=> ["implementationRate"]
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const ReportedFigures = /* @__PURE__ */ (() => z.looseObject({
  visits: z
    .looseObject({
      total: Count.nullish(),
      byType: z.partialRecord(VisitType, Count).nullish(),
    })
    .nullish(),
  facilitiesMonitored: Count.nullish(),
  recommendations: Count.nullish(),
  implementationRate: z.number().min(0).max(1).nullish(),
  officials: z.partialRecord(AccountabilityInitiator, Count).nullish(),
}))();

/**
 * Published headline figures (see the {@link ReportedFigures} schema).
 *
 * @example
 * ```ts
 * import type { ReportedFigures } from "opcat-npm";
 *
 * const published: ReportedFigures = { visits: { total: 461 }, facilitiesMonitored: 474 };
 * published.visits?.total;
 * //=> 461
 * ```
 */
export type ReportedFigures = z.infer<typeof ReportedFigures>;
