import path from "node:path";
import type { PathSegment } from "../errors/OpcatError";
import { lookalikeFiles, misnamedFiles } from "./collectionFiles";
import { DATASET_FIELDS_FILE } from "./csvColumns";
import { indexJsonLines, type JsonLines } from "./jsonLines";
import { bomNote, locateOwnField } from "./jsonSource";
import { readJsonDocument } from "./readJsonDocument";
import { isRawRecord } from "../validate/context";
import { readError } from "../errors/errorMessage";
import { ReadError, type FileLocation, type ReadNote } from "./types";
import { COLLECTIONS } from "../model/findUnknownKeys";

/**
 * The dataset's own fields of a folder (its `dataset.json`), with where each lies.
 *
 * @internal
 */
export interface FolderFields {
  readonly file: string;
  readonly value: unknown;
  readonly notes: readonly ReadNote[];
  readonly locate: (path: readonly PathSegment[]) => FileLocation;
}

/**
 * Reads `dataset.json` of a folder: the dataset's own fields (format, profile, period,
 * reported). Throws a {@link ReadError}: `io.not_found` when the folder has none (saying what
 * it holds), `io.misnamed_file` when it has one under another name (`Dataset.json`,
 * `dataset (1).json`, `dataset.json.txt`), `io.misplaced_records` when it holds records of a
 * collection (they belong in the collection's file), and the errors of reading any JSON file.
 *
 * @internal
 */
export async function readFolderFields(folder: string, form: "csv" | "ndjson"): Promise<FolderFields> {
  const file = path.join(folder, DATASET_FIELDS_FILE);
  let document;
  try {
    document = await readJsonDocument(file);
  } catch (error) {
    if (error instanceof ReadError && error.code === "io.not_found") {
      const misnamed = await lookalikeFiles(folder, [DATASET_FIELDS_FILE]);
      if (misnamed.length > 0) throw misnamedFiles(folder, misnamed);
      throw readError("io.not_found.dataset_fields", { file, line: 0 }, { folder });
    }
    throw error;
  }
  const value = document.value;
  if (isRawRecord(value)) {
    const misplaced = COLLECTIONS.find((collection) => collection in value);
    if (misplaced !== undefined) {
      const lines = indexJsonLines(document.text, []);
      const extension = form === "csv" ? "csv" : "ndjson";
      throw readError("io.misplaced_records", { file, line: lines.keyLine(misplaced) ?? 1 }, { collection: misplaced, extension });
    }
  }
  let lines: JsonLines | undefined;
  return {
    file,
    value,
    notes: document.bomRemoved ? [bomNote(file)] : [],
    locate: (at) => locateOwnField(file, (lines ??= indexJsonLines(document.text, [])), at),
  };
}
