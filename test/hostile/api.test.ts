import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import * as core from "../../src/index";
import * as io from "../../src/io/index";
import { run, type CliIo } from "../../src/cli/run";
import { isErrorCode } from "../../src/errors/errorCatalogue";
import { OpcatError } from "../../src/errors/OpcatError";
import { cleanDataset } from "../validate/cleanDataset";

// Issue 11, "The API's promises kept": validateDataset never throws, whatever it is given;
// every other public function gives a normal result or throws an OpcatError with a code of
// the documented set, never a TypeError. The walk below is generated from the export lists,
// so a new export fails "has sample arguments" until it is covered.

const root = new URL("../../", import.meta.url).pathname;
mkdirSync(join(root, ".tmp"), { recursive: true });
const scratch = mkdtempSync(join(root, ".tmp", "hostile-api-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
let folders = 0;
const freshFolder = (): string => join(scratch, `out-${String(++folders)}`);

const TINY = new URL("../fixtures/cli/tiny.json", import.meta.url).pathname;
const AS_OF = core.civilDate("2024-11-08");
const dataset = (): typeof cleanDataset => structuredClone(cleanDataset);
const report = () => core.buildReport(dataset() as never, { asOf: AS_OF });
const followUp = () => core.followUpReport(dataset() as never, { asOf: AS_OF });
const accumulator = () => core.accumulateReport(dataset() as never, { asOf: AS_OF });
const labels = (text: string) => ({ en: text, ru: text, kk: text });
const definition = () => ({
  id: "demo",
  name: labels("Demo"),
  lists: {
    agencies: [{ code: "justice", labels: labels("Justice") }],
    facilityTypes: [{ code: "prison", defaultAgency: "justice", labels: labels("Prison") }],
    regions: [{ code: "R1", labels: labels("Region 1") }],
    themes: [{ code: "food", labels: labels("Food") }],
  },
  rules: { minTeamSize: 2, periodicCycleYears: 2 },
});

type Sample = () => unknown[] | Promise<unknown[]>;
const metric: Sample = () => [dataset(), { asOf: AS_OF }];

/** Arguments each public function accepts: the walk replaces one at a time by a hostile value. */
const SAMPLES: Readonly<Record<string, Sample>> = {
  OpcatError: () => [[{ code: "schema.invalid_date", path: [], message: "not a date", params: {} }]],
  isErrorCode: () => ["io.bad_csv"],
  errorMessage: () => [new OpcatError([{ code: "io.target_exists", path: [], message: "x exists", params: { file: "x" } }]), "kk"],
  datasetJsonSchema: () => [],
  findUnknownKeys: () => [dataset()],
  addDays: () => ["2023-01-31", 1],
  civilDate: () => ["2023-01-31"],
  compareCivilDates: () => ["2023-01-31", "2023-02-01"],
  daysBetween: () => ["2023-01-31", "2023-02-01"],
  formatCivilDate: () => ["2023-01-31", "ru"],
  isLanguageTag: () => ["uk"],
  datasetDigest: () => [dataset()],
  languagePack: () => ["kk"],
  checkLanguagePack: () => ["ru"],
  defineLanguagePack: () => [{ ...core.languagePack("ru"), tag: "uk", name: "Українська", fallback: ["ru"], texts: { report: { total: "Усього" } } }],
  isCivilDate: () => ["2023-01-31"],
  isWithinPeriod: () => ["2023-01-31", { from: "2023-01-01", to: "2023-12-31" }],
  monthOf: () => ["2023-01-31"],
  quarterOf: () => ["2023-01-31"],
  statusAsOf: () => [cleanDataset.recommendations[0], "2023-12-31"],
  defineProfile: () => [definition()],
  safeDefineProfile: () => [definition()],
  label: () => [core.kz, "regions", "KZ-75", "ru"],
  labelledCodes: () => [core.kz, "visitTypes", "kk"],
  migrateRegionCodes: () => [{ facilities: [{ id: "F-1", region: "KZ-AST" }] }, core.kz],
  schemasFor: () => [core.kz],
  formatIssueMessage: () => ["ref.unknown_visit", { id: "V-9" }, "ru"],
  findPersonalIdentifiers: () => ["IIN 900101300126"],
  idAsRead: () => ["F-0001\u200B"],
  isValidIin: () => ["900101300126"],
  createDatasetValidator: () => [{ lang: "kk" }],
  validateDataset: () => [dataset(), { asOf: AS_OF }],
  daysToImplement: metric,
  escalations: metric,
  facilitiesByAgency: metric,
  facilitiesByRegion: metric,
  facilitiesByType: metric,
  facilitiesMonitored: metric,
  facilityCoverage: metric,
  implementationRate: metric,
  officialsHeldLiable: metric,
  rateOf: () => [1, 4],
  recommendationsByAgency: metric,
  recommendationsByStatus: metric,
  recommendationsByTheme: metric,
  recommendationsOverdue: metric,
  recommendationsTotal: metric,
  visitsByAgency: metric,
  visitsByFacilityType: metric,
  visitsByMonth: metric,
  visitsByRegion: metric,
  visitsByType: metric,
  visitsByTypeAndFacilityType: metric,
  visitsTotal: metric,
  accumulateReport: metric,
  buildReport: metric,
  reconcile: () => [report(), { visits: { total: 3 } }],
  createReportBuilder: metric,
  finishReport: () => [accumulator(), { visits: { total: 3 } }],
  mergeReportAccumulators: () => [accumulator(), accumulator()],
  compareReports: () => [report(), report()],
  renderReport: () => [report(), { lang: "ru", format: "text" }],
  reportJsonSchema: () => [],
  overdueRecommendations: metric,
  escalationCandidates: metric,
  escalationOutcomes: metric,
  repeatChains: metric,
  likelyRepeats: metric,
  visitPlan: metric,
  followUpReport: metric,
  renderFollowUp: () => [followUp(), { lang: "kk", format: "markdown" }],
  followUpCsv: () => [followUp()],
  reportTables: () => [report(), { lang: "en", profile: core.kz }],
  reportTableCsv: () => [core.reportTables(report(), { lang: "ru", profile: core.kz })[0], "ru"],
  // opcat-npm/io
  ReadError: () => ["io.not_found", "cannot read data.json: no such file", { file: "data.json", line: 0 }],
  WriteError: () => [[{ code: "io.target_exists", path: [], message: "out.json exists already", params: { file: "out.json" } }]],
  reportSource: async () => [await io.openDataset(TINY), { asOf: AS_OF }],
  validateSource: async () => [await io.openDataset(TINY), { lang: "ru" }],
  datapackageDescriptor: () => [core.kz, "ru"],
  writeTemplate: () => [freshFolder(), { lang: "en", profile: core.kz }],
  writeReportTables: () => [report(), freshFolder(), { lang: "en", profile: core.kz }],
  openDataset: () => [TINY, {}],
  writeDataset: () => [dataset(), join(freshFolder(), "data.json"), { form: "json" }],
};

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const thrower = (): never => {
  throw new Error("a trap that throws");
};

/** Values a hostile or careless caller may pass anywhere: each must be refused cleanly. */
const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ["undefined", () => undefined],
  ["null", () => null],
  ["0", () => 0],
  ["NaN", () => Number.NaN],
  ["-1", () => -1],
  ['""', () => ""],
  ['"garbage"', () => "garbage"],
  ["[]", () => []],
  ["{}", () => ({})],
  ["a frozen {}", () => Object.freeze({})],
  ["a Map", () => new Map([["visits", []]])],
  ["a Set", () => new Set([1])],
  ["a typed array", () => new Uint8Array(4)],
  ["a Date", () => new Date(0)],
  ["a symbol", () => Symbol("hostile")],
  ["a bigint", () => 12n],
  ["a function", () => () => 1],
  ["a class instance", () => new (class Options {
    asOf = "2024-11-08";
  })()],
  ["a revoked proxy", revoked],
  ["a proxy whose every read throws", () => new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower })],
  [
    "an object with getters that throw",
    () =>
      Object.defineProperties({}, Object.fromEntries(["asOf", "period", "lang", "format", "profile", "visits", "facilities", "recommendations", "history", "form", "records", "fields", "options", "states", "code"].map((key) => [key, { get: thrower, enumerable: true }]))),
  ],
  ["a sparse array of 2^32 - 1", (): unknown[] => new Array<unknown>(2 ** 32 - 1)],
];

