import type { TextLanguage } from "../text/types";
import { errorMessage } from "../errors/errorMessage";
import { OpcatError, type PathSegment } from "../errors/OpcatError";
import type { DatasetForm, DatasetSource } from "../io/types";
import { writeDataset, writeDatasetStream } from "../io/writeDataset";
import { writeTemplate, type TemplateOptions } from "../io/writeTemplate";
import type { CliIo } from "./run";
import type { Language } from "../model/language";
import { formOption, openInput, progressBar, readingFiles, sayNotes, STDIN } from "./source";
import { terminalLine } from "./terminal";
import { formatPath } from "./validationReport";

/** The convert command's options, checked. */
export interface ConvertOptions {
  readonly form: DatasetForm | undefined;
  /** The language of the notes and warnings about the files read (default English). */
  readonly lang?: Language;
  readonly to: DatasetForm;
  readonly out: string;
  readonly overwrite: boolean;
}

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** The convert command's options, or a usage message. */
export function convertOptions(values: Values, lang: Language = "en"): ConvertOptions | string {
  const to = values["to"];
  if (to !== "json" && to !== "csv" && to !== "ndjson") return "convert needs --to json, csv or ndjson";
  const out = values["out"];
  if (typeof out !== "string" || out === "") return "convert needs --out <path>: the file (json) or folder (csv, ndjson) to write, or - for stdout (json, ndjson)";
  if (out === STDIN && to === "csv") return "convert --to csv writes a folder of files: --out - (stdout) takes json or ndjson";
  const form = formOption(values);
  if (typeof form === "string") return form;
  return { form: form.form, lang, to, out, overwrite: values["overwrite"] === true };
}

/**
 * Where the CLI hears that it is asked to stop (Ctrl-C, a kill): injected so tests can stop a
 * command without signalling their own process. `listen` returns the call that stops listening.
 */
export interface Interrupts {
  readonly listen: (stop: (signal: "SIGINT" | "SIGTERM") => void) => () => void;
}

/**
 * The process's SIGINT and SIGTERM, each heard once: the first stops the writing, which then
 * removes what it had written; a second one ends the process at once, as without a listener.
 */
export const processInterrupts: Interrupts = {
  listen(stop) {
    const onInt = () => {
      stop("SIGINT");
    };
    const onTerm = () => {
      stop("SIGTERM");
    };
    process.once("SIGINT", onInt);
    process.once("SIGTERM", onTerm);
    return () => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    };
  },
};

/** Exit codes of a command stopped by a signal: 128 + its number, as shells report it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** A writer's message about a value, its path written as the validation report writes paths (`visits[3].teamSize`). */
function withPath(problem: { readonly path: readonly PathSegment[]; readonly message: string }): string {
  const dotted = `${problem.path.map(String).join(".")}: `;
  return problem.path.length > 0 && problem.message.startsWith(dotted) ? `${formatPath(problem.path)}: ${problem.message.slice(dotted.length)}` : problem.message;
}

/**
 * Runs a step that writes files, stopped by the first of `interrupts` if given (a step that
 * cannot stop does not listen, so that a signal ends it as usual); a fault of writing becomes
 * one line on stderr (in `lang`, from the catalogue of errors): exit 1 when a record cannot be written without loss (with where it is
 * read from, when `source` can say), 2 for a target in the way or a file that cannot be
 * written, 130 or 143 when interrupted (nothing is left written). Other errors propagate.
 */
export async function writingFiles(
  io: { readonly stderr: (text: string) => void },
  step: (signal: AbortSignal) => Promise<number>,
  { source, interrupts, retry, lang = "en" }: { readonly source?: DatasetSource; readonly interrupts?: Interrupts; readonly retry: string; readonly lang?: TextLanguage },
): Promise<number> {
  const controller = new AbortController();
  let stoppedBy: "SIGINT" | "SIGTERM" | undefined;
  const stopListening = interrupts?.listen((signal) => {
    stoppedBy = signal;
    controller.abort();
  });
  try {
    return await step(controller.signal);
  } catch (error) {
    if (stoppedBy !== undefined && controller.signal.aborted && !(error instanceof OpcatError)) {
      io.stderr(`opcat-npm: interrupted (${stoppedBy}): nothing written\n`);
      return SIGNAL_EXIT[stoppedBy];
    }
    if (!(error instanceof OpcatError) || !error.code.startsWith("io.")) throw error;
    const [problem] = error.problems;
    if (error.code === "io.not_representable") {
      const location = problem === undefined ? undefined : source?.locate(problem.path);
      const where = location === undefined ? "" : `${location.file}${location.row === undefined ? `, line ${String(location.line)}` : `, row ${String(location.row)}`}: `;
      io.stderr(`opcat-npm: ${terminalLine(`nothing written: ${where}${problem === undefined ? error.message : withPath(problem)}`)}\n`);
      return 1;
    }
    const file = error.params["file"];
    if (error.code === "io.target_exists" && typeof file === "string") io.stderr(`opcat-npm: ${terminalLine(file)} exists already: ${retry}, or pass --overwrite\n`);
    else io.stderr(`opcat-npm: ${terminalLine(errorMessage(error, lang))}\n`);
    return 2;
  } finally {
    stopListening?.();
  }
}


