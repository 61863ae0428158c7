import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  findPersonalIdentifiers,
  isValidIin,
  type PersonalIdentifierKind,
  type PersonalIdentifierMatch,
} from "../../src/validate/rules/findPersonalIdentifiers";
import { monthLength, pad } from "../dates/calendar";

// ---------------------------------------------------------------------------------------------
// An independent IIN construction: the published rule, written apart from the code under test.
// ---------------------------------------------------------------------------------------------

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
const CENTURY_START: Record<number, number> = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 };

/** The 12th digit for 11 digits, or undefined when both weighted sums give 10. */
function checkDigitOf(first11: string): number | undefined {
  const digits = first11.split("").map(Number);
  const sumMod11 = (weights: number[]) => digits.reduce((sum, digit, i) => sum + digit * weights[i]!, 0) % 11;
  const first = sumMod11(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = sumMod11(SECOND_WEIGHTS);
  return second === 10 ? undefined : second;
}

/** Any valid IIN: a real birth date, a century-and-sex digit 1–6, a serial and its check digit. */
const validIin: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 9999 }),
  )
  .map(([centuryDigit, yy, month, dayWish, serial]) => {
    const day = Math.min(dayWish, monthLength(CENTURY_START[centuryDigit]! + yy, month));
    const first11 = `${pad(yy, 2)}${pad(month, 2)}${pad(day, 2)}${String(centuryDigit)}${pad(serial, 4)}`;
    const check = checkDigitOf(first11);
    return check === undefined ? "" : first11 + String(check);
  })
  .filter((iin) => iin !== "");

const LETTERS_AND_SPACES = "abcxyzABCXYZжқүіЁё ".split("");
const lettersAndSpaces = fc.string({ unit: fc.constantFrom(...LETTERS_AND_SPACES), maxLength: 30 });

/** The expected match for `fragment`, found where it first occurs in `text`. */
function at(text: string, fragment: string, kind: PersonalIdentifierKind): PersonalIdentifierMatch {
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`test bug: ${JSON.stringify(fragment)} is not in ${JSON.stringify(text)}`);
  return { kind, start, end: start + fragment.length };
}

// ---------------------------------------------------------------------------------------------
// IIN
// ---------------------------------------------------------------------------------------------

describe("isValidIin", () => {
  it("accepts an IIN whose check digit comes from the first weighted sum", () => {
    // 900101 3 0012 6: born 1990-01-01 (3 = man, 1900s).
    // 1·9 + 2·0 + 3·0 + 4·1 + 5·0 + 6·1 + 7·3 + 8·0 + 9·0 + 10·1 + 11·2 = 9 + 4 + 6 + 21 + 10 + 22 = 72;
    // 72 mod 11 = 6 (66 + 6), not 10, so the check digit is 6.
    expect(isValidIin("900101300126")).toBe(true);
    for (const wrong of "012345789") expect(isValidIin(`90010130012${wrong}`)).toBe(false);
  });

  it("accepts an IIN whose check digit needs the second weighted sum", () => {
    // 900101 3 0081 1: first sum 1·9 + 4·1 + 6·1 + 7·3 + 10·8 + 11·1 = 9 + 4 + 6 + 21 + 80 + 11 = 131;
    // 131 mod 11 = 10 (121 + 10), so weigh again by 3,4,5,6,7,8,9,10,11,1,2:
    // 3·9 + 6·1 + 8·1 + 9·3 + 1·8 + 2·1 = 27 + 6 + 8 + 27 + 8 + 2 = 78; 78 mod 11 = 1 (77 + 1).
    expect(isValidIin("900101300811")).toBe(true);
    for (const wrong of "023456789") expect(isValidIin(`90010130081${wrong}`)).toBe(false);
  });

  it("refuses every 12th digit when both weighted sums give 10", () => {
    // 900101 3 0080 ?: first sum 9 + 4 + 6 + 21 + 10·8 + 11·0 = 120; 120 mod 11 = 10 (110 + 10);
    // second sum 27 + 6 + 8 + 27 + 1·8 + 2·0 = 76; 76 mod 11 = 10 (66 + 10): no valid check digit.
    expect(checkDigitOf("90010130080")).toBeUndefined();
    for (const last of "0123456789") expect(isValidIin(`90010130080${last}`)).toBe(false);
  });

  it.each([
    ["850615400125", "1985-06-15, a woman (4)"],
    ["051231607897", "2005-12-31, a woman (6)"],
    ["190105200011", "1819-01-05, a woman (2)"],
    ["000101100016", "1800-01-01, a man (1)"],
    ["000229500018", "2000-02-29, a leap day (5: 2000s)"],
    ["960229300123", "1996-02-29, a leap day"],
    ["870123456784", "1987-01-23: a 12-digit number starting with 87 can still be an IIN"],
  ])("accepts %s (%s)", (iin) => {
    expect(isValidIin(iin)).toBe(true);
    expect(checkDigitOf(iin.slice(0, 11))).toBe(Number(iin[11]));
  });

  // Each has the right check digit for its first 11 digits: only the named part is wrong.
  it.each([
    ["900230300128", "30 February"],
    ["000229300015", "29 February 1900 (3: 1900s, not a leap year)"],
    ["901301300126", "month 13"],
    ["900100300120", "day 00"],
    ["900101000127", "7th digit 0: no century, not a person's IIN"],
    ["900101700121", "7th digit 7"],
    ["900101800128", "7th digit 8"],
    ["990440001234", "a BIN (5th digit 4: legal entity), whose 'day' is 40"],
  ])("refuses %s (%s)", (number) => {
    expect(checkDigitOf(number.slice(0, 11))).toBe(Number(number[11]));
    expect(isValidIin(number)).toBe(false);
  });

  it.each(["", "90010130012", "9001013001260", "90010130012a", "９００１０１３００１２６", " 900101300126", "900101-300126"])(
    "refuses %j: not exactly 12 ASCII digits",
    (text) => {
      expect(isValidIin(text)).toBe(false);
    },
  );

  propertyTest.prop([validIin])("accepts every IIN built by the rule, and no other 12th digit", (iin) => {
    expect(isValidIin(iin)).toBe(true);
    for (const last of "0123456789") {
      if (last !== iin[11]) expect(isValidIin(iin.slice(0, 11) + last)).toBe(false);
    }
  });
});

