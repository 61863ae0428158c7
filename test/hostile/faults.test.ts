import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/run";
import { OpcatError } from "../../src/errors/OpcatError";
import { ReadError } from "../../src/io/types";
import { builtCli } from "../cli/builtCli";

// Every fault is one line on stderr and a documented exit code, never a stack trace (issue 11).
const root = new URL("../../", import.meta.url).pathname;
mkdirSync(join(root, ".tmp"), { recursive: true });
const scratch = mkdtempSync(join(root, ".tmp", "hostile-faults-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const TINY = new URL("../fixtures/cli/tiny.json", import.meta.url).pathname;
const tiny = JSON.parse(readFileSync(TINY, "utf8")) as Record<string, unknown>;

function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

async function cli(argv: string[], io: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  // The properties copied as they are: the getters that throw must be called by run(), not here.
  const cliIo: CliIo = Object.defineProperties({ stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text) }, Object.getOwnPropertyDescriptors(io));
  const code = await run(argv, cliIo);
  return { code, stdout, stderr };
}

/** A stack trace's frame, as Node prints them. */
const FRAME = /^\s+at /m;

describe("a fault is one line and an exit code, never a stack trace", () => {
  it("says an unexpected error is a bug, with its name, and exits 70", async () => {
    const io = {
      get colour(): boolean {
        throw new TypeError("boom");
      },
    };
    const result = await cli(["validate", TINY], io);
    expect(result).toEqual({ code: 70, stdout: "", stderr: "opcat-npm: internal error TypeError: boom — this is a bug in opcat-npm, please report it\n" });
  });

  it("says so in the language asked for", async () => {
    const io = {
      get colour(): boolean {
        throw new RangeError("boom");
      },
    };
    const ru = await cli(["validate", TINY, "--lang", "ru"], io);
    expect(ru).toEqual({ code: 70, stdout: "", stderr: "opcat-npm: внутренняя ошибка RangeError: boom — это ошибка в программе opcat-npm, сообщите о ней разработчикам\n" });
    const kk = await cli(["validate", TINY, "--lang=kk"], io);
    expect(kk.stderr).toBe("opcat-npm: ішкі қате RangeError: boom — бұл opcat-npm бағдарламасындағы қате, ол туралы әзірлеушілерге хабарлаңыз\n");
  });

  it("keeps a bug's message to one line, with the error's code", async () => {
    const error = Object.assign(new Error("first line\n    at somewhere (file.js:1:1)"), { code: "ERR_SOMETHING" });
    const result = await cli(["validate", TINY], {
      get colour(): boolean {
        throw error;
      },
    });
    expect(result.code).toBe(70);
    expect(result.stderr).toBe("opcat-npm: internal error Error [ERR_SOMETHING]: first line at somewhere (file.js:1:1) — this is a bug in opcat-npm, please report it\n");
  });

  it("says a thrown value that is not an Error is a bug", async () => {
    const result = await cli(["summary", TINY], {
      get colour(): boolean {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test
        throw "a string";
      },
    });
    expect(result).toEqual({ code: 70, stdout: "", stderr: "opcat-npm: internal error string: a string — this is a bug in opcat-npm, please report it\n" });
  });

  it("gives a refused input (OpcatError) and an unreadable file (ReadError) one line and exit 2", async () => {
    const refused = new OpcatError([
      { code: "date.out_of_range", path: [], message: "Cannot add 99999999 days to 2024-11-08", params: {} },
      { code: "date.out_of_range", path: [], message: "another", params: {} },
    ]);
    const opcat = await cli(["validate", TINY], {
      get colour(): boolean {
        throw refused;
      },
    });
    expect(opcat).toEqual({ code: 2, stdout: "", stderr: "opcat-npm: date.out_of_range: Cannot add 99999999 days to 2024-11-08 (and 1 more)\n" });
    const unreadable = await cli(["validate", TINY], {
      get colour(): boolean {
        throw new ReadError("io.unreadable", "cannot read x.csv: permission denied", { file: "x.csv", line: 0 });
      },
    });
    expect(unreadable).toEqual({ code: 2, stdout: "", stderr: "opcat-npm: cannot read x.csv: permission denied\n" });
  });

  it("localizes an OpcatError whose code is in the catalogue", async () => {
    const refused = new OpcatError([{ code: "schema.invalid_value", path: ["maxRows"], message: "maxRows must be…", params: { value: 0, expected: "1 or more" } }]);
    const result = await cli(["validate", TINY, "--lang", "ru"], {
      get colour(): boolean {
        throw refused;
      },
    });
    expect(result).toEqual({ code: 2, stdout: "", stderr: "opcat-npm: schema.invalid_value: maxRows: Недопустимое значение «0»: ожидается 1 or more.\n" });
  });

  it("gives a stdout that cannot be written one line and exit 2", async () => {
    const result = await cli(["summary", TINY], {
      stdout: () => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("opcat-npm: cannot write the output: ENOSPC\n");
  });

  it("drops the output quietly when the reader of stdout has gone (EPIPE), and exits 0 (issue 12: the reader took what it wanted)", async () => {
    let writes = 0;
    const broken = {
      stdout: () => {
        writes++;
        throw Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
      },
    };
    expect(await cli(["summary", TINY], broken)).toEqual({ code: 0, stdout: "", stderr: "" });
    const invalid = file("invalid.json", { ...tiny, facilities: [] });
    const result = await cli(["validate", invalid], broken);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(writes).toBe(2);
  });

  it("never lets a stderr that throws escape", async () => {
    const result = await run(["validate", TINY], {
      stdout: () => undefined,
      stderr: () => {
        throw new Error("stderr is gone");
      },
      get colour(): boolean {
        throw new TypeError("boom");
      },
    });
    expect(result).toBe(70);
  });
});

describe("numeric options out of range are usage errors naming the option and the range", () => {
  const AS_OF = ["--as-of", "2024-11-08"];
  it.each([
    [["followup", TINY, ...AS_OF, "--due-in-days", "99999999"], "opcat-npm: --due-in-days must be a whole number from 0 to 3650\n"],
    [["followup", TINY, ...AS_OF, "--due-in-days", "3651"], "opcat-npm: --due-in-days must be a whole number from 0 to 3650\n"],
    [["followup", TINY, ...AS_OF, "--grace-days", "999999999"], "opcat-npm: --grace-days must be a whole number from 0 to 3650\n"],
    [["followup", TINY, ...AS_OF, "--min-days-overdue", "1000000000"], "opcat-npm: --min-days-overdue must be a whole number from 0 to 3650\n"],
    [["followup", TINY, ...AS_OF, "--min-overdue", "1000000000"], "opcat-npm: --min-overdue must be a whole number from 1 to 999999999\n"],
    [["followup", TINY, ...AS_OF, "--min-overdue-for-visit", "99999999999999999999"], "opcat-npm: --min-overdue-for-visit must be a whole number from 1 to 999999999\n"],
    [["followup", TINY, ...AS_OF, "--max-rows", "1000000000"], "opcat-npm: --max-rows must be a whole number from 1 to 999999999, or all\n"],
    [["validate", TINY, "--max-issues", "1000000000"], "opcat-npm: --max-issues must be a whole number from 0 to 999999999\n"],
    [["followup", TINY, "--as-of", "9999-12-01", "--due-in-days", "300"], "opcat-npm: --due-in-days 300 after --as-of 9999-12-01 is after 9999-12-31, the last date a dataset can hold\n"],
    [["followup", TINY, "--as-of", "0000-01-01", "--period-from", "0000-01-01", "--grace-days", "1"], "opcat-npm: --grace-days 1 before --as-of 0000-01-01 is before 0000-01-01, the first date a dataset can hold\n"],
    [["followup", TINY, "--as-of", "99999-01-01"], "opcat-npm: --as-of must be a date YYYY-MM-DD\n"],
    [["report", TINY, "--as-of", "2024-01-01", "--period-to", "99999-12-31"], "opcat-npm: --period-to must be a date YYYY-MM-DD\n"],
    [["report", TINY, "--as-of", "2024-01-01", "--partial-weight", "1e308"], "opcat-npm: --partial-weight must be a number from 0 to 1\n"],
  ])("%j", async (argv, stderr) => {
    expect(await cli(argv)).toEqual({ code: 2, stdout: "", stderr });
  });

  it("accepts the bounds themselves", async () => {
    const result = await cli(["followup", TINY, "--as-of", "2024-11-08", "--due-in-days", "3650", "--grace-days", "3650", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ parameters: { graceDays: 3650, dueInDays: 3650 } });
    const last = await cli(["followup", TINY, "--as-of", "9999-12-01", "--due-in-days", "30", "--format", "json"]);
    expect(last.code).toBe(0);
  });

  it("says it in Russian and Kazakh", async () => {
    const ru = await cli(["followup", TINY, ...AS_OF, "--due-in-days", "99999999", "--lang", "ru"]);
    expect(ru).toEqual({ code: 2, stdout: "", stderr: "opcat-npm: --due-in-days: укажите целое число от 0 до 3650\n" });
    const kk = await cli(["followup", TINY, ...AS_OF, "--due-in-days", "99999999", "--lang", "kk"]);
    expect(kk).toEqual({ code: 2, stdout: "", stderr: "opcat-npm: --due-in-days: 0 мен 3650 аралығындағы бүтін санды көрсетіңіз\n" });
  });
});

describe("a dataset whose profile is the name of an Object property", () => {
  const PROTOTYPE_NAMES = ["constructor", "toString", "hasOwnProperty", "valueOf"];

  it.each(PROTOTYPE_NAMES)("summary reports profile %j as unknown (exit 1)", async (profile) => {
    const result = await cli(["summary", file(`summary-${profile}.json`, { ...tiny, profile })]);
    expect(result).toEqual({ code: 1, stdout: "", stderr: `opcat-npm: unknown profile "${profile}" (built in: kz)\n` });
  });

  it.each(PROTOTYPE_NAMES.flatMap((profile) => [["report", profile], ["followup", profile], ["validate", profile]]))("%s reports profile %j as schema.unsupported_profile (exit 1)", async (command, profile) => {
    const path = file(`${command}-${profile}.json`, { ...tiny, profile });
    const result = await cli([command, path, ...(command === "validate" ? [] : ["--as-of", "2024-01-01"])]);
    expect(result.code).toBe(1);
    // validate prints its report on stdout; report and followup stop with it on stderr.
    const output = command === "validate" ? result.stdout : result.stderr;
    expect(command === "validate" ? result.stderr : result.stdout).toBe("");
    expect(output).toContain("error schema.unsupported_profile ×1");
    expect(output).toContain(`The dataset is for profile “${profile}”, but it is being checked against profile “kz”.`);
    expect(output).not.toContain("schema.unreadable");
  });

  it("says it in Russian", async () => {
    const result = await cli(["summary", file("summary-ru.json", { ...tiny, profile: "constructor" }), "--lang", "ru"]);
    expect(result.stderr).toBe("opcat-npm: неизвестный профиль «constructor» (встроенные: kz)\n");
  });
});

// The real command in a child process: index.ts binds run() to process.stdout, whose EPIPE is an event.
describe.runIf(process.env["TZ"] === "UTC")("the opcat-npm process", () => {
  const built = builtCli();

  /** Runs the built command with its stdout's reader gone before anything is written, like `| head -0`. */
  function withClosedStdout(argv: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [built.path(), ...argv], { stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.destroy();
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
      child.on("error", reject);
      child.on("close", (code) => {
        resolve({ code, stderr });
      });
    });
  }

  it("exits quietly with 0 when the reader of stdout has gone (report … | head -1), even for data with errors", async () => {
    expect(await withClosedStdout(["report", TINY, "--as-of", "2024-01-01"])).toEqual({ code: 0, stderr: "" });
    const invalid = file("process-invalid.json", { ...tiny, facilities: [] });
    const result = await withClosedStdout(["validate", invalid]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(FRAME);
    expect(result.stderr).toBe("");
  }, 30_000);

  it("prints one line for a usage error, without a stack trace", async () => {
    const result = await withClosedStdout(["followup", TINY, "--as-of", "2024-11-08", "--due-in-days", "99999999"]);
    expect(result).toEqual({ code: 2, stderr: "opcat-npm: --due-in-days must be a whole number from 0 to 3650\n" });
  }, 30_000);
});
