import { parseArgs } from "node:util";
import { Dataset } from "../model/dataset";
import { Language, LANGUAGES } from "../model/language";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";
import { readJsonFile } from "./readJsonFile";
import { renderSummary } from "./summary";

/** Where the CLI writes: injected so tests can run it without a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Exit codes: 0 done, 1 the data has problems, 2 usage error or unreadable file. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const PROFILES: Readonly<Record<string, Profile>> = { kz };

const USAGE = `Usage: opcat-npm <command> [options]

Commands:
  summary <file>   What a dataset (JSON, format opcat-npm/dataset@1) holds, labelled.

Options:
  --lang <en|ru|kk>   Language of labels and text (default: en)
  --help              Show this help
`;

async function summary(file: string, lang: Language, io: CliIo): Promise<number> {
  const read = await readJsonFile(file);
  if (!read.ok) {
    io.stderr(`opcat-npm: ${read.message}\n`);
    return EXIT.usage;
  }
  const parsed = Dataset.safeParse(read.value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    io.stderr(`opcat-npm: ${file} does not match the data contract (${String(issues.length)} problems):\n`);
    for (const issue of issues.slice(0, 10)) {
      io.stderr(`  at ${issue.path.map(String).join(".") || "(top)"}: ${issue.message}\n`);
    }
    if (issues.length > 10) io.stderr(`  ... and ${String(issues.length - 10)} more\n`);
    return EXIT.invalid;
  }
  const profile = PROFILES[parsed.data.profile];
  if (profile === undefined) {
    io.stderr(`opcat-npm: unknown profile "${parsed.data.profile}" (built in: ${Object.keys(PROFILES).join(", ")})\n`);
    return EXIT.invalid;
  }
  io.stdout(renderSummary(parsed.data, profile, lang));
  return EXIT.ok;
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { lang: { type: "string", default: "en" }, help: { type: "boolean", default: false } },
    });
  } catch (error) {
    io.stderr(`opcat-npm: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const lang = Language.safeParse(values.lang);
  if (!lang.success) {
    io.stderr(`opcat-npm: --lang must be one of ${LANGUAGES.join(", ")}\n`);
    return EXIT.usage;
  }
  const [command, file, ...extra] = positionals;
  if (command === "summary" && file !== undefined && extra.length === 0) return summary(file, lang.data, io);
  io.stderr(command === undefined || command === "summary" ? USAGE : `opcat-npm: unknown command "${command}"\n\n${USAGE}`);
  return EXIT.usage;
}
