// @time-zones: dates and periods written in text
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civilDate";
import { calendarYearOf, formatDate, formatMonth, formatPeriod } from "../../src/text/dates";

const d = civilDate;
const pad = (n: number) => String(n).padStart(2, "0");

// Written out by hand: English; Russian in the genitive; Kazakh in the nominative, and in the
// attributive locative for "as of" (…дағы/…дегі/…тегі by vowel harmony and the last sound).
const EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const KK_AS_OF = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"];

describe("formatDate", () => {
  it("writes the report date in each language's official style", () => {
    expect(formatDate(d("2024-11-08"), "en")).toBe("8 November 2024");
    expect(formatDate(d("2024-11-08"), "ru")).toBe("8 ноября 2024 года");
    expect(formatDate(d("2024-11-08"), "kk")).toBe("2024 жылғы 8 қараша");
    expect(formatDate(d("2024-11-08"), "kk", "asOf")).toBe("2024 жылғы 8 қарашадағы");
  });

  it.each(EN.map((_name, index) => index + 1))("names month %i", (month) => {
    const date = d(`2023-${pad(month)}-21`);
    expect(formatDate(date, "en")).toBe(`21 ${EN[month - 1] ?? ""} 2023`);
    expect(formatDate(date, "ru")).toBe(`21 ${RU[month - 1] ?? ""} 2023 года`);
    expect(formatDate(date, "kk")).toBe(`2023 жылғы 21 ${KK[month - 1] ?? ""}`);
    expect(formatDate(date, "kk", "asOf")).toBe(`2023 жылғы 21 ${KK_AS_OF[month - 1] ?? ""}`);
  });

  it("writes days and years without leading zeros, leap days as they are", () => {
    expect(formatDate(d("2024-02-29"), "en")).toBe("29 February 2024");
    expect(formatDate(d("2024-03-01"), "ru")).toBe("1 марта 2024 года"); // Almaty moved from UTC+6 to UTC+5
    expect(formatDate(d("0050-01-01"), "en")).toBe("1 January 50");
    expect(formatDate(d("0000-02-28"), "kk")).toBe("0 жылғы 28 ақпан");
  });

  propertyTest.prop([fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })])(
    "reads the date off its digits, whatever the time zone",
    (instant) => {
      const text = `${String(instant.getUTCFullYear()).padStart(4, "0")}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}`;
      const date = d(text);
      const day = String(instant.getUTCDate());
      const year = String(instant.getUTCFullYear());
      expect(formatDate(date, "en")).toBe(`${day} ${EN[instant.getUTCMonth()] ?? ""} ${year}`);
      expect(formatDate(date, "ru")).toBe(`${day} ${RU[instant.getUTCMonth()] ?? ""} ${year} года`);
      expect(formatDate(date, "kk")).toBe(`${year} жылғы ${day} ${KK[instant.getUTCMonth()] ?? ""}`);
    },
  );
});

describe("formatPeriod", () => {
  const year = { from: d("2023-01-01"), to: d("2023-12-31") };
  const straddling = { from: d("2023-07-01"), to: d("2024-06-30") };

  it("writes the year once when both ends share it", () => {
    expect(formatPeriod(year, "en")).toBe("1 January – 31 December 2023");
    expect(formatPeriod(year, "ru")).toBe("с 1 января по 31 декабря 2023 года");
    expect(formatPeriod(year, "kk")).toBe("2023 жылғы 1 қаңтар – 31 желтоқсан");
  });

  it("writes the year at each end otherwise", () => {
    expect(formatPeriod(straddling, "en")).toBe("1 July 2023 – 30 June 2024");
    expect(formatPeriod(straddling, "ru")).toBe("с 1 июля 2023 года по 30 июня 2024 года");
    expect(formatPeriod(straddling, "kk")).toBe("2023 жылғы 1 шілде – 2024 жылғы 30 маусым");
  });

  it("writes a one-day period as that day", () => {
    expect(formatPeriod({ from: d("2024-11-08"), to: d("2024-11-08") }, "ru")).toBe("8 ноября 2024 года");
  });

  it("knows a calendar year", () => {
    expect(calendarYearOf(year)).toBe("2023");
    expect(calendarYearOf(straddling)).toBeNull();
    expect(calendarYearOf({ from: d("2023-01-01"), to: d("2023-12-30") })).toBeNull();
    expect(calendarYearOf({ from: d("2023-01-01"), to: d("2024-12-31") })).toBeNull();
  });
});

describe("formatMonth", () => {
  it("names a month for a table row, with its year when asked", () => {
    expect(formatMonth("2023-01", "en", false)).toBe("January");
    expect(formatMonth("2023-05", "ru", false)).toBe("Май");
    expect(formatMonth("2023-09", "kk", false)).toBe("Қыркүйек");
    expect(formatMonth("2023-01", "en", true)).toBe("January 2023");
    expect(formatMonth("2023-05", "ru", true)).toBe("Май 2023 года");
    expect(formatMonth("2023-09", "kk", true)).toBe("2023 жылғы қыркүйек");
  });

  it("leaves what is not a month as it is", () => {
    expect(formatMonth("2023-13", "en", false)).toBe("2023-13");
    expect(formatMonth("spring", "ru", true)).toBe("spring");
  });
});
