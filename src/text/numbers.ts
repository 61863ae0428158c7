import { packOf } from "./packOf";
import type { NumberSymbols, TextLanguage } from "./types";

// Numbers written out for readers, the same in every engine: no Intl.NumberFormat and no
// toLocaleString, whose output follows the ICU data of the Node or browser version. The
// digits come from Number.prototype.toExponential, whose shortest round-trip form the
// ECMAScript specification fixes; every rounding is done on those decimal digits, so
// 0.995 is 99.5 % (not the binary 99.49999…) and rounds half away from zero as people expect.

/** What stands for a value that is not a finite number. */
const NOT_A_NUMBER = "—";

/**
 * A non-negative decimal: `digits` with the decimal point after `point` of them (`point`
 * may be ≤ 0 or beyond the digits: zeros are implied).
 */
interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly point: number;
}

/** The shortest decimal that reads back as `value` (a finite number). */
function toDecimal(value: number): Decimal {
  const [mantissa = "0", exponent = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  return { negative: value < 0, digits, point: Number(exponent) + 1 };
}

/** The integer and fraction digits of a decimal, without leading zeros in the integer part. */
function parts(decimal: Decimal): { readonly integer: string; readonly fraction: string } {
  const { digits, point } = decimal;
  let integer: string;
  let fraction: string;
  if (point <= 0) {
    integer = "0";
    fraction = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    integer = digits + "0".repeat(point - digits.length);
    fraction = "";
  } else {
    integer = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  integer = integer.replace(/^0+(?=\d)/, "");
  return { integer, fraction: fraction.replace(/0+$/, "") };
}

/** Adds one to a string of decimal digits: "199" → "200", "99" → "100". */
function incremented(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== "9") {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  return `1${chars.join("")}`;
}

/** Rounds to `places` fraction digits, half away from zero, on the decimal digits. */
function rounded(integer: string, fraction: string, places: number): { readonly integer: string; readonly fraction: string } {
  if (fraction.length <= places) return { integer, fraction: fraction.padEnd(places, "0") };
  let kept = integer + fraction.slice(0, places);
  if ((fraction[places] ?? "0") >= "5") kept = incremented(kept);
  const integerLength = kept.length - places;
  return { integer: kept.slice(0, integerLength), fraction: kept.slice(integerLength) };
}

function grouped(integer: string, separator: string): string {
  let text = "";
  for (let end = integer.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    text = text === "" ? integer.slice(start, end) : `${integer.slice(start, end)}${separator}${text}`;
  }
  return text;
}

/**
 * How many fraction digits {@link formatNumber} writes: at least `minFractionDigits`
 * (default 0), at most `maxFractionDigits` (default: as many as the number needs).
 *
 * @internal
 */
export interface NumberFormat {
  readonly minFractionDigits?: number | undefined;
  readonly maxFractionDigits?: number | undefined;
}

function formatDecimal(decimal: Decimal, symbols: NumberSymbols, format: NumberFormat): string {
  const { group, decimal: decimalSign } = symbols;
  const min = Math.max(0, Math.floor(format.minFractionDigits ?? 0));
  const max = format.maxFractionDigits === undefined ? undefined : Math.max(min, Math.floor(format.maxFractionDigits));
  const exact = parts(decimal);
  const { integer, fraction: roundedFraction } = max === undefined ? exact : rounded(exact.integer, exact.fraction, max);
  let fraction = roundedFraction.replace(/0+$/, "");
  if (fraction.length < min) fraction = fraction.padEnd(min, "0");
  const isZero = /^0*$/.test(integer) && /^0*$/.test(fraction);
  const sign = decimal.negative && !isZero ? "-" : "";
  return `${sign}${grouped(integer === "" ? "0" : integer, group)}${fraction === "" ? "" : decimalSign + fraction}`;
}

/**
 * A number written for readers of `lang`, the same in every engine and locale: `en` groups
 * digits with "," and uses "." for decimals ("3,125", "0.5"); `ru` and `kk` group with a
 * no-break space (U+00A0) and use a decimal comma ("3 125", "0,5"). Negative numbers take
 * "-"; a zero never shows a sign. Without `maxFractionDigits` every digit of the shortest
 * decimal that reads back as the number is written (never an exponent); with it, the number
 * is rounded half away from zero on those decimal digits. Not a finite number: "—".
 *
 * @internal
 */
export function formatNumber(value: number | bigint, lang: TextLanguage, format: NumberFormat = {}): string {
  const symbols = packOf(lang).numbers;
  if (typeof value === "bigint") return formatDecimal({ negative: value < 0n, digits: (value < 0n ? -value : value).toString(), point: (value < 0n ? -value : value).toString().length }, symbols, format);
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return formatDecimal(toDecimal(value), symbols, format);
}

/**
 * `value × 100` as a decimal, by moving the point (no binary multiplication). The value is
 * first read to 15 significant digits, so that floating-point noise of a computed rate
 * (0.4 − 0.42 = −0.019999999999999962) reads as the decimal it stands for (−0.02), unless
 * that would turn a value into exactly 0 or 1, which it is not.
 */
function hundredfold(value: number): Decimal {
  const clean = Number(value.toPrecision(15));
  const decimal = toDecimal(clean === value || (clean !== 0 && Math.abs(clean) !== 1) ? clean : value);
  return { ...decimal, point: decimal.point + 2 };
}

/** The digits of a percentage (no sign, no unit) by the rounding rules of {@link formatPercent}. */
function percentDigits(decimal: Decimal, symbols: NumberSymbols, exactEnds: boolean): string {
  const positive = { ...decimal, negative: false };
  const { integer, fraction } = parts(decimal);
  if (fraction === "") return formatDecimal(positive, symbols, {});
  const tenth = rounded(integer, fraction, 1);
  const oneDecimal = formatDecimal(positive, symbols, { minFractionDigits: 1, maxFractionDigits: 1 });
  // Under 10 % (one integer digit): one decimal, unless it rounds up to 10 or down to nothing.
  if (integer.length === 1) {
    if (tenth.integer === "10") return "10";
    if (tenth.integer === "0" && tenth.fraction === "0") return `<${formatDecimal(toDecimal(0.1), symbols, {})}`;
    return oneDecimal;
  }
  // 99.5 % to 99.99…: not all, so not "100".
  if (exactEnds && integer === "99" && rounded(integer, fraction, 0).integer === "100") {
    return tenth.integer === "100" ? `>${formatDecimal(toDecimal(99.9), symbols, {})}` : oneDecimal;
  }
  return formatDecimal(positive, symbols, { maxFractionDigits: 0 });
}

/**
 * A rate (0.4) as a percentage for readers of `lang`: "40%" in `en`, "40 %" (no-break
 * space) in `ru` and `kk`. Whole percent by default; one decimal when the percentage is
 * under 10 and not whole ("4.5%" for 0.0449, "1.3%" for 6/461); rounding half away from
 * zero on the decimal digits. A rate that is not exactly 0 or 1 never reads as "0%" or
 * "100%": "<0.1%" and "99.5%" (0.995) or ">99.9%" instead. Negative rates take "-". Not a
 * finite number (or a null rate): "—".
 *
 * @internal
 */
export function formatPercent(rate: number | null, lang: TextLanguage): string {
  if (rate === null || !Number.isFinite(rate)) return NOT_A_NUMBER;
  const symbols = packOf(lang).numbers;
  const digits = percentDigits(hundredfold(rate), symbols, true);
  return symbols.percent.split("{n}").join(`${rate < 0 ? "-" : ""}${digits}`);
}

/**
 * A difference of two rates in percentage points, with its sign: "+2 pp", "-0.5 pp"
 * (`ru` "п. п.", `kk` "п. т."), rounded as {@link formatPercent} rounds; "0" when there is
 * no difference (below a billionth of a point: floating-point noise). Null: "—".
 *
 * @internal
 */
export function formatPercentagePoints(difference: number | null, lang: TextLanguage): string {
  if (difference === null || !Number.isFinite(difference)) return NOT_A_NUMBER;
  if (Math.abs(difference) < 1e-11) return "0";
  const symbols = packOf(lang).numbers;
  const digits = percentDigits(hundredfold(Math.abs(difference)), symbols, false);
  return symbols.percentagePoints.split("{n}").join(`${difference < 0 ? "-" : "+"}${digits}`);
}

/**
 * A difference with its sign: "+125", "-6", "0" (grouped as {@link formatNumber} does).
 *
 * @internal
 */
export function formatSigned(value: number | null, lang: TextLanguage, format: NumberFormat = {}): string {
  if (value === null || !Number.isFinite(value)) return NOT_A_NUMBER;
  const text = formatNumber(value, lang, format);
  return value > 0 && text !== "0" ? `+${text}` : text;
}
