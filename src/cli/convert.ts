import { OpcatError } from "../errors/OpcatError";
import { openDataset } from "../io/openDataset";
import type { DatasetForm } from "../io/types";
import { writeDataset } from "../io/writeDataset";
import { writeTemplate, type TemplateOptions } from "../io/writeTemplate";
import type { CliIo } from "./run";
import { formOption, progressBar, readingFiles, worthSaying } from "./source";

/** The convert command's options, checked. */
export interface ConvertOptions {
  readonly form: DatasetForm | undefined;
  readonly to: DatasetForm;
  readonly out: string;
  readonly overwrite: boolean;
}

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** The convert command's options, or a usage message. */
export function convertOptions(values: Values): ConvertOptions | string {
  const to = values["to"];
  if (to !== "json" && to !== "csv" && to !== "ndjson") return "convert needs --to json, csv or ndjson";
  const out = values["out"];
  if (typeof out !== "string" || out === "") return "convert needs --out <path>: the file (json) or folder (csv, ndjson) to write";
  const form = formOption(values);
  if (typeof form === "string") return form;
  return { form: form.form, to, out, overwrite: values["overwrite"] === true };
}

/** The error of a file that exists, from writeDataset or writeTemplate. */
function existing(error: unknown): string | undefined {
  const { code, path } = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; path?: unknown };
  return code === "EEXIST" && typeof path === "string" ? path : undefined;
}

/**
 * `opcat-npm convert <data> --to <form> --out <path>`: reads a dataset in any form and writes
 * it in another, record by record (a file larger than memory is converted in one pass). The
 * paths written go to stdout. Exit 2 for a file that cannot be read or a file in the way
 * (unless --overwrite); exit 1 when a record cannot be written as CSV without loss (a field
 * the layout has no column for, a value of the wrong type), with its path and location.
 */
export async function convert(file: string, options: ConvertOptions, io: CliIo): Promise<number> {
  return readingFiles(io, async () => {
    const source = await openDataset(file, { form: options.form });
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
    let written: string[];
    try {
      written = await writeDataset(counted, options.out, { form: options.to, overwrite: options.overwrite });
    } catch (error) {
      const inTheWay = existing(error);
      if (inTheWay !== undefined) {
        io.stderr(`opcat-npm: ${inTheWay} exists already: choose another --out, or pass --overwrite\n`);
        return 2;
      }
      if (!(error instanceof OpcatError)) throw error;
      const [problem] = error.problems;
      const location = problem === undefined ? undefined : source.locate(problem.path);
      const where = location === undefined ? "" : `${location.file}${location.row === undefined ? `, line ${String(location.line)}` : `, row ${String(location.row)}`}: `;
      io.stderr(`opcat-npm: nothing written: ${where}${problem?.message ?? error.message}\n`);
      return 1;
    } finally {
      progress?.done();
    }
    for (const note of worthSaying(source.notes())) io.stderr(`opcat-npm: note: ${note.message}\n`);
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
  try {
    const written = await writeTemplate(folder, options);
    io.stdout(written.map((path) => `${path}\n`).join(""));
    return 0;
  } catch (error) {
    const inTheWay = existing(error);
    if (inTheWay !== undefined) {
      io.stderr(`opcat-npm: ${inTheWay} exists already: choose another folder, or pass --overwrite\n`);
      return 2;
    }
    const { code } = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown };
    if (typeof code === "string" && error instanceof Error) {
      io.stderr(`opcat-npm: cannot write the template to ${folder}: ${code}\n`);
      return 2;
    }
    throw error;
  }
}
