import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run";
import type { InputStream } from "../../src/cli/source";
import { openDatasetStream, streamForm } from "../../src/io/streamSource";
import { ReadError } from "../../src/io/types";
import { scratchFolder } from "../hostile/cli";

// `-` reads the dataset from stdin (issue 12, point 6): JSON or NDJSON lines, with the files' checks.
const TINY = new URL("../fixtures/cli/tiny.json", import.meta.url).pathname;
const TINY_TEXT = readFileSync(TINY, "utf8");
const EXAMPLE = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;
const { place } = scratchFolder("opcat-stdin-");

// tiny.json as NDJSON lines, written by hand: its fields, then a record a line under its collection's name.
const TINY_LINES = [
  '{"format":"opcat-npm/dataset@1","profile":"kz","period":{"from":"2023-01-01","to":"2023-12-31"}}',
  '{"facilities":{"id":"F-1","name":"IVS","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}}',
  '{"visits":{"id":"V-1","type":"periodic","startedOn":"2023-02-14","facilityIds":["F-1"]}}',
  '{"accountability":{"id":"A-1","decidedOn":"2023-05-01","initiator":"npm_participant","measure":"criminal","officials":2}}',
];
const TINY_NDJSON = `${TINY_LINES.join("\n")}\n`;

/** Bytes as a stdin that is a pipe, in the chunks given. */
function piped(...chunks: (string | Uint8Array)[]): InputStream {
  return {
    isTTY: false,
    async *[Symbol.asyncIterator]() {
      // A stream's chunks come one by one, later.
      await Promise.resolve();
      for (const chunk of chunks) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    },
  };
}

/** Runs the CLI in this process with `stdin` as its standard input. */
async function cli(stdin: InputStream | undefined, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), ...(stdin === undefined ? {} : { stdin: () => stdin }) });
  return { code, stdout, stderr };
}

async function file(...argv: string[]) {
  return cli(undefined, ...argv);
}

describe("a JSON document on stdin", () => {
  it("is read as the file would be, named stdin", async () => {
    expect(await cli(piped(TINY_TEXT), "validate", "-")).toEqual({ code: 0, stdout: "stdin: valid — 0 errors, 0 warnings\n", stderr: "" });
    // Pretty-printed over many lines, in chunks cut anywhere.
    const pretty = JSON.stringify(JSON.parse(TINY_TEXT), null, 2);
    expect(await cli(piped(pretty.slice(0, 7), pretty.slice(7, 100), pretty.slice(100)), "validate", "-")).toEqual({ code: 0, stdout: "stdin: valid — 0 errors, 0 warnings\n", stderr: "" });
  });

  it("locates an issue at the line its record starts on", async () => {
    const bad = JSON.parse(TINY_TEXT) as { visits: { startedOn: string }[] };
    bad.visits[0] = { ...bad.visits[0], startedOn: "2023-02-29" };
    // Lines 1-16: the fields (7 lines) and the one facility (9); the visit's record starts on line 18.
    const result = await cli(piped(JSON.stringify(bad, null, 2)), "validate", "-");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("stdin: not valid — 1 error, 0 warnings\n\nerror schema.invalid_date ×1\n  visits[0].startedOn: stdin, line 18: “2023-02-29” is not a valid date. Write dates as YYYY-MM-DD, for example 2024-03-15.\n");
  });

  it("a byte-order mark is allowed, as in a file", async () => {
    expect(await cli(piped(new Uint8Array([0xef, 0xbb, 0xbf]), TINY_TEXT), "validate", "-")).toEqual({ code: 0, stdout: "stdin: valid — 0 errors, 0 warnings\n", stderr: "" });
  });
});

