import { describe, expect, it } from "vitest";
import type { Language } from "../../src/model/language";
import { ISSUE_CATALOGUE, type IssueCode } from "../../src/validate/catalogue";
import { formatIssueMessage, MESSAGES } from "../../src/validate/messages";
import { LANGUAGES } from "../profiles/lists";

const CODES = Object.keys(ISSUE_CATALOGUE) as IssueCode[];
const CASES = CODES.flatMap((code) => LANGUAGES.map((lang) => [code, lang] as const));
const paramsOf = (code: IssueCode): readonly string[] => ISSUE_CATALOGUE[code].params;

// Written here rather than imported, so a change to the module's syntax is noticed.
const PLACEHOLDER = /\{([^{}|]*)(\|[^{}]*)?\}/g;
const placeholders = (template: string) => [...template.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1] ?? "", forms: match[2]?.slice(1).split("|") }));

// Plausible values for every param name of the catalogue; a name added later gets "sample".
const SAMPLE: Readonly<Record<string, unknown>> = {
  expected: "string",
  received: "number",
  field: "startedOn",
  value: "KZ-AST",
  list: "regions",
  minimum: 3,
  maximum: 64,
  kind: "array",
  key: "weather",
  id: "V-1",
  collection: "visits",
  firstIndex: 4,
  facilityId: "F-1",
  visitId: "V-1",
  teamSize: 2,
  addressee: "interior",
  agency: "health",
  targetAddressee: "health",
  followUpOf: "V-0",
};
const sampleParams = (code: IssueCode): Record<string, unknown> =>
  Object.fromEntries(paramsOf(code).map((name) => [name, SAMPLE[name] ?? (name.endsWith("On") || name === "date" || name === "asOf" || name === "from" || name === "to" || name === "previous" ? "2023-05-01" : "sample")]));

const NOT_GIVEN = { en: "not given", ru: "нет данных", kk: "мәлімет жоқ" } as const;
const CYRILLIC = /[\u0400-\u04FF]/;
const FORMS_PER_LANGUAGE: Readonly<Record<Language, number>> = { en: 2, ru: 3, kk: 1 };

describe("MESSAGES", () => {
  it("has exactly the codes of the catalogue", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...CODES].sort());
  });

  it.each(CASES)("%s has a non-blank %s message", (code, lang) => {
    expect(MESSAGES[code][lang].trim()).not.toBe("");
  });

  it.each(CODES)("%s: the three languages differ, ru and kk are Cyrillic, en is not", (code) => {
    const { en, ru, kk } = MESSAGES[code];
    expect(new Set([en, ru, kk]).size).toBe(3);
    expect(en).not.toMatch(CYRILLIC);
    expect(ru).toMatch(CYRILLIC);
    expect(kk).toMatch(CYRILLIC);
  });

  // Placeholders the message makes from its params: the period of from and to, in words.
  const DERIVED: Readonly<Record<string, readonly string[]>> = { "date.outside_period": ["period"] };

  it.each(CASES)("%s (%s) uses only params the catalogue lists, with one noun form per plural category", (code, lang) => {
    const template = MESSAGES[code][lang];
    for (const { name, forms } of placeholders(template)) {
      expect([...paramsOf(code), ...(DERIVED[code] ?? [])], `{${name}} in ${code}/${lang}`).toContain(name);
      if (forms !== undefined) expect(forms, `{${name}|…} in ${code}/${lang}`).toHaveLength(FORMS_PER_LANGUAGE[lang]);
    }
    expect(template.replace(PLACEHOLDER, "")).not.toMatch(/[{}]/);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
    expect(Object.isFrozen(MESSAGES["ref.unknown_facility"])).toBe(true);
  });
});

describe("formatIssueMessage: the period of date.outside_period", () => {
  const params = { startedOn: "2022-12-06", from: "2023-01-01", to: "2023-12-31" };
  it.each([
    ["en", "The visit started on 2022-12-06, outside the reporting period (1 January – 31 December 2023); it will not be counted."],
    ["ru", "Посещение начато 2022-12-06, вне отчётного периода (с 1 января по 31 декабря 2023 года), и не будет учтено."],
    ["kk", "Бару 2022-12-06 күні басталған, бұл есепті кезеңнен (2023 жылғы 1 қаңтар – 31 желтоқсан) тыс, сондықтан ол есепке алынбайды."],
  ] as const)("writes the period in words in %s, as the report's title does", (lang, message) => {
    expect(formatIssueMessage("date.outside_period", params, lang)).toBe(message);
  });

  it("writes from and to as given when they are not a period", () => {
    expect(formatIssueMessage("date.outside_period", { startedOn: "2022-12-06", from: "2023-13-01", to: 7 }, "en")).toBe(
      "The visit started on 2022-12-06, outside the reporting period (2023-13-01 – 7); it will not be counted.",
    );
  });
});

