import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  findPersonalIdentifiers,
  isValidIin,
  personalIdentifierKindsIn,
  personalIdentifierKindsOfNumber,
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
// Text read as a person sees it: invisible characters, look-alike spaces and dashes, [at]
// ---------------------------------------------------------------------------------------------

describe("findPersonalIdentifiers: spellings a person reads as the identifier", () => {
  // Offsets count UTF-16 units of the text as given: every character below is one unit.
  it.each([
    // IIN after a keyword, in groups: the match starts at the keyword.
    ["ИИН 900101 300126", { kind: "iin", start: 0, end: 17 }],
    ["IIN: 900101-300126.", { kind: "iin", start: 0, end: 18 }],
    ["iin № 900101 300126", { kind: "iin", start: 0, end: 19 }],
    ["(ЖСН 9001 0130 0126)", { kind: "iin", start: 1, end: 19 }],
    ["жсн-і 900101 300126", { kind: "iin", start: 0, end: 19 }],
    ["ИИН 900101 300126 12 people", { kind: "iin", start: 0, end: 17 }],
    ["ИИН 900101 300126", { kind: "iin", start: 0, end: 17 }],
    ["Иин - 900101–300126", { kind: "iin", start: 0, end: 19 }],
    // A plain 12-digit run after a keyword is found from its first digit, as before.
    ["ИИН: 900101300126", { kind: "iin", start: 5, end: 17 }],
    // Invisible characters inside: skipped, and inside the match.
    ["900101\u200b300126", { kind: "iin", start: 0, end: 13 }],
    ["x 9\u00ad0\u20600\ufeff101300126", { kind: "iin", start: 2, end: 17 }],
    ["+7\u200d701\u200c234 56 78", { kind: "phone", start: 0, end: 16 }],
    ["iv\u200banov@mail.kz", { kind: "email", start: 0, end: 15 }],
    ["ivanov\u2060@\u200email.kz", { kind: "email", start: 0, end: 16 }],
    // Spaces and dashes.
    ["+7 701  234   56 78", { kind: "phone", start: 0, end: 19 }],
    ["+7\t701\t234\t56\t78", { kind: "phone", start: 0, end: 16 }],
    ["8\u2009701\u2009234\u200956\u200978", { kind: "phone", start: 0, end: 15 }],
    ["8\u202f701\u202f234\u202f56\u202f78", { kind: "phone", start: 0, end: 15 }],
    ["+7 (701) 234–56–78", { kind: "phone", start: 0, end: 18 }],
    ["8\u2011701\u2011234\u201156\u201178", { kind: "phone", start: 0, end: 15 }],
    ["+7\u3000701\u2212234\u201256 78", { kind: "phone", start: 0, end: 16 }],
    // Fullwidth forms.
    ["＋７ ７０１ ２３４ ５６ ７８", { kind: "phone", start: 0, end: 16 }],
    ["ivanov＠mail．kz", { kind: "email", start: 0, end: 14 }],
    ["９００１０１３００１２６", { kind: "iin", start: 0, end: 12 }],
    // Bracketed at and dot, with the spaces around them.
    ["to ivanov [at] mail.kz", { kind: "email", start: 3, end: 22 }],
    ["to ivanov (at) mail.kz.", { kind: "email", start: 3, end: 22 }],
    ["ivanov{AT}mail{DOT}kz", { kind: "email", start: 0, end: 21 }],
    ["ivanov <at> mail [dot] kz", { kind: "email", start: 0, end: 25 }],
    ["ivanov[ at ]mail[.]kz", { kind: "email", start: 0, end: 21 }],
    ["ivanov (@) mail ( . ) kz", { kind: "email", start: 0, end: 24 }],
    ["ivanov［at］mail.kz", { kind: "email", start: 0, end: 17 }],
  ] as const)("finds %j", (text, match) => {
    expect(findPersonalIdentifiers(text)).toEqual([match]);
  });

  it.each([
    ["IINET 900101 300126", "a word that starts like the keyword"],
    ["XИИН 900101 300126", "the keyword inside a word"],
    ["ИИН 900101 300127", "grouped, wrong check digit"],
    ["ИИН 900101 3001265", "grouped, 13 digits"],
    ["ИИН 9001 0130 012", "grouped, 11 digits"],
    ["ИИН: see the register, no. 900101 300126", "the keyword too far from the digits"],
    ["ИИН-ыныңнемесе 900101 300126", "a long ending: another word"],
    ["Record no. 900101 300126", "grouped digits without a keyword"],
    ["900101\n300126", "digits split by a line break"],
    ["ivanov [at]mail", "a bracketed at without a domain"],
    ["meet at police.kz", "an unbracketed at"],
    ["ivanov at mail dot kz", "unbracketed words"],
    ["(at) the facility", "a bracketed at with nothing before it"],
    ["ivanov [ta] mail.kz", "another word in brackets"],
    ["ivanov [at) mail.kz", "brackets that do not match"],
    ["14.02.2023 – 18.02.2023", "a period with an en dash"],
    ["2019–2023, 8–10 people", "ranges with en dashes"],
    ["1\u2009200\u2009000 tenge", "money with thin spaces"],
    ["8\u00a0700\u00a0000\u00a0000 tenge", "money with no-break spaces after a lone 8"],
  ])("finds nothing in %j (%s)", (text) => {
    expect(findPersonalIdentifiers(text)).toEqual([]);
  });
});