describe("findPersonalIdentifiers: IIN", () => {
  it("finds an IIN between any non-digits", () => {
    expect(findPersonalIdentifiers("ИИН 900101300126.")).toEqual([{ kind: "iin", start: 4, end: 16 }]);
    expect(findPersonalIdentifiers("ИИН:900101300126,")).toEqual([{ kind: "iin", start: 4, end: 16 }]);
    expect(findPersonalIdentifiers("x900101300126y")).toEqual([{ kind: "iin", start: 1, end: 13 }]);
    expect(findPersonalIdentifiers("900101300126")).toEqual([{ kind: "iin", start: 0, end: 12 }]);
    expect(findPersonalIdentifiers("(870123456784)")).toEqual([{ kind: "iin", start: 1, end: 13 }]);
  });

  it("finds several IINs in order", () => {
    const text = "850615400125 and 900101300811; also 000229500018";
    expect(findPersonalIdentifiers(text)).toEqual([
      at(text, "850615400125", "iin"),
      at(text, "900101300811", "iin"),
      at(text, "000229500018", "iin"),
    ]);
  });

  it.each([
    ["900101300127", "wrong check digit"],
    ["90010130012", "11 digits"],
    ["9001013001260", "13 digits"],
    ["1900101300126", "13 digits, the last 12 a valid IIN"],
    ["900230300128", "30 February"],
    ["000229300015", "29 February 1900"],
    ["900101000127", "7th digit 0"],
    ["990440001234", "a BIN"],
    ["123456789012", "a 12-digit number that is neither IIN nor phone"],
    ["870123456789", "12 digits starting with 87 and a wrong check digit"],
    ["900101 300126", "digits split by a space"],
  ])("finds nothing in %j (%s)", (text) => {
    expect(findPersonalIdentifiers(`Record no. ${text} of the register`)).toEqual([]);
  });

  propertyTest.prop([lettersAndSpaces, validIin, lettersAndSpaces])(
    "finds exactly one IIN, at its place, in any text of letters and spaces",
    (before, iin, after) => {
      expect(findPersonalIdentifiers(before + iin + after)).toEqual([
        { kind: "iin", start: before.length, end: before.length + 12 },
      ]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------

describe("findPersonalIdentifiers: phone", () => {
  it("finds the listed forms with exact offsets", () => {
    expect(findPersonalIdentifiers("+7 701 234 56 78")).toEqual([{ kind: "phone", start: 0, end: 16 }]);
    expect(findPersonalIdentifiers("tel. +7 (701) 234-56-78.")).toEqual([{ kind: "phone", start: 5, end: 23 }]);
    expect(findPersonalIdentifiers("call 8 701 234 5678 now")).toEqual([{ kind: "phone", start: 5, end: 19 }]);
    expect(findPersonalIdentifiers("87012345678")).toEqual([{ kind: "phone", start: 0, end: 11 }]);
    expect(findPersonalIdentifiers("(+77012345678)")).toEqual([{ kind: "phone", start: 1, end: 13 }]);
  });

  it.each([
    "+7 701 234 56 78",
    "+7 (701) 234-56-78",
    "+7(701)234-56-78",
    "+7 7172 12 34 56",
    "+7-701-234-56-78",
    "+7.701.234.56.78",
    "+7\u00a0701\u00a0234\u00a056\u00a078",
    "+77012345678",
    "8 701 234 5678",
    "8 701 234 56 78",
    "8 (701) 234-56-78",
    "8(701)234-56-78",
    "8-701-234-56-78",
    "8 (7172) 12-34-56",
    "8 7012345678",
    "87012345678",
    "+44 20 7946 0958",
    "+1.212.555.0199",
    "+49 (30) 1234567",
    "+996 555 123 456",
    "+33 1 23 45 67 89",
    "+12345678",
    "+123456789012345",
  ])("finds %j alone and inside a sentence", (phone) => {
    expect(findPersonalIdentifiers(phone)).toEqual([{ kind: "phone", start: 0, end: phone.length }]);
    const text = `Detainee's relative, phone ${phone}, asked for a visit.`;
    expect(findPersonalIdentifiers(text)).toEqual([at(text, phone, "phone")]);
  });

  it("ends a +7 number at its 11th digit, and a domestic one at its 11th, whatever digits follow", () => {
    const text = "+7 701 234 56 78 12 people";
    expect(findPersonalIdentifiers(text)).toEqual([at(text, "+7 701 234 56 78", "phone")]);
    const domestic = "8 701 234 56 78 12 people";
    expect(findPersonalIdentifiers(domestic)).toEqual([at(domestic, "8 701 234 56 78", "phone")]);
  });

  it("finds two phones separated by punctuation", () => {
    const text = "+7 701 234 56 78, 8 (702) 345-67-89";
    expect(findPersonalIdentifiers(text)).toEqual([at(text, "+7 701 234 56 78", "phone"), at(text, "8 (702) 345-67-89", "phone")]);
  });

  it.each([
    ["2023-02-14", "ISO date"],
    ["14.02.2023", "dotted date"],
    ["14.02.2023 – 18.02.2023", "period"],
    ["cells 3-7", "range"],
    ["2019-2023", "range of years"],
    ["2019 - 2023", "range of years with spaces"],
    ["Article 146 part 2", "article number"],
    ["Article 146-2, part 8 of the Code", "article number with an 8"],
    ["1 200 places", "capacity"],
    ["8 700 places", "capacity starting with 8"],
    ["150 000 tenge", "money"],
    ["8 700 000 000 tenge", "money, 10 digits after a lone 8"],
    ["87 000 000 000 tenge", "money, 11 digits starting with 87 but no lone 8"],
    ["8 000 000 tenge", "money starting with 8"],
    ["EC-166/11", "institution code"],
    ["ЕС-166/8 and UG-157/8", "institution codes ending in 8"],
    ["123456789012", "12-digit number"],
    ["870123456789", "12-digit number starting with 87"],
    ["8701234567", "10 digits starting with 87"],
    ["870123456789012", "15 digits starting with 87"],
    ["8 701 234 56", "too few digits after 8"],
    ["8 601 234 56 78", "national number not starting with 7"],
    ["8 701 2 3 4 5678", "single-digit groups"],
    ["8.07.2023", "date starting with 8"],
    ["2+2=4", "arithmetic"],
    ["12+77012345678", "plus right after a digit"],
    ["+7 701 23", "too few digits after +"],
    ["+1 234 567", "7 digits after +"],
    ["+ 7 701 234 56 78", "space after +"],
    ["+1234567890123456", "16 digits after +"],
    ["+20 °C, +18 at night", "temperatures"],
  ])("finds nothing in %j (%s)", (text) => {
    expect(findPersonalIdentifiers(text)).toEqual([]);
  });

  const nationalNumber = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((digits) => `7${digits.join("")}`);
  const written: ((n: string) => string)[] = [
    (n) => `+7 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
    (n) => `+7 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
    (n) => `8 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    (n) => `8 (${n.slice(0, 4)}) ${n.slice(4, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
    (n) => `8${n}`,
    (n) => `+7${n}`,
  ];
  propertyTest.prop([lettersAndSpaces, nationalNumber, fc.constantFrom(...written), lettersAndSpaces])(
    "finds exactly one phone, at its place, for any Kazakh number in any listed form",
    (before, national, write, after) => {
      const phone = write(national);
      expect(findPersonalIdentifiers(before + phone + after)).toEqual([
        { kind: "phone", start: before.length, end: before.length + phone.length },
      ]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------------------------

describe("findPersonalIdentifiers: e-mail", () => {
  it("finds addresses with exact offsets, without a sentence's final dot", () => {
    expect(findPersonalIdentifiers("write to a.b@mail.kz.")).toEqual([{ kind: "email", start: 9, end: 20 }]);
    expect(findPersonalIdentifiers("ivan_petrov-1%x+y@sub.ombudsman.gov.kz")).toEqual([{ kind: "email", start: 0, end: 38 }]);
    expect(findPersonalIdentifiers("<иван@почта.қаз>")).toEqual([{ kind: "email", start: 1, end: 15 }]);
    expect(findPersonalIdentifiers("...ivan@mail.kz")).toEqual([{ kind: "email", start: 3, end: 15 }]);
    expect(findPersonalIdentifiers("x@y-z.kz;")).toEqual([{ kind: "email", start: 0, end: 8 }]);
  });

  it("finds each of several addresses", () => {
    const text = "a@b.kz, c@d.ru and (e.f@g.h.com)";
    expect(findPersonalIdentifiers(text)).toEqual([at(text, "a@b.kz", "email"), at(text, "c@d.ru", "email"), at(text, "e.f@g.h.com", "email")]);
  });

  it("reports an e-mail whose local part is a phone number or an IIN once, as an e-mail", () => {
    expect(findPersonalIdentifiers("+77012345678@mail.kz")).toEqual([{ kind: "email", start: 0, end: 20 }]);
    expect(findPersonalIdentifiers("900101300126@mail.kz")).toEqual([{ kind: "email", start: 0, end: 20 }]);
  });

  it.each([
    ["@ombudsman_kz", "social-media handle"],
    ["user@localhost", "one-label domain"],
    ["a@b.c", "one-letter top-level domain"],
    ["name@domain.123", "numeric top-level domain"],
    ["name@ mail.kz", "space after @"],
    ["name @mail.kz", "space before @"],
    ["@@@", "only @"],
    ["...@mail.kz", "only dots before @"],
    ["a@.kz", "empty label"],
  ])("finds nothing in %j (%s)", (text) => {
    expect(findPersonalIdentifiers(text)).toEqual([]);
  });

  const localPart = fc
    .tuple(
      fc.string({ unit: fc.constantFrom(..."abcz0189".split("")), minLength: 1, maxLength: 8 }),
      fc.string({ unit: fc.constantFrom(..."abz09._%+-".split("")), maxLength: 8 }),
    )
    .map(([first, rest]) => first + rest);
  const label = fc.string({ unit: fc.constantFrom(..."abz09-".split("")), minLength: 1, maxLength: 8 });
  const topLevel = fc.string({ unit: fc.constantFrom(..."abzқ".split("")), minLength: 2, maxLength: 5 });
  propertyTest.prop([lettersAndSpaces, localPart, fc.array(label, { minLength: 1, maxLength: 3 }), topLevel, lettersAndSpaces])(
    "finds exactly one e-mail, at its place, between spaces",
    (before, local, labels, tld, after) => {
      const email = `${local}@${[...labels, tld].join(".")}`;
      const text = `${before} ${email} ${after}`;
      expect(findPersonalIdentifiers(text)).toEqual([{ kind: "email", start: before.length + 1, end: before.length + 1 + email.length }]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Any text
// ---------------------------------------------------------------------------------------------

describe("findPersonalIdentifiers: any text", () => {
  it("finds nothing in empty or ordinary text", () => {
    expect(findPersonalIdentifiers("")).toEqual([]);
    expect(findPersonalIdentifiers("Visit to IVS no. 3 on 14.02.2023: 12 detainees, 3 complaints, 2 cells closed.")).toEqual([]);
  });

  it("finds every kind in one text, in order", () => {
    const text = "Mother (ИИН 850615400125) called 8 701 234 56 78 and wrote to mama@mail.kz on 2023-02-14.";
    expect(findPersonalIdentifiers(text)).toEqual([
      at(text, "850615400125", "iin"),
      at(text, "8 701 234 56 78", "phone"),
      at(text, "mama@mail.kz", "email"),
    ]);
  });

  const PIECES = [..."0123456789+@.-() _%\u00a0aZжқ\n".split(""), "87", "8 ", "+7 ", "701", "@mail.kz", "900101300126", "a@b.kz"];
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join("")),
  );

  propertyTest.prop([anyText])("returns matches in order, without overlaps, within the text", (text) => {
    let previousEnd = 0;
    for (const match of findPersonalIdentifiers(text)) {
      expect(["iin", "phone", "email"]).toContain(match.kind);
      expect(Object.keys(match).sort()).toEqual(["end", "kind", "start"]);
      expect(Number.isInteger(match.start) && Number.isInteger(match.end)).toBe(true);
      expect(match.start).toBeGreaterThanOrEqual(previousEnd);
      expect(match.end).toBeGreaterThan(match.start);
      expect(match.end).toBeLessThanOrEqual(text.length);
      previousEnd = match.end;
    }
  });

  propertyTest.prop([anyText])("finds each match again, alone and whole, when it is cut out of the text", (text) => {
    for (const match of findPersonalIdentifiers(text)) {
      const alone = text.slice(match.start, match.end);
      expect(findPersonalIdentifiers(alone)).toEqual([{ kind: match.kind, start: 0, end: alone.length }]);
    }
  });

  propertyTest.prop([anyText])("never throws, mutates nothing and returns fresh results", (text) => {
    const first = findPersonalIdentifiers(text);
    const snapshot = structuredClone(first);
    const second = findPersonalIdentifiers(text);
    expect(second).toEqual(snapshot);
    expect(second).not.toBe(first);
    (first as unknown[]).push({ kind: "iin", start: -1, end: -1 });
    expect(findPersonalIdentifiers(text)).toEqual(snapshot);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile input: it must complete (vitest's default test timeout is the only bound).
// ---------------------------------------------------------------------------------------------

describe("findPersonalIdentifiers: hostile input", () => {
  const MB = 1024 * 1024;
  const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

  it.each([
    ["digits", () => repeatTo("0123456789", 10 * MB), 0],
    ["eights", () => repeatTo("8", 2 * MB), 0],
    ["@", () => repeatTo("@", 10 * MB), 0],
    ["+7 ", () => repeatTo("+7 ", 10 * MB), 0],
    ["spaces", () => repeatTo(" ", 10 * MB), 0],
    ["+", () => repeatTo("+", 2 * MB), 0],
    ["dots", () => repeatTo(".", 2 * MB), 0],
    ["8 77 ", () => repeatTo("8 77 ", 2 * MB), 0],
    ["+7 (", () => repeatTo("+7 (", 2 * MB), 0],
    ["@.", () => repeatTo("@.", 2 * MB), 0],
    ["1@", () => repeatTo("1@", 2 * MB), 0],
    ["a long local part", () => `${repeatTo("a.", 2 * MB)}@`, 0],
    ["a long domain", () => `a@${repeatTo("ab.", 2 * MB)}`, 1],
    ["letters around an @", () => `${repeatTo("ж", MB / 2)}@${repeatTo("ж", MB / 2)}`, 0],
    ["long digit groups after +7", () => repeatTo(`+7 ${"7".repeat(1000)} `, 2 * MB), 0],
  ] as const)("completes on %s", (_name, build, count) => {
    expect(findPersonalIdentifiers(build())).toHaveLength(count);
  });

  it("completes on 1 MB of identifiers and finds them all", () => {
    const unit = "+7 (701) 234-56-78 a@b.kz 900101300126 ";
    const text = unit.repeat(Math.floor(MB / unit.length));
    expect(findPersonalIdentifiers(text)).toHaveLength(3 * Math.floor(MB / unit.length));
  });
});