describe("formatIssueMessage: the catalogue's params filled in", () => {
  it.each(CASES)("%s (%s) leaves no placeholder and no stand-in", (code, lang) => {
    const message = formatIssueMessage(code, sampleParams(code), lang);
    expect(message).not.toMatch(/[{}]/);
    expect(message).not.toMatch(/undefined|\[object|NaN|\(value\)|\(значение\)|\(мән\)/);
    expect(message).not.toContain(NOT_GIVEN[lang]);
    expect(message.trim()).toBe(message);
  });
});

describe("formatIssueMessage: exact messages", () => {
  // Written by hand; grouping in ru and kk uses a no-break space.
  it.each([
    [
      "ref.unknown_facility",
      { id: "F-9" },
      "Facility “F-9” is not among the facilities of this dataset. Add the facility or correct the id.",
      "Учреждения «F-9» нет среди учреждений этого набора данных. Добавьте учреждение или исправьте идентификатор.",
      "«F-9» мекемесі осы деректер жиынтығының мекемелері арасында жоқ. Мекемені қосыңыз немесе сәйкестендіргішті түзетіңіз.",
    ],
    [
      "schema.invalid_type",
      { expected: "number", received: "string" },
      "Wrong type of value: expected number, found text.",
      "Неверный тип значения: ожидается число, а в данных — текст.",
      "Мәннің түрі қате: сан күтіледі, ал деректерде — мәтін.",
    ],
    [
      "ref.duplicate_id",
      { id: "V-1", collection: "visits", firstIndex: 1234 },
      "The id “V-1” is used more than once in visits: record no. 1,234 (counting from 0) already has it. Give each record its own id.",
      "Идентификатор «V-1» повторяется в разделе «Посещения»: он уже есть у записи № 1\u00A0234 (нумерация с 0). У каждой записи должен быть свой идентификатор.",
      "«V-1» сәйкестендіргіші «Барулар» бөлімінде қайталанады: ол № 1\u00A0234 жазбада бар (нөмірлеу 0-ден басталады). Әр жазбаның өз сәйкестендіргіші болуы керек.",
    ],
    [
      "schema.unknown_code",
      { value: "KZ-AST", list: "triggerKinds" },
      "“KZ-AST” is not in the profile's list of reasons for special visits. Use a code from that list.",
      "Кода «KZ-AST» нет в справочнике профиля «Поводы специальных посещений». Используйте код из этого справочника.",
      "«KZ-AST» коды профильдің «Арнайы бару себептері» анықтамалығында жоқ. Осы анықтамалықтағы кодты пайдаланыңыз.",
    ],
    [
      "schema.too_small",
      { minimum: 1, kind: "array" },
      "Below the minimum: the number of entries must be at least 1.",
      "Ниже допустимого минимума: число элементов не может быть меньше 1.",
      "Ең төменгі шектен кем: элементтер саны кемінде 1 болуы керек.",
    ],
    [
      "privacy.personal_identifier",
      { kind: "iin" },
      "This text contains a personal identifier (IIN). Remove or anonymise it: the NPM publishes no personal data without the express consent of the person concerned (OPCAT, art. 21(2)).",
      "Текст содержит персональный идентификатор (ИИН). Удалите или обезличьте его: НПМ не публикует персональные данные без явно выраженного согласия лица (Факультативный протокол к Конвенции против пыток, ст. 21, п. 2).",
      "Мәтінде жеке сәйкестендіргіш (ЖСН) бар. Оны алып тастаңыз немесе иесіздендіріңіз: ҰАТ дербес деректерді тиісті адамның айқын келісімінсіз жарияламайды (Азаптауларға қарсы конвенцияның Факультативтік хаттамасы, 21-бап, 2-тармақ).",
    ],
    [
      "date.facility_closed",
      { facilityId: "F-2", startedOn: "2023-06-01", openedOn: null, closedOn: "2022-12-31" },
      "Facility “F-2” was not operating on 2023-06-01, when this visit started (opened: not given; closed: 2022-12-31). Check the visit's date and the facility's openedOn and closedOn.",
      "Учреждение «F-2» не действовало на дату начала посещения, 2023-06-01 (дата открытия: нет данных; дата закрытия: 2022-12-31). Проверьте дату посещения и поля openedOn и closedOn учреждения.",
      "«F-2» мекемесі бару басталған күні (2023-06-01) жұмыс істемеген (ашылған күні: мәлімет жоқ; жабылған күні: 2022-12-31). Бару күнін және мекеменің openedOn, closedOn өрістерін тексеріңіз.",
    ],
    [
      "visit.follow_up_missing",
      {},
      "This intermediate (follow-up) visit does not say which visit it follows up. Put that visit's id in followUpOf.",
      "У промежуточного (повторного) посещения не указано, по итогам какого посещения оно проводится. Укажите идентификатор того посещения в поле followUpOf.",
      "Аралық (қайталама) бару қай барудың нәтижесі бойынша жүргізілетіні көрсетілмеген. Сол барудың сәйкестендіргішін followUpOf өрісіне жазыңыз.",
    ],
  ] as const)("%s %j", (code, params, en, ru, kk) => {
    expect(formatIssueMessage(code, params, "en")).toBe(en);
    expect(formatIssueMessage(code, params, "ru")).toBe(ru);
    expect(formatIssueMessage(code, params, "kk")).toBe(kk);
  });

  it.each([
    ["phone", "phone number", "номер телефона", "телефон нөмірі"],
    ["email", "e-mail address", "адрес электронной почты", "электрондық пошта мекенжайы"],
  ] as const)("names the identifier kind %s in words", (kind, en, ru, kk) => {
    expect(formatIssueMessage("privacy.personal_identifier", { kind }, "en")).toContain(`(${en})`);
    expect(formatIssueMessage("privacy.personal_identifier", { kind }, "ru")).toContain(`(${ru})`);
    expect(formatIssueMessage("privacy.personal_identifier", { kind }, "kk")).toContain(`(${kk})`);
  });

  it("puts the missing targets of an escalation as not given", () => {
    expect(formatIssueMessage("rec.escalation_target", { id: null, addressee: "interior", targetAddressee: null }, "en")).toMatch(
      /Addressee: interior; escalated recommendation: not given \(its addressee: not given\)\.$/,
    );
  });

  it("keeps a code it has no word for as it is", () => {
    expect(formatIssueMessage("schema.unknown_code", { value: "x", list: "weather" }, "en")).toContain("list of weather.");
    expect(formatIssueMessage("schema.invalid_value", { value: "x", expected: "opcat-npm/dataset@1" }, "ru")).toBe("Недопустимое значение «x»: ожидается opcat-npm/dataset@1.");
  });
});

describe("formatIssueMessage: plural forms", () => {
  const team = (teamSize: number, lang: Language) => formatIssueMessage("visit.team_too_small", { teamSize, minimum: 3 }, lang);

  it.each([
    [1, "1 участник"],
    [2, "2 участника"],
    [5, "5 участников"],
    [21, "21 участник"],
    [11, "11 участников"],
    [22, "22 участника"],
    [111, "111 участников"],
    [0, "0 участников"],
    [1.5, "1,5 участника"],
  ] as const)("ru: %d → %s", (teamSize, phrase) => {
    expect(team(teamSize, "ru")).toBe(`В группе посещения ${phrase}, а по профилю нужно минимум 3 участника. Проверьте поле teamSize.`);
  });

  it.each([
    [1, "1 member"],
    [2, "2 members"],
    [0, "0 members"],
  ] as const)("en: %d → %s", (teamSize, phrase) => {
    expect(team(teamSize, "en")).toBe(`The visit team had ${phrase}; the profile requires at least 3 members. Check teamSize.`);
  });

  it.each([1, 2, 5, 21])("kk: the noun stays singular after %d", (teamSize) => {
    expect(team(teamSize, "kk")).toBe(`Бару тобында ${String(teamSize)} қатысушы болған, ал профиль бойынша кемінде 3 қатысушы қажет. teamSize өрісін тексеріңіз.`);
  });

  it("takes the last form for a count that is not a number", () => {
    expect(formatIssueMessage("visit.team_too_small", { teamSize: "two", minimum: 1 }, "ru")).toMatch(/^В группе посещения two участников, а по профилю нужно минимум 1 участник\./);
  });
});

describe("formatIssueMessage: hostile params", () => {
  const huge = "x".repeat(10 * 1024 * 1024);
  const throwingToString = {
    toString(): string {
      throw new Error("toString");
    },
  };
  const cyclic: Record<string, unknown> = {};
  cyclic["self"] = cyclic;
  const cyclicList: unknown[] = [];
  cyclicList.push(cyclicList);
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwingGetter = Object.defineProperty({}, "length", {
    get() {
      throw new Error("getter");
    },
  });

  const HOSTILE: readonly (readonly [string, unknown])[] = [
    ["a 10 MB string", huge],
    ["an object with a throwing toString", throwingToString],
    ["a cyclic object", cyclic],
    ["a cyclic array", cyclicList],
    ["a bigint", 12345678901234567890n],
    ["a symbol", Symbol("s")],
    ["undefined", undefined],
    ["null", null],
    ["NaN", Number.NaN],
    ["a function", () => "f"],
    ["a revoked proxy", revoked.proxy],
    ["an object whose getter throws", throwingGetter],
    ["a sparse array of ten million", new Array(10_000_000)],
    ["a prototype key", "__proto__"],
  ];

  it.each(HOSTILE)("never throws on %s, in any param of any code", (_label, value) => {
    for (const [code, lang] of CASES) {
      const params = Object.fromEntries(paramsOf(code).map((name) => [name, value]));
      const message = formatIssueMessage(code, params, lang);
      expect(typeof message).toBe("string");
      // Each param shows at most 80 characters (an ellipsis included).
      expect(message.length).toBeLessThanOrEqual(MESSAGES[code][lang].length + 80 * placeholders(MESSAGES[code][lang]).length);
    }
  });

  it("never throws on params that are not a plain record", () => {
    const throwingProxy = new Proxy(
      {},
      {
        get() {
          throw new Error("get");
        },
        getOwnPropertyDescriptor() {
          throw new Error("descriptor");
        },
        has() {
          throw new Error("has");
        },
      },
    );
    for (const params of [throwingProxy, revoked.proxy, null, undefined, 42, "id"]) {
      expect(formatIssueMessage("ref.unknown_facility", params as Record<string, unknown>, "en")).toMatch(/^Facility “.*” is not among/);
    }
  });

  it("falls back to English for an unknown language and to the code for an unknown code", () => {
    expect(formatIssueMessage("ref.unknown_visit", { id: "V-9" }, "de" as Language)).toMatch(/^Visit “V-9”/);
    expect(formatIssueMessage("no.such_code" as IssueCode, {}, "ru")).toBe("no.such_code");
    expect(formatIssueMessage("__proto__" as IssueCode, {}, "ru")).toBe("__proto__");
  });

  it("cuts long strings to 80 characters with an ellipsis", () => {
    const message = formatIssueMessage("ref.unknown_facility", { id: huge }, "en");
    expect(message).toBe(`Facility “${"x".repeat(79)}…” is not among the facilities of this dataset. Add the facility or correct the id.`);
    expect(formatIssueMessage("ref.unknown_facility", { id: "y".repeat(80) }, "en")).toContain(`“${"y".repeat(80)}”`);
    expect(formatIssueMessage("ref.unknown_facility", { id: "y".repeat(81) }, "en")).toContain(`“${"y".repeat(79)}…”`);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const message = formatIssueMessage("schema.unknown_key", { key: "😀".repeat(100) }, "en");
    expect(message).toContain(`“${"😀".repeat(79)}…”`);
    expect(message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it("shows control and bidi-override characters as a replacement mark, line breaks as spaces", () => {
    expect(formatIssueMessage("ref.unknown_facility", { id: "\u001B[2JF\u202E1\nA" }, "en")).toContain("“\uFFFD[2JF\uFFFD1 A”");
  });

  it("puts values in once: text inside a value is not a placeholder or a replacement pattern", () => {
    expect(formatIssueMessage("ref.unknown_facility", { id: "{id} $& $1" }, "en")).toContain("“{id} $& $1”");
  });

  it("formats numbers, bigints and lists for the language, and other values as a neutral word", () => {
    expect(formatIssueMessage("schema.too_big", { maximum: 1234567.5, kind: "number" }, "ru")).toContain("значение не может быть больше 1\u00A0234\u00A0567,5.");
    expect(formatIssueMessage("schema.too_big", { maximum: 12345678901234567890n, kind: "number" }, "en")).toContain("at most 12,345,678,901,234,567,890.");
    expect(formatIssueMessage("schema.unknown_key", { key: ["a", 1000, null, ["b"], {}] }, "en")).toContain("“a, 1,000, not given, (value), (value)”");
    expect(formatIssueMessage("schema.unknown_key", { key: [] }, "kk")).toContain("«мәлімет жоқ»");
    expect(formatIssueMessage("schema.unknown_key", { key: true }, "ru")).toContain("«true»");
    expect(formatIssueMessage("schema.unknown_key", { key: throwingToString }, "ru")).toContain("«(значение)»");
    expect(formatIssueMessage("schema.unknown_key", { key: Array.from({ length: 50 }, () => "abcdef") }, "en")).toContain(`“${"abcdef, ".repeat(9)}abcdef,…”`);
  });

  it("reads no inherited param and no prototype word", () => {
    const inherited = Object.create({ id: "F-inherited" }) as Record<string, unknown>;
    expect(formatIssueMessage("ref.unknown_facility", inherited, "en")).toContain("“not given”");
    expect(formatIssueMessage("schema.unknown_code", { value: "x", list: "constructor" }, "en")).toContain("list of constructor.");
    expect(formatIssueMessage("schema.invalid_type", { expected: "toString", received: "__proto__" }, "en")).toBe("Wrong type of value: expected toString, found __proto__.");
  });
});
