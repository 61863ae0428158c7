import { describe, expect, it } from "vitest";
import { COMMAND_NAMES, OPTIONS } from "../../src/cli/options";
import { cli } from "../hostile/cli";

// A path under a file: nothing can be read or written there (template must not write a folder here).
const NOWHERE = `${new URL("../fixtures/cli/tiny.json", import.meta.url).pathname}/nothing`;

// One option table makes the parser, each command's options, the usage and help <command> (issue 12, point 6).
const usageOf = async (...argv: string[]) => (await cli(...argv)).stdout;
const heads = (usage: string) =>
  usage
    .split("\n")
    .filter((line) => line.startsWith("  --"))
    .map((line) => /^ {2}(--[\w-]+(?: <[^>]*>)?(?:, -\w)?)/.exec(line)?.[1]);

describe("the usage, drawn from the option table", () => {
  it("lists every option once, with the placeholder of its value (its choices where it has them)", async () => {
    expect(heads(await usageOf("--help"))).toEqual([
      "--lang <en|ru|kk>",
      "--form <json|csv|ndjson>",
      "--format <f>",
      "--to <json|csv|ndjson>",
      "--out <path>",
      "--overwrite",
      "--as-of <YYYY-MM-DD>",
      "--max-issues <n>",
      "--period-from <date>",
      "--period-to <date>",
      "--partial-weight <w>",
      "--exclude-withdrawn",
      "--grace-days <n>",
      "--min-overdue <n>",
      "--min-days-overdue <n>",
      "--due-in-days <n>",
      "--horizon <date>",
      "--min-overdue-for-visit <n>",
      "--max-rows <n|all>",
      "--help, -h",
      "--version, -v",
    ]);
  });

  it("says each option's range, and that range is what the option takes", async () => {
    const usage = (await usageOf("--help")).replaceAll(/\n {25}/g, " ");
    const ranges = [
      ["validate", "max-issues", 0, 999_999_999],
      ["followup", "grace-days", 0, 3650],
      ["followup", "min-overdue", 1, 999_999_999],
      ["followup", "min-days-overdue", 0, 3650],
      ["followup", "due-in-days", 0, 3650],
      ["followup", "min-overdue-for-visit", 1, 999_999_999],
    ] as const;
    for (const [command, option, min, max] of ranges) {
      expect(usage).toMatch(new RegExp(`\\n  --${option} <n> .*\\(${String(min)} to ${String(max)}; default`));
      const extra = command === "followup" ? ["--as-of", "2024-11-08"] : [];
      expect(await cli(command, NOWHERE, ...extra, `--${option}`, String(max + 1))).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: --${option} must be a whole number from ${String(min)} to ${String(max)}\n` });
      if (min > 0) expect((await cli(command, NOWHERE, ...extra, `--${option}`, String(min - 1))).stderr).toContain(`--${option} must be a whole number`);
      // In range: past the options, to the file.
      expect(await cli(command, NOWHERE, ...extra, `--${option}`, String(max))).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: cannot read ${NOWHERE}: ENOTDIR\n` });
    }
    expect(usage).toContain("--max-rows <n|all>     followup --format text|markdown: rows of each list, or all (1 to 999999999; default 10)\n");
    expect(usage).toContain("--partial-weight <w>   report: how much a partially implemented recommendation counts (0 to 1; default 0)\n");
  });

  it("help <command> lists exactly the options the command takes, and the parser takes exactly those", async () => {
    for (const command of COMMAND_NAMES) {
      const listed = heads(await usageOf("help", command)).map((head) => head?.split(/[ ,]/)[0]);
      for (const option of OPTIONS.filter((candidate) => candidate.name !== "help" && candidate.name !== "version")) {
        const flag = typeof option.default === "boolean";
        const result = await cli(command, NOWHERE, `--${option.name}`, ...(flag ? [] : ["x"]));
        const foreign = result.stderr.startsWith(`opcat-npm: ${command} does not take --${option.name}`);
        expect([command, option.name, listed.includes(`--${option.name}`)]).toEqual([command, option.name, !foreign]);
      }
    }
  });

  it("help convert, whole", async () => {
    expect(await usageOf("help", "convert")).toBe(
      [
        "Usage: opcat-npm convert <data> --to <json|csv|ndjson> --out <path> [options]",
        "",
        "  convert <data> --to <json|csv|ndjson> --out <path>",
        "                    Writes the dataset in another form (record by record; nothing is",
        "                    changed); --out - writes json or ndjson to stdout.",
        "",
        "Options:",
        "  --lang <en|ru|kk>      Language of labels and messages (default: en)",
        "  --form <json|csv|ndjson>  The form of <data>, when its name does not say it (for -: json or",
        "                         ndjson)",
        "  --to <json|csv|ndjson> convert: the form to write",
        "  --out <path>           convert: the file (json) or folder (csv, ndjson) to write, or - for",
        "                         stdout (json, ndjson)",
        "  --overwrite            convert, template, report --format csv: replace files that exist",
        "  --help, -h             Show this help (help <command>, or <command> --help: that command's)",
        "",
        "Exit codes: 0 done, 1 the data has errors, 2 a usage error or a file that cannot be read or",
        "written, 70 an internal error (a bug in opcat-npm: please report it).",
        "",
      ].join("\n"),
    );
  });

  it("help followup: each option's part for followup only", async () => {
    const usage = await usageOf("help", "followup");
    expect(usage).toContain("  --format <f>           followup: text (default), markdown, json (the object only), or csv\n                         (the overdue list, one row per recommendation)\n  --as-of");
    expect(usage).toContain("  --as-of <YYYY-MM-DD>   report, followup (required): the day statuses are read at\n  --period-from");
    expect(usage).not.toContain("validate:");
  });

  it("wraps every line at 93 characters, continuation lines under the descriptions", async () => {
    for (const argv of [["--help"], ...COMMAND_NAMES.map((command) => ["help", command])]) {
      const lines = (await usageOf(...argv)).split("\n");
      expect(lines.filter((line) => line.length > 93)).toEqual([]);
      expect(lines.filter((line) => /^ {3,}\S/.test(line) && !/^ {20}\S/.test(line) && !/^ {25}\S/.test(line))).toEqual([]);
    }
  });

  it("tells where - reads from", async () => {
    const usage = await usageOf("--help");
    expect(usage).toContain("\nA <data> of - is read from stdin: one JSON document, or NDJSON lines (the dataset's fields on\n");
    expect(usage).toContain("cat kz-2023.json | opcat-npm report - --as-of 2024-11-08\n");
  });
});
