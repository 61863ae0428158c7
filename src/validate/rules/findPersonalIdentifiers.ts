import { isCivilDate } from "../../dates/isCivilDate";
import { OpcatError } from "../../errors/OpcatError";
import { matchableText, normalizeForMatching } from "./normalizeForMatching";

/**
 * What kind of personal identifier {@link findPersonalIdentifiers} found: a Kazakh IIN, a
 * phone number or an e-mail address.
 *
 * @example
 * ```ts
 * import type { PersonalIdentifierKind } from "opcat-npm";
 *
 * const kind: PersonalIdentifierKind = "phone";
 * kind;
 * //=> "phone"
 * ```
 */
export type PersonalIdentifierKind = "iin" | "phone" | "email";

/**
 * Where a personal identifier lies in a text: `text.slice(start, end)`. It carries no copy of
 * the identifier, so a report built from it cannot publish one (OPCAT Art. 21(2)).
 *
 * @example
 * ```ts
 * import type { PersonalIdentifierMatch } from "opcat-npm";
 *
 * const match: PersonalIdentifierMatch = { kind: "email", start: 6, end: 18 };
 * match.end - match.start;
 * //=> 12
 * ```
 */
export interface PersonalIdentifierMatch {
  readonly kind: PersonalIdentifierKind;
  readonly start: number;
  readonly end: number;
}

const IIN_LENGTH = 12;
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const PLUS = 0x2b;
const OPEN = 0x28;
const CLOSE = 0x29;
const DOT = 0x2e;
const DIGIT_ZERO = 0x30;
const DIGIT_SEVEN = 0x37;
const DIGIT_EIGHT = 0x38;

// Only ASCII digits: other scripts' digits are not how IINs and phones are written.
function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= DIGIT_ZERO && code <= DIGIT_ZERO + 9;
}

function digitAt(text: string, index: number): number {
  return text.charCodeAt(index) - DIGIT_ZERO;
}

function weightedSumMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight * digitAt(digits, index);
  });
  return sum % 11;
}

/** The check digit of an IIN's first 11 digits, or undefined when both passes give 10. */
function iinCheckDigit(digits: string): number | undefined {
  const first = weightedSumMod11(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSumMod11(digits, SECOND_WEIGHTS);
  return second === 10 ? undefined : second;
}

/** The birth year's century from the 7th digit (odd for men, even for women); 0 names none. */
function centuryOf(digit: number): number | undefined {
  return digit >= 1 && digit <= 6 ? 1800 + Math.floor((digit - 1) / 2) * 100 : undefined;
}

function hasBirthDate(digits: string): boolean {
  const century = centuryOf(digitAt(digits, 6));
  if (century === undefined) return false;
  const year = String(century + Number(digits.slice(0, 2)));
  return isCivilDate(`${year}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`);
}

/**
 * Whether a string is a valid IIN of a person (Kazakh individual identification number):
 * exactly 12 ASCII digits; the first six a real birth date YYMMDD; the 7th digit 1–6, giving
 * the century (1–2: 1800s, 3–4: 1900s, 5–6: 2000s) and sex; and a right check digit. The
 * check digit is the sum of the first 11 digits weighted 1, 2, …, 11, mod 11; if that is 10,
 * the sum weighted 3, 4, …, 11, 1, 2, mod 11; if that is 10 too, no 12th digit is valid.
 *
 * A 7th digit of 0 is refused: it names no century, so the birth date cannot be checked
 * (000229 is a real day in 2000, not in 1900), and citizens' IINs do not use it. A BIN of a
 * legal entity never passes: its 5th digit is 4–6, so its "day" is 40 or more. A birth date
 * in the future is accepted, since the library never reads the clock. Anything that is not a
 * string is not an IIN: `false`.
 *
 * @example
 * ```ts
 * import { isValidIin } from "opcat-npm";
 *
 * isValidIin("900101300126");
 * //=> true
 * isValidIin("900101300127");
 * //=> false
 * isValidIin("900101300811");
 * //=> true
 * isValidIin("901301300126");
 * //=> false
 * isValidIin("9001013001");
 * //=> false
 * ```
 */
export function isValidIin(digits: string): boolean {
  if (typeof digits !== "string" || digits.length !== IIN_LENGTH) return false;
  for (let index = 0; index < IIN_LENGTH; index++) {
    if (!isDigitAt(digits, index)) return false;
  }
  return hasBirthDate(digits) && iinCheckDigit(digits) === digitAt(digits, IIN_LENGTH - 1);
}

function findIins(text: string, found: PersonalIdentifierMatch[]): void {
  let index = 0;
  while (index < text.length) {
    if (!isDigitAt(text, index)) {
      index++;
      continue;
    }
    const start = index;
    while (isDigitAt(text, index)) index++;
    if (index - start === IIN_LENGTH && isValidIin(text.slice(start, index))) {
      found.push({ kind: "iin", start, end: index });
    }
  }
}

// The words an IIN is written after (ИИН, IIN; ЖСН in Kazakh), in any case. No keyword can
// start inside another, so the search may go on after each one found.
const IIN_KEYWORD = /[Ии][Ии][Нн]|[Ii][Ii][Nn]|[Жж][Сс][Нн]/g;
const IIN_KEYWORD_LENGTH = 3;

const MAX_SUFFIX_LETTERS = 4;
const MAX_FILLER = 6;

/** After a keyword: `:`, `№`, `#`, `=`, `-`, `.` and spaces, at most MAX_FILLER of them. */
function isFillerAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x20 || code === 0x3a || code === 0x2116 || code === 0x23 || code === 0x3d || code === 0x2d || code === DOT;
}

