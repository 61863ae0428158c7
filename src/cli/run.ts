import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { OpcatError } from "../errors/OpcatError";
import { Dataset } from "../model/dataset";
import { Language, LANGUAGES } from "../model/language";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";
import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import { openDataset } from "../io/openDataset";
import type { DatasetForm } from "../io/types";
import { ReadError } from "../io/types";
import { validateSource } from "../io/validateSource";
import { errorMessage } from "../errors/errorMessage";
import { MESSAGES } from "../validate/messages";
import { convert, convertOptions, template } from "./convert";
import { followUp, followUpOptions } from "./followup";
import { report, reportOptions } from "./report";
import { formOption, MAX_COUNT, profileNamed, progressBar, type ProgressIo, readingFiles, readWholeDataset, sayNotes, wholeNumberOption, worthSaying } from "./source";
import { renderSummary } from "./summary";
import { isBrokenPipe, oneLine, terminalLine, terminalText, type VerbatimWriters, writeFailure } from "./terminal";
import { closestName } from "./closestName";
import { cliText, requestedLanguage } from "./texts";
import { formatPath, renderValidationReport } from "./validationReport";

/** Where the CLI writes: injected so tests can run it without a process. */
export interface CliIo extends ProgressIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether colour is wanted (stdout is a terminal, NO_COLOR unset): colour only then. */
  readonly colour?: boolean;
  /** Whether stdout is a terminal: CSV on stdout is then made safe to show, else written exactly. */
  readonly terminal?: boolean;
  /**
   * Set by {@link run} for the commands, whose `stdout` and `stderr` make all text safe for a
   * terminal: writes text as it is (the CLI's own colour and progress bar, CSV for a file).
   */
  readonly verbatim?: VerbatimWriters;
}

/**
 * Exit codes: 0 done, 1 the data has errors, 2 a usage error or a file that cannot be read
 * or written, 70 an internal error (a bug in opcat-npm).
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, bug: 70 } as const;

const PROFILES: Readonly<Record<string, Profile>> = { kz };

/** Whatever a property read or a conversion of a thrown value throws, the fallback instead. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The line of an OpcatError: its code and message, in `lang` where the catalogues have it (see errorMessage). */
function opcatErrorLine(error: OpcatError, lang: Language): string {
  const [first, ...rest] = error.problems;
  if (first === undefined) return terminalLine(error.message);
  const where = Object.hasOwn(MESSAGES, first.code) && first.path.length > 0 ? `${formatPath(first.path)}: ` : "";
  const message = errorMessage(error, lang);
  const more = rest.length > 0 ? ` ${cliText("moreProblems", lang, { count: rest.length })}` : "";
  return terminalLine(`${first.code}: ${where}${message}${more}`);
}

/** The name of a thrown value and its code, as Node writes them: `TypeError [ERR_INVALID_ARG_TYPE]`. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return error === null ? "null" : typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" || typeof code === "number" ? `${error.name} [${String(code)}]` : error.name;
}

/**
 * The one line (after "opcat-npm: ", in `lang`) and the exit code of anything thrown: a
 * file that cannot be read (ReadError) or a refused input (OpcatError) exit 2 with their
 * message; anything else is a bug, said to be one, exit 70. Never throws.
 */
export function faultOf(error: unknown, lang: Language): { readonly exit: number; readonly line: string } {
  const fallback = { exit: EXIT.bug, line: cliText("bug", lang, { name: "?", message: "?" }) };
  return safely(() => {
    if (error instanceof ReadError) return { exit: EXIT.usage, line: terminalLine(errorMessage(error, lang)) };
    if (error instanceof OpcatError) return { exit: EXIT.usage, line: opcatErrorLine(error, lang) };
    const message = safely(() => oneLine(error instanceof Error ? error.message : String(error)), "?");
    return { exit: EXIT.bug, line: cliText("bug", lang, { name: errorName(error), message: message.length > 200 ? `${message.slice(0, 199)}…` : message }) };
  }, fallback);
}

