import * as z from "zod";

/**
 * A civil date `YYYY-MM-DD` in the mechanism's local calendar: no time, no time zone.
 * Only real calendar days pass (`2024-02-29` yes, `2023-02-29` no). The type is a branded
 * string, so a checked date cannot be confused with any other string; compare two civil
 * dates as strings, never through `Date`.
 *
 * @example
 * ```ts
 * import { CivilDate } from "opcat-npm";
 *
 * CivilDate.safeParse("2024-02-29").success;
 * //=> true
 * CivilDate.safeParse("2023-02-29").success;
 * //=> false
 * CivilDate.safeParse("2023-2-9").success;
 * //=> false
 * ```
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const CivilDate = /* @__PURE__ */ (() => z.iso.date().brand<"CivilDate">())();

/**
 * A string known to be a real calendar day `YYYY-MM-DD` (see the {@link CivilDate} schema,
 * {@link civilDate} and {@link isCivilDate}).
 *
 * @example
 * ```ts
 * import { civilDate, type CivilDate } from "opcat-npm";
 *
 * const visitDay: CivilDate = civilDate("2023-02-14");
 * visitDay;
 * //=> "2023-02-14"
 * ```
 */
export type CivilDate = z.infer<typeof CivilDate>;