// Every code an OpcatError of a bad argument may carry (docs/report.md, followup.md,
// validation.md, profiles.md, io.md): the validator's shared codes, the option codes, and
// profile.* (defineProfile) and io.* (opcat-npm/io).
const DOCUMENTED = new Set([
  "schema.invalid_type",
  "schema.invalid_value",
  "schema.invalid_date",
  "schema.required",
  "schema.unreadable",
  "schema.too_big",
  "date.period_order",
  "date.as_of_before_period",
  "date.horizon_before_as_of",
  "date.out_of_range",
  "report.incompatible_parts",
  "validate.usage",
]);
// ...and every one of ERROR_CATALOGUE, the list of every code an OpcatError may carry.
const documented = (code: string, where: "core" | "io"): boolean => isErrorCode(code) && (DOCUMENTED.has(code) || code.startsWith("profile.") || code.startsWith("language.") || (where === "io" && code.startsWith("io.")));

const isClass = (f: unknown): f is new (...args: unknown[]) => unknown => typeof f === "function" && /^class\b/.test(Function.prototype.toString.call(f));

/** What a call gave: "ok", or why not ("TypeError: ...", "OpcatError without a documented code: ..."). */
async function outcome(f: (...args: unknown[]) => unknown, args: unknown[], where: "core" | "io"): Promise<string> {
  try {
    const result = isClass(f) ? new f(...args) : f(...args);
    if (result instanceof Promise) await result;
    return "ok";
  } catch (error) {
    // A ReadError and a WriteError are OpcatErrors too; every problem's code is in the catalogue.
    if (error instanceof OpcatError) return error.problems.every((problem) => documented(problem.code, where)) ? "ok" : `OpcatError with an undocumented code ${error.problems.map((problem) => problem.code).join(", ")}`;
    return `${error instanceof Error ? error.name : typeof error}: ${error instanceof Error ? error.message.slice(0, 120) : String(error)}`;
  }
}

