import { access } from "node:fs/promises";

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rejects, before anything is written, when one of the files a writer (`caller`) would write
 * exists: an `Error` with `code` `EEXIST` and the file's `path`.
 *
 * @internal
 */
export async function refuseExisting(files: readonly string[], caller: string): Promise<void> {
  for (const file of files) {
    if (await exists(file)) throw Object.assign(new Error(`${caller}: ${file} exists already; pass overwrite: true to replace it`), { code: "EEXIST", path: file });
  }
}