describe("NDJSON lines on stdin", () => {
  it("every command that reads a dataset reads them as it reads the file", async () => {
    for (const argv of [["summary"], ["validate"], ["report", "--as-of", "2024-11-08"], ["followup", "--as-of", "2024-11-08"], ["summary", "--lang", "kk"]]) {
      const [command = "", ...options] = argv;
      const fromFile = await file(command, TINY, ...options);
      expect(fromFile.code).toBe(0);
      const fromStdin = await cli(piped(TINY_NDJSON), command, "-", ...options);
      expect(fromStdin).toEqual({ ...fromFile, stdout: fromFile.stdout.replaceAll(TINY, "stdin"), stderr: fromFile.stderr.replaceAll(TINY, "stdin") });
    }
    expect((await cli(piped(TINY_NDJSON), "summary", "-")).stdout.split("\n").slice(0, 3)).toEqual(["Kazakhstan — Reporting period: 1 January – 31 December 2023", "", "Facilities in the register: 1"]);
  });

  it("convert --out - writes them (the lines above, by hand), and reads them back to the same JSON file", async () => {
    expect(await file("convert", TINY, "--to", "ndjson", "--out", "-")).toEqual({ code: 0, stdout: TINY_NDJSON, stderr: "opcat-npm: 3 records written as ndjson to stdout\n" });
    const fromFile = place("a.json");
    const fromStdin = place("b.json");
    expect((await file("convert", TINY, "--to", "json", "--out", fromFile)).code).toBe(0);
    expect(await cli(piped(TINY_NDJSON), "convert", "-", "--to", "json", "--out", fromStdin)).toEqual({ code: 0, stdout: `${fromStdin}\n`, stderr: "opcat-npm: 3 records written as json\n" });
    expect(readFileSync(fromStdin, "utf8")).toBe(readFileSync(fromFile, "utf8"));
    // And JSON to stdout is the JSON file convert writes.
    expect((await cli(piped(TINY_NDJSON), "convert", "-", "--to", "json", "--out", "-")).stdout).toBe(readFileSync(fromFile, "utf8"));
  });

  it("the example dataset round-trips: convert --to ndjson --out - | report - gives the report of the file", async () => {
    const lines = (await file("convert", EXAMPLE, "--to", "ndjson", "--out", "-")).stdout;
    // 1 line of fields, 534 facilities, 461 visits, 3,125 recommendations, 293 actions.
    expect(lines.split("\n").length - 1).toBe(1 + 4413);
    const report = await cli(piped(lines), "report", "-", "--as-of", "2024-11-08", "--format", "json");
    expect(report.code).toBe(0);
    expect(report.stdout).toBe((await file("report", EXAMPLE, "--as-of", "2024-11-08", "--format", "json")).stdout);
  });

  it("locates an issue at its line, as stdin, line N", async () => {
    const lines = [...TINY_LINES];
    lines[2] = '{"visits":{"id":"V-1","type":"periodic","startedOn":"2023-02-29","facilityIds":["F-1"]}}';
    const result = await cli(piped(`${lines.join("\r\n")}\r\n`), "validate", "-", "--lang", "ru");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("stdin: данные некорректны — 1 ошибка, 0 предупреждений\n\nошибка schema.invalid_date ×1\n  visits[0].startedOn: stdin, line 3: «2023-02-29» не является допустимой датой. Укажите дату в формате ГГГГ-ММ-ДД, например 2024-03-15.\n".replace("line 3", "строка 3"));
  });

  it("blank lines are skipped and a collection may have no lines", async () => {
    const result = await cli(piped(`\n${TINY_LINES[0] ?? ""}\n\n${TINY_LINES[1] ?? ""}\n   \n`), "summary", "-");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Facilities in the register: 1\n");
    expect(result.stdout).toContain("Visits: 0\n");
  });

  it("reads the same however the stream is cut into chunks", async () => {
    const bytes = Buffer.from(TINY_NDJSON.replace("2023-02-14", "2023-02-30"), "utf8");
    const whole = await cli(piped(bytes), "validate", "-", "--format", "json");
    expect(whole.code).toBe(1);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = points.slice(1).map((end, index) => bytes.subarray(points[index], end));
        expect(await cli(piped(...chunks), "validate", "-", "--format", "json")).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });
});

