import { describe, expect, expectTypeOf, it } from "vitest";
import { OpcatError, type OpcatProblem } from "../../src/errors/OpcatError";
import type { VisitType } from "../../src/model/visitType";
import { CONTRACT_LISTS } from "../../src/profiles/contractLists";
import { defineProfile } from "../../src/profiles/defineProfile";
import type { CodeEntry, ListName, Profile, ProfileDefinition } from "../../src/profiles/profile";
import { safeDefineProfile, type ProfileResult } from "../../src/profiles/safeDefineProfile";
import { withValue } from "../fixtures/withValue";

type Path = readonly (string | number)[];

const L = (en: string, ru: string, kk: string) => ({ en, ru, kk });

/** A sound definition, fresh on every call, shaped like JSON input. */
function base() {
  return {
    id: "demo",
    name: L("Demo", "Демо", "Демо елі"),
    lists: {
      agencies: [
        { code: "justice", labels: L("Ministry of Justice", "Министерство юстиции", "Әділет министрлігі") },
        { code: "health", labels: L("Ministry of Health", "Министерство здравоохранения", "Денсаулық сақтау министрлігі") },
      ],
      facilityTypes: [{ code: "prison", defaultAgency: "justice", labels: L("Prison", "Тюрьма", "Түрме") }],
      regions: [
        { code: "R1", labels: L("North", "Север", "Солтүстік") },
        { code: "R2", labels: L("South", "Юг", "Оңтүстік") },
      ],
      themes: [{ code: "food", labels: L("Food", "Питание", "Тамақтану") }],
    },
    rules: { minTeamSize: 2, periodicCycleYears: 3 },
    legacyRegionCodes: [{ code: "R-OLD", replacedBy: "R1", splitInto: ["R2"] }],
  };
}


const variant = (path: Path, replacement: unknown): unknown => withValue(base(), path, replacement);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function unfrozenPaths(value: unknown, path = "profile"): string[] {
  if (typeof value !== "object" || value === null) return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([key, inner]) => unfrozenPaths(inner, `${path}.${key}`))];
}

function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null && !found.has(value)) {
    found.add(value);
    for (const inner of Object.values(value)) objectsIn(inner, found);
  }
  return found;
}