const USAGE = `Usage: opcat-npm <command> [options]

Commands:
  summary <data>    What a dataset holds, labelled.
  validate <data>   Every problem of a dataset, with its code, location (for files: file,
                    row and column) and explanation. Exit 0 when valid, 1 when there are errors.
  report <data>     The consolidated report: validates first (errors stop it, warnings
                    go to stderr), then prints every figure, the narrative and tables.
  followup <data>   The follow-up work plan: validates first, then prints the overdue
                    recommendations per agency, the escalation drafts and the visit plan.
  convert <data> --to <json|csv|ndjson> --out <path>
                    Writes the dataset in another form (record by record; nothing is changed).
  template <folder> Writes empty CSV files with their headers, README.csv (the allowed codes
                    with labels in --lang), README.md, dataset.json and datapackage.json.

<data> is a dataset (format opcat-npm/dataset@1) in any form: a JSON file, or a folder with
dataset.json and facilities.csv, visits.csv, recommendations.csv, accountability.csv (UTF-8
or Windows-1251, "," or ";") or the same as .ndjson. CSV and NDJSON are read as streams.

Options:
  --lang <en|ru|kk>      Language of labels and messages (default: en)
  --form <json|csv|ndjson>  The form of <data>, when its name does not say it
  --format <f>           validate: text (default) or json
                         report: text (default), markdown, json (the report object only), or
                         csv (each table a CSV file in the --out folder)
                         followup: text (default), markdown, json (the object only), or csv
                         (the overdue list, one row per recommendation)
  --out <path>           convert: the file (json) or folder (csv, ndjson) to write
                         report --format csv: the folder of the tables
  --to <json|csv|ndjson> convert: the form to write
  --overwrite            convert, template, report --format csv: replace files that exist
  --as-of <YYYY-MM-DD>   validate: point out dates after the report date
                         report, followup (required): the day statuses are read at
  --max-issues <n>       validate: how many issues to list (0 to 999999999; default 1000); all are counted
  --period-from <date>   report, followup: start of the period (default: the dataset's)
  --period-to <date>     report, followup: end of the period (default: the dataset's)
  --partial-weight <w>   report: how much a partially implemented recommendation counts (0 to 1; default 0)
  --exclude-withdrawn    report: leave withdrawn recommendations out of the implementation rate
  --grace-days <n>       followup: list a recommendation once more than n days overdue (0 to 3650; default 0)
  --min-overdue <n>      followup: propose an escalation when an agency has n recommendations to escalate (default 1)
  --min-days-overdue <n> followup: escalate only recommendations overdue by n days or more (0 to 3650; default 0)
  --due-in-days <n>      followup: give the drafts a due date n days after --as-of (0 to 3650; default: none)
  --horizon <date>       followup: the last day of the visit plan (default: --as-of)
  --min-overdue-for-visit <n>  followup: overdue recommendations that make a facility a candidate for an intermediate visit (default 3)
  --max-rows <n|all>     followup, text and markdown: rows of each list (default 10)
  --help, -h             Show this help (help <command>, or <command> --help: that command's)
  --version, -v          Show the version of opcat-npm
Counts (--min-overdue, --min-overdue-for-visit, --max-rows) go from 1 to 999999999.

Text printed for people shows control characters, escape sequences and bidi controls from
the data as \\uXXXX, as JSON does; --format json escapes them the same way (the same values);
CSV on stdout is written exactly unless stdout is a terminal. When the reader of stdout goes
away (| head), the rest of the output is dropped quietly and the command exits 0.

Exit codes: 0 done, 1 the data has errors, 2 a usage error or a file that cannot be read or
written, 70 an internal error (a bug in opcat-npm: please report it).
`;