describe("personalIdentifierKindsIn", () => {
  it.each([
    ["Cell 3-7, 14.02.2023, 150 000 tenge", [], "no identifier"],
    ["IIN 900101300126", ["iin"], "one"],
    ["a.b@mail.kz, then +7 701 234 56 78, then c@mail.kz", ["email", "phone"], "each kind once, in order of first appearance"],
    ["ИИН 900101 300126 and 87012345678 and IIN 900101300126", ["iin", "phone"], "an IIN twice, grouped and not"],
  ] as const)("%j: %j (%s)", (text, kinds, _why) => {
    expect(personalIdentifierKindsIn(text)).toEqual(kinds);
  });
});

describe("personalIdentifierKindsOfNumber", () => {
  it.each([
    [900101300126, ["iin"], "an IIN"],
    [51231607897, ["iin"], "051231607897, its leading zero lost"],
    // 000229500018 (2000-02-29): as a number 229500018, 9 digits: below the 10 digits looked at.
    [229500018, [], "an IIN with three leading zeros: too short to tell from a count"],
    [87012345678, ["phone"], "a domestic phone number"],
    [-900101300126, ["iin"], "an IIN with a minus sign"],
    [900101300126.5, ["iin"], "an IIN with a fraction"],
    [900101300127, [], "a wrong check digit"],
    [990440001234, [], "a BIN"],
    [1_200_000_000, [], "a sum of money (day 00 when read as an IIN)"],
    [123456789, [], "nine digits"],
    [3, [], "a count"],
    [Number.NaN, [], "NaN"],
    [Number.POSITIVE_INFINITY, [], "infinity"],
    [900101300126n, ["iin"], "an IIN as a bigint"],
    [12n, [], "a small bigint"],
  ] as const)("%d: %j (%s)", (value, kinds, _why) => {
    expect(personalIdentifierKindsOfNumber(value)).toEqual(kinds);
  });
});

// ---------------------------------------------------------------------------------------------
// Benign text stays benign; identifiers however spelled are found
// ---------------------------------------------------------------------------------------------

