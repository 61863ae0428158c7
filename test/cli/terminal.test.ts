import { fc, test as propertyTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isBrokenPipe, oneLine, terminalLine, terminalText, writeFailure } from "../../src/cli/terminal";
import { requestedLanguage } from "../../src/cli/texts";

// Anything a terminal would act on, written out by hand (the spec, not the code's regex).
// eslint-disable-next-line no-control-regex -- control characters are what the test is about
const ACTS_ON_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

describe("terminalText", () => {
  it.each([
    ["\u001b]0;pwned\u0007", String.raw`\u001B]0;pwned\u0007`],
    ["\u001b[2J", String.raw`\u001B[2J`],
    ["a\rb", String.raw`a\u000Db`],
    ["\u009b31m", String.raw`\u009B31m`],
    ["\u202Eabc\u202C", String.raw`\u202Eabc\u202C`],
    ["\u2066x\u2069 \u200E\u200F\u061C", String.raw`\u2066x\u2069 \u200E\u200F\u061C`],
    ["\u0000\u007f", String.raw`\u0000\u007F`],
    ["\uD800", String.raw`\uD800`],
    ["\uDC00x", String.raw`\uDC00x`],
  ])("shows %j as %s", (text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });

  it("leaves ordinary text as it is: line feeds, tabs, Cyrillic, narrow no-break spaces, emoji", () => {
    const text = "Учреждения\tв реестре: 1\u202F234\nМекеме 🇰🇿 — IVS\u00A0№ 1";
    expect(terminalText(text)).toBe(text);
  });

  propertyTest.prop([fc.string({ unit: "binary" })])("leaves nothing a terminal acts on, and nothing to do a second time", (text) => {
    const shown = terminalText(text);
    expect(shown).not.toMatch(ACTS_ON_TERMINAL);
    expect(terminalText(shown)).toBe(shown);
  });

  propertyTest.prop([fc.jsonValue()])("keeps JSON valid, with the same values", (value) => {
    const json = JSON.stringify(value, null, 2);
    expect(JSON.parse(terminalText(json))).toEqual(JSON.parse(json));
  });

  propertyTest.prop([fc.string({ unit: "binary" })])("keeps a JSON string's value, lone surrogates included", (text) => {
    expect(JSON.parse(terminalText(JSON.stringify(text)))).toBe(text);
  });
});

describe("oneLine, terminalLine, isBrokenPipe, writeFailure", () => {
  it("joins the lines of a message with one space", () => {
    expect(oneLine("first\n    at x (y.js:1:1)\r\n  second  ")).toBe("first at x (y.js:1:1) second");
  });

  it("shows the line breaks of a message that quotes data, on one line", () => {
    expect(terminalLine("cannot read a\nb\r.csv: no such file")).toBe(String.raw`cannot read a\u000Ab\u000D.csv: no such file`);
  });

  it("tells EPIPE from other write errors, never throwing", () => {
    expect(isBrokenPipe(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).toBe(true);
    expect(isBrokenPipe(Object.assign(new Error("nope"), { code: "ENOSPC" }))).toBe(false);
    expect(isBrokenPipe("EPIPE")).toBe(false);
    const hostile = new Proxy({}, { get: () => { throw new Error("trap"); } });
    expect(isBrokenPipe(hostile)).toBe(false);
    expect(writeFailure(hostile)).toBe("unknown error");
    expect(writeFailure(Object.assign(new Error("ENOSPC: no space left"), { code: "ENOSPC" }))).toBe("ENOSPC");
    expect(writeFailure(new Error("disk\nfull"))).toBe("disk full");
  });
});

describe("requestedLanguage", () => {
  it.each([
    [["validate", "x.json"], "en"],
    [["validate", "x.json", "--lang", "ru"], "ru"],
    [["--lang=kk", "summary", "x.json"], "kk"],
    [["summary", "--lang", "de"], "en"],
    [["summary", "--lang", "ru", "--lang=kk"], "kk"],
    [["summary", "--", "--lang", "ru"], "en"],
  ])("%j → %s", (argv, lang) => {
    expect(requestedLanguage(argv)).toBe(lang);
  });
});