/**
 * The start of the digits written after an IIN keyword ending at `end`: a Kazakh case
 * ending joined by a hyphen is allowed (`ЖСН-і`), then a few filler characters; -1 when a
 * letter follows the keyword (another word: `Iinet`).
 */
function digitsAfterKeyword(text: string, end: number): number {
  let index = end;
  if (text.charCodeAt(index) === 0x2d && isLetterAt(text, index + 1)) {
    index++;
    const suffixStart = index;
    while (isLetterAt(text, index) && index - suffixStart <= MAX_SUFFIX_LETTERS) index++;
    if (index - suffixStart > MAX_SUFFIX_LETTERS) return -1;
  } else if (isLetterAt(text, index)) {
    return -1;
  }
  const fillerStart = index;
  while (isFillerAt(text, index) && index - fillerStart < MAX_FILLER) index++;
  return isDigitAt(text, index) ? index : -1;
}

/**
 * An IIN written in groups after its keyword: `ИИН 900101 300126`, `IIN: 900101-300126`,
 * `ЖСН-і 9001 0130 0126`. The match runs from the keyword to the 12th digit, which must
 * end a group. Without a keyword, grouped digits are not read as an IIN: too many numbers
 * (registers, money) are written so.
 */
function findGroupedIins(text: string, found: PersonalIdentifierMatch[]): void {
  IIN_KEYWORD.lastIndex = 0;
  for (let keyword = IIN_KEYWORD.exec(text); keyword !== null; keyword = IIN_KEYWORD.exec(text)) {
    const index = keyword.index;
    const keywordEnd = index + IIN_KEYWORD_LENGTH;
    if (isLetterAt(text, index - 1)) continue;
    const digits = digitsAfterKeyword(text, keywordEnd);
    if (digits < 0) continue;
    const groups = phoneGroups(text, digits, IIN_LENGTH);
    const last = groups.find((group) => group.total === IIN_LENGTH);
    if (last === undefined || groups.indexOf(last) === 0) continue;
    let iin = "";
    for (const group of groups) {
      iin += text.slice(group.start, group.end).replace(NOT_DIGITS, "");
      if (group === last) break;
    }
    if (isValidIin(iin)) found.push({ kind: "iin", start: index, end: last.end });
  }
}

const NOT_DIGITS = /\D/g;

// ---------------------------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------------------------

const MIN_INTERNATIONAL_DIGITS = 8;
const MAX_INTERNATIONAL_DIGITS = 15;
const KAZAKH_DIGITS = 11;

function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x20 || code === 0xa0 || code === 0x202f;
}

function isSeparatorAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isSpaceAt(text, index) || code === 0x2d || code === DOT;
}

/** The end of the digit run at `start`, or -1 when it has more than `max` digits. */
function digitRunEnd(text: string, start: number, max: number): number {
  let index = start;
  while (isDigitAt(text, index)) {
    index++;
    if (index - start > max) return -1;
  }
  return index;
}

/** A group of digits in a phone number; `total` counts the digits up to its end. */
interface DigitGroup {
  readonly start: number;
  readonly end: number;
  readonly total: number;
}

/**
 * The digit groups of a phone-shaped run starting with a digit at `start`, up to `maxDigits`
 * digits in all. Between two groups: one space, no-break space, hyphen or dot; or, once per
 * number, a group in parentheses: `(` or ` (` before it, `)` right after it, then a digit or
 * one separator and a digit. A group that would pass `maxDigits` ends the run, so the work
 * per start is bounded whatever follows.
 */
function phoneGroups(text: string, start: number, maxDigits: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let total = 0;
  let groupStart = start;
  let parenthesesUsed = false;
  for (;;) {
    const end = digitRunEnd(text, groupStart, maxDigits - total);
    if (end < 0) return groups;
    total += end - groupStart;
    groups.push({ start: groupStart, end, total });
    if (isSeparatorAt(text, end) && isDigitAt(text, end + 1)) {
      groupStart = end + 1;
      continue;
    }
    if (parenthesesUsed) return groups;
    const open = text.charCodeAt(end) === OPEN ? end : isSpaceAt(text, end) && text.charCodeAt(end + 1) === OPEN ? end + 1 : -1;
    if (open < 0) return groups;
    const innerEnd = digitRunEnd(text, open + 1, maxDigits - total);
    if (innerEnd <= open + 1 || text.charCodeAt(innerEnd) !== CLOSE) return groups;
    const after = innerEnd + 1;
    const next = isDigitAt(text, after) ? after : isSeparatorAt(text, after) && isDigitAt(text, after + 1) ? after + 1 : -1;
    if (next < 0) return groups;
    total += innerEnd - open - 1;
    groups.push({ start: open + 1, end: after, total });
    parenthesesUsed = true;
    groupStart = next;
  }
}

/** `+`, then 8–15 digits in groups; after `+7`, exactly 11 digits when a group ends there. */
function internationalPhoneEnd(text: string, plus: number): number {
  if (isDigitAt(text, plus - 1) || !isDigitAt(text, plus + 1)) return -1;
  const groups = phoneGroups(text, plus + 1, MAX_INTERNATIONAL_DIGITS);
  if (text.charCodeAt(plus + 1) === DIGIT_SEVEN) {
    const kazakh = groups.find((group) => group.total === KAZAKH_DIGITS);
    if (kazakh !== undefined) return kazakh.end;
  }
  const last = groups.at(-1);
  return last !== undefined && last.total >= MIN_INTERNATIONAL_DIGITS ? last.end : -1;
}

/**
 * The domestic form `8 7xx …`: `8` alone, then 10 digits starting with 7 in groups of 2 or
 * more; or `87` and 9 more digits in one run of exactly 11. Money grouped by thousands never
 * has 11 digits after a lone 8, and `87 000 000 000` does not start with a lone 8.
 */
function domesticPhoneEnd(text: string, eight: number): number {
  if (isDigitAt(text, eight - 1) || text.charCodeAt(eight - 1) === PLUS) return -1;
  const groups = phoneGroups(text, eight, KAZAKH_DIGITS);
  const [first, second] = groups;
  if (first === undefined) return -1;
  if (first.total === KAZAKH_DIGITS) return text.charCodeAt(eight + 1) === DIGIT_SEVEN ? first.end : -1;
  if (first.total !== 1 || second === undefined || text.charCodeAt(second.start) !== DIGIT_SEVEN) return -1;
  let before = first.total;
  for (const group of groups.slice(1)) {
    if (group.total - before < 2) return -1;
    if (group.total === KAZAKH_DIGITS) return group.end;
    before = group.total;
  }
  return -1;
}