async function summary(file: string, form: DatasetForm | undefined, lang: Language, io: CliIo): Promise<number> {
  const read = await readWholeDataset(file, form, lang);
  if (!read.ok) {
    io.stderr(`opcat-npm: ${read.message}\n`);
    return EXIT.usage;
  }
  sayNotes(read.notes, lang, io);
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
  const profile = profileNamed(PROFILES, parsed.data.profile);
  if (profile === undefined) {
    io.stderr(`opcat-npm: ${cliText("unknownProfile", lang, { value: parsed.data.profile, known: Object.keys(PROFILES).join(", ") })}\n`);
    return EXIT.invalid;
  }
  io.stdout(renderSummary(parsed.data, profile, lang));
  return EXIT.ok;
}

interface ValidateOptions {
  readonly form: DatasetForm | undefined;
  readonly lang: Language;
  readonly format: "text" | "json";
  readonly asOf: CivilDate | undefined;
  readonly maxIssues: number;
}

async function validate(file: string, options: ValidateOptions, io: CliIo): Promise<number> {
  return readingFiles(io, async () => {
    const source = await openDataset(file, { form: options.form, lang: options.lang });
    const progress = progressBar(source, io);
    const result = await validateSource(source, {
      lang: options.lang,
      maxIssues: options.maxIssues,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(progress === undefined ? {} : { onProgress: progress.onProgress, progressEvery: 10_000 }),
    }).finally(() => progress?.done());
    if (options.format === "json") io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      for (const note of worthSaying(result.notes)) io.stderr(`opcat-npm: note: ${note.message}\n`);
      // In colour, the report's own escape sequences go out as they are: it made its data safe.
      const verbatim = io.colour === true ? io.verbatim : undefined;
      (verbatim?.stdout ?? io.stdout)(renderValidationReport(file, result, options.lang, verbatim !== undefined));
    }
    return result.valid ? EXIT.ok : EXIT.invalid;
  });
}


/** The validate command's options, or a usage message. */
function validateOptions(values: Values, lang: Language): ValidateOptions | string {
  const format = values["format"] ?? "text";
  if (format !== "text" && format !== "json") return "--format must be text or json";
  const asOf = values["as-of"];
  if (asOf !== undefined && !isCivilDate(asOf)) return "--as-of must be a date YYYY-MM-DD";
  const maxIssues = wholeNumberOption(values, "max-issues", { min: 0, max: MAX_COUNT }, lang) ?? 1000;
  if (typeof maxIssues === "string") return maxIssues;
  const form = formOption(values);
  if (typeof form === "string") return form;
  return { form: form.form, lang, format, asOf, maxIssues };
}

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** A command: its options read from the arguments (or a usage message, exit 2), then its run. */
function command<O extends object>(parse: (values: Values, lang: Language) => O | string, start: (file: string, options: O, io: CliIo) => Promise<number>) {
  return (file: string, values: Values, lang: Language, io: CliIo): Promise<number> => {
    const options = parse(values, lang);
    if (typeof options === "string") {
      io.stderr(`opcat-npm: ${options}\n`);
      return Promise.resolve(EXIT.usage);
    }
    return start(file, options, io);
  };
}

/** The commands, each taking one dataset (or folder) argument. */
const COMMANDS = {
  summary: command(
    (values, lang) => {
      const form = formOption(values);
      return typeof form === "string" ? form : { form: form.form, lang };
    },
    (file, options, io) => summary(file, options.form, options.lang, io),
  ),
  validate: command(validateOptions, validate),
  report: command(reportOptions, (file, options, io) => report(file, options, PROFILES, io)),
  followup: command(followUpOptions, (file, options, io) => followUp(file, options, PROFILES, io)),
  convert: command(convertOptions, convert),
  template: command((values, lang) => ({ lang, profile: kz, overwrite: values["overwrite"] === true }), template),
};

type CommandName = keyof typeof COMMANDS;

