// @time-zones: the date functions
import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatCivilDate } from "../../src/dates/formatCivilDate";
import { pad, d, datePartsIn } from "./calendar";

// Real civil dates built from a days-in-month table and the Gregorian leap rule.

// Month names written out by hand, in the official style of each language (as the
// Commissioner's reports date things): English; Russian in the genitive with "года"
// ("8 ноября 2024 года"); Kazakh year first with "жылғы" ("2024 жылғы 8 қараша").
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

describe("formatCivilDate", () => {
  it.each([
    ["2024-11-08", "8 November 2024", "8 ноября 2024 года", "2024 жылғы 8 қараша"],
    ["2024-02-29", "29 February 2024", "29 февраля 2024 года", "2024 жылғы 29 ақпан"],
    ["2024-03-01", "1 March 2024", "1 марта 2024 года", "2024 жылғы 1 наурыз"], // Almaty: UTC+6 → UTC+5
    ["2018-11-04", "4 November 2018", "4 ноября 2018 года", "2018 жылғы 4 қараша"], // Sao Paulo: no midnight
    ["2019-02-16", "16 February 2019", "16 февраля 2019 года", "2019 жылғы 16 ақпан"],
    ["2019-02-17", "17 February 2019", "17 февраля 2019 года", "2019 жылғы 17 ақпан"],
    ["2023-12-31", "31 December 2023", "31 декабря 2023 года", "2023 жылғы 31 желтоқсан"],
    ["2024-01-01", "1 January 2024", "1 января 2024 года", "2024 жылғы 1 қаңтар"],
    ["1969-12-31", "31 December 1969", "31 декабря 1969 года", "1969 жылғы 31 желтоқсан"],
    ["2023-05-20", "20 May 2023", "20 мая 2023 года", "2023 жылғы 20 мамыр"],
    ["2023-08-30", "30 August 2023", "30 августа 2023 года", "2023 жылғы 30 тамыз"],
    ["2023-09-06", "6 September 2023", "6 сентября 2023 года", "2023 жылғы 6 қыркүйек"],
    ["2023-04-10", "10 April 2023", "10 апреля 2023 года", "2023 жылғы 10 сәуір"],
    ["2023-06-12", "12 June 2023", "12 июня 2023 года", "2023 жылғы 12 маусым"],
  ])("writes %s as %j, %j and %j (the official style)", (date, en, ru, kk) => {
    expect(formatCivilDate(d(date), "en")).toBe(en);
    expect(formatCivilDate(d(date), "ru")).toBe(ru);
    expect(formatCivilDate(d(date), "kk")).toBe(kk);
  });

  it("names every month", () => {
    const months = (lang: "en" | "ru" | "kk") => Array.from({ length: 12 }, (_, index) => formatCivilDate(d(`2023-${pad(index + 1, 2)}-01`), lang));
    expect(months("en")).toEqual(EN_MONTHS.map((month) => `1 ${month} 2023`));
    expect(months("ru")).toEqual(RU_MONTHS.map((month) => `1 ${month} 2023 года`));
    expect(months("kk")).toEqual(KK_MONTHS.map((month) => `2023 жылғы 1 ${month}`));
  });

  it("does not write a year before 100 as 19xx", () => {
    expect(formatCivilDate(d("0050-01-01"), "en")).toBe("1 January 50");
    expect(formatCivilDate(d("0050-01-01"), "ru")).toBe("1 января 50 года");
    expect(formatCivilDate(d("0050-01-01"), "kk")).toBe("50 жылғы 1 қаңтар");
  });

  // No calendar names the year 0000 (date-fns wrote it as the year 1): it is written as it is.
  it("does not write the year 0000 as the year 1", () => {
    expect(formatCivilDate(d("0000-02-28"), "en")).not.toBe("28 February 0001");
    expect(formatCivilDate(d("0000-02-28"), "ru")).not.toBe("28 февраля 1 г.");
    expect(formatCivilDate(d("0000-02-28"), "kk")).not.toBe("28-ші ақпан 1 ж.");
    for (const lang of ["en", "ru", "kk"] as const) expect(formatCivilDate(d("0000-02-28"), lang)).toBe("0000-02-28");
  });

  propertyTest.prop([fc.oneof(datePartsIn(1000, 9999), datePartsIn(1960, 2030))], { numRuns: 300 })(
    "writes the day, month and year of any date from 1000 in each language, by hand-written tables",
    ({ year, month, day, date }) => {
      expect(formatCivilDate(date, "en")).toBe(`${String(day)} ${EN_MONTHS[month - 1]!} ${String(year)}`);
      expect(formatCivilDate(date, "ru")).toBe(`${String(day)} ${RU_MONTHS[month - 1]!} ${String(year)} года`);
      expect(formatCivilDate(date, "kk")).toBe(`${String(year)} жылғы ${String(day)} ${KK_MONTHS[month - 1]!}`);
    },
  );
});