function problemsOf(input: unknown): readonly OpcatProblem[] {
  const result = safeDefineProfile(input);
  return result.success ? [] : result.problems;
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The expected problem: exact code, path and params, and some message. */
const p = (code: string, path: Path, params: Record<string, unknown>) => ({ code, path, message: expect.stringMatching(/\S/), params });

const CONTRACT_NAMES = ["visitTypes", "statuses", "measures", "initiators", "triggerKinds", "levels"] as const satisfies readonly ListName[];

const PROBLEM_CODES = [
  "profile.invalid_type",
  "profile.undeclared_language",
  "profile.invalid_language",
  "profile.duplicate_language",
  "profile.invalid_code",
  "profile.duplicate_code",
  "profile.missing_label",
  "profile.empty_list",
  "profile.unknown_default_agency",
  "profile.contract_code_unknown",
  "profile.contract_code_missing",
  "profile.invalid_rule",
  "profile.legacy_code_in_use",
  "profile.unknown_region",
];

type Trigger = readonly [name: string, input: unknown, problems: readonly ReturnType<typeof p>[]];
type NearMiss = readonly [name: string, input: unknown];

const LEGACY = ["legacyRegionCodes", 0] as const;
const CODE_64 = `a${"b".repeat(63)}`;

const TRIGGERS: Readonly<Record<string, { triggers: readonly Trigger[]; nearMisses: readonly NearMiss[] }>> = {
  "profile.invalid_type": {
    triggers: [
      ["languages is not a list", variant(["languages"], "en"), [p("profile.invalid_type", ["languages"], { expected: "array" })]],
      ["languages is empty", variant(["languages"], []), [p("profile.invalid_type", ["languages"], { expected: "array" })]],
      ["name is a string", variant(["name"], "Demo"), [p("profile.invalid_type", ["name"], { expected: "object" })]],
      ["name is an array", variant(["name"], ["Demo", "Демо", "Демо елі"]), [p("profile.invalid_type", ["name"], { expected: "object" })]],
      ["lists is an array", withValue(variant(["lists"], []), ["legacyRegionCodes"], undefined), [p("profile.invalid_type", ["lists"], { expected: "object" })]],
      ["lists is missing", withValue(variant(["lists"], undefined), ["legacyRegionCodes"], undefined), [p("profile.invalid_type", ["lists"], { expected: "object" })]],
      ["an own list is missing", variant(["lists", "themes"], undefined), [p("profile.invalid_type", ["lists", "themes"], { expected: "array" })]],
      ["an own list is an object", variant(["lists", "themes"], { food: L("Food", "Питание", "Тамақтану") }), [p("profile.invalid_type", ["lists", "themes"], { expected: "array" })]],
      ["an entry is a string", variant(["lists", "themes", 0], "food"), [p("profile.invalid_type", ["lists", "themes", 0], { expected: "object" })]],
      ["an entry is null", variant(["lists", "agencies", 1], null), [p("profile.invalid_type", ["lists", "agencies", 1], { expected: "object" })]],
      ["labels are a string", variant(["lists", "themes", 0, "labels"], "Food"), [p("profile.invalid_type", ["lists", "themes", 0, "labels"], { expected: "object" })]],
      ["labels are missing", variant(["lists", "regions", 1, "labels"], undefined), [p("profile.invalid_type", ["lists", "regions", 1, "labels"], { expected: "object" })]],
      ["rules are null", variant(["rules"], null), [p("profile.invalid_type", ["rules"], { expected: "object" })]],
      ["rules are missing", variant(["rules"], undefined), [p("profile.invalid_type", ["rules"], { expected: "object" })]],
      ["rules are an array", variant(["rules"], [2, 3]), [p("profile.invalid_type", ["rules"], { expected: "object" })]],
      ["legacyRegionCodes is an object", variant(["legacyRegionCodes"], {}), [p("profile.invalid_type", ["legacyRegionCodes"], { expected: "array" })]],
      ["legacyRegionCodes is null", variant(["legacyRegionCodes"], null), [p("profile.invalid_type", ["legacyRegionCodes"], { expected: "array" })]],
      ["a legacy entry is a string", variant(LEGACY, "R-OLD"), [p("profile.invalid_type", LEGACY, { expected: "object" })]],
      ["splitInto is missing", variant([...LEGACY, "splitInto"], undefined), [p("profile.invalid_type", [...LEGACY, "splitInto"], { expected: "array" })]],
      ["splitInto is a string", variant([...LEGACY, "splitInto"], "R2"), [p("profile.invalid_type", [...LEGACY, "splitInto"], { expected: "array" })]],
      [
        "a contract list is a string",
        variant(["lists", "levels"], "facility"),
        [
          p("profile.invalid_type", ["lists", "levels"], { expected: "array" }),
          p("profile.contract_code_missing", ["lists", "levels"], { list: "levels", code: "facility" }),
          p("profile.contract_code_missing", ["lists", "levels"], { list: "levels", code: "agency" }),
        ],
      ],
    ],
    nearMisses: [
      ["legacyRegionCodes left out", variant(["legacyRegionCodes"], undefined)],
      ["an empty legacyRegionCodes", variant(["legacyRegionCodes"], [])],
      ["an empty splitInto", variant([...LEGACY, "splitInto"], [])],
      ["an entry with an extra key", variant(["lists", "themes", 0, "note"], "from the 2023 report")],
      ["the contract lists left out", base()],
    ],
  },
  "profile.undeclared_language": {
    triggers: [
      [
        "labels with a language the profile does not declare (it was silently dropped)",
        variant(["lists", "themes", 0, "labels", "de"], "Essen"),
        [p("profile.undeclared_language", ["lists", "themes", 0, "labels", "de"], { lang: "de" })],
      ],
      ["a name in an undeclared language", variant(["name", "ka"], "დემო"), [p("profile.undeclared_language", ["name", "ka"], { lang: "ka" })]],
    ],
    nearMisses: [["the default languages declared", variant(["languages"], ["en", "ru", "kk"])]],
  },
  "profile.invalid_language": {
    triggers: [
      ["a tag that is not BCP 47", variant(["languages"], ["en", "ru", "kk", "kk_KZ"]), [p("profile.invalid_language", ["languages", 3], { value: "kk_KZ" })]],
      ["a tag that is not text", variant(["languages"], ["en", "ru", "kk", 7]), [p("profile.invalid_language", ["languages", 3], { value: null })]],
    ],
    nearMisses: [["well-formed tags", variant(["languages"], ["kk", "en", "ru"])]],
  },
  "profile.duplicate_language": {
    triggers: [["a tag listed twice", variant(["languages"], ["en", "ru", "kk", "ru"]), [p("profile.duplicate_language", ["languages", 3], { value: "ru" })]]],
    nearMisses: [["each tag once", variant(["languages"], ["kk", "ru", "en"])]],
  },
  "profile.invalid_code": {
    triggers: [
      ["an empty id", variant(["id"], ""), [p("profile.invalid_code", ["id"], { code: "" })]],
      ["an id with a space", variant(["id"], "de mo"), [p("profile.invalid_code", ["id"], { code: "de mo" })]],
      ["an id starting with a hyphen", variant(["id"], "-demo"), [p("profile.invalid_code", ["id"], { code: "-demo" })]],
      ["a numeric id", variant(["id"], 7), [p("profile.invalid_code", ["id"], { code: 7 })]],
      ["a missing id", variant(["id"], undefined), [p("profile.invalid_code", ["id"], { code: undefined })]],
      ["a code starting with _", variant(["lists", "themes", 0, "code"], "_food"), [p("profile.invalid_code", ["lists", "themes", 0, "code"], { code: "_food" })]],
      ["a code of 65 characters", variant(["lists", "themes", 0, "code"], `${CODE_64}c`), [p("profile.invalid_code", ["lists", "themes", 0, "code"], { code: `${CODE_64}c` })]],
      ["a code with a trailing newline", variant(["lists", "agencies", 1, "code"], "health\n"), [p("profile.invalid_code", ["lists", "agencies", 1, "code"], { code: "health\n" })]],
      ["a code in Cyrillic", variant(["lists", "themes", 0, "code"], "еда"), [p("profile.invalid_code", ["lists", "themes", 0, "code"], { code: "еда" })]],
      ["a numeric code", variant(["lists", "agencies", 1, "code"], 1), [p("profile.invalid_code", ["lists", "agencies", 1, "code"], { code: 1 })]],
      ["a missing code", variant(["lists", "facilityTypes", 0, "code"], undefined), [p("profile.invalid_code", ["lists", "facilityTypes", 0, "code"], { code: undefined })]],
      ["an empty legacy code", variant([...LEGACY, "code"], ""), [p("profile.invalid_code", [...LEGACY, "code"], { code: "" })]],
      ["a numeric legacy code", variant([...LEGACY, "code"], 5), [p("profile.invalid_code", [...LEGACY, "code"], { code: 5 })]],
      ["a legacy code with a space", variant([...LEGACY, "code"], "KZ AST"), [p("profile.invalid_code", [...LEGACY, "code"], { code: "KZ AST" })]],
    ],
    nearMisses: [
      ["a one-letter id", variant(["id"], "a")],
      ["an id with - _ and .", variant(["id"], "kz-2.0_b")],
      ["a code of 64 characters", variant(["lists", "themes", 0, "code"], CODE_64)],
      ["a code that is a digit", variant(["lists", "themes", 0, "code"], "0")],
      ["a legacy code in lower case", variant([...LEGACY, "code"], "r-old")],
    ],
  },
  "profile.duplicate_code": {
    triggers: [
      [
        "a theme listed twice",
        variant(["lists", "themes"], [...base().lists.themes, { code: "food", labels: L("Meals", "Еда", "Ас") }]),
        [p("profile.duplicate_code", ["lists", "themes", 1, "code"], { code: "food" })],
      ],
      [
        "a region listed again, third",
        variant(["lists", "regions", 2], { code: "R1", labels: L("North again", "Снова север", "Тағы солтүстік") }),
        [p("profile.duplicate_code", ["lists", "regions", 2, "code"], { code: "R1" })],
      ],
      [
        "a contract code listed twice",
        variant(["lists", "visitTypes"], [...CONTRACT_LISTS.visitTypes, CONTRACT_LISTS.visitTypes[2]]),
        [p("profile.duplicate_code", ["lists", "visitTypes", 3, "code"], { code: "special" })],
      ],
    ],
    nearMisses: [
      ["one code in two lists", variant(["lists", "themes", 1], { code: "justice", labels: L("Justice", "Правосудие", "Сот төрелігі") })],
      ["codes that differ in case", variant(["lists", "themes", 1], { code: "Food", labels: L("Meals", "Еда", "Ас") })],
    ],
  },
  "profile.missing_label": {
    triggers: [
      ["an empty kk name", variant(["name", "kk"], ""), [p("profile.missing_label", ["name", "kk"], { lang: "kk" })]],
      ["a blank ru label", variant(["lists", "agencies", 1, "labels", "ru"], " \t\n"), [p("profile.missing_label", ["lists", "agencies", 1, "labels", "ru"], { lang: "ru" })]],
      ["a label of a no-break space", variant(["lists", "regions", 0, "labels", "kk"], "\u00a0"), [p("profile.missing_label", ["lists", "regions", 0, "labels", "kk"], { lang: "kk" })]],
      ["a missing en label", variant(["lists", "themes", 0, "labels", "en"], undefined), [p("profile.missing_label", ["lists", "themes", 0, "labels", "en"], { lang: "en" })]],
      ["a numeric label", variant(["lists", "facilityTypes", 0, "labels", "en"], 5), [p("profile.missing_label", ["lists", "facilityTypes", 0, "labels", "en"], { lang: "en" })]],
      [
        "empty labels",
        variant(["lists", "themes", 0, "labels"], {}),
        [
          p("profile.missing_label", ["lists", "themes", 0, "labels", "en"], { lang: "en" }),
          p("profile.missing_label", ["lists", "themes", 0, "labels", "ru"], { lang: "ru" }),
          p("profile.missing_label", ["lists", "themes", 0, "labels", "kk"], { lang: "kk" }),
        ],
      ],
      [
        "a contract entry without a kk label",
        variant(["lists", "levels"], [CONTRACT_LISTS.levels[0], { code: "agency", labels: L("To the ministry", "Министерству", "") }]),
        [p("profile.missing_label", ["lists", "levels", 1, "labels", "kk"], { lang: "kk" })],
      ],
    ],
    nearMisses: [
      ["a label of one character", variant(["lists", "themes", 0, "labels", "en"], "0")],
      ["a label with spaces around it", variant(["lists", "themes", 0, "labels", "ru"], " Питание ")],
      ["a kk label equal to the ru one", variant(["lists", "themes", 0, "labels", "kk"], "Питание")],
    ],
  },
  "profile.empty_list": {
    triggers: [
      [
        "no agencies",
        variant(["lists", "agencies"], []),
        [
          p("profile.empty_list", ["lists", "agencies"], { list: "agencies" }),
          p("profile.unknown_default_agency", ["lists", "facilityTypes", 0, "defaultAgency"], { agency: "justice" }),
        ],
      ],
      ["no facility types", variant(["lists", "facilityTypes"], []), [p("profile.empty_list", ["lists", "facilityTypes"], { list: "facilityTypes" })]],
      [
        "no regions",
        variant(["lists", "regions"], []),
        [
          p("profile.empty_list", ["lists", "regions"], { list: "regions" }),
          p("profile.unknown_region", [...LEGACY, "replacedBy"], { region: "R1" }),
          p("profile.unknown_region", [...LEGACY, "splitInto", 0], { region: "R2" }),
        ],
      ],
      ["no themes", variant(["lists", "themes"], []), [p("profile.empty_list", ["lists", "themes"], { list: "themes" })]],
    ],
    nearMisses: [
      ["one theme", base()],
      ["no regions and no legacy codes, but one region", withValue(variant(["lists", "regions"], [base().lists.regions[0]]), ["legacyRegionCodes"], [])],
    ],
  },
  "profile.unknown_default_agency": {
    triggers: [
      ["an agency not listed", variant(["lists", "facilityTypes", 0, "defaultAgency"], "interior"), [p("profile.unknown_default_agency", ["lists", "facilityTypes", 0, "defaultAgency"], { agency: "interior" })]],
      ["a missing default agency", variant(["lists", "facilityTypes", 0, "defaultAgency"], undefined), [p("profile.unknown_default_agency", ["lists", "facilityTypes", 0, "defaultAgency"], { agency: undefined })]],
      ["a theme as default agency", variant(["lists", "facilityTypes", 0, "defaultAgency"], "food"), [p("profile.unknown_default_agency", ["lists", "facilityTypes", 0, "defaultAgency"], { agency: "food" })]],
      ["an agency in another case", variant(["lists", "facilityTypes", 0, "defaultAgency"], "Justice"), [p("profile.unknown_default_agency", ["lists", "facilityTypes", 0, "defaultAgency"], { agency: "Justice" })]],
      ["a numeric default agency", variant(["lists", "facilityTypes", 0, "defaultAgency"], 1), [p("profile.unknown_default_agency", ["lists", "facilityTypes", 0, "defaultAgency"], { agency: 1 })]],
    ],
    nearMisses: [
      ["the second agency", variant(["lists", "facilityTypes", 0, "defaultAgency"], "health")],
      ["two facility types with one agency", variant(["lists", "facilityTypes", 1], { code: "jail", defaultAgency: "justice", labels: L("Jail", "Тюрьма (СИЗО)", "Түрме (ТИ)") })],
    ],
  },
  "profile.contract_code_unknown": {
    triggers: [
      ...CONTRACT_NAMES.map(
        (list): Trigger => [
          `an extra code in ${list}`,
          variant(["lists", list], [...CONTRACT_LISTS[list], { code: "bogus", labels: L("Bogus", "Фиктивный", "Жалған") }]),
          [p("profile.contract_code_unknown", ["lists", list, CONTRACT_LISTS[list].length, "code"], { list, code: "bogus" })],
        ],
      ),
      [
        "a renamed contract code",
        variant(["lists", "visitTypes"], [{ code: "planned", labels: L("Planned", "Плановое", "Жоспарлы") }, ...CONTRACT_LISTS.visitTypes.slice(1)]),
        [
          p("profile.contract_code_unknown", ["lists", "visitTypes", 0, "code"], { list: "visitTypes", code: "planned" }),
          p("profile.contract_code_missing", ["lists", "visitTypes"], { list: "visitTypes", code: "periodic" }),
        ],
      ],
    ],
    nearMisses: [
      ["a contract list in another order", variant(["lists", "statuses"], [...CONTRACT_LISTS.statuses].reverse())],
      ["a contract list with the profile's own labels", variant(["lists", "measures"], CONTRACT_LISTS.measures.map((entry) => ({ ...entry, labels: { ...entry.labels, en: `${entry.labels.en} liability` } })))],
    ],
  },
  "profile.contract_code_missing": {
    triggers: [
      ...CONTRACT_NAMES.map((list): Trigger => {
        const entries = CONTRACT_LISTS[list];
        return [`${list} without its last code`, variant(["lists", list], entries.slice(0, -1)), [p("profile.contract_code_missing", ["lists", list], { list, code: entries.at(-1)?.code })]];
      }),
      [
        "an empty contract list",
        variant(["lists", "initiators"], []),
        [
          p("profile.contract_code_missing", ["lists", "initiators"], { list: "initiators", code: "commissioner_office" }),
          p("profile.contract_code_missing", ["lists", "initiators"], { list: "initiators", code: "npm_participant" }),
        ],
      ],
    ],
    nearMisses: [
      ["every contract list given in full", withValue(base(), ["lists"], { ...base().lists, ...CONTRACT_LISTS })],
      ["a contract list left out", base()],
    ],
  },
  "profile.invalid_rule": {
    triggers: (["minTeamSize", "periodicCycleYears"] as const).flatMap((rule) =>
      [0, -1, 2.5, "3", Number.NaN, Number.POSITIVE_INFINITY, null, true, 2 ** 53, undefined].map(
        (value): Trigger => [`${rule} = ${String(value)}`, variant(["rules", rule], value), [p("profile.invalid_rule", ["rules", rule], { value })]],
      ),
    ),
    nearMisses: [
      ["rules of 1", variant(["rules"], { minTeamSize: 1, periodicCycleYears: 1 })],
      ["the largest safe integer", variant(["rules", "periodicCycleYears"], Number.MAX_SAFE_INTEGER)],
      ["a whole number written with a decimal point", variant(["rules", "minTeamSize"], 3.0)],
    ],
  },
  "profile.legacy_code_in_use": {
    triggers: [
      ["a legacy code that is a current region", variant([...LEGACY, "code"], "R2"), [p("profile.legacy_code_in_use", [...LEGACY, "code"], { code: "R2" })]],
      [
        "a legacy code replaced by itself",
        variant(LEGACY, { code: "R1", replacedBy: "R1", splitInto: [] }),
        [p("profile.legacy_code_in_use", [...LEGACY, "code"], { code: "R1" })],
      ],
    ],
    nearMisses: [
      ["a legacy code in another case than a region", variant([...LEGACY, "code"], "r1")],
      ["a legacy code that is an agency", variant([...LEGACY, "code"], "justice")],
    ],
  },
  "profile.unknown_region": {
    triggers: [
      ["replaced by a code not listed", variant([...LEGACY, "replacedBy"], "R9"), [p("profile.unknown_region", [...LEGACY, "replacedBy"], { region: "R9" })]],
      ["replaced by nothing", variant([...LEGACY, "replacedBy"], undefined), [p("profile.unknown_region", [...LEGACY, "replacedBy"], { region: undefined })]],
      ["replaced by a region in another case", variant([...LEGACY, "replacedBy"], "r1"), [p("profile.unknown_region", [...LEGACY, "replacedBy"], { region: "r1" })]],
      ["split into a code not listed", variant([...LEGACY, "splitInto"], ["R2", "R9"]), [p("profile.unknown_region", [...LEGACY, "splitInto", 1], { region: "R9" })]],
      ["split into a number", variant([...LEGACY, "splitInto"], [2]), [p("profile.unknown_region", [...LEGACY, "splitInto", 0], { region: 2 })]],
      [
        "replaced by another legacy code",
        variant(["legacyRegionCodes"], [...base().legacyRegionCodes, { code: "R-OLDER", replacedBy: "R-OLD", splitInto: [] }]),
        [p("profile.unknown_region", ["legacyRegionCodes", 1, "replacedBy"], { region: "R-OLD" })],
      ],
    ],
    nearMisses: [
      ["split into nothing", variant([...LEGACY, "splitInto"], [])],
      ["split into every region", variant([...LEGACY, "splitInto"], ["R1", "R2"])],
    ],
  },
};

describe("safeDefineProfile and defineProfile: each problem code", () => {
  it("covers every profile.* problem code with triggers and near misses", () => {
    expect(Object.keys(TRIGGERS)).toEqual(PROBLEM_CODES);
    const raised = new Set(Object.values(TRIGGERS).flatMap(({ triggers }) => triggers.flatMap(([, , problems]) => problems.map((problem) => problem.code))));
    expect([...raised].sort()).toEqual([...PROBLEM_CODES].sort());
    for (const [code, { triggers, nearMisses }] of Object.entries(TRIGGERS)) {
      expect(triggers.length, code).toBeGreaterThan(0);
      expect(nearMisses.length, code).toBeGreaterThan(0);
      for (const [name, , problems] of triggers) expect(problems.map((problem) => problem.code), `${code}: ${name}`).toContain(code);
    }
  });

  describe.each(Object.entries(TRIGGERS))("%s", (_code, { triggers, nearMisses }) => {
    it.each(triggers)("is raised by %s", (_name, input, expected) => {
      const problems = problemsOf(input);
      expect(problems).toStrictEqual(expected);
      const error = thrownBy(() => defineProfile(input as ProfileDefinition));
      expect(error).toBeInstanceOf(OpcatError);
      expect((error as OpcatError).problems).toStrictEqual(problems);
      expect((error as OpcatError).code).toBe(problems[0]?.code);
      expect((error as OpcatError).path).toStrictEqual(problems[0]?.path);
      expect((error as OpcatError).params).toStrictEqual(problems[0]?.params);
    });

    it.each(nearMisses)("is not raised by %s", (_name, input) => {
      expect(problemsOf(input)).toStrictEqual([]);
      expect(() => defineProfile(input as ProfileDefinition)).not.toThrow();
    });
  });

  it("reports every problem, in the order found", () => {
    const definition = withValue(withValue(variant(["lists", "regions", 0, "labels", "kk"], ""), ["lists", "facilityTypes", 0, "defaultAgency"], "interior"), ["rules", "minTeamSize"], 0);
    expect(problemsOf(definition).map((problem) => [problem.code, problem.path.join(".")])).toEqual([
      ["profile.missing_label", "lists.regions.0.labels.kk"],
      ["profile.unknown_default_agency", "lists.facilityTypes.0.defaultAgency"],
      ["profile.invalid_rule", "rules.minTeamSize"],
    ]);
  });

  it("names the problem and the count of the others in the error message", () => {
    const error = thrownBy(() => defineProfile(variant(["rules"], { minTeamSize: 0, periodicCycleYears: 0 }) as ProfileDefinition));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("OpcatError");
    expect((error as Error).message).toMatch(/^profile\.invalid_rule: .+ \(and 1 more\)$/);
  });
});

describe("safeDefineProfile: input that is not an object", () => {
  const NOT_OBJECTS: readonly (readonly [string, unknown])[] = [
    ["null", null],
    ["42", 42],
    ['"kz"', "kz"],
    ["[]", []],
    ["undefined", undefined],
    ["true", true],
    ["a bigint", 10n],
    ["a symbol", Symbol("kz")],
    ["a function", () => base()],
    ["an array holding a definition", [base()]],
  ];

  it.each(NOT_OBJECTS)("%s gives one invalid_type problem at the root and never throws", (_name, input) => {
    let result: ProfileResult | undefined;
    expect(() => (result = safeDefineProfile(input))).not.toThrow();
    expect(result).toStrictEqual({ success: false, problems: [p("profile.invalid_type", [], { expected: "object" })] });
  });

  it.each(NOT_OBJECTS)("defineProfile(%s) throws an OpcatError with the same problems", (_name, input) => {
    const error = thrownBy(() => defineProfile(input as ProfileDefinition));
    expect(error).toBeInstanceOf(OpcatError);
    expect((error as OpcatError).problems).toStrictEqual(problemsOf(input));
    expect((error as OpcatError).code).toBe("profile.invalid_type");
    expect((error as OpcatError).path).toEqual([]);
  });

  it("gives problems, not an exception, for an empty object", () => {
    expect(problemsOf({}).map((problem) => [problem.code, problem.path.join(".")])).toEqual([
      ["profile.invalid_code", "id"],
      ["profile.invalid_type", "name"],
      ["profile.invalid_type", "lists"],
      ["profile.invalid_type", "rules"],
    ]);
  });
});

describe("safeDefineProfile: JSON input with __proto__ and constructor keys", () => {
  const json = JSON.stringify(base())
    .replace('"lists":{', '"lists":{"__proto__":{"polluted":"lists"},')
    .replace('"themes":[', '"themes":[{"code":"__proto__","labels":{"en":"P","ru":"П","kk":"Ғ"}},{"code":"constructor","labels":{"en":"Constructor","ru":"Конструктор","kk":"Құрастырушы"}},')
    .replace(/^\{/, '{"__proto__":{"polluted":"root"},"constructor":{"prototype":{"polluted":"constructor"}},');

  it("does not pollute Object.prototype", () => {
    const definition: unknown = JSON.parse(json);
    const result = safeDefineProfile(definition);
    expect(result.success).toBe(false);
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("rejects __proto__ as a code (it is not a well-formed code) and accepts constructor", () => {
    const definition: unknown = JSON.parse(json);
    expect(problemsOf(definition)).toStrictEqual([p("profile.invalid_code", ["lists", "themes", 0, "code"], { code: "__proto__" })]);
    const fixed: unknown = JSON.parse(json.replace('{"code":"__proto__","labels":{"en":"P","ru":"П","kk":"Ғ"}},', ""));
    const result = safeDefineProfile(fixed);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.profile.lists.themes.map((entry) => entry.code)).toEqual(["constructor", "food"]);
    expect(result.profile.lists.themes[0]?.labels).toStrictEqual({ en: "Constructor", ru: "Конструктор", kk: "Құрастырушы" });
    expect(Object.getPrototypeOf(result.profile.lists.themes[0]?.labels)).toBe(Object.prototype);
    expect(Object.keys(result.profile)).toEqual(["id", "languages", "name", "lists", "rules", "legacyRegionCodes"]);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("safeDefineProfile: the definition and the profile", () => {
  const EXPECTED_OWN_LISTS = base().lists;

  it("never mutates the definition (frozen deeply before the call)", () => {
    const definition = deepFreeze(base());
    const before = structuredClone(definition);
    expect(() => defineProfile(definition)).not.toThrow();
    expect(safeDefineProfile(definition).success).toBe(true);
    expect(definition).toStrictEqual(before);
  });

  it("never mutates a definition with problems", () => {
    const definition = deepFreeze(variant(["lists", "regions"], []));
    const before = structuredClone(definition);
    expect(() => safeDefineProfile(definition)).not.toThrow();
    expect(definition).toStrictEqual(before);
  });

  it("builds exactly the profile defined, with the contract's lists added", () => {
    const profile = defineProfile(base());
    expect(profile).toStrictEqual({
      id: "demo",
      languages: ["en", "ru", "kk"],
      name: L("Demo", "Демо", "Демо елі"),
      lists: { ...EXPECTED_OWN_LISTS, ...CONTRACT_LISTS },
      rules: { minTeamSize: 2, periodicCycleYears: 3 },
      legacyRegionCodes: [{ code: "R-OLD", replacedBy: "R1", splitInto: ["R2"] }],
    });
    expect(Object.keys(profile.lists)).toEqual(["agencies", "facilityTypes", "regions", "themes", ...CONTRACT_NAMES]);
  });

  it("returns a deeply frozen profile", () => {
    expect(unfrozenPaths(defineProfile(base()))).toEqual([]);
    const result = safeDefineProfile(base());
    expect(Object.isFrozen(result.success && result.profile)).toBe(true);
  });

  it("shares no object with the definition, so later changes to it do not reach the profile", () => {
    const definition = base();
    const profile = defineProfile(definition);
    const shared = [...objectsIn(profile)].filter((object) => objectsIn(definition).has(object));
    expect(shared).toEqual([]);
    definition.lists.regions[0]!.labels.en = "Changed";
    definition.legacyRegionCodes[0]!.splitInto.push("R1");
    definition.rules.minTeamSize = 9;
    expect(profile.lists.regions[0]?.labels.en).toBe("North");
    expect(profile.legacyRegionCodes[0]?.splitInto).toEqual(["R2"]);
    expect(profile.rules.minTeamSize).toBe(2);
  });

  it("drops keys the profile does not know", () => {
    const definition = withValue(withValue(variant(["lists", "themes", 0, "note"], "x"), ["extra"], 1), ["rules", "maxVisitsPerDay"], 4);
    const result = safeDefineProfile(definition);
    expect(result.success && result.profile).toStrictEqual(defineProfile(base()));
  });

  it.each(CONTRACT_NAMES)("takes CONTRACT_LISTS.%s when the definition leaves it out", (list) => {
    const profile = defineProfile(base());
    expect(profile.lists[list]).toStrictEqual(CONTRACT_LISTS[list]);
    expect(profile.lists[list]).not.toBe(CONTRACT_LISTS[list]);
  });

  it("keeps a contract list the definition gives, in its order and with its labels", () => {
    const statuses = [...CONTRACT_LISTS.statuses].reverse();
    const visitTypes = CONTRACT_LISTS.visitTypes.map((entry) => ({ ...entry, labels: { ...entry.labels, en: entry.code.toUpperCase() } }));
    const profile = defineProfile({ ...base(), lists: { ...base().lists, statuses, visitTypes } });
    expect(profile.lists.statuses).toStrictEqual(statuses);
    expect(profile.lists.visitTypes.map((entry) => entry.labels.en)).toEqual(["PERIODIC", "INTERMEDIATE", "SPECIAL"]);
    expect(profile.lists.levels).toStrictEqual(CONTRACT_LISTS.levels);
  });

  it("gives no legacy codes when the definition has none", () => {
    const definition = variant(["legacyRegionCodes"], undefined) as ProfileDefinition;
    expect(defineProfile(definition).legacyRegionCodes).toEqual([]);
  });

  it("builds equal profiles from equal definitions", () => {
    expect(defineProfile(base())).toStrictEqual(defineProfile(base()));
  });
});

describe("defineProfile and safeDefineProfile: types", () => {
  it("take a ProfileDefinition / anything and give a Profile / ProfileResult", () => {
    expectTypeOf(defineProfile).parameters.toEqualTypeOf<[definition: ProfileDefinition]>();
    expectTypeOf(defineProfile).returns.toEqualTypeOf<Profile>();
    expectTypeOf(safeDefineProfile).parameters.toEqualTypeOf<[definition: unknown]>();
    expectTypeOf(safeDefineProfile).returns.toEqualTypeOf<ProfileResult>();
    expectTypeOf<ProfileResult>().toEqualTypeOf<
      { readonly success: true; readonly profile: Profile } | { readonly success: false; readonly problems: readonly [OpcatProblem, ...OpcatProblem[]] }
    >();
    expectTypeOf<ProfileDefinition["lists"]["visitTypes"]>().toEqualTypeOf<readonly CodeEntry<VisitType>[] | undefined>();
    expectTypeOf<ProfileDefinition["legacyRegionCodes"]>().toEqualTypeOf<Profile["legacyRegionCodes"] | undefined>();
    expectTypeOf(base()).toExtend<ProfileDefinition>();
  });
});

// Bugs found in src/profiles/checkProfileDefinition.ts by these tests, now fixed.
describe("regressions", () => {
  // String(value) throws on an object whose toString is not callable, and JSON can produce one.
  it("safeDefineProfile never throws: a default agency {\"toString\":1} from JSON", () => {
    const definition: unknown = JSON.parse(JSON.stringify(base()).replace('"defaultAgency":"justice"', '"defaultAgency":{"toString":1}'));
    expect(() => safeDefineProfile(definition)).not.toThrow();
    expect(problemsOf(definition)).toStrictEqual([p("profile.unknown_default_agency", ["lists", "facilityTypes", 0, "defaultAgency"], { agency: { toString: 1 } })]);
  });

  it("safeDefineProfile never throws: a legacy replacedBy {\"toString\":1} from JSON", () => {
    const definition: unknown = JSON.parse(JSON.stringify(base()).replace('"replacedBy":"R1"', '"replacedBy":{"toString":1}'));
    expect(() => safeDefineProfile(definition)).not.toThrow();
    expect(problemsOf(definition)).toStrictEqual([p("profile.unknown_region", [...LEGACY, "replacedBy"], { region: { toString: 1 } })]);
  });

  // preview() calls JSON.stringify, which throws on a bigint and on a cycle.
  it("safeDefineProfile never throws: a bigint id", () => {
    expect(() => safeDefineProfile(variant(["id"], 10n))).not.toThrow();
  });

  it("safeDefineProfile never throws: a code that is a cyclic object", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    const definition = base() as unknown as { lists: { themes: { code: unknown }[] } };
    definition.lists.themes[0]!.code = cyclic;
    expect(() => safeDefineProfile(definition)).not.toThrow();
  });

  // Two entries for one legacy code are accepted; migrateRegionCodes then silently uses the last.
  it("reports a legacy region code listed twice", () => {
    const definition = variant(["legacyRegionCodes"], [
      { code: "R-OLD", replacedBy: "R1", splitInto: [] },
      { code: "R-OLD", replacedBy: "R2", splitInto: [] },
    ]);
    expect(problemsOf(definition)).toStrictEqual([p("profile.duplicate_code", ["legacyRegionCodes", 1, "code"], { code: "R-OLD" })]);
  });
});
