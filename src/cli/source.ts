import { isCivilDate } from "../dates/isCivilDate";
import type { CivilDate } from "../model/civilDate";
import { kz } from "../profiles/kz";
import type { Profile } from "../profiles/profile";
import { openDataset } from "../io/openDataset";
import { wholeDocumentOf } from "../io/jsonSource";
import { isRawRecord } from "../validate/context";
import { ReadError, type DatasetForm, type DatasetSource, type ReadNote } from "../io/types";
import type { ReadProgress } from "../io/validateSource";
import { COLLECTIONS } from "../model/findUnknownKeys";
import type { Language } from "../model/language";
import { isFileWarning, notesIn } from "../io/readNotes";
import { terminalLine } from "./terminal";
import { cliText } from "./texts";

/** The value of a dataset read whole with the notes of how its files were read, or the one line that says why it could not be read. */
export type ReadResult = { readonly ok: true; readonly value: unknown; readonly notes: readonly ReadNote[] } | { readonly ok: false; readonly message: string };

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
  const number = new Intl.NumberFormat("en");
  return {
    onProgress({ collection, records }) {
      const time = now();
      if (time - last < 100) return;
      last = time;
      const { read, total } = source.bytes();
      const share = total === 0 ? 1 : Math.min(1, read / total);
      const filled = Math.round(share * BAR_WIDTH);
      const bar = `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${megabytes(read)} of ${megabytes(total)}  ${collection} ${number.format(records)}`;
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
 * A dataset in any form read whole into one value, for the commands that need all of it at
 * once (summary, followup): a JSON file as it is parsed; a folder's own fields with its
 * collections' records. Never throws: a file that cannot be read gives its one-line message
 * (in `lang`).
 */
export async function readWholeDataset(file: string, form: DatasetForm | undefined, lang: Language = "en"): Promise<ReadResult> {
  try {
    const source = await openDataset(file, { form, lang });
    const document = wholeDocumentOf(source);
    if (document !== undefined) return { ok: true, value: document, notes: source.notes() };
    const fields = await source.fields();
    const value: Record<string, unknown> = isRawRecord(fields) ? { ...fields } : {};
    for (const collection of COLLECTIONS) {
      const records: unknown[] = [];
      for await (const record of source.records(collection)) records.push(record);
      value[collection] = records;
    }
    return { ok: true, value, notes: source.notes() };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: terminalLine(error.message) };
    throw error;
  }
}

/** The --form option (undefined: found from the path), or a usage message. */
export function formOption(values: Readonly<Record<string, string | boolean | undefined>>): { readonly form: DatasetForm | undefined } | string {
  const form = values["form"];
  if (form === undefined) return { form: undefined };
  if (form !== "json" && form !== "csv" && form !== "ndjson") return "--form must be json, csv or ndjson";
  return { form };
}

/** The largest count an option takes (--max-issues, --min-overdue, --max-rows...): nine digits. */
export const MAX_COUNT = 999_999_999;

/** The largest number of days an option takes (--grace-days, --due-in-days...): ten years. */
export const MAX_DAYS = 3650;

/**
 * A whole-number option from `min` to `max`, undefined when absent, or the usage message
 * (in `lang`) naming the option and the range.
 */
export function wholeNumberOption(values: Readonly<Record<string, string | boolean | undefined>>, name: string, range: { readonly min: number; readonly max: number }, lang: Language): number | undefined | string {
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
