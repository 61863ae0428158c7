import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { type CollectionName, COLLECTIONS } from "../model/findUnknownKeys";
import { DATASET_FIELDS_FILE } from "./csvColumns";
import { collectionFileSize } from "./fileChunks";
import { readErrorOf } from "./fileErrors";
import { lookalikeFileName } from "./lookalikeFileName";
import { fileWarningNote } from "./readNotes";
import { readError } from "../errors/errorMessage";
import type { ReadError, ReadNote } from "./types";

/**
 * A file in a folder that looks like an expected one (see {@link lookalikeFileName}).
 *
 * @internal
 */
export interface LookalikeFile {
  /** The file's name, as the folder lists it. */
  readonly name: string;
  /** The expected name it looks like. */
  readonly expected: string;
}

/**
 * The files of a folder that look like one of the expected names without being it, in the
 * folder's order (by name). Folders are not looked at.
 *
 * @internal
 */
export async function lookalikeFiles(folder: string, expected: readonly string[]): Promise<readonly LookalikeFile[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw readErrorOf(error, folder);
  }
  const found: LookalikeFile[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.isDirectory()) continue;
    const like = lookalikeFileName(entry.name, expected);
    if (like !== undefined) found.push({ name: entry.name, expected: like });
  }
  return found;
}

/**
 * The refusal of files that are there under a name that is not the expected one, where the
 * expected file is missing: `io.misnamed_file`, naming each and what to rename it to. Their
 * records would otherwise be left out without a word.
 *
 * @internal
 */
export function misnamedFiles(folder: string, misnamed: readonly LookalikeFile[]): ReadError {
  const first = misnamed[0];
  const file = path.join(folder, first?.name ?? "");
  const at = { file, line: 0 };
  if (misnamed.length === 1) return readError("io.misnamed_file.one", at, { folder, name: first?.name ?? "", expected: first?.expected ?? "" });
  return readError("io.misnamed_file.several", at, { folder, files: misnamed.map(({ name, expected }) => ({ name, expected })) });
}

/** Whether two paths are the same file (a folder that ignores letter case lists `Visits.csv` and opens it as `visits.csv`). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * The collection files of a folder: the size of each that is there (absent: no records), and
 * the notes of what else was found. A collection file missing is noted (`io.missing_file`); a
 * file that looks like one beside it, or like `dataset.json` (read before), is not read and
 * noted (`io.ignored_file`); a file that
 * looks like one that is missing is refused (`io.misnamed_file`, all of them in one error).
 * Files that look like no collection file are left alone.
 *
 * @internal
 */
export async function collectionFiles(folder: string, names: Readonly<Record<CollectionName, string>>): Promise<{ readonly sizes: ReadonlyMap<CollectionName, number>; readonly notes: readonly ReadNote[] }> {
  const sizes = new Map<CollectionName, number>();
  for (const collection of COLLECTIONS) {
    const size = await collectionFileSize(path.join(folder, names[collection]));
    if (size !== undefined) sizes.set(collection, size);
  }
  const notes: ReadNote[] = [];
  const misnamed: LookalikeFile[] = [];
  // dataset.json is there (it is read first): a copy of it is not read either.
  const expected = [DATASET_FIELDS_FILE, ...COLLECTIONS.map((collection) => names[collection])];
  for (const like of await lookalikeFiles(folder, expected)) {
    const collection = COLLECTIONS.find((name) => names[name] === like.expected);
    const proper = path.join(folder, like.expected);
    if (collection !== undefined && !sizes.has(collection)) misnamed.push(like);
    else if (!(await sameFile(path.join(folder, like.name), proper))) notes.push(fileWarningNote("io.ignored_file", path.join(folder, like.name), { expected: like.expected }));
  }
  if (misnamed.length > 0) throw misnamedFiles(folder, misnamed);
  for (const collection of COLLECTIONS) {
    if (!sizes.has(collection)) notes.push(fileWarningNote("io.missing_file", path.join(folder, names[collection]), { collection }));
  }
  return { sizes, notes };
}
