import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";
import { inLanguageSource, openDataset } from "../io/openDataset";
import { readingIn } from "../errors/errorMessage";
import { openDatasetStream } from "../io/streamSource";
import { wholeDocumentOf } from "../io/jsonSource";
import { type SourceValidation, type SourceValidationOptions, validateSource } from "../io/validateSource";
import type { CollectionName } from "../model/findUnknownKeys";
import { isRawRecord } from "../validate/context";
import { ReadError, type DatasetForm, type DatasetSource, type ReadNote } from "../io/types";
import type { ReadProgress } from "../io/validateSource";
import { COLLECTIONS } from "../model/findUnknownKeys";
import type { Language } from "../model/language";
import { isFileWarning, notesIn } from "../io/readNotes";
import { terminalLine } from "./terminal";
import { cliText } from "./texts";
import { rangeOf } from "./options";
import { renderValidationReport } from "./validationReport";
import { formatNumber } from "../text/numbers";

/** Where the CLI draws its progress bar: stderr, when it is a terminal. */
export interface ProgressIo {
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal: a progress bar only then. */
  readonly progress?: boolean;
  /** Milliseconds from some fixed point, to draw the bar a few times a second (the CLI's own clock). */
  readonly now?: () => number;
  /** Writes the bar's own escape sequences as they are, where `stderr` would make them visible (see CliIo). */
  readonly verbatim?: { readonly stderr: (text: string) => void };
}

/** What the CLI reads the dataset `-` from: stdin, its bytes as a stream, and whether it is a terminal. */
export interface InputStream extends AsyncIterable<unknown> {
  readonly isTTY?: boolean;
}

/** Where the CLI reads `-` from: stdin, asked for only when `-` is given (process.stdin is made on first use). */
export interface InputIo {
  readonly stdin?: (() => InputStream) | undefined;
}

/** The argument that names stdin as the dataset, as other tools take it. */
export const STDIN = "-";

/** The name of the data in messages: the path as given, or `stdin` for `-`. */
export function inputName(file: string): string {
  return file === STDIN ? "stdin" : file;
}

/**
 * Opens the dataset a command reads: a path (see openDataset), or stdin for `-` (JSON or
 * NDJSON, see openDatasetStream), whose form `--form` may say (json or ndjson; the CLI refuses
 * csv and a terminal before it gets here). Rejects with a {@link ReadError}.
 */
export async function openInput(file: string, form: DatasetForm | undefined, io: InputIo, lang: Language = "en"): Promise<DatasetSource> {
  if (file !== STDIN) return openDataset(file, { form, lang });
  return readingIn(lang, async () => {
    const stdin = io.stdin?.();
    if (stdin === undefined) throw new ReadError("io.unreadable", "cannot read stdin: there is none here", { file: "stdin", line: 0 });
    return inLanguageSource(await openDatasetStream(stdin, { name: inputName(file), given: file, form: form === "csv" ? undefined : form }), lang);
  });
}

/** Files under this size are read too fast for a progress bar to help. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

const BAR_WIDTH = 30;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * A progress bar on stderr for reading a source, or undefined when stderr is not a terminal
 * or the files are small: `[#########.....................]  30%  81 MB of 270 MB  recommendations 1,250,000`,
 * redrawn at most every 100 ms, cleared by `done`.
 */
