import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { OpcatError } from "../errors/OpcatError";
import { Language, LANGUAGES } from "../model/language";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";
import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import type { DatasetForm } from "../io/types";
import { ReadError } from "../io/types";
import { validateSource } from "../io/validateSource";
import { schemasFor } from "../profiles/schemasFor";
import { MESSAGES } from "../validate/messages";
import { errorMessage } from "../errors/errorMessage";
import { convert, convertOptions, template } from "./convert";
import { followUp, followUpOptions } from "./followup";
import { report, reportOptions } from "./report";
import { formOption, type InputIo, inputName, type InputStream, STDIN, openInput, profileNamed, progressBar, type ProgressIo, readingFiles, refuseInvalid, sayReading, validateWhole, wholeNumberOption, worthSaying } from "./source";
import { renderSummary } from "./summary";
import { isBrokenPipe, oneLine, terminalLine, terminalText, type VerbatimWriters, writeFailure } from "./terminal";
import { closestName } from "./closestName";
import { COMMAND_NAMES, type CommandName, OPTIONS, optionNamed, rangeOf, takes } from "./options";
import { commandUsage, generalUsage } from "./usage";
import { cliText, requestedLanguage } from "./texts";
import { formatPath, renderValidationReport } from "./validationReport";

/** Where the CLI writes: injected so tests can run it without a process. */
export interface CliIo extends ProgressIo, InputIo {
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

/**
 * `opcat-npm summary <data>`: what a dataset holds, labelled. Data that does not match the
 * contract is refused as report and followup refuse it: the validation report on stderr (the
 * validator's issues in `lang`, located in the files, as `validate` prints them), exit 1;
 * warnings are counted there.
 */
async function summary(file: string, form: DatasetForm | undefined, lang: Language, io: CliIo): Promise<number> {
  return readingFiles(io, async () => {
    const source = await openInput(file, form, io, lang);
    const named = ((await source.fields()) as { readonly profile?: unknown } | null | undefined)?.profile;
    const profile = typeof named === "string" ? profileNamed(PROFILES, named) : kz;
    if (profile === undefined) {
      io.stderr(`opcat-npm: ${cliText("unknownProfile", lang, { value: String(named), known: Object.keys(PROFILES).join(", ") })}\n`);
      return EXIT.invalid;
    }
    const { validation, value } = await validateWhole(source, { lang, profile });
    sayReading(validation, io);
    if (refuseInvalid(file, validation, lang, io)) return EXIT.invalid;
    io.stdout(renderSummary(schemasFor(profile).Dataset.parse(value), profile, lang));
    return EXIT.ok;
  });
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
    const source = await openInput(file, options.form, io, options.lang);
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
      (verbatim?.stdout ?? io.stdout)(renderValidationReport(inputName(file), result, options.lang, verbatim !== undefined));
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
  const maxIssues = wholeNumberOption(values, "max-issues", lang) ?? Number(rangeOf("max-issues").default);
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

/** The options of parseArgs, from the option table: a value for each option but the flags. */
const PARSER_OPTIONS = Object.fromEntries(
  OPTIONS.map((option) => {
    const type = typeof option.default === "boolean" ? "boolean" : "string";
    return [option.name, { type, ...(option.short === undefined ? {} : { short: option.short }), ...(option.default === undefined ? {} : { default: option.default }) }];
  }),
) as Readonly<Record<string, { readonly type: "string" | "boolean"; readonly short?: string; readonly default?: string | boolean }>>;

/** The commands, each taking one dataset (or folder) argument. */
const COMMANDS: Readonly<Record<CommandName, (file: string, values: Values, lang: Language, io: CliIo) => Promise<number>>> = {
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

function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
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
  const given = io.stdin;
  let stdin: InputStream | undefined;
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
      // Made once: the check for a terminal and the reading see the same stream.
      ...(given === undefined ? {} : { stdin: () => (stdin ??= given()) }),
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
      options: PARSER_OPTIONS,
      tokens: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '(-[^']*)'/.exec(message)?.[1];
    if (unknown === undefined) {
      io.stderr(`opcat-npm: ${message}\n\n${generalUsage()}`);
      return EXIT.usage;
    }
    const known = OPTIONS.map((option) => `--${option.name}`);
    const meant = closestName(unknown, known);
    io.stderr(`opcat-npm: Unknown option '${unknown}'${meant === undefined ? "" : ` — did you mean ${meant}?`}\n\n${generalUsage()}`);
    return EXIT.usage;
  }
  const { positionals, tokens } = parsed;
  const values = parsed.values as Values & { readonly help: boolean; readonly version: boolean; readonly lang: string };
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (positionals[0] === "help" && positionals.length <= 2) {
    const topic = positionals[1];
    if (topic === undefined || isCommand(topic)) {
      io.stdout(topic === undefined ? generalUsage() : commandUsage(topic));
      return EXIT.ok;
    }
  }
  if (values.help) {
    const named = positionals[0];
    io.stdout(isCommand(named) ? commandUsage(named) : generalUsage());
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
    io.stderr(topic === undefined ? generalUsage() : `opcat-npm: unknown command "${topic}"${meant === undefined ? "" : ` — did you mean "${meant}"?`}\n\n${generalUsage()}`);
    return EXIT.usage;
  }
  // An option of another command is a mistake, not something to ignore.
  const foreign = tokens.find((token) => token.kind === "option" && !takes(optionNamed(token.name), command));
  if (foreign !== undefined && foreign.kind === "option") {
    const takers = COMMAND_NAMES.filter((name) => takes(optionNamed(foreign.name), name));
    io.stderr(`opcat-npm: ${command} does not take ${foreign.rawName}${takers.length === 0 ? "" : ` (an option of ${takers.join(", ")})`}\n\n${commandUsage(command)}`);
    return EXIT.usage;
  }
  if (file === STDIN && command !== "template") {
    const problem = values.form === "csv" ? cliText("stdinForm", lang.data) : io.stdin === undefined || io.stdin().isTTY === true ? cliText("stdinTerminal", lang.data, { command }) : undefined;
    if (problem !== undefined) {
      io.stderr(`opcat-npm: ${problem}\n`);
      return EXIT.usage;
    }
  }
  if (file !== undefined && extra.length === 0) return COMMANDS[command](file, values, lang.data, io);
  io.stderr(commandUsage(command));
  return EXIT.usage;
}
