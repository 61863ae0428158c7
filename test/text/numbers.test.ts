import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Language } from "../../src/model/language";
import { formatNumber, formatPercent, formatPercentagePoints, formatSigned } from "../../src/text/numbers";

const NBSP = "\u00A0";

/** A formatted number read back: group separators out, the decimal comma made a point. */
function parse(text: string, lang: Language): number {
  return Number(lang === "en" ? text.split(",").join("") : text.split(NBSP).join("").replace(",", "."));
}

describe("formatNumber", () => {
  it.each([
    [0, "0", "0"],
    [-0, "0", "0"],
    [7, "7", "7"],
    [999, "999", "999"],
    [1000, "1,000", `1${NBSP}000`],
    [3125, "3,125", `3${NBSP}125`],
    [-3125, "-3,125", `-3${NBSP}125`],
    [1234567.891, "1,234,567.891", `1${NBSP}234${NBSP}567,891`],
    [-1234.5, "-1,234.5", `-1${NBSP}234,5`],
    [0.5, "0.5", "0,5"],
    [-0.25, "-0.25", "-0,25"],
    [Number.MAX_SAFE_INTEGER, "9,007,199,254,740,991", `9${NBSP}007${NBSP}199${NBSP}254${NBSP}740${NBSP}991`],
    [1e21, "1,000,000,000,000,000,000,000", `1${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000`],
    [1.5e-7, "0.00000015", "0,00000015"],
    [0.1 + 0.2, "0.30000000000000004", "0,30000000000000004"],
  ])("writes %s as %j (en) and %j (ru)", (value, en, ru) => {
    expect(formatNumber(value, "en")).toBe(en);
    expect(formatNumber(value, "ru")).toBe(ru);
    expect(formatNumber(value, "kk")).toBe(ru);
  });

  it.each([
    [2.675, 2, "2.68"], // the binary double is 2.67499…; the decimal it stands for rounds up
    [1.005, 2, "1.01"],
    [0.125, 2, "0.13"],
    [9.995, 2, "10"],
    [999.96, 1, "1,000"],
    [-2.5, 0, "-3"], // half away from zero
    [-0.004, 2, "0"], // no "-0"
    [38.00000000000001, 2, "38"],
    [1440.5, 2, "1,440.5"],
    [271.5, 1, "271.5"],
  ])("rounds %s to at most %i decimals: %j", (value, maxFractionDigits, expected) => {
    expect(formatNumber(value, "en", { maxFractionDigits })).toBe(expected);
  });

  it("pads to the minimum number of decimals", () => {
    expect(formatNumber(3, "en", { minFractionDigits: 1, maxFractionDigits: 1 })).toBe("3.0");
    expect(formatNumber(3.04, "ru", { minFractionDigits: 1, maxFractionDigits: 1 })).toBe("3,0");
    expect(formatNumber(0.5, "en", { minFractionDigits: 2 })).toBe("0.50");
  });

  it("writes what is not a finite number as a dash", () => {
    expect(formatNumber(Number.NaN, "en")).toBe("—");
    expect(formatNumber(Number.POSITIVE_INFINITY, "ru")).toBe("—");
  });

  propertyTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom<Language>("en", "ru", "kk")])(
    "never throws on a finite number, and reads back as it",
    (value, lang) => {
      const text = formatNumber(value, lang);
      expect(text).toMatch(/^-?\d/);
      expect(text).not.toMatch(/e/i);
      expect(parse(text, lang)).toBe(value === 0 ? 0 : value);
    },
  );

  propertyTest.prop([fc.maxSafeInteger()])("groups the digits of an integer by three", (value) => {
    const en = formatNumber(value, "en");
    expect(en).toMatch(/^-?\d{1,3}(,\d{3})*$/);
    expect(en.replace(/[-,]/g, "")).toBe(String(Math.abs(value)));
    expect(formatNumber(value, "ru")).toBe(en.split(",").join(NBSP));
  });

  propertyTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 6 })])(
    "rounds to within half a unit of the last decimal kept",
    (value, maxFractionDigits) => {
      const text = formatNumber(value, "en", { maxFractionDigits });
      const fraction = text.split(".")[1] ?? "";
      expect(fraction.length).toBeLessThanOrEqual(maxFractionDigits);
      expect(Math.abs(parse(text, "en") - value)).toBeLessThanOrEqual(0.5 * 10 ** -maxFractionDigits * (1 + 1e-9) + Math.abs(value) * 1e-15);
    },
  );
});

