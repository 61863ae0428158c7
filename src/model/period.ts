import * as z from "zod";
import { CivilDate } from "./civilDate";

/**
 * A reporting period: civil dates `from` and `to`, both inclusive. Whether `from` comes
 * before `to` is a rule of the validator, not of this schema.
 *
 * @example
 * ```ts
 * import { Period } from "opcat-npm";
 *
 * Period.safeParse({ from: "2023-01-01", to: "2023-12-31" }).success;
 * //=> true
 * Period.safeParse({ from: "2023-01-01" }).success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const Period = /* @__PURE__ */ (() => z.looseObject({
  from: CivilDate,
  to: CivilDate,
}))();

/**
 * A reporting period, both ends inclusive (see the {@link Period} schema).
 *
 * @example
 * ```ts
 * import { civilDate, type Period } from "opcat-npm";
 *
 * const year2023: Period = { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") };
 * year2023.to;
 * //=> "2023-12-31"
 * ```
 */
export type Period = z.infer<typeof Period>;
