import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ERROR_CATALOGUE, isErrorCode } from "../../src/errors/errorCatalogue";
import { errorMessage, sizeInWords } from "../../src/errors/errorMessage";
import { ERROR_TEXTS, ERROR_WORDS } from "../../src/errors/errorTexts";
import { OpcatError } from "../../src/errors/OpcatError";
import { ReadError } from "../../src/errors/ReadError";
import { WriteError } from "../../src/errors/WriteError";
import { cli } from "../hostile/cli";

/** The names of a template's placeholders, plural forms left out. */
const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((match) => match[1] ?? "").sort();

/** The names a template uses only for a plural form (`{count|column|columns}`): another language may do without. */
const pluralOnly = (template: string): string[] => placeholders(template).filter((name) => !new RegExp(`\\{${name}\\}`).test(template));

const codeOf = (key: string): string => key.split(".").slice(0, 2).join(".");

describe("ERROR_TEXTS and ERROR_CATALOGUE", () => {
  it("every text is of a read or write code of the catalogue, and says the same values in each language (a count only for a plural form may go)", () => {
    for (const [key, texts] of Object.entries(ERROR_TEXTS)) {
      const code = codeOf(key);
      expect(isErrorCode(code), key).toBe(true);
      expect(["read", "write"], key).toContain(ERROR_CATALOGUE[code as keyof typeof ERROR_CATALOGUE].kind);
      const said = placeholders(texts.en).filter((name) => !pluralOnly(texts.en).includes(name));
      for (const text of [texts.ru, texts.kk]) {
        expect(placeholders(text).filter((name) => said.includes(name)), key).toEqual(said);
        expect(placeholders(text).every((name) => placeholders(texts.en).includes(name)), key).toBe(true);
      }
    }
  });

  it("every placeholder is a param of its code (or `place`, the file and line in words)", () => {
    for (const [key, texts] of Object.entries(ERROR_TEXTS)) {
      const params: readonly string[] = ERROR_CATALOGUE[codeOf(key) as keyof typeof ERROR_CATALOGUE].params;
      for (const name of placeholders(texts.en)) expect([...params, "place", "file", "line"], `${key}: {${name}}`).toContain(name);
    }
  });

  it("every read and write code has a message, but io.not_representable, whose message is built by the writer", () => {
    const withText = new Set(Object.keys(ERROR_TEXTS).map(codeOf));
    const without = Object.entries(ERROR_CATALOGUE)
      .filter(([code, entry]) => (entry.kind === "read" || entry.kind === "write") && !withText.has(code))
      .map(([code]) => code);
    expect(without).toEqual(["io.not_representable"]);
  });

  it("the words of what JSON expected, in each language", () => {
    expect([ERROR_WORDS["expected.value"].ru, ERROR_WORDS["expected.comma_or_brace"].kk, ERROR_WORDS["found.end_of_file"].en]).toEqual(["значение", "«,» немесе «}»", "the end of the file"]);
  });
});

describe("errorMessage", () => {
  it("a write error in each language", () => {
    const error = new WriteError([{ code: "io.target_exists", path: [], message: "out.json exists already; replacing it needs overwrite", params: { file: "out.json" } }]);
    expect([errorMessage(error), errorMessage(error, "ru"), errorMessage(error, "kk")]).toEqual([
      "out.json exists already; replacing it needs overwrite",
      "out.json уже существует; чтобы заменить его, нужен параметр overwrite",
      "out.json бұрыннан бар; оны ауыстыру үшін overwrite параметрі қажет",
    ]);
    expect(error.message).toBe("out.json exists already; replacing it needs overwrite");
  });

  it("an argument's problem: the validator's message of its code", () => {
    const error = new OpcatError([{ code: "schema.invalid_date", path: [], message: "Not a calendar date in the form YYYY-MM-DD: \"2023-02-29\"", params: { value: "2023-02-29", example: "2024-03-31" } }]);
    expect(errorMessage(error, "ru")).toBe("«2023-02-29» не является допустимой датой. Укажите дату в формате ГГГГ-ММ-ДД, например 2024-03-31.");
  });

  it("a code without texts, or a read error made with params its message lacks: the English message given", () => {
    const profile = new OpcatError([{ code: "profile.empty_list", path: ["lists", "themes"], message: "The list themes has no codes", params: { list: "themes" } }]);
    expect(errorMessage(profile, "kk")).toBe("The list themes has no codes");
    const bare = new ReadError("io.bad_csv", "x.csv is broken", undefined);
    expect(errorMessage(bare, "ru")).toBe("x.csv is broken");
  });

  it("anything else thrown: its message", () => {
    expect([errorMessage(new TypeError("no"), "ru"), errorMessage("text", "kk"), errorMessage(undefined)]).toEqual(["no", "text", "undefined"]);
  });
});

describe("sizeInWords", () => {
  it.each<[number, "en" | "ru" | "kk", string]>([
    [900, "en", "900 bytes"],
    [900, "ru", "900 байт"],
    [1024 * 1024, "en", "1 MB"],
    [500 * 1024 * 1024, "kk", "500 МБ"],
    [Math.round(1.1 * 1024 ** 3), "en", "1.1 GB"],
    [Math.round(1.1 * 1024 ** 3), "ru", "1,1 ГБ"],
  ])("%i bytes in %s: %s", (bytes, lang, words) => {
    expect(sizeInWords(bytes, lang)).toBe(words);
  });
});

describe("the CLI says a write error in --lang", () => {
  const folder = mkdtempSync(join(tmpdir(), "opcat-write-errors-"));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it.each<["en" | "ru" | "kk", (file: string) => string]>([
    ["en", (file) => `${file} is a file, not a folder: choose a folder (it is created if needed)`],
    ["ru", (file) => `${file} — это файл, а не папка: выберите папку (при необходимости она будет создана)`],
    ["kk", (file) => `${file} — қалта емес, файл: қалтаны таңдаңыз (қажет болса, ол жасалады)`],
  ])("template <a file> --lang %s: io.target_not_folder, exit 2", async (lang, line) => {
    const file = join(folder, `taken-${lang}.txt`);
    writeFileSync(file, "not a folder");
    expect(await cli("template", file, "--lang", lang)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${line(file)}\n` });
  });
});
