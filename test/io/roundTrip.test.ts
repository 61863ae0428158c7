// Round trips through the file forms: JSON → CSV folder → JSON and JSON → NDJSON folder → JSON
// give back the dataset (CSV modulo its documented equivalences: null ≡ "" ≡ absent, [] ≡ absent
// for the optional lists escalates and history; NDJSON and JSON exactly), and buildReport
// gives the same report on what was read back.
import { readFileSync, writeFileSync } from "node:fs";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { openDataset } from "../../src/io/openDataset";
import { reportSource } from "../../src/io/reportSource";
import { writeDataset } from "../../src/io/writeDataset";
import type { ReportData } from "../../src/metrics/reportData";
import type { Dataset } from "../../src/model/dataset";
import { buildReport } from "../../src/report/buildReport";
import { arbitraryCase, type GeneratedCase } from "../fixtures/arbitraryDataset";
import { collect, csvEquivalent, scratchFolder } from "./scratch";

const scratch = scratchFolder("round-trip");
afterAll(() => {
  scratch.remove();
});

// Text that CSV must quote, or keep as it is: quotes, delimiters, line breaks of every kind,
// spaces at the ends, Kazakh letters. No digits and no "@": nothing the privacy rule looks at.
const PIECES = ['"', '""', ",", ";", "\r\n", "\n", "\r", " ", "  ", "\t", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І", "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ё", "жол", "a", "IVS", "x y"];
const freeText = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((pieces) => pieces.join(""));
const spaces = fc.constantFrom("", " ", "  ", "\t ");
// A name is not blank: something visible between any spaces and line breaks.
const nonBlankName = fc.tuple(spaces, freeText, fc.constantFrom("Ә", "ң", "Б", "a", '"', ";", ","), freeText, spaces).map((parts) => parts.join(""));

const extraGene = fc.record({
  name: nonBlankName,
  text: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant(""), freeText),
  // Which absent optional fields to give as null (or as an empty list) instead.
  nulls: fc.nat(7),
  announced: fc.constantFrom(undefined, null, true, false),
});

type Extra = typeof extraGene extends fc.Arbitrary<infer T> ? T : never;
type Row = Record<string, unknown>;

/** A generated valid dataset with text fields and null values added (as JSON would hold them). */
function withTexts(generated: GeneratedCase, extras: readonly Extra[]): { dataset: Row & Record<"facilities" | "visits" | "recommendations" | "accountability", Row[]>; options: GeneratedCase["options"] } {
  const dataset = structuredClone(generated.dataset) as unknown as Row & Record<"facilities" | "visits" | "recommendations" | "accountability", Row[]>;
  const extra = (i: number): Extra => extras[i % extras.length]!;
  const nullIfAbsent = (record: Row, key: string, on: boolean, value: unknown = null): void => {
    if (on && record[key] === undefined) record[key] = value;
  };
  dataset.facilities.forEach((facility, i) => {
    const { name, nulls } = extra(i);
    facility["name"] = name;
    nullIfAbsent(facility, "capacity", (nulls & 1) !== 0);
    nullIfAbsent(facility, "openedOn", (nulls & 2) !== 0);
    nullIfAbsent(facility, "closedOn", (nulls & 4) !== 0);
  });
  dataset.visits.forEach((visit, i) => {
    const { announced, nulls } = extra(i);
    if (announced !== undefined) visit["announced"] = announced;
    nullIfAbsent(visit, "endedOn", (nulls & 1) !== 0);
    nullIfAbsent(visit, "followUpOf", (nulls & 2) !== 0);
    nullIfAbsent(visit, "trigger", (nulls & 4) !== 0);
  });
  dataset.recommendations.forEach((recommendation, i) => {
    const { text, nulls } = extra(i + 3);
    if (text !== undefined) recommendation["text"] = text;
    nullIfAbsent(recommendation, "repeatOf", (nulls & 1) !== 0);
    nullIfAbsent(recommendation, "escalates", (nulls & 2) !== 0, []);
    nullIfAbsent(recommendation, "dueOn", (nulls & 4) !== 0);
  });
  dataset.accountability.forEach((action, i) => {
    if ((extra(i).nulls & 1) !== 0 && action["visitId"] === undefined) Object.assign(action, { visitId: null, facilityId: null, agency: null });
  });
  return { dataset, options: generated.options };
}