/** The options each command reads, besides --lang and --help, which every command takes. */
const COMMAND_OPTIONS: Readonly<Record<CommandName, readonly string[]>> = {
  summary: ["form"],
  validate: ["form", "format", "as-of", "max-issues"],
  report: ["form", "format", "out", "overwrite", "as-of", "period-from", "period-to", "partial-weight", "exclude-withdrawn"],
  followup: ["form", "format", "as-of", "period-from", "period-to", "grace-days", "min-overdue", "min-days-overdue", "due-in-days", "horizon", "min-overdue-for-visit", "max-rows"],
  convert: ["form", "to", "out", "overwrite"],
  template: ["overwrite"],
};

const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/** The lines of a USAGE entry starting with `start`, with the indented lines that go on with it. */
function usageEntry(lines: readonly string[], start: string): string[] {
  const at = lines.findIndex((line) => line.startsWith(start));
  if (at < 0) return [];
  const entry = [lines[at] ?? ""];
  for (let next = at + 1; next < lines.length && /^ {4,}\S/.test(lines[next] ?? ""); next++) entry.push(lines[next] ?? "");
  return entry;
}

/** The commands a usage line is about (`report, followup (required): …`), or undefined for a line about all. */
const QUALIFIER = /^((?:summary|validate|report|followup|convert|template)\b[^:]*):\s/;

/** An option's usage lines without those about other commands (`--format`'s per command). */
function linesFor(name: CommandName, entry: readonly string[]): string[] {
  const [first = "", ...rest] = entry;
  // The option's name ends at the first two spaces after the indent; its description follows them.
  const gap = first.indexOf("  ", 2);
  let cut = gap < 0 ? first.length : gap;
  while (first[cut] === " ") cut++;
  const head = first.slice(0, cut);
  const parts = [first.slice(cut), ...rest.map((line) => line.trimStart())];
  let keep = true;
  const kept = parts.filter((part) => {
    const about = QUALIFIER.exec(part)?.[1];
    if (about !== undefined) keep = new RegExp(`\\b${name}\\b`).test(about);
    return keep;
  });
  const indent = " ".repeat(head.length);
  return kept.map((part, index) => (index === 0 ? head : indent) + part);
}

/** One command's usage: its entry of the general usage and the options it takes (one text, not a second copy). */
function commandUsage(name: CommandName): string {
  const lines = USAGE.split("\n");
  const entry = usageEntry(lines, `  ${name} `);
  const synopsis = (entry[0] ?? "").trim().split(/ {2,}/)[0] ?? name;
  const options = ["lang", ...COMMAND_OPTIONS[name], "help"].flatMap((option) => linesFor(name, usageEntry(lines, option === "help" ? "  --help," : `  --${option} `)));
  const exit = lines.slice(lines.findIndex((line) => line.startsWith("Exit codes:"))).join("\n");
  return `Usage: opcat-npm ${synopsis} [options]\n\n${entry.join("\n")}\n\nOptions:\n${options.join("\n")}\n\n${exit}`;
}

/** The package's version, from its package.json (two folders up from src/cli and from dist/cli). */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return String(manifest.version);
}