/**
 * `convert … --out -`: the dataset as one stream on stdout, JSON or the NDJSON lines that
 * `-` reads back (see writeDatasetStream), exact for a pipe, made safe only on a terminal.
 */
async function toStdout(source: DatasetSource, options: ConvertOptions, io: CliIo): Promise<number> {
  const write = io.terminal === true ? io.stdout : (io.verbatim?.stdout ?? io.stdout);
  // csv is refused with --out - before the command runs.
  const form = options.to === "json" ? "json" : "ndjson";
  const records = { count: 0 };
  const code = await writingFiles(
    io,
    async () => {
      records.count = await writeDatasetStream(source, form, write);
      return 0;
    },
    { source, retry: "choose another --out" },
  );
  if (code !== 0) return code;
  sayNotes(source.notes(), options.lang ?? "en", io);
  io.stderr(`opcat-npm: ${String(records.count)} records written as ${form} to stdout\n`);
  return 0;
}

/**
 * `opcat-npm convert <data> --to <form> --out <path>`: reads a dataset in any form and writes
 * it in another, record by record (a file larger than memory is converted in one pass). The
 * paths written go to stdout; with `--out -` the data itself does (json or ndjson). All or nothing (see `writeDataset`). Exit 2 for a file that
 * cannot be read or written, a target in the way (unless --overwrite), or a target that is
 * the input or inside it (always); exit 1 when a record cannot be written without loss (a
 * field the CSV layout has no column for, a value of the wrong type, text CSV cannot hold),
 * with its path and location.
 */
export async function convert(file: string, options: ConvertOptions, io: CliIo, interrupts: Interrupts = processInterrupts): Promise<number> {
  return readingFiles(io, async () => {
    const source = await openInput(file, options.form, io, options.lang);
    if (options.out === STDIN) return toStdout(source, options, io);
    const progress = progressBar(source, io);
    const onProgress = progress?.onProgress;
    let records = 0;
    const counted = {
      ...source,
      records: (collection: Parameters<typeof source.records>[0]) => ({
        async *[Symbol.asyncIterator]() {
          let count = 0;
          for await (const record of source.records(collection)) {
            yield record;
            count++;
            records++;
            if (onProgress !== undefined && count % 10_000 === 0) onProgress({ collection, records: count });
          }
        },
      }),
    };
    let written: string[] = [];
    const code = await writingFiles(
      io,
      async (signal) => {
        written = await writeDataset(counted, options.out, { form: options.to, overwrite: options.overwrite, signal }).finally(() => progress?.done());
        return 0;
      },
      { source, interrupts, retry: "choose another --out", lang: options.lang ?? "en" },
    );
    if (code !== 0) return code;
    sayNotes(source.notes(), options.lang ?? "en", io);
    io.stderr(`opcat-npm: ${String(records)} records written as ${options.to}\n`);
    io.stdout(written.map((path) => `${path}\n`).join(""));
    return 0;
  });
}

/**
 * `opcat-npm template <folder> [--lang]`: the files of an empty dataset folder in CSV form
 * (see `writeTemplate`), their paths on stdout. Exit 2 when a file is in the way (unless
 * --overwrite) or the folder cannot be written.
 */
export async function template(folder: string, options: TemplateOptions, io: CliIo): Promise<number> {
  let written: string[] = [];
  const code = await writingFiles(
    io,
    async () => {
      written = await writeTemplate(folder, options);
      return 0;
    },
    { retry: "choose another folder", lang: options.lang },
  );
  if (code === 0) io.stdout(written.map((path) => `${path}\n`).join(""));
  return code;
}
