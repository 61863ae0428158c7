import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/run";
import { parseCsv } from "../followup/csv";

// Text from the data must not act on the terminal it is printed on (issue 11): an OSC that sets
// the window title, a CSI that clears the screen, a C1 CSI, a carriage return, bidi overrides.
const scratch = mkdtempSync(join(tmpdir(), "opcat-hostile-terminal-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const HOSTILE = "IVS\u001b]0;pwned\u0007\u001b[2J\u009b31m\r\u202Eevil\u2066x\u2069\u200F\u061C";
// What a terminal shows instead, written by hand: each of those characters as its JSON escape.
const SHOWN = String.raw`IVS\u001B]0;pwned\u0007\u001B[2J\u009B31m\u000D\u202Eevil\u2066x\u2069\u200F\u061C`;
// Anything a terminal would act on: C0 but \n and \t, DEL, C1, bidi marks, embeddings, overrides, isolates.
// eslint-disable-next-line no-control-regex -- control characters are what the test is about
const ACTS_ON_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

// What validation lets through (schema.invalid_text refuses C0 controls but tab, LF and CR) and
// a terminal still acts on: the C1 CSI (an 8-bit escape sequence), DEL, CR and bidi controls.
const KEPT = "IVS\u009b2J\u009b31m\u007f\r\u202Eevil\u2066x\u2069\u200F\u061C";
const KEPT_SHOWN = String.raw`IVS\u009B2J\u009B31m\u007F\u000D\u202Eevil\u2066x\u2069\u200F\u061C`;

const TINY = JSON.parse(readFileSync(new URL("../fixtures/cli/tiny.json", import.meta.url), "utf8")) as Record<string, unknown>;

/** tiny.json with a facility named `name` and a recommendation to it overdue at 2024-01-10. */
function overdueTo(name: string) {
  return {
    ...TINY,
    facilities: [{ id: "F-1", name, type: "temporary_detention_facility", agency: "interior", region: "KZ-71" }],
    recommendations: [
      {
        id: "R-1",
        visitId: "V-1",
        facilityId: "F-1",
        addressee: "interior",
        level: "facility",
        themes: ["safeguards"],
        text: "Keep a register of detainees.",
        issuedOn: "2023-03-01",
        dueOn: "2023-06-01",
        history: [{ status: "accepted", on: "2023-03-10" }],
      },
    ],
  };
}

/** tiny.json with a facility of a field named `key` and a type `type`: the validator quotes both. */
function facilityWith(key: string, type: string) {
  return { ...TINY, facilities: [{ id: "F-1", name: "IVS", type, agency: "interior", region: "KZ-71", [key]: 1 }] };
}

function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function cli(argv: string[], io: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), ...io });
  return { code, stdout, stderr };
}