describe("JSON or NDJSON, from the first line", () => {
  it.each([
    ["{}", "json"],
    ['{"format":"opcat-npm/dataset@1"}\n', "json"],
    ['{"format":"opcat-npm/dataset@1"}\n  \n\n', "json"],
    ['{\n  "format": "opcat-npm/dataset@1"\n}\n', "json"],
    ['{"format":"opcat-npm/dataset@1",\n"visits":[]}\n', "json"],
    ['{"format":"opcat-npm/dataset@1"}\n{"visits":{}}\n', "ndjson"],
    ['\n\n  {"format":"opcat-npm/dataset@1"}\r\n{"visits":{}}', "ndjson"],
    ["[1]\n[2]\n", "ndjson"],
    ["", "json"],
  ])("%j is read as %s", (head, form) => {
    expect(streamForm(head)).toBe(form);
  });

  it("--form json and --form ndjson say it instead", async () => {
    expect(await cli(piped(TINY_NDJSON), "validate", "-", "--form", "json")).toEqual({ code: 2, stdout: "", stderr: 'opcat-npm: stdin is not valid JSON: line 2, column 1: expected end of input, found "{"\n' });
    expect(await cli(piped(TINY_TEXT), "validate", "-", "--form", "ndjson")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'opcat-npm: stdin, line 1: the first line holds the dataset\'s own fields (format, profile, period, reported); “facilities” belongs on lines of their own after it, a record each: {"facilities": {…}}\n',
    });
  });
});