interface Export {
  readonly name: string;
  readonly value: unknown;
  readonly where: "core" | "io";
}
const EXPORTS = [
  ...Object.entries(core).map(([name, value]): Export => ({ name, value, where: "core" })),
  // opcat-npm/io's reportTables is the core's, walked once.
  ...Object.entries(io)
    .filter(([, value]) => !(Object.values(core) as unknown[]).includes(value))
    .map(([name, value]): Export => ({ name, value, where: "io" })),
].flatMap((entry) => (typeof entry.value === "function" ? [{ ...entry, value: entry.value as (...args: unknown[]) => unknown }] : []));

describe("every public function, walked with hostile arguments", () => {
  it("has sample arguments here (a new export needs them)", () => {
    expect(EXPORTS.map((entry) => entry.name).filter((name) => !(name in SAMPLES))).toEqual([]);
    expect(EXPORTS.length).toBe(Object.keys(SAMPLES).length);
  });

  for (const { name, value: f, where } of EXPORTS) {
    it(`${name}: a normal result or an OpcatError with a documented code, for each argument in turn`, { timeout: 60_000 }, async () => {
      const sample = SAMPLES[name];
      if (sample === undefined) return;
      // The sample itself works: what fails below fails because of the hostile value.
      expect(await outcome(f, await sample(), where)).toBe("ok");
      const failures: string[] = [];
      const positions = Math.max(f.length, (await sample()).length);
      // "garbage" is a path too: what a writer makes of it lands in the scratch folder.
      const cwd = process.cwd();
      process.chdir(scratch);
      try {
        for (let position = 0; position < positions; position++) {
          const left = await sample();
          // The argument left out, and those after it: buildReport(data) without options.
          const missing = await outcome(f, left.slice(0, position), where);
          if (missing !== "ok") failures.push(`argument ${String(position)} left out: ${missing}`);
          for (const [label, hostile] of HOSTILE) {
            const args = await sample();
            args[position] = hostile();
            const result = await outcome(f, args, where);
            if (result !== "ok") failures.push(`argument ${String(position)} ${label}: ${result}`);
          }
        }
      } finally {
        process.chdir(cwd);
      }
      expect(failures).toEqual([]);
    });
  }
});

