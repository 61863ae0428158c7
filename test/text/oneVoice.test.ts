// @time-zones: the period and the report date written in text by every command
// One voice: the same period, date, counts and percentages read the same in every command's
// output, in every built-in language (issue 12). Expected strings are written by hand in each
// language's official style.
import { describe, expect, it } from "vitest";
import { cli, type CliRun } from "../hostile/cli";

const DATA = "examples/data/kz-2023.json";
const NBSP = "\u00A0";

const EXPECTED = {
  en: {
    period: "1 January – 31 December 2023",
    asOf: "as of 8 November 2024",
    recommendations: "3,125",
    records: "3,261",
    overdue: "1,427",
    overdueAll: "1,507",
    warnings: "309 warnings",
    percent: /^<?\d+(?:\.\d)?%$/,
  },
  ru: {
    period: "с 1 января по 31 декабря 2023 года",
    asOf: "по состоянию на 8 ноября 2024 года",
    recommendations: `3${NBSP}125`,
    records: `3${NBSP}261`,
    overdue: `1${NBSP}427`,
    overdueAll: `1${NBSP}507`,
    warnings: "309 предупреждений",
    percent: /^<?\d+(?:,\d)?\u00A0%$/,
  },
  kk: {
    period: "2023 жылғы 1 қаңтар – 31 желтоқсан",
    asOf: "2024 жылғы 8 қарашадағы",
    recommendations: `3${NBSP}125`,
    records: `3${NBSP}261`,
    overdue: `1${NBSP}427`,
    overdueAll: `1${NBSP}507`,
    warnings: "309 ескерту",
    percent: /^<?\d+(?:,\d)?\u00A0%$/,
  },
} as const;

/** Every percentage written in a text, as the reader sees it ("40 %", "1,3 %", "92%"). */
function percentages(text: string): string[] {
  return [...text.matchAll(/<?\d[\d.,]*[\u00A0 ]?%/g)].map((match) => match[0]);
}

describe.each(["en", "ru", "kk"] as const)("one voice in %s", (lang) => {
  const expected = EXPECTED[lang];
  const outputs: Record<"summary" | "validate" | "report" | "followup", CliRun | undefined> = { summary: undefined, validate: undefined, report: undefined, followup: undefined };
  const output = async (command: keyof typeof outputs): Promise<CliRun> => {
    const asOf = command === "summary" ? [] : ["--as-of", "2024-11-08"];
    outputs[command] ??= await cli(command, DATA, "--lang", lang, ...asOf);
    return outputs[command];
  };

  it("writes the reporting period the same in summary, validate and report", async () => {
    const [summary, validate, report] = await Promise.all([output("summary"), output("validate"), output("report")]);
    expect(summary.stdout.split("\n")[0]?.endsWith(`: ${expected.period}`)).toBe(true);
    expect(validate.stdout).toContain(`(${expected.period})`);
    expect(report.stdout.split("\n")[0]?.endsWith(expected.period)).toBe(true);
  });

  it("writes the report date the same in report and followup", async () => {
    const [report, followup] = await Promise.all([output("report"), output("followup")]);
    expect(report.stdout).toContain(expected.asOf);
    expect(followup.stdout.split("\n")[0]).toContain(expected.asOf);
  });

  it("writes counts in the one number form in summary, report and followup, and the same warnings line in validate, report and followup", async () => {
    const [summary, validate, report, followup] = await Promise.all([output("summary"), output("validate"), output("report"), output("followup")]);
    // The summary counts every record of the file (3,261 recommendations), the report those of the period as of its date.
    expect(summary.stdout).toContain(`: ${expected.records}\n`);
    expect(report.stdout).toContain(expected.recommendations);
    // Overdue: the report's recommendations of 2023 (1,427), the follow-up's of every year (1,507).
    expect(report.stdout).toContain(expected.overdue);
    expect(followup.stdout).toContain(expected.overdueAll);
    expect(validate.stdout).toContain(expected.warnings);
    expect(report.stderr).toContain(expected.warnings);
    expect(followup.stderr).toContain(expected.warnings);
  });

  it("writes every percentage in report and followup in the language's one form", async () => {
    const [report, followup] = await Promise.all([output("report"), output("followup")]);
    const written = [...percentages(report.stdout), ...percentages(followup.stdout)];
    expect(written.length).toBeGreaterThan(20);
    expect(written.filter((percentage) => !expected.percent.test(percentage))).toEqual([]);
  });
});
