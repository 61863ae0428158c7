import { describe, expect, it } from "vitest";
import { formatOutcome, runParallel } from "../../scripts/parallel.mjs";

// Commands are `node -e` scripts, so the test runs wherever Node does.
const node = (code: string): string => `"${process.execPath}" -e ${JSON.stringify(code)}`;
/** The reports without their times (which vary). */
const withoutTimes = (text: string): string => text.replace(/, \d+\.\d s\n/g, ", _ s\n");

describe("runParallel", () => {
  it("prints each command's output whole, under its heading, in the order the commands end", async () => {
    const slow = node('process.stdout.write("slow 1\\n"); setTimeout(() => process.stdout.write("slow 2\\n"), 300)');
    const fast = node('process.stderr.write("fast on stderr\\n")');
    const written: string[] = [];

    const ok = await runParallel([slow, fast], (text) => written.push(withoutTimes(text)));

    expect(ok).toBe(true);
    expect(written).toEqual([`── ${fast}: ok, _ s\nfast on stderr\n`, `── ${slow}: ok, _ s\nslow 1\nslow 2\n`]);
  });

  it("waits for every command, then names the ones that failed, and is false", async () => {
    const fails = node('process.stdout.write("no newline"); process.exit(3)');
    const passes = node("setTimeout(() => {}, 200)");
    const written: string[] = [];

    const ok = await runParallel([fails, passes], (text) => written.push(withoutTimes(text)));

    expect(ok).toBe(false);
    expect(written).toEqual([`── ${fails}: FAILED (exit 3), _ s\nno newline\n`, `── ${passes}: ok, _ s\n`, `── failed: ${fails}\n`]);
  });
});

describe("formatOutcome", () => {
  it("says when a command was ended by a signal", () => {
    expect(formatOutcome({ command: "sleep 9", code: null, output: "", seconds: 1.25 })).toBe("── sleep 9: FAILED (exit by signal), 1.3 s\n");
  });
});