const arbitraryTextCase = fc.tuple(arbitraryCase, fc.array(extraGene, { minLength: 1, maxLength: 12 })).map(([generated, extras]) => withTexts(generated, extras));

const asReportData = (value: unknown): ReportData => value as ReportData;

describe("round trips through the file forms", () => {
  it("the generated datasets hold the text CSV finds hard often enough", () => {
    const cases = fc.sample(arbitraryTextCase, { seed: 11, numRuns: 40 });
    const texts = cases.map(({ dataset }) => [...dataset.facilities.map((f) => f["name"]), ...dataset.recommendations.map((r) => r["text"])].filter((text): text is string => typeof text === "string"));
    const some = (test: (text: string) => boolean): number => texts.filter((list) => list.some(test)).length;
    expect(some((text) => text.includes("\r\n"))).toBeGreaterThan(10);
    expect(some((text) => /\r(?!\n)/.test(text))).toBeGreaterThan(10);
    expect(some((text) => text.includes('"'))).toBeGreaterThan(10);
    expect(some((text) => text.includes(";") && text.includes(","))).toBeGreaterThan(10);
    expect(some((text) => text !== text.trim())).toBeGreaterThan(10);
    expect(some((text) => /[әғқңөұүһі]/i.test(text))).toBeGreaterThan(10);
    expect(some((text) => text === "")).toBeGreaterThan(5);
    expect(cases.filter(({ dataset }) => dataset.recommendations.some((r) => r["escalates"] !== undefined && (r["escalates"] as unknown[]).length === 0)).length).toBeGreaterThan(3);
    expect(cases.filter(({ dataset }) => dataset.facilities.some((f) => f["closedOn"] === null)).length).toBeGreaterThan(5);
  });

  propertyTest.prop([arbitraryTextCase], { numRuns: 40 })("JSON → CSV folder → JSON gives the dataset back modulo null ≡ empty text ≡ absent and [] ≡ absent (escalates, history), with the same report", async ({ dataset, options }) => {
    const jsonFile = `${scratch.fresh("original")}.json`;
    writeFileSync(jsonFile, JSON.stringify(dataset, null, 2));
    const csvFolder = scratch.fresh("csv");
    await writeDataset(await openDataset(jsonFile), csvFolder, { form: "csv" });
    const back = `${scratch.fresh("back")}.json`;
    await writeDataset(await openDataset(csvFolder), back, { form: "json" });
    const readBack = JSON.parse(readFileSync(back, "utf8")) as Row;

    expect(readBack).toStrictEqual(csvEquivalent(dataset));
    expect(buildReport(asReportData(readBack), options)).toStrictEqual(buildReport(asReportData(dataset), options));
    // And reading the CSV folder in one pass gives the same report too.
    const { validation, report } = await reportSource(await openDataset(csvFolder), options);
    expect(validation.counts.errors).toBe(0);
    expect(report).toStrictEqual(buildReport(asReportData(dataset), options));
  }, 30_000);

  propertyTest.prop([arbitraryTextCase], { numRuns: 40 })("JSON → NDJSON folder → JSON gives the dataset back exactly, with the same report", async ({ dataset, options }) => {
    const jsonFile = `${scratch.fresh("original")}.json`;
    writeFileSync(jsonFile, JSON.stringify(dataset));
    const folder = scratch.fresh("ndjson");
    await writeDataset(await openDataset(jsonFile), folder, { form: "ndjson" });
    const readBack = await collect(await openDataset(folder));

    expect(readBack).toStrictEqual(dataset);
    expect(buildReport(asReportData(readBack), options)).toStrictEqual(buildReport(asReportData(dataset), options));
  }, 30_000);

  propertyTest.prop([arbitraryTextCase], { numRuns: 40 })("JSON → JSON with writeDataset is exact, from a dataset in memory and from a source", async ({ dataset }) => {
    const fromMemory = `${scratch.fresh("memory")}.json`;
    await writeDataset(dataset as unknown as Dataset, fromMemory, { form: "json" });
    expect(JSON.parse(readFileSync(fromMemory, "utf8"))).toStrictEqual(dataset);

    const fromSource = `${scratch.fresh("source")}.json`;
    await writeDataset(await openDataset(fromMemory), fromSource, { form: "json" });
    expect(JSON.parse(readFileSync(fromSource, "utf8"))).toStrictEqual(dataset);
    expect(await collect(await openDataset(fromSource))).toStrictEqual(dataset);
  }, 30_000);
});
