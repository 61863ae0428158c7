import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { closestName } from "../../src/cli/closestName";
import { cli } from "../hostile/cli";

// The command line behaves like eslint, tsc or npm (issue 12, point 6).
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
const EXAMPLE = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;

describe("--version, -v", () => {
  it.each([["--version"], ["-v"], ["validate", "x.json", "--version"]])("%s prints the package's version and exits 0", async (...argv) => {
    expect(await cli(...argv)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});

describe("help", () => {
  it("-h, --help and help print the general usage and exit 0", async () => {
    const general = await cli("--help");
    expect(general.code).toBe(0);
    expect(general.stdout.startsWith("Usage: opcat-npm <command> [options]\n")).toBe(true);
    expect(await cli("-h")).toEqual(general);
    expect(await cli("help")).toEqual(general);
  });

  it("help <command> and <command> --help print that command's usage, with its options only", async () => {
    const validate = await cli("help", "validate");
    expect(validate.code).toBe(0);
    expect(await cli("validate", "--help")).toEqual(validate);
    expect(await cli("validate", "-h")).toEqual(validate);
    const options = validate.stdout.split("\n").filter((line) => line.startsWith("  --")).map((line) => line.trim().split(/[ ,]/)[0]);
    expect(options).toEqual(["--lang", "--form", "--format", "--as-of", "--max-issues", "--help"]);
    expect(validate.stdout.startsWith("Usage: opcat-npm validate <data> [options]\n")).toBe(true);
    // --format's lines about report and followup are left out.
    expect(validate.stdout).toContain("  --format <f>           validate: text (default) or json\n  --as-of");
    expect(validate.stdout).not.toContain("markdown");
  });

  it("gives each command the options it reads", async () => {
    const optionsOf = async (command: string) =>
      (await cli("help", command)).stdout
        .split("\n")
        .filter((line) => line.startsWith("  --"))
        .map((line) => line.trim().split(/[ ,]/)[0]);
    expect(await optionsOf("summary")).toEqual(["--lang", "--form", "--help"]);
    expect(await optionsOf("template")).toEqual(["--lang", "--overwrite", "--help"]);
    expect(await optionsOf("convert")).toEqual(["--lang", "--form", "--to", "--out", "--overwrite", "--help"]);
    expect(await optionsOf("report")).toEqual(["--lang", "--form", "--format", "--out", "--overwrite", "--as-of", "--period-from", "--period-to", "--partial-weight", "--exclude-withdrawn", "--help"]);
  });

  it("help <unknown> is a usage error that suggests the command meant", async () => {
    const result = await cli("help", "valdate");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toBe('opcat-npm: unknown command "valdate" — did you mean "validate"?');
  });
});

describe("an option of another command", () => {
  it("is a usage error naming the command and the commands that take it (it used to be ignored, exit 0)", async () => {
    const result = await cli("summary", EXAMPLE, "--partial-weight", "7", "--to", "csv");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.split("\n");
    expect(lines[0]).toBe("opcat-npm: summary does not take --partial-weight (an option of report)");
    expect(lines[2]).toBe("Usage: opcat-npm summary <data> [options]");
  });

  it("names every command that takes it", async () => {
    const result = await cli("validate", EXAMPLE, "--overwrite");
    expect(result.stderr.split("\n")[0]).toBe("opcat-npm: validate does not take --overwrite (an option of report, convert, template)");
  });

  it("lets --lang and --help through for every command", async () => {
    const result = await cli("summary", EXAMPLE, "--lang", "ru");
    expect(result.code).toBe(0);
  });
});

describe("did you mean", () => {
  it("suggests the command for a slip of a letter or two", async () => {
    expect((await cli("valdate", EXAMPLE)).stderr.split("\n")[0]).toBe('opcat-npm: unknown command "valdate" — did you mean "validate"?');
    expect((await cli("reprot", EXAMPLE)).stderr.split("\n")[0]).toBe('opcat-npm: unknown command "reprot" — did you mean "report"?');
    expect((await cli("frobnicate", EXAMPLE)).stderr.split("\n")[0]).toBe('opcat-npm: unknown command "frobnicate"');
  });

  it("suggests the option for a slip of a letter or two", async () => {
    const result = await cli("validate", EXAMPLE, "--max-isues", "3");
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("opcat-npm: Unknown option '--max-isues' — did you mean --max-issues?");
    expect((await cli("validate", EXAMPLE, "--frobnicate")).stderr.split("\n")[0]).toBe("opcat-npm: Unknown option '--frobnicate'");
  });
});

describe("closestName", () => {
  const COMMANDS = ["summary", "validate", "report", "followup", "convert", "template"];
  it.each([
    ["validat", "validate"],
    ["vaildate", "validate"],
    ["followp", "followup"],
    ["templte", "template"],
    ["Report", "report"],
  ])("%s → %s", (given, meant) => {
    expect(closestName(given, COMMANDS)).toBe(meant);
  });

  it("suggests nothing when no name is within two edits (one for a short name)", () => {
    expect(closestName("xyz", COMMANDS)).toBeUndefined();
    expect(closestName("verify", COMMANDS)).toBeUndefined();
    expect(closestName("ab", ["abc"])).toBe("abc");
    expect(closestName("ab", ["axc"])).toBeUndefined();
  });
});