describe("what cannot be read from stdin: one line, exit 2", () => {
  const refused = (message: string) => ({ code: 2, stdout: "", stderr: `opcat-npm: ${message}\n` });

  it.each([
    ["empty", [""], "stdin is empty"],
    ["only blank lines", ["\n  \r\n\n"], "stdin is empty"],
    ["UTF-16", [new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])], "stdin is UTF-16 text (Excel's “Unicode Text”), not UTF-8: re-save it as UTF-8 (without conversion to another code page)"],
    ["a workbook", [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])], "stdin is an Excel workbook (or another zip archive), not a text file: export the data as JSON"],
    ["Windows-1251", [Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), Buffer.from('"}')])], "stdin is not UTF-8 text (line 1): re-save it as UTF-8 (without conversion to another code page)"],
    ["Windows-1251 on line 3 of NDJSON", [`${TINY_LINES[0] ?? ""}\n${TINY_LINES[1] ?? ""}\n`, Buffer.concat([Buffer.from('{"visits":{"id":"'), Buffer.from([0xcf, 0xf0]), Buffer.from('"}}\n')])], "stdin is not UTF-8 text (line 3): re-save it as UTF-8 (without conversion to another code page)"],
    ["a NUL byte", ['{\n"a":', new Uint8Array([0]), "}"], "stdin is not a text file: it holds a NUL byte (line 2); export the data as “CSV UTF-8”, NDJSON or JSON"],
    ["JSON cut off", [TINY_TEXT.slice(0, 60)], "stdin ends in the middle of the document (line 1, column 61: expected a closing double quote): the file is cut off; is it complete?"],
    ["the last NDJSON line cut off", [TINY_NDJSON.slice(0, -20)], "stdin, line 4: the last record is cut off (expected a closing double quote at column 103): is the file complete?"],
    ["an NDJSON line that is not JSON", [`${TINY_LINES[0] ?? ""}\n{"visits":{"id":"V-1",}}\n${TINY_LINES[1] ?? ""}\n`], 'stdin, line 2, column 23: expected a property name in double quotes, found "}" (each line of an NDJSON file is one JSON record)'],
    [
      "a record line without its collection",
      [`${TINY_LINES[0] ?? ""}\n{"id":"V-1","type":"periodic"}\n`],
      'stdin, line 2: each line after the first holds one record under the name of its collection, as {"visits": {…}} (facilities, visits, recommendations, accountability); this line holds an object with the keys "id", "type"',
    ],
    [
      "a record under a name that is no collection",
      [`${TINY_LINES[0] ?? ""}\n{"visit":{"id":"V-1"}}\n`],
      'stdin, line 2: each line after the first holds one record under the name of its collection, as {"visits": {…}} (facilities, visits, recommendations, accountability); this line holds an object with the key "visit"',
    ],
    [
      "a record after those of a later collection",
      [`${TINY_LINES[0] ?? ""}\n${TINY_LINES[2] ?? ""}\n${TINY_LINES[1] ?? ""}\n`],
      "stdin, line 3: a record of facilities after those of visits: the lines of each collection go together, in the order facilities, visits, recommendations, accountability",
    ],
    [
      "no line of the dataset's fields",
      [`${TINY_LINES[1] ?? ""}\n${TINY_LINES[2] ?? ""}\n`],
      'stdin, line 1: the first line holds the dataset\'s own fields (format, profile, period, reported); “facilities” belongs on lines of their own after it, a record each: {"facilities": {…}}',
    ],
  ] as const)("%s", async (_case, chunks, message) => {
    expect(await cli(piped(...chunks), "validate", "-")).toEqual(refused(message));
  });

  it("a stream that fails", async () => {
    const failing: InputStream = {
      async *[Symbol.asyncIterator]() {
        await Promise.resolve();
        yield Buffer.from('{"format":');
        throw Object.assign(new Error("i/o error"), { code: "EIO" });
      },
    };
    expect(await cli(failing, "report", "-", "--as-of", "2024-11-08")).toEqual(refused("cannot read stdin: EIO"));
  });

  it("a terminal, or no stdin at all: a usage error that says to pipe the data, in the language asked for", async () => {
    const terminal: InputStream = { isTTY: true, [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error("a terminal must not be read")) }) };
    expect(await cli(terminal, "validate", "-")).toEqual(refused("- reads the dataset from stdin, but stdin is a terminal here: pipe the data in (cat kz-2023.json | opcat-npm validate -) or give a file or folder"));
    expect(await cli(undefined, "summary", "-")).toEqual(refused("- reads the dataset from stdin, but stdin is a terminal here: pipe the data in (cat kz-2023.json | opcat-npm summary -) or give a file or folder"));
    expect(await cli(terminal, "report", "-", "--as-of", "2024-11-08", "--lang", "ru")).toEqual(
      refused("«-» — чтение набора данных из стандартного ввода (stdin), но здесь это терминал: передайте данные через конвейер (cat kz-2023.json | opcat-npm report -) или укажите файл или папку"),
    );
    expect(await cli(terminal, "followup", "-", "--as-of", "2024-11-08", "--lang", "kk")).toEqual(
      refused("«-» — деректер жиынтығын стандартты енгізуден (stdin) оқу, бірақ мұнда ол терминал: деректерді конвейер арқылы беріңіз (cat kz-2023.json | opcat-npm followup -) немесе файлды не қалтаны көрсетіңіз"),
    );
  });

  it("--form csv, and convert --to csv --out -: usage errors", async () => {
    expect(await cli(piped(TINY_TEXT), "validate", "-", "--form", "csv")).toEqual(refused("--form csv is a folder of files: stdin (-) holds one JSON document or NDJSON lines (--form json or ndjson)"));
    expect(await cli(piped(TINY_TEXT), "convert", "-", "--to", "csv", "--out", "-")).toEqual(refused("convert --to csv writes a folder of files: --out - (stdout) takes json or ndjson"));
  });

  it("a JSON document over the limit is refused as soon as it is, and the stream let go", async () => {
    let closed = false;
    let chunks = 0;
    const endless = {
      async *[Symbol.asyncIterator]() {
        try {
          await Promise.resolve();
          yield Buffer.from('{"visits":[');
          for (;;) {
            chunks++;
            yield Buffer.from('"padding", '.repeat(100));
          }
        } finally {
          closed = true;
        }
      },
    };
    const opened = openDatasetStream(endless, { name: "stdin", given: "-", jsonLimit: 200 * 1024 });
    await expect(opened).rejects.toBeInstanceOf(ReadError);
    await expect(opened).rejects.toMatchObject({
      code: "io.too_large",
      message: "stdin holds more than 200 KB (204,800 bytes), the most a JSON document can be, as it is read whole: send the data as NDJSON lines (the dataset's fields on the first line, then a record a line), which is read as a stream at any size",
      location: { file: "stdin", line: 0 },
    });
    expect(closed).toBe(true);
    // 11 bytes, then 1,100 a chunk: the 187th passes 204,800 (11 + 187 × 1,100 = 205,711).
    expect(chunks).toBe(187);
  });
});

describe("a path is still a path", () => {
  it("a file named - in a folder is read by its path (./-)", async () => {
    const folder = place("dash");
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(folder);
    writeFileSync(join(folder, "-"), TINY_TEXT);
    expect(await file("validate", join(folder, "-"))).toEqual({ code: 0, stdout: `${join(folder, "-")}: valid — 0 errors, 0 warnings\n`, stderr: "" });
  });
});