describe("formatPercent", () => {
  it.each([
    [0.4, "40%", `40${NBSP}%`],
    [0, "0%", `0${NBSP}%`],
    [1, "100%", `100${NBSP}%`],
    [0.125, "13%", `13${NBSP}%`], // 12.5 rounds half away from zero
    [0.105, "11%", `11${NBSP}%`], // the double is 0.10499…; its decimal is 0.105
    [6 / 461, "1.3%", `1,3${NBSP}%`],
    [422 / 461, "92%", `92${NBSP}%`],
    [0.0449, "4.5%", `4,5${NBSP}%`], // one decimal under 10 %, rounded once from 4.49
    [0.04449, "4.4%", `4,4${NBSP}%`], // no double rounding (4.449 → 4.45 → 4.5)
    [0.095, "9.5%", `9,5${NBSP}%`],
    [0.05, "5%", `5${NBSP}%`], // whole: no decimal
    [0.0501, "5.0%", `5,0${NBSP}%`],
    [0.0999, "10%", `10${NBSP}%`], // 9.99 rounds to 10, which takes no decimal
    [0.0001, "<0.1%", `<0,1${NBSP}%`], // not zero, so never "0%"
    [0.995, "99.5%", `99,5${NBSP}%`], // not all, so never "100%" (and not the binary 99.4999…)
    [0.9951, "99.5%", `99,5${NBSP}%`],
    [0.99951, ">99.9%", `>99,9${NBSP}%`],
    [0.994, "99%", `99${NBSP}%`],
    [1.5, "150%", `150${NBSP}%`],
    [-0.25, "-25%", `-25${NBSP}%`],
    [0.1 * 0.7, "7%", `7${NBSP}%`], // 0.06999999999999999: floating-point noise is not a decimal
  ])("writes %s as %j (en) and %j (ru, kk)", (rate, en, ru) => {
    expect(formatPercent(rate, "en")).toBe(en);
    expect(formatPercent(rate, "ru")).toBe(ru);
    expect(formatPercent(rate, "kk")).toBe(ru);
  });

  it("writes a null rate (nothing counted) as a dash", () => {
    expect(formatPercent(null, "en")).toBe("—");
    expect(formatPercent(Number.NaN, "kk")).toBe("—");
  });

  propertyTest.prop([fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom<Language>("en", "ru", "kk")])(
    "says 0 % and 100 % only for exactly 0 and 1, and is within rounding of the rate",
    (rate, lang) => {
      const text = formatPercent(rate, lang);
      const gap = lang === "en" ? "" : NBSP;
      expect(text).toMatch(lang === "en" ? /^[<>]?\d{1,3}(\.\d)?%$/ : /^[<>]?\d{1,3}(,\d)?\u00A0%$/);
      expect(text === `0${gap}%`).toBe(rate === 0);
      expect(text === `100${gap}%`).toBe(rate === 1);
      if (!/^[<>]/.test(text)) {
        const shown = parse(text.replace(/\u00A0?%$/, ""), lang);
        const decimals = /[.,]\d$/.test(text.replace(/\u00A0?%$/, "")) ? 1 : 0;
        expect(Math.abs(shown - rate * 100)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      }
    },
  );

  propertyTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])("never throws on a finite number", (rate) => {
    expect(formatPercent(rate, "ru")).toMatch(/%$/);
  });
});

describe("formatPercentagePoints", () => {
  it.each([
    [0, "0", "0"],
    [1e-17, "0", "0"], // floating-point noise
    [0.025, "+2.5 pp", `+2,5${NBSP}п.${NBSP}п.`],
    [-0.1, "-10 pp", `-10${NBSP}п.${NBSP}п.`],
    [0.00001, "+<0.1 pp", `+<0,1${NBSP}п.${NBSP}п.`],
    [0.4 - 0.42, "-2 pp", `-2${NBSP}п.${NBSP}п.`], // -0.019999999999999962
  ])("writes %s as %j (en) and %j (ru)", (difference, en, ru) => {
    expect(formatPercentagePoints(difference, "en")).toBe(en.replace(" ", NBSP));
    expect(formatPercentagePoints(difference, "ru")).toBe(ru);
  });

  it("has its own unit in Kazakh, and a dash for null", () => {
    expect(formatPercentagePoints(0.02, "kk")).toBe(`+2${NBSP}п.${NBSP}т.`);
    expect(formatPercentagePoints(null, "en")).toBe("—");
  });
});

describe("formatSigned", () => {
  it.each([
    [125, "en", "+125"],
    [-6, "en", "-6"],
    [0, "en", "0"],
    [1234, "ru", `+1${NBSP}234`],
    [0.0001, "en", "0"], // rounds to nothing: no sign
  ] as const)("writes %s in %s as %j", (value, lang, expected) => {
    expect(formatSigned(value, lang, { maxFractionDigits: 2 })).toBe(expected);
  });

  it("writes null as a dash", () => {
    expect(formatSigned(null, "kk")).toBe("—");
  });
});
