import { randomUUID } from "node:crypto";
import { lstat, mkdir, open, readdir, realpath, rename, rm, rmdir, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { writeError } from "../errors/errorMessage";
import { isNothingThere, writeFault } from "./fileErrors";

/**
 * The file-system calls the writers make, in one place: tests replace one to make the disk
 * full or the folder read-only, which a test run as root cannot arrange otherwise.
 *
 * @internal
 */
export const writerFileSystem = { lstat, mkdir, open, readdir, realpath, rename, rm, rmdir, stat };

/** Runs a file-system call for `file`, its failure as a {@link writeFault}. */
async function attempt<T>(file: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw writeFault(error, file);
  }
}

/** What is at a path: nothing, a folder, or something else (a file, a device). */
async function kindAt(file: string): Promise<"none" | "folder" | "other"> {
  try {
    // stat follows a link: a link to a folder is a folder.
    return (await writerFileSystem.stat(file)).isDirectory() ? "folder" : "other";
  } catch (error) {
    if (isNothingThere(error)) {
      // A dangling link is still something in the way.
      return await writerFileSystem.lstat(file).then(
        () => "other" as const,
        () => "none" as const,
      );
    }
    throw writeFault(error, file);
  }
}

/** A path with its links resolved, for the part of it that exists. */
async function resolvedPath(file: string): Promise<string> {
  const absolute = path.resolve(file);
  const rest: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      return path.join(await writerFileSystem.realpath(existing), ...rest.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      rest.push(path.basename(existing));
      existing = parent;
    }
  }
}

/**
 * Refuses, before anything is written, a target that is the input or lies inside it (links
 * resolved): writing there would replace what is being read. An {@link OpcatError} with code
 * `io.target_is_input`.
 *
 * @internal
 */
export async function refuseInput(targets: readonly string[], input: string): Promise<void> {
  const source = await resolvedPath(input);
  for (const target of targets) {
    const resolved = await resolvedPath(target);
    if (resolved === source || resolved.startsWith(source.endsWith(path.sep) ? source : source + path.sep)) {
      throw writeError("io.target_is_input", target, { input });
    }
  }
}

/**
 * What {@link writeFiles} needs besides the files: whether files that exist may be replaced,
 * the input being read (a target that is the input or inside it is refused, even with
 * `overwrite`), and a signal that stops the writing, leaving nothing.
 *
 * @internal
 */
export interface WriteFilesOptions {
  readonly overwrite: boolean;
  readonly input?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

/**
 * One file being written: text is gathered and written in large pieces to a temporary file
 * beside the target.
 *
 * @internal
 */
export interface FileSink {
  readonly write: (text: string) => Promise<void>;
}

/** What writes are gathered to before they go to the file. */
const PIECE = 64 * 1024;

interface TemporaryFile {
  readonly target: string;
  readonly temporary: string;
  handle: FileHandle | undefined;
  pending: string[];
  size: number;
}

/**
 * Writes files into `folder` all or nothing. The folder is created if needed; each file is
 * written under a hidden temporary name beside its target (`.visits.csv.<random>.partial`)
 * and renamed over it once every file is written and on disk, so no reader ever sees a
 * partial file. On any failure (the disk full, no permission, a record that cannot be
 * written, the source breaking, the signal) the temporary files and any folder created are
 * removed and nothing of the targets changes; a fault of the file system is an
 * {@link OpcatError} (see {@link writeFault}).
 *
 * Refused before anything is written: a target that exists, unless `overwrite`
 * (`io.target_exists`); a folder where a file goes (`io.target_is_folder`) or a file where the
 * folder goes (`io.target_not_folder`), whatever `overwrite` says; a target that is the input
 * or inside it (`io.target_is_input`). Returns the paths written, in the order of `names`.
 *
 * @internal
 */
export async function writeFiles(folder: string, names: readonly string[], options: WriteFilesOptions, produce: (sinks: readonly FileSink[]) => Promise<void>): Promise<string[]> {
  const targets = names.map((name) => path.join(folder, name));
  if (options.input !== undefined) await refuseInput([folder, ...targets], options.input);
  const folderKind = await kindAt(folder);
  if (folderKind === "other") throw writeError("io.target_not_folder.file", folder);
  const existed = new Set<string>();
  if (folderKind === "folder") {
    for (const target of targets) {
      const kind = await kindAt(target);
      if (kind === "folder") throw writeError("io.target_is_folder", target);
      if (kind === "none") continue;
      if (!options.overwrite) throw writeError("io.target_exists", target);
      existed.add(target);
    }
  }
  options.signal?.throwIfAborted();
  const created = await attempt(folder, () => writerFileSystem.mkdir(folder, { recursive: true }));
  const files: TemporaryFile[] = targets.map((target) => ({
    target,
    temporary: path.join(folder, `.${path.basename(target)}.${randomUUID().slice(0, 8)}.partial`),
    handle: undefined,
    pending: [],
    size: 0,
  }));

  async function flush(file: TemporaryFile): Promise<void> {
    file.handle ??= await attempt(file.target, () => writerFileSystem.open(file.temporary, "wx"));
    const text = file.pending.join("");
    file.pending = [];
    file.size = 0;
    const handle = file.handle;
    const bytes = Buffer.from(text, "utf8");
    // A write may take fewer bytes than it is given: the rest goes in the next one.
    for (let offset = 0; offset < bytes.length; ) {
      const from = offset;
      offset += (await attempt(file.target, () => handle.write(bytes, from, bytes.length - from))).bytesWritten;
    }
  }

  const renamed: string[] = [];
  try {
    await produce(
      files.map((file) => ({
        write: async (text: string) => {
          options.signal?.throwIfAborted();
          file.pending.push(text);
          file.size += text.length;
          if (file.size >= PIECE) await flush(file);
        },
      })),
    );
    for (const file of files) {
      await flush(file);
      const handle = file.handle;
      if (handle === undefined) continue;
      await attempt(file.target, () => handle.datasync());
      await attempt(file.target, () => handle.close());
      file.handle = undefined;
    }
    options.signal?.throwIfAborted();
    // A target that appeared while the files were written is not replaced either.
    if (!options.overwrite) for (const file of files) if ((await kindAt(file.target)) !== "none") throw writeError("io.target_exists", file.target);
    for (const file of files) {
      await attempt(file.target, () => writerFileSystem.rename(file.temporary, file.target));
      renamed.push(file.target);
    }
  } catch (error) {
    for (const file of files) {
      await file.handle?.close().catch(() => undefined);
      await writerFileSystem.rm(file.temporary, { force: true }).catch(() => undefined);
    }
    // A file renamed in before a later one failed: taken out again when it is new.
    for (const target of renamed) if (!existed.has(target)) await writerFileSystem.rm(target, { force: true }).catch(() => undefined);
    await removeCreated(folder, created);
    throw error;
  }
  return targets;
}

/** Removes the folders mkdir created on the way to `folder` (the first one created and below), when empty. */
async function removeCreated(folder: string, created: string | undefined): Promise<void> {
  if (created === undefined) return;
  const top = path.resolve(created);
  for (let at = path.resolve(folder); ; at = path.dirname(at)) {
    const removed = await writerFileSystem.rmdir(at).then(
      () => true,
      () => false,
    );
    if (!removed || at === top || path.dirname(at) === at) return;
  }
}
