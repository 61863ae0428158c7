import { OpcatError } from "../errors/OpcatError";

/**
 * A share: `numerator` of `denominator`, and `rate` = numerator / denominator, or `null`
 * when the denominator is 0 (no rate, rather than 0 % or NaN). Never rounded: rounding
 * happens only when a report is rendered.
 *
 * @example
 * ```ts
 * import type { Rate } from "opcat-npm";
 *
 * const implemented: Rate = { numerator: 1250, denominator: 3125, rate: 0.4 };
 * implemented.rate;
 * //=> 0.4
 * ```
 */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  readonly rate: number | null;
}

/**
 * The {@link Rate} of `numerator` to `denominator`; `rate` is null when the denominator is 0.
 * Throws an {@link OpcatError} (`schema.invalid_type`) unless both are numbers.
 *
 * @example
 * ```ts
 * import { rateOf } from "opcat-npm";
 *
 * rateOf(1, 4);
 * //=> { numerator: 1, denominator: 4, rate: 0.25 }
 * rateOf(0, 0);
 * //=> { numerator: 0, denominator: 0, rate: null }
 * ```
 */
export function rateOf(numerator: number, denominator: number): Rate {
  if (typeof numerator !== "number" || typeof denominator !== "number" || Number.isNaN(numerator) || Number.isNaN(denominator)) {
    throw new OpcatError([{ code: "schema.invalid_type", path: [], message: "rateOf takes two numbers", params: { argument: typeof numerator === "number" && !Number.isNaN(numerator) ? "denominator" : "numerator", expected: "number" } }]);
  }
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}
