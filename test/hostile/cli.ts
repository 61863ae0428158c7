import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { run } from "../../src/cli/run";

/** What a CLI run gave: its exit code and everything it wrote. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process, as `opcat-npm <argv>` would, collecting what it writes. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/**
 * A scratch folder for a test file, removed after it, and `place(name)`: a fresh path in it
 * for each call (numbered, so tests never share a file).
 */
export function scratchFolder(prefix: string): { readonly scratch: string; readonly place: (name: string) => string } {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });
  let count = 0;
  return { scratch, place: (name) => join(scratch, `${String(++count)}-${name}`) };
}
