import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtCli } from "./builtCli";

// The real command with data piped to its stdin: index.ts binds `-` to process.stdin.
const TINY = new URL("../fixtures/cli/tiny.json", import.meta.url).pathname;
const EXAMPLE = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;

describe.runIf(process.env["TZ"] === "UTC")("opcat-npm reading - from a pipe", () => {
  const built = builtCli();

  /** Runs the built command with `input` written to its stdin (a pipe), or with no stdin at all (/dev/null). */
  function opcat(argv: readonly string[], input: Buffer | "none"): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [built.path(), ...argv], { stdio: [input === "none" ? "ignore" : "pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout?.setEncoding("utf8").on("data", (text: string) => (stdout += text));
      child.stderr?.setEncoding("utf8").on("data", (text: string) => (stderr += text));
      // The command may stop reading before the end (a refused line): the rest cannot be written, as for any writer to a pipe.
      child.stdin?.on("error", () => undefined);
      if (input !== "none") child.stdin?.end(input);
      child.on("error", reject);
      child.on("close", (code) => {
        resolve({ code, stdout, stderr });
      });
    });
  }

  it("cat kz-2023.json | opcat-npm report - --lang ru: the report of the file", async () => {
    const piped = await opcat(["report", "-", "--as-of", "2024-11-08", "--lang", "ru"], readFileSync(EXAMPLE));
    expect(piped.code).toBe(0);
    expect(piped.stdout.split("\n")[0]).toBe("Консолидированный доклад национального превентивного механизма за период с 1 января по 31 декабря 2023 года");
    const fromFile = await opcat(["report", EXAMPLE, "--as-of", "2024-11-08", "--lang", "ru"], "none");
    expect(piped.stdout).toBe(fromFile.stdout);
  }, 30_000);

  it("opcat-npm convert … --to ndjson --out - | opcat-npm validate -: NDJSON lines through a pipe", async () => {
    const lines = await opcat(["convert", TINY, "--to", "ndjson", "--out", "-"], "none");
    expect(lines.code).toBe(0);
    expect(lines.stdout.split("\n")[1]).toBe('{"facilities":{"id":"F-1","name":"IVS","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}}');
    expect(await opcat(["validate", "-"], Buffer.from(lines.stdout))).toEqual({ code: 0, stdout: "stdin: valid — 0 errors, 0 warnings\n", stderr: "" });
  }, 30_000);

  it("no stdin (as in CI): empty, one line, exit 2", async () => {
    expect(await opcat(["validate", "-"], "none")).toEqual({ code: 2, stdout: "", stderr: "opcat-npm: stdin is empty\n" });
  }, 30_000);

  it("a huge stream: a line past the limit is refused as soon as it is, one line, exit 2", async () => {
    const header = '{"format":"opcat-npm/dataset@1","profile":"kz","period":{"from":"2023-01-01","to":"2023-12-31"}}\n';
    const huge = Buffer.concat([Buffer.from(header), Buffer.from('{"visits":"'), Buffer.alloc(17 * 1024 * 1024, "x"), Buffer.from('"}\n')]);
    expect(await opcat(["validate", "-"], huge)).toEqual({
      code: 2,
      stdout: "",
      stderr: "opcat-npm: stdin, line 2: the line is longer than 16,777,216 characters, the most one NDJSON record may be: each line holds one record (is it a whole JSON document written on one line?)\n",
    });
  }, 30_000);
});