describe("terminal output shows the data's control characters instead of sending them", () => {
  const dataset = file("hostile-name.json", overdueTo(KEPT));
  const AS_OF = ["--as-of", "2024-01-10"];

  it("in followup's text and Markdown", async () => {
    for (const format of ["text", "markdown"]) {
      const result = await cli(["followup", dataset, ...AS_OF, "--format", format]);
      expect(result.code).toBe(0);
      // In the follow-up's tables, whose cells are one line each, a line break is a space.
      expect(result.stdout).toContain(format === "text" ? KEPT_SHOWN.replace(String.raw`\u000D`, " ") : String.raw`IVS\u009B2J\u009B31m\u007F`);
      expect(result.stdout).toContain(String.raw`\u202Eevil\u2066x\u2069\u200F\u061C`);
      expect(result.stdout).not.toMatch(ACTS_ON_TERMINAL);
      expect(result.stderr).not.toMatch(ACTS_ON_TERMINAL);
    }
  });

  it("in followup's JSON, which stays valid JSON with the same values", async () => {
    const result = await cli(["followup", dataset, ...AS_OF, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(ACTS_ON_TERMINAL);
    // JSON.stringify's own escape for CR, then the CLI's for the characters it leaves raw.
    expect(result.stdout).toContain(String.raw`"IVS\u009B2J\u009B31m\u007F\r\u202Eevil\u2066x\u2069\u200F\u061C"`);
    const report = JSON.parse(result.stdout) as { overdue: { byAgency: { recommendations: { facilityName: string }[] }[] } };
    expect(report.overdue.byAgency[0]?.recommendations[0]?.facilityName).toBe(KEPT);
  });

  it("in followup's CSV on a terminal; written exactly when stdout is a file or a pipe", async () => {
    const onTerminal = await cli(["followup", dataset, ...AS_OF, "--format", "csv"], { terminal: true });
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stdout).toContain(String.raw`IVS\u009B2J\u009B31m\u007F`);
    expect(onTerminal.stdout).not.toMatch(ACTS_ON_TERMINAL);
    const toFile = await cli(["followup", dataset, ...AS_OF, "--format", "csv"]);
    const rows = parseCsv(toFile.stdout);
    const column = rows[0]?.indexOf("facilityName") ?? -1;
    expect(rows[1]?.[column]).toBe(KEPT);
  });

  it("followup refuses a name with ESC sequences (schema.invalid_text) and prints none of it", async () => {
    for (const format of ["text", "json"]) {
      const result = await cli(["followup", file("hostile-esc.json", overdueTo(HOSTILE)), ...AS_OF, "--format", format]);
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toContain("schema.invalid_text");
      expect(result.stdout + result.stderr).not.toContain("pwned");
      expect(result.stdout).not.toMatch(ACTS_ON_TERMINAL);
      expect(result.stderr).not.toMatch(ACTS_ON_TERMINAL);
    }
  });

  it("in validate's report: the issues' paths (a field's name) and messages (which quote values)", async () => {
    const path = file("hostile-code.json", facilityWith(HOSTILE, HOSTILE));
    const result = await cli(["validate", path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`  facilities[0].${SHOWN}: `);
    expect(result.stdout).not.toMatch(ACTS_ON_TERMINAL);
  });

  it("in validate's report in colour, whose own colour codes still work", async () => {
    const path = file("hostile-colour.json", facilityWith(HOSTILE, HOSTILE));
    const result = await cli(["validate", path], { colour: true });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("\u001b[31merror schema.invalid_value ×1\u001b[39m");
    expect(result.stdout).toContain(`  \u001b[2mfacilities[0].${SHOWN}\u001b[22m: `);
    // Once the CLI's own SGR sequences are taken out, nothing is left that a terminal acts on.
    // eslint-disable-next-line no-control-regex -- control characters are what the test is about
    expect(result.stdout.replace(/\u001b\[(?:31|33|39|2|22)m/g, "")).not.toMatch(ACTS_ON_TERMINAL);
  });

  it("in validate's JSON, with the same values", async () => {
    const path = file("hostile-code-json.json", facilityWith(HOSTILE, HOSTILE));
    const result = await cli(["validate", path, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(ACTS_ON_TERMINAL);
    const parsed = JSON.parse(result.stdout) as { issues: { path: unknown[]; params: { value?: unknown } }[] };
    expect(parsed.issues.find((issue) => issue.path.join(".") === "facilities.0.type")?.params.value).toBe(HOSTILE);
    expect(parsed.issues.some((issue) => issue.path[2] === HOSTILE)).toBe(true);
  });

  it("in the read error of a CSV file, which quotes its header cells", async () => {
    const folder = join(scratch, "hostile-csv");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), JSON.stringify({ format: TINY["format"], profile: "kz", period: TINY["period"] }));
    // No CR here: it would end the header row.
    const name = HOSTILE.replace("\r", "");
    writeFileSync(join(folder, "facilities.csv"), `id,name,type,agency,region,${name},${name}\n`);
    const result = await cli(["validate", folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`“${SHOWN.replace(String.raw`\u000D`, "")}”`);
    expect(result.stderr).not.toMatch(ACTS_ON_TERMINAL);
  });

  it("in a file name quoted by an error, and in an unknown command", async () => {
    const missing = await cli(["summary", join(scratch, `${HOSTILE}.json`)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${SHOWN}.json`);
    expect(missing.stderr).not.toMatch(ACTS_ON_TERMINAL);
    const unknown = await cli([HOSTILE, "data.json"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`unknown command "${SHOWN}"`);
    expect(unknown.stderr).not.toMatch(ACTS_ON_TERMINAL);
  });

  it("shows a lone surrogate instead of letting the terminal print U+FFFD", async () => {
    const unknown = await cli(["\uD800x", "data.json"]);
    expect(unknown.stderr).toContain(String.raw`unknown command "\uD800x"`);
  });
});