function findPhones(text: string, found: PersonalIdentifierMatch[]): void {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== PLUS && code !== DIGIT_EIGHT) continue;
    const end = code === PLUS ? internationalPhoneEnd(text, index) : domesticPhoneEnd(text, index);
    if (end >= 0) found.push({ kind: "phone", start: index, end });
  }
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------------------------

const NON_ASCII_LETTER = /^\p{L}$/u;

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return NON_ASCII_LETTER.test(text.charAt(index));
}

function isLocalCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isLetterAt(text, index) || isDigitAt(text, index) || code === DOT || code === 0x5f || code === 0x25 || code === PLUS || code === 0x2d;
}

function isDomainCharAt(text: string, index: number): boolean {
  return isLetterAt(text, index) || isDigitAt(text, index) || text.charCodeAt(index) === 0x2d;
}

/**
 * The end of the domain after the `@` at `at`: labels of letters, digits and hyphens joined
 * by single dots, at least two, the last (the top-level domain) of two or more letters. A
 * trailing dot or label that fails that is left out; -1 when nothing is left.
 */
function emailDomainEnd(text: string, at: number): number {
  let index = at + 1;
  let labels = 0;
  let end = -1;
  for (;;) {
    const labelStart = index;
    let lettersOnly = true;
    while (isDomainCharAt(text, index)) {
      if (!isLetterAt(text, index)) lettersOnly = false;
      index++;
    }
    if (index === labelStart) return end;
    labels++;
    if (labels >= 2 && lettersOnly && index - labelStart >= 2) end = index;
    if (text.charCodeAt(index) !== DOT) return end;
    index++;
  }
}

// Neither scan crosses an `@`, so each character is read at most twice in all: linear time.
function findEmails(text: string, found: PersonalIdentifierMatch[]): void {
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (isLocalCharAt(text, start - 1)) start--;
    while (start < at && text.charCodeAt(start) === DOT) start++;
    if (start === at) continue;
    const end = emailDomainEnd(text, at);
    if (end >= 0) found.push({ kind: "email", start, end });
  }
}

// ---------------------------------------------------------------------------------------------
// All together
// ---------------------------------------------------------------------------------------------

/**
 * Merges lists sorted by start into one without overlaps: the earliest start wins, and on a
 * tie the longest (an e-mail whose local part is a phone number is reported as an e-mail).
 */
function mergeWithoutOverlaps(lists: readonly (readonly PersonalIdentifierMatch[])[]): PersonalIdentifierMatch[] {
  const positions = lists.map(() => 0);
  const merged: PersonalIdentifierMatch[] = [];
  let covered = 0;
  for (;;) {
    let best: PersonalIdentifierMatch | undefined;
    let bestList = -1;
    lists.forEach((list, listIndex) => {
      const candidate = list[positions[listIndex] ?? 0];
      if (candidate === undefined) return;
      if (best === undefined || candidate.start < best.start || (candidate.start === best.start && candidate.end > best.end)) {
        best = candidate;
        bestList = listIndex;
      }
    });
    if (best === undefined) return merged;
    positions[bestList] = (positions[bestList] ?? 0) + 1;
    if (best.start >= covered) {
      merged.push(best);
      covered = best.end;
    }
  }
}