export function progressBar(source: DatasetSource, io: ProgressIo): { readonly onProgress: (progress: ReadProgress) => void; readonly done: () => void } | undefined {
  if (io.progress !== true || io.now === undefined || source.bytes().total < PROGRESS_MIN_BYTES) return undefined;
  const now = io.now;
  const stderr = io.verbatim?.stderr ?? io.stderr;
  let last = -Infinity;
  let drawn = false;
  return {
    onProgress({ collection, records }) {
      const time = now();
      if (time - last < 100) return;
      last = time;
      const { read, total } = source.bytes();
      const share = total === 0 ? 1 : Math.min(1, read / total);
      const filled = Math.round(share * BAR_WIDTH);
      const bar = `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${megabytes(read)} of ${megabytes(total)}  ${collection} ${formatNumber(records, "en")}`;
      stderr(`\r${bar}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stderr("\r\u001b[K");
    },
  };
}

/**
 * Runs a step that reads files; a {@link ReadError} becomes one line on stderr and exit 2
 * (never a stack trace). Other errors are bugs and propagate.
 */
export async function readingFiles(io: { readonly stderr: (text: string) => void }, step: () => Promise<number>): Promise<number> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    io.stderr(`opcat-npm: ${terminalLine(error.message)}\n`);
    return 2;
  }
}

/**
 * Validates a source (see validateSource: its issues located in the files, as `validate`
 * prints them) and gives the dataset read whole as one value in the same pass, for the
 * commands that need all of it at once (summary, followup): a JSON document as it is parsed;
 * a folder's or a stream's own fields with its collections' records.
 */
export async function validateWhole(source: DatasetSource, options: SourceValidationOptions): Promise<{ readonly validation: SourceValidation; readonly value: unknown }> {
  const document = wholeDocumentOf(source);
  if (document !== undefined) return { validation: await validateSource(source, options), value: document };
  const collected = new Map<CollectionName, unknown[]>();
  const collecting: DatasetSource = {
    ...source,
    records: (collection) => ({
      async *[Symbol.asyncIterator]() {
        const records: unknown[] = [];
        collected.set(collection, records);
        for await (const record of source.records(collection)) {
          records.push(record);
          yield record;
        }
      },
    }),
  };
  const validation = await validateSource(collecting, options);
  const fields = await source.fields();
  const value: Record<string, unknown> = isRawRecord(fields) ? { ...fields } : {};
  for (const collection of COLLECTIONS) value[collection] = collected.get(collection) ?? [];
  return { validation, value };
}

/**
 * Opens the data of report and followup with their settings (see {@link runSettings}), or
 * says the usage error on stderr and gives exit 2.
 */
export async function openWithSettings(
  file: string,
  options: { readonly form: DatasetForm | undefined; readonly lang: Language; readonly asOf: CivilDate; readonly periodFrom: CivilDate | undefined; readonly periodTo: CivilDate | undefined },
  profiles: Readonly<Record<string, Profile>>,
  io: InputIo & { readonly stderr: (text: string) => void },
): Promise<{ readonly source: DatasetSource; readonly settings: RunSettings } | 2> {
  const source = await openInput(file, options.form, io, options.lang);
  const settings = runSettings(await source.fields(), options, profiles);
  if (typeof settings !== "string") return { source, settings };
  io.stderr(`opcat-npm: ${settings}\n`);
  return 2;
}

/**
 * Says on stderr what stops a command that needs valid data: the validation report, when
 * the data has errors (true: the command exits 1); else the warnings' counts, if any.
 */
export function refuseInvalid(file: string, validation: SourceValidation, lang: Language, io: { readonly stderr: (text: string) => void }): boolean {
  if (!validation.valid) {
    io.stderr(renderValidationReport(inputName(file), validation, lang, false));
    return true;
  }
  if (validation.counts.warnings > 0) io.stderr(renderValidationReport(inputName(file), validation, lang, false, 0));
  return false;
}

/**
 * Prints on stderr what the CLI says of how the files were read besides the report: the
 * notes worth saying (`opcat-npm: note: …`, in the validation's language), and each warning
 * about a folder's files (`opcat-npm: warning: …`: a file missing or not read), since the
 * figures leave out what was not read.
 */
export function sayReading(validation: SourceValidation, io: { readonly stderr: (text: string) => void }): void {
  for (const note of worthSaying(validation.notes)) io.stderr(`opcat-npm: note: ${note.message}\n`);
  for (const issue of validation.issues) if (issue.code.startsWith("io.")) io.stderr(`opcat-npm: warning: ${issue.message}\n`);
}

/** The --form option (undefined: found from the path), or a usage message. */
export function formOption(values: Readonly<Record<string, string | boolean | undefined>>): { readonly form: DatasetForm | undefined } | string {
  const form = values["form"];
  if (form === undefined) return { form: undefined };
  if (form !== "json" && form !== "csv" && form !== "ndjson") return "--form must be json, csv or ndjson";
  return { form };
}

/**
 * A whole-number option in its range of the option table, undefined when absent, or the
 * usage message (in `lang`) naming the option and the range.
 */
export function wholeNumberOption(values: Readonly<Record<string, string | boolean | undefined>>, name: string, lang: Language): number | undefined | string {
  const range = rangeOf(name);
  const text = values[name];
  if (text === undefined) return undefined;
  const value = typeof text === "string" && /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (value >= range.min && value <= range.max) return value;
  return cliText("wholeNumber", lang, { option: name, min: String(range.min), max: String(range.max) });
}

/** The profile of a name among the built-in ones: own entries only (a dataset's "constructor" is no profile). */
export function profileNamed(profiles: Readonly<Record<string, Profile>>, name: unknown): Profile | undefined {
  return typeof name === "string" && Object.hasOwn(profiles, name) ? profiles[name] : undefined;
}

/** The notes the CLI prints: a byte-order mark is normal (Excel and the template write one), the rest is worth a line. */
export function worthSaying(notes: readonly ReadNote[]): readonly ReadNote[] {
  return notes.filter((note) => note.code !== "io.bom_removed");
}

/**
 * Prints the notes worth saying on stderr, in `lang`, one line each: `opcat-npm: warning: …`
 * for a folder's file missing or not read (see `isFileWarning`), `opcat-npm: note: …` for the rest.
 */
export function sayNotes(notes: readonly ReadNote[], lang: Language, io: { readonly stderr: (text: string) => void }): void {
  for (const note of notesIn(worthSaying(notes), lang)) {
    io.stderr(isFileWarning(note) ? `opcat-npm: warning: ${note.file}: ${note.message}\n` : `opcat-npm: note: ${note.message}\n`);
  }
}

/** What the report and followup commands run with: the period's days and the profile. */
export interface RunSettings {
  /** The period's first and last day: the options', else the dataset's (undefined when neither is a date). */
  readonly from: CivilDate | undefined;
  readonly to: CivilDate | undefined;
  readonly profile: Profile;
}

/**
 * The period and profile of a run from the dataset's own fields and the options, or the usage
 * message of a period that ends before it starts or an `--as-of` before it: checked before
 * the data, since a usage error says nothing of the data. The profile is the dataset's, else `kz`.
 */
export function runSettings(
  fields: unknown,
  options: { readonly asOf: CivilDate; readonly periodFrom: CivilDate | undefined; readonly periodTo: CivilDate | undefined },
  profiles: Readonly<Record<string, Profile>>,
): RunSettings | string {
  const own = (typeof fields === "object" && fields !== null ? fields : {}) as { period?: { from?: unknown; to?: unknown }; profile?: unknown };
  const from = options.periodFrom ?? (isCivilDate(own.period?.from) ? own.period.from : undefined);
  const to = options.periodTo ?? (isCivilDate(own.period?.to) ? own.period.to : undefined);
  if (from !== undefined && to !== undefined && from > to) return `the period ends (${to}) before it starts (${from})`;
  if (from !== undefined && options.asOf < from) return `--as-of ${options.asOf} is before the period starts (${from})`;
  const profile = profileNamed(profiles, own.profile) ?? profileNamed(profiles, "kz") ?? kz;
  return { from, to, profile };
}