describe("findPersonalIdentifiers: properties of its two sides", () => {
  const year = fc.integer({ min: 1990, max: 2030 });
  const dayOf = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, wish]) => [y, m, Math.min(wish, monthLength(y, m))] as const);
  const isoDate = dayOf.map(([y, m, day]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`);
  const dottedDate = dayOf.map(([y, m, day]) => `${pad(day, 2)}.${pad(m, 2)}.${pad(y, 4)}`);
  const dash = fc.constantFrom("-", "–", "—", " – ", " - ", "\u2011", "\u2212");
  const space = fc.constantFrom(" ", "\u00a0", "\u2009", "\u202f", "  ", "\t");
  const thousands = (groups: readonly number[], separator: string) => groups.map((group, index) => (index === 0 ? String(group) : pad(group, 3))).join(separator);
  const money = fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(" ", "\u00a0", "\u2009", ","), fc.constantFrom(" тенге", " tenge", ".50 ₸", ""))
    .map(([head, rest, separator, unit]) => thousands([head, ...rest], separator) + unit);
  // A BIN: 12 digits whose 5th is 4–6 (a legal entity), so read as a birth date its "day" is 40 or more.
  const bin = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 4, max: 6 }), fc.integer({ min: 0, max: 9_999_999 })).map(([head, fifth, rest]) => `${pad(head, 4)}${String(fifth)}${pad(rest, 7)}`);
  // Any 12 digits that the independent rule at the top of this file does not accept as an IIN.
  const notIin = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 })
    .map((digits) => digits.join(""))
    .filter((digits) => {
      const century = CENTURY_START[Number(digits[6])];
      const month = Number(digits.slice(2, 4));
      const day = Number(digits.slice(4, 6));
      const realDate = century !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(century + Number(digits.slice(0, 2)), month);
      return !(realDate && checkDigitOf(digits.slice(0, 11)) === Number(digits[11]));
    });
  const article = fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 9 })).map(([number, part]) => fc.sample(fc.constantFrom(`ст. ${String(number)} УК`, `Art. ${String(number)}(${String(part)})`, `статья ${String(number)}-${String(part)}`, `${String(number)}-бап ${String(part)}-тармақ`), 1)[0] ?? "");
  const count = fc.integer({ min: 0, max: 9999 }).map(String);
  const word = fc.constantFrom("камера", "cell", "Мекеме", "detainees", "жалоба", "IIN not given", "ИИН не указан", "ЖСН жоқ", "(see annex)", "[draft]", "ЕС-166/8", "+20 °C", "No. 8", "8 cells");
  const benignPiece = fc.oneof(
    isoDate,
    dottedDate,
    fc.tuple(dottedDate, dash, dottedDate).map(([a, d, b]) => a + d + b),
    fc.tuple(year, dash, year).map(([a, d, b]) => `${String(a)}${d}${String(b)}`),
    fc.tuple(count, dash, count).map(([a, d, b]) => `cells ${a}${d}${b}`),
    money,
    bin,
    notIin,
    article,
    fc.tuple(count, space, word).map(([a, s, w]) => a + s + w),
    word,
  );
  const joiner = fc.constantFrom(", ", "; ", ". ", " и ", " and ", " — ", "\n");

  propertyTest.prop([fc.array(fc.tuple(benignPiece, joiner), { maxLength: 12 })])("finds nothing in text made of dates, ranges, money, BINs, other 12-digit numbers, articles and counts", (pieces) => {
    const text = pieces.map(([piece, join]) => piece + join).join("");
    expect(findPersonalIdentifiers(text)).toEqual([]);
  });

  const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"];
  /** The text with invisible characters put between some of its characters (never before the first or after the last). */
  const withInvisibles = (text: string) =>
    fc.array(fc.tuple(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), fc.constantFrom(...INVISIBLE)), { maxLength: 4 }).map((insertions) => {
      let result = text;
      // From the last position to the first, so earlier positions stay where they were.
      for (const [position, invisible] of [...insertions].sort((a, b) => b[0] - a[0])) result = result.slice(0, position) + invisible + result.slice(position);
      return result;
    });

  const nationalNumber = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((digits) => `7${digits.join("")}`);
  const phone = fc
    .tuple(nationalNumber, fc.constantFrom("+7", "8"), fc.array(fc.oneof(space, dash), { minLength: 4, maxLength: 4 }))
    .map(([n, prefix, [a = " ", b = " ", c = " ", d = " "]]) => `${prefix}${a.trim() === "" ? a : " "}${n.slice(0, 3)}${b}${n.slice(3, 6)}${c}${n.slice(6, 8)}${d}${n.slice(8)}`)
    // A dash with spaces around it is two separators: no phone is written so.
    .filter((written) => !/\s[-–—\u2011\u2212]|[-–—\u2011\u2212]\s/.test(written));
  const at = fc.constantFrom("@", "＠", " [at] ", "(at)", " (AT) ", "{at}", " <at> ", "[@]");
  const dot = fc.constantFrom(".", "．", " [dot] ", "(dot)", "[.]");
  const email = fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,7}[a-z0-9]$/), at, fc.stringMatching(/^[a-z][a-z0-9-]{0,6}[a-z0-9]$/), dot, fc.stringMatching(/^[a-zқ]{2,4}$/))
    .filter(([local]) => !local.includes(".."))
    .map(([local, a, domain, d, tld]) => local + a + domain + d + tld);
  const groupedIin = fc
    .tuple(fc.constantFrom("ИИН ", "IIN: ", "ЖСН ", "иин № ", "ЖСН-і "), validIin, fc.oneof(space, fc.constantFrom("-", "\u2011", "–")))
    .map(([keyword, iin, separator]) => `${keyword}${iin.slice(0, 6)}${separator}${iin.slice(6)}`);
  const identifier = fc.oneof(
    validIin.map((text) => ["iin", text] as const),
    groupedIin.map((text) => ["iin", text] as const),
    phone.map((text) => ["phone", text] as const),
    email.map((text) => ["email", text] as const),
  );
  const hidden = identifier.chain(([kind, text]) => withInvisibles(text).map((spelled) => [kind, spelled] as const));

  propertyTest.prop([lettersAndSpaces, hidden, lettersAndSpaces])("finds every identifier, however spaced, dashed, obfuscated and split by invisible characters, at its place", (before, [kind, spelled], after) => {
    const text = `${before} ${spelled} ${after}`;
    expect(findPersonalIdentifiers(text)).toEqual([{ kind, start: before.length + 1, end: before.length + 1 + spelled.length }]);
  });
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