const codes = (result: core.ValidationResult) => result.issues.map((issue) => [issue.code, issue.path, issue.params]);

describe("validateDataset never throws", () => {
  // The hostile values above among them (fc.anything alone seldom gives null options), made
  // inside the property: fast-check cannot hold a revoked proxy.
  const hostile = HOSTILE.filter(([label]) => !label.startsWith("a sparse"));
  const anything = (constraints: Parameters<typeof fc.anything>[0]) =>
    fc.oneof(
      fc.nat(hostile.length - 1).map((index) => ({ hostile: index })),
      fc.anything(constraints).map((value) => ({ value })),
    );
  const made = (drawn: { hostile: number } | { value: unknown }): unknown => ("hostile" in drawn ? hostile[drawn.hostile]?.[1]() : drawn.value);
  propertyTest.prop([anything({ withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), anything({ withMap: true, withNullPrototype: true })], { numRuns: 300 })(
    "for any input and any options, with valid false exactly when there is an error",
    (input, options) => {
      const result = core.validateDataset(made(input), made(options) as never);
      expect(result.valid).toBe(result.counts.errors === 0);
      expect(result.issues.filter((issue) => issue.severity === "error").length).toBeLessThanOrEqual(result.counts.errors);
    },
  );

  it("with null options: the issue options.invalid, and the data checked with the defaults", () => {
    const result = core.validateDataset(cleanDataset, null as never);
    expect(codes(result)).toEqual([["options.invalid", [], { option: "options", value: "null", expected: "object" }]]);
    expect(result.valid).toBe(false);
    expect(result.issues[0]?.message).toBe("The option “options” cannot be used: “null” given, an object with the options expected. It was left at its default; fix the option.");
  });

  it("with a revoked proxy as input: schema.unreadable, not the streaming validator's validate.usage", () => {
    expect(codes(core.validateDataset(revoked()))).toEqual([["schema.unreadable", [], {}]]);
    expect(codes(core.validateDataset(revoked(), revoked() as never))).toEqual([
      ["options.invalid", [], { option: "options", value: "unreadable", expected: "object" }],
      ["schema.unreadable", [], {}],
    ]);
  });

  it("with asOf garbage: refused as buildReport refuses it, by the same check", () => {
    const result = core.validateDataset(cleanDataset, { asOf: "garbage" as never, lang: "ru" });
    expect(codes(result)).toEqual([["options.invalid", [], { option: "asOf", value: "garbage", expected: "date" }]]);
    expect(result.issues[0]?.message).toBe("Параметр «asOf» не может быть использован: передано «garbage», ожидается дата в формате ГГГГ-ММ-ДД. Применено значение по умолчанию; исправьте параметр.");
    expect(() => core.buildReport(cleanDataset as never, { asOf: "garbage" as never })).toThrow(expect.objectContaining({ code: "schema.invalid_date", path: ["asOf"] }));
  });

  it("with every other option wrong: one issue each, in the order profile, lang, asOf, maxIssues", () => {
    const getters = Object.defineProperty({ lang: "xx", asOf: "2023-02-30", maxIssues: -1 }, "profile", { get: thrower, enumerable: true });
    expect(codes(core.validateDataset(cleanDataset, getters as never))).toEqual([
      ["options.invalid", [], { option: "profile", value: "unreadable", expected: "profile" }],
      ["options.invalid", [], { option: "lang", value: "xx", expected: "language" }],
      ["options.invalid", [], { option: "asOf", value: "2023-02-30", expected: "date" }],
      ["options.invalid", [], { option: "maxIssues", value: -1, expected: "count" }],
    ]);
    expect(codes(core.validateDataset(cleanDataset, { profile: { id: "kz" } as never, maxIssues: "5" as never }))).toEqual([
      ["options.invalid", [], { option: "profile", value: "object", expected: "profile" }],
      ["options.invalid", [], { option: "maxIssues", value: "5", expected: "count" }],
    ]);
  });

  it("the streaming validator reports its options the same way, at result()", () => {
    const validator = core.createDatasetValidator({ asOf: "garbage" as never });
    validator.dataset({ ...cleanDataset, facilities: undefined, visits: undefined, recommendations: undefined, accountability: undefined });
    expect(codes(validator.result())).toEqual([["options.invalid", [], { option: "asOf", value: "garbage", expected: "date" }]]);
  });

  it("with Maps, Sets and typed arrays as collections: schema.invalid_type at each", () => {
    const result = core.validateDataset({ ...cleanDataset, facilities: new Map(), visits: new Set(), recommendations: new Uint8Array(2), accountability: {} });
    expect(codes(result).filter(([code]) => code === "schema.invalid_type")).toEqual([
      ["schema.invalid_type", ["facilities"], { expected: "array", received: "object" }],
      ["schema.invalid_type", ["visits"], { expected: "array", received: "object" }],
      ["schema.invalid_type", ["recommendations"], { expected: "array", received: "object" }],
      ["schema.invalid_type", ["accountability"], { expected: "array", received: "object" }],
    ]);
  });

  it("with frozen, sealed and class-instance records: read like plain ones", () => {
    class Action {
      id = "A-1";
      decidedOn = "2023-06-01";
      initiator = "commissioner_office";
      measure = "disciplinary";
      officials = 2;
    }
    const frozen = Object.freeze({ ...dataset(), facilities: Object.freeze(cleanDataset.facilities.map((f) => Object.freeze({ ...f }))), visits: Object.seal(dataset().visits) });
    expect(codes(core.validateDataset(frozen))).toEqual([]);
    expect(codes(core.validateDataset({ ...dataset(), accountability: [new Action()] }))).toEqual([]);
  });

  it("with a sparse array of 2^32 - 1 records: schema.too_big, not minutes of reading", () => {
    expect(codes(core.validateDataset({ ...dataset(), visits: new Array(2 ** 32 - 1) }))).toEqual([
      ["schema.too_big", ["visits"], { maximum: 2 ** 24, kind: "array" }],
      // The visits were not read: the references to them are unknown.
      ["ref.unknown_visit", ["recommendations", 0, "visitId"], { id: "V-1" }],
      ["ref.unknown_visit", ["recommendations", 1, "visitId"], { id: "V-3" }],
      ["ref.unknown_visit", ["accountability", 0, "visitId"], { id: "V-1" }],
    ]);
  });

  it("with holes and nulls for records: schema.invalid_type at each, expected an object", () => {
    // eslint-disable-next-line no-sparse-arrays -- the case under test
    const result = core.validateDataset({ ...dataset(), accountability: [, null, "A-1"] });
    expect(codes(result)).toEqual([
      ["schema.invalid_type", ["accountability", 0], { expected: "object", received: "undefined" }],
      ["schema.invalid_type", ["accountability", 1], { expected: "object", received: "null" }],
      ["schema.invalid_type", ["accountability", 2], { expected: "object", received: "string" }],
    ]);
  });

  it("with a list inside a record claiming 2^32 - 1 entries: schema.too_big there, the record not read further", () => {
    const visits = dataset().visits;
    const [first] = visits;
    if (first !== undefined) first.facilityIds = new Array(2 ** 32 - 1);
    const notes = { ...dataset().recommendations[1], notes: { list: new Array(70_000) } };
    const result = core.validateDataset({ ...dataset(), visits, recommendations: [dataset().recommendations[0], notes, dataset().recommendations[2]] });
    expect(codes(result)).toEqual([
      ["schema.too_big", ["visits", 0, "facilityIds"], { maximum: 65_536, kind: "array" }],
      // V-1 was not read: the references to it are unknown (a follow-up's, once all visits are read).
      ["ref.unknown_visit", ["recommendations", 0, "visitId"], { id: "V-1" }],
      ["schema.unknown_key", ["recommendations", 1, "notes"], { key: "notes" }],
      ["schema.too_big", ["recommendations", 1, "notes", "list"], { maximum: 65_536, kind: "array" }],
      ["ref.unknown_visit", ["accountability", 0, "visitId"], { id: "V-1" }],
      ["ref.unknown_visit", ["visits", 1, "followUpOf"], { id: "V-1" }],
    ]);
  });
});

/** The OpcatError a call throws, as [code, path, params] of each problem (or "no throw"). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    if (error instanceof OpcatError) return error.problems.map((problem) => [problem.code, problem.path, problem.params]);
    return `not an OpcatError: ${String(error)}`;
  }
  return "no throw";
}

describe("the other functions: an OpcatError naming the problem, never a TypeError", () => {
  it("buildReport(undefined), and buildReport(data) without options", () => {
    expect(thrown(() => core.buildReport(undefined as never, { asOf: AS_OF }))).toEqual([["schema.invalid_type", [], { argument: "data", expected: "an object", received: "undefined" }]]);
    expect(thrown(() => (core.buildReport as (data: unknown) => unknown)(cleanDataset))).toEqual([
      ["schema.invalid_date", ["asOf"], { value: null }],
    ]);
  });

  it("a Map as visits is refused, naming the collection, instead of a report of 0 visits", () => {
    const withMap = { ...dataset(), visits: new Map(cleanDataset.visits.map((visit) => [visit.id, visit])) };
    expect(thrown(() => core.buildReport(withMap as never, { asOf: AS_OF }))).toEqual([["schema.invalid_type", ["visits"], { argument: "data", expected: "an array", received: "Map" }]]);
    expect(thrown(() => core.visitsTotal(withMap as never, { asOf: AS_OF }))).toEqual([["schema.invalid_type", ["visits"], { argument: "data", expected: "an array", received: "Map" }]]);
    expect(thrown(() => core.followUpReport(withMap as never, { asOf: AS_OF }))).toEqual([["schema.invalid_type", ["visits"], { argument: "data", expected: "an array", received: "Map" }]]);
    // validateDataset says the same, as an issue.
    expect(codes(core.validateDataset(withMap)).filter(([code]) => code === "schema.invalid_type")).toEqual([["schema.invalid_type", ["visits"], { expected: "array", received: "object" }]]);
  });

  it("a record that breaks the computation is named, with its path", () => {
    const visits = [{ ...cleanDataset.visits[0], facilityIds: undefined }];
    expect(thrown(() => core.buildReport({ ...dataset(), visits } as never, { asOf: AS_OF }))).toEqual([["schema.required", ["visits", 0, "facilityIds"], { argument: "data", field: "facilityIds" }]]);
    const recommendations = [...dataset().recommendations, null];
    expect(thrown(() => core.followUpReport({ ...dataset(), recommendations } as never, { asOf: AS_OF }))).toEqual([
      ["schema.invalid_type", ["recommendations", 3], { argument: "data", expected: "a record (an object)", received: "null" }],
    ]);
    const builder = core.createReportBuilder(dataset() as never, { asOf: AS_OF });
    expect(thrown(() => builder.addVisit(undefined as never))).toEqual([["schema.invalid_type", [], { argument: "visit", expected: "a record (an object)", received: "undefined" }]]);
  });

  it("renderReport(report) without options; renderFollowUp(report) too", () => {
    expect(thrown(() => (core.renderReport as (report: unknown) => unknown)(report()))).toEqual([
      ["schema.invalid_value", ["lang"], { value: null, expected: "en | ru | kk | language pack" }],
      ["schema.invalid_value", ["format"], { value: null, expected: "markdown | text" }],
    ]);
    expect(thrown(() => (core.renderFollowUp as (report: unknown) => unknown)(followUp()))).toEqual([
      ["schema.invalid_value", ["lang"], { value: null, expected: "en | ru | kk | language pack" }],
      ["schema.invalid_value", ["format"], { value: null, expected: "markdown | text" }],
    ]);
    // A follow-up report given where a report belongs: its format tag says so.
    expect(thrown(() => core.renderReport(followUp() as never, { lang: "en", format: "text" }))).toEqual([
      ["schema.invalid_value", ["format"], { argument: "report", value: "opcat-npm/followup@1", expected: "opcat-npm/report@1" }],
    ]);
  });

  it("an accumulator that went through JSON: refused, saying why", () => {
    const json = JSON.parse(JSON.stringify(accumulator())) as core.ReportAccumulator;
    const error = (() => {
      try {
        core.finishReport(json);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(OpcatError);
    expect((error as OpcatError).problems.map((problem) => [problem.code, problem.path, problem.message])).toEqual([
      ["schema.invalid_type", ["facilities"], "accumulator.facilities is not a Map: a ReportAccumulator holds Maps and Sets, which JSON does not keep: pass it with postMessage or v8.serialize"],
      ["schema.invalid_type", ["states"], "accumulator.states is not a Map: a ReportAccumulator holds Maps and Sets, which JSON does not keep: pass it with postMessage or v8.serialize"],
    ]);
    expect(thrown(() => core.mergeReportAccumulators(accumulator(), json))).toEqual([
      ["schema.invalid_type", ["facilities"], { argument: "b", expected: "a Map", received: "object" }],
      ["schema.invalid_type", ["states"], { argument: "b", expected: "a Map", received: "object" }],
    ]);
    // structuredClone keeps Maps and Sets, as postMessage does: that one is fine.
    expect(core.finishReport(structuredClone(accumulator()))).toEqual(core.finishReport(accumulator()));
  });

  it("followUpReport, escalationCandidates and visitPlan with options that are not an object", () => {
    for (const f of [core.followUpReport, core.escalationCandidates, core.visitPlan]) {
      expect(thrown(() => f(dataset() as never, null as never))).toEqual([["schema.invalid_type", [], { argument: "options", expected: "an object", received: "null" }]]);
    }
  });

  it("writeDataset of a cyclic record: io.not_representable with its path, nothing written", async () => {
    const cyclic: Record<string, unknown> = { ...cleanDataset.facilities[0] };
    cyclic["self"] = cyclic;
    const target = join(freshFolder(), "data.json");
    await expect(io.writeDataset({ ...dataset(), facilities: [cyclic] } as never, target, { form: "json" })).rejects.toMatchObject({ code: "io.not_representable", path: ["facilities", 0, "self"] });
  });

  it("opcat-npm/io: a source that is not a DatasetSource, options that throw when read", async () => {
    await expect(io.validateSource({} as never)).rejects.toMatchObject({ code: "schema.invalid_type", path: ["fields"], params: { argument: "source" } });
    await expect(io.reportSource(await io.openDataset(TINY), Object.defineProperty({}, "asOf", { get: thrower }) as never)).rejects.toMatchObject({ code: "schema.unreadable", path: ["asOf"] });
    await expect(io.openDataset(TINY, { form: "xlsx" as never })).rejects.toMatchObject({ code: "schema.invalid_value", path: ["form"] });
  });
});

async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const cliIo: CliIo = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text) };
  const code = await run(argv, cliIo);
  return { code, stdout, stderr };
}

describe("through the CLI, where users meet it", () => {
  const visitsAsObject = join(scratch, "visits-object.json");
  writeFileSync(visitsAsObject, JSON.stringify({ ...cleanDataset, visits: { "V-1": cleanDataset.visits[0] } }));

  it("summary on a JSON whose visits is an object: the data error, exit 1, no stack trace", async () => {
    const result = await cli(["summary", visitsAsObject]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`\nerror schema.invalid_type ×1\n  visits: ${visitsAsObject}, line 1: Wrong type of value: expected list, found object.\n`);
    expect(result.stderr).not.toMatch(/^\s+at .*:\d+:\d+/m);
  });

  it("report on it: the validation report's one error, exit 1, nothing on stdout", async () => {
    const result = await cli(["report", visitsAsObject, "--as-of", "2024-11-08"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n").filter((line) => line.includes("schema.invalid_type"))).toEqual(["error schema.invalid_type ×1"]);
    expect(result.stderr).toContain("visits: ");
  });
});