/**
 * Runs the command line `argv` (without node and the script) and returns the exit code.
 * Never throws and never prints a stack trace: anything thrown becomes one line on stderr in
 * the language asked for (see {@link faultOf}). Everything the commands print is made safe
 * for a terminal ({@link terminalText}). A stdout that fails is one line and exit 2, unless
 * its reader has gone (EPIPE): the rest of the output is dropped quietly, and the exit code is 0.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = requestedLanguage(argv);
  let stdoutOpen = true;
  let stdoutFailure: unknown;
  // An object, so that the type checker sees the writer's change.
  const reader = { gone: false };
  const stdout = (text: string) => {
    if (!stdoutOpen) return;
    try {
      io.stdout(text);
    } catch (error) {
      stdoutOpen = false;
      if (isBrokenPipe(error)) reader.gone = true;
      else stdoutFailure = error ?? "unknown error";
    }
  };
  const stderr = (text: string) => {
    try {
      io.stderr(text);
    } catch {
      // Nowhere left to say it: the exit code still does.
    }
  };
  let code: number;
  try {
    code = await dispatch(argv, {
      stdout: (text) => {
        stdout(terminalText(text));
      },
      stderr: (text) => {
        stderr(terminalText(text));
      },
      verbatim: { stdout, stderr },
      colour: io.colour === true,
      terminal: io.terminal === true,
      progress: io.progress === true,
      ...(io.now === undefined ? {} : { now: io.now }),
    });
  } catch (error) {
    const fault = faultOf(error, lang);
    stderr(`opcat-npm: ${terminalText(fault.line)}\n`);
    code = fault.exit;
  }
  // The reader took what it wanted (| head): that is a success, as for other command-line tools.
  if (stdoutFailure === undefined) return reader.gone ? EXIT.ok : code;
  stderr(`opcat-npm: ${terminalText(cliText("outputFailed", lang, { reason: writeFailure(stdoutFailure) }))}\n`);
  return EXIT.usage;
}

/** The command line run with the writers run() made safe. */
async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: "string", default: "en" },
        format: { type: "string" },
        "as-of": { type: "string" },
        "max-issues": { type: "string" },
        "period-from": { type: "string" },
        "period-to": { type: "string" },
        "partial-weight": { type: "string" },
        "exclude-withdrawn": { type: "boolean", default: false },
        "grace-days": { type: "string" },
        "min-overdue": { type: "string" },
        "min-days-overdue": { type: "string" },
        "due-in-days": { type: "string" },
        horizon: { type: "string" },
        "min-overdue-for-visit": { type: "string" },
        "max-rows": { type: "string" },
        form: { type: "string" },
        out: { type: "string" },
        to: { type: "string" },
        overwrite: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
      tokens: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '(-[^']*)'/.exec(message)?.[1];
    if (unknown === undefined) {
      io.stderr(`opcat-npm: ${message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    const known = [...new Set(Object.values(COMMAND_OPTIONS).flat()), "lang", "help", "version"].map((option) => `--${option}`);
    const meant = closestName(unknown, known);
    io.stderr(`opcat-npm: Unknown option '${unknown}'${meant === undefined ? "" : ` — did you mean ${meant}?`}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals, tokens } = parsed;
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (positionals[0] === "help" && positionals.length <= 2) {
    const topic = positionals[1];
    if (topic === undefined || isCommand(topic)) {
      io.stdout(topic === undefined ? USAGE : commandUsage(topic));
      return EXIT.ok;
    }
  }
  if (values.help) {
    const named = positionals[0];
    io.stdout(isCommand(named) ? commandUsage(named) : USAGE);
    return EXIT.ok;
  }
  const lang = Language.safeParse(values.lang);
  if (!lang.success) {
    io.stderr(`opcat-npm: --lang must be one of ${LANGUAGES.join(", ")}\n`);
    return EXIT.usage;
  }
  const [command, file, ...extra] = positionals;
  if (!isCommand(command)) {
    const topic = command === "help" ? positionals[1] : command;
    const meant = topic === undefined ? undefined : closestName(topic, COMMAND_NAMES);
    io.stderr(topic === undefined ? USAGE : `opcat-npm: unknown command "${topic}"${meant === undefined ? "" : ` — did you mean "${meant}"?`}\n\n${USAGE}`);
    return EXIT.usage;
  }
  // An option of another command is a mistake, not something to ignore.
  const allowed = new Set(["lang", "help", ...COMMAND_OPTIONS[command]]);
  const foreign = tokens.find((token) => token.kind === "option" && !allowed.has(token.name));
  if (foreign !== undefined && foreign.kind === "option") {
    const takers = COMMAND_NAMES.filter((name) => COMMAND_OPTIONS[name].includes(foreign.name));
    io.stderr(`opcat-npm: ${command} does not take ${foreign.rawName}${takers.length === 0 ? "" : ` (an option of ${takers.join(", ")})`}\n\n${commandUsage(command)}`);
    return EXIT.usage;
  }
  if (file !== undefined && extra.length === 0) return COMMANDS[command](file, values, lang.data, io);
  io.stderr(commandUsage(command));
  return EXIT.usage;
}