const PLUS_FULLWIDTH = 0xff0b;
const ANY_CLUE = /[\d@(<[{\uff01-\uff5e]/;
const SHORT_TEXT = 32;
const AT = 0x40;

/**
 * Whether a text may hold an identifier, in one quick pass: 11 digits or more (an IIN has
 * 12, a domestic phone 11), or 8 or more and a `+` (the shortest international phone), or
 * an `@` or a bracket (an e-mail, written plainly or as `[at]`). Fullwidth forms count.
 * Ids, dates and codes fail it at once: the validator asks it of every string.
 */
function mayHoldIdentifier(text: string): boolean {
  // Most long text has no digit, `@` or bracket at all: the regular expression says so
  // fastest. Below SHORT_TEXT characters the loop alone is quicker than a call of it.
  if (text.length > SHORT_TEXT && !ANY_CLUE.test(text)) return false;
  let digits = 0;
  let plus = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= DIGIT_ZERO && code <= DIGIT_ZERO + 9) {
      if (++digits >= KAZAKH_DIGITS) return true;
    } else if (code < 0x80) {
      if (code === AT || code === OPEN || code === 0x5b || code === 0x7b || code === 0x3c) return true;
      if (code === PLUS) plus = true;
    } else if (code >= 0xff01 && code <= 0xff5e) {
      const ascii = code - 0xfee0;
      if (ascii >= DIGIT_ZERO && ascii <= DIGIT_ZERO + 9) {
        if (++digits >= KAZAKH_DIGITS) return true;
      }
      else if (ascii === AT || ascii === OPEN || ascii === 0x5b || ascii === 0x7b || ascii === 0x3c) return true;
      else if (code === PLUS_FULLWIDTH) plus = true;
    }
  }
  return digits >= KAZAKH_DIGITS || (plus && digits >= MIN_INTERNATIONAL_DIGITS);
}

/**
 * Finds the personal identifiers in a free text, so that the validator can refuse to publish
 * them (OPCAT Art. 21(2)). Returns where they are, in order of start and never overlapping
 * (where candidates overlap, the earliest, then the longest, is kept), and never their text.
 * Runs in time linear in the text's length, whatever it holds; throws only an
 * {@link OpcatError} (`schema.invalid_type`) for a value that is not text.
 *
 * The text is first read as a person sees it: characters that show nothing (zero-width
 * spaces and joiners, the soft hyphen, the byte order mark, bidi controls) are skipped;
 * fullwidth forms (`＠`, `０`–`９`, `＋`) are read as ASCII; tab and every Unicode space
 * (no-break, thin, narrow no-break, ...) as a space, and a run of spaces as one; hyphens
 * and dashes (`‐ ‑ – —`, minus) as `-`; `[at]`, `(at)`, `{at}`, `<at>`, `[@]` (any case,
 * with the spaces around them) as `@`, and `[dot]`, `(dot)`, `[.]`, … as `.`. Offsets
 * still point into the text as given, skipped characters inside a match included.
 *
 * - **IIN**: a run of exactly 12 ASCII digits (any non-digit around it) that {@link isValidIin}
 *   accepts. An 11- or 13-digit run is no IIN. Digits in groups (`900101 300126`,
 *   `900101-300126`) are an IIN only right after the word ИИН, IIN or ЖСН (any case; a
 *   Kazakh ending such as `ЖСН-і`, and `:`, `№`, `-` between them, are allowed): the match
 *   then starts at the word.
 * - **Phone**, one of two forms, with digits in groups separated by one space, hyphen or dot,
 *   and at most one group in parentheses (`(701)`, before it `(` or ` (`):
 *   - international: `+` (not right after a digit) and a digit, then 8–15 digits in all; when
 *     the first is 7 (Kazakhstan, Russia) and a group ends at the 11th digit, the number ends
 *     there. `+7 701 234 56 78`, `+7 (701) 234-56-78`, `+77012345678`, `+44 20 7946 0958`.
 *   - domestic Kazakh: `8` (not right after a digit or `+`) standing alone, then 10 digits
 *     starting with 7 in groups of 2 digits or more, ending at a group's end: `8 701 234 5678`,
 *     `8 (7172) 12-34-56`; or a run of exactly 11 digits starting with `87`: `87012345678`.
 *   Numbers without `+` or `8` (`701 234 56 78`) are not found. Dates, ranges, article
 *   numbers, thousands-grouped counts and money, and codes like `EC-166/11` do not match:
 *   they have no `+`, and no lone `8` followed by 10 digits starting with 7. A signed
 *   amount of 8 digits or more (`+12 000 000`) does match.
 * - **E-mail**: around each `@`, a local part of letters, digits and `. _ % + -` (leading dots
 *   left out) and a domain of two or more labels of letters, digits and hyphens joined by
 *   dots, the last of two letters or more (any script: `почта.қаз`). No space may stand
 *   right before or after a plain `@`.
 *
 * @example
 * ```ts
 * import { findPersonalIdentifiers } from "opcat-npm";
 *
 * findPersonalIdentifiers("Call +7 701 234 56 78 or write to a.b@mail.kz.");
 * //=> [{ kind: "phone", start: 5, end: 21 }, { kind: "email", start: 34, end: 45 }]
 * findPersonalIdentifiers("IIN 900101300126, cell 3-7, 14.02.2023, 150 000 tenge");
 * //=> [{ kind: "iin", start: 4, end: 16 }]
 * findPersonalIdentifiers("ИИН: 900101 300126; ivanov [at] mail.kz");
 * //=> [{ kind: "iin", start: 0, end: 18 }, { kind: "email", start: 20, end: 39 }]
 * findPersonalIdentifiers("8\u2009701\u2009234\u20135678, 9001013\u200b00126");
 * //=> [{ kind: "phone", start: 0, end: 14 }, { kind: "iin", start: 16, end: 29 }]
 * ```
 */
export function findPersonalIdentifiers(text: string): PersonalIdentifierMatch[] {
  const given: unknown = text;
  if (typeof given !== "string") {
    const received = given === null ? "null" : typeof given;
    throw new OpcatError([{ code: "schema.invalid_type", path: [], message: `findPersonalIdentifiers reads text, not ${received}`, params: { argument: "text", expected: "string", received } }]);
  }
  if (!mayHoldIdentifier(text)) return [];
  const matched = matchableText(text);
  const merged = findInMatchable(matched);
  // The offsets back into the text are worked out only for a text that holds one.
  const normalized = merged.length === 0 || matched === text ? undefined : normalizeForMatching(text);
  if (normalized === undefined) return merged;
  const { from, to } = normalized;
  return merged.map(({ kind, start, end }) => ({ kind, start: from[start] ?? start, end: to[end - 1] ?? end }));
}

/** The identifiers in a text already read as a person sees it, with offsets into it. */
function findInMatchable(matched: string): PersonalIdentifierMatch[] {
  const iins: PersonalIdentifierMatch[] = [];
  const groupedIins: PersonalIdentifierMatch[] = [];
  const phones: PersonalIdentifierMatch[] = [];
  const emails: PersonalIdentifierMatch[] = [];
  findIins(matched, iins);
  findGroupedIins(matched, groupedIins);
  findPhones(matched, phones);
  findEmails(matched, emails);
  return mergeWithoutOverlaps([iins, groupedIins, phones, emails]);
}

/**
 * The kinds of personal identifier in a text, each once, in order of first appearance: what
 * the validator reports. Text that cannot hold one (most of it) costs no allocation.
 *
 * @internal
 */
export function personalIdentifierKindsIn(text: string): readonly PersonalIdentifierKind[] {
  if (!mayHoldIdentifier(text)) return NO_KINDS;
  const found = findInMatchable(matchableText(text));
  if (found.length === 0) return NO_KINDS;
  return found.length === 1 && found[0] !== undefined ? [found[0].kind] : [...new Set(found.map((match) => match.kind))];
}

/**
 * The kinds of personal identifier a number stands for, written out in digits: an IIN
 * stored as a number (its leading zeros lost: 10 to 12 digits), or a phone number such as
 * 87012345678. None for numbers of fewer than 10 digits (counts, capacities, money).
 *
 * @internal
 */
export function personalIdentifierKindsOfNumber(value: number | bigint): readonly PersonalIdentifierKind[] {
  if (typeof value === "number" ? !(Math.abs(value) >= 1e9 && Number.isFinite(value)) : value > -1_000_000_000n && value < 1_000_000_000n) return NO_KINDS;
  const digits = String(value < 0 ? -value : value);
  if (/^\d{10,11}$/.test(digits) && isValidIin(digits.padStart(IIN_LENGTH, "0"))) return IIN_ONLY;
  return personalIdentifierKindsIn(digits);
}

const NO_KINDS: readonly PersonalIdentifierKind[] = /* @__PURE__ */ Object.freeze([]);
const IIN_ONLY: readonly PersonalIdentifierKind[] = /* @__PURE__ */ Object.freeze(["iin"]);
