import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "tsup";
import { afterAll, beforeAll } from "vitest";

const root = new URL("../../", import.meta.url).pathname;

/**
 * The opcat-npm command as the package ships it (src/cli/index.ts bundled for Node), built
 * once before the tests of a file into a scratch folder removed after them: `path()` is the
 * script to run with `node`. The real process binds run() to process.stdin, stdout and
 * stderr, which in-process tests cannot.
 */
export function builtCli(): { readonly path: () => string } {
  let command = "";
  let outDir: string | undefined;
  beforeAll(async () => {
    mkdirSync(join(root, ".tmp"), { recursive: true });
    outDir = mkdtempSync(join(root, ".tmp", "bin-"));
    await build({
      config: false,
      entry: { cli: join(root, "src/cli/index.ts") },
      format: ["esm"],
      platform: "node",
      target: "node20",
      outDir,
      silent: true,
      dts: false,
      sourcemap: false,
      external: ["zod", "date-fns", "@date-fns/utc"],
    });
    command = join(outDir, "cli.js");
  }, 60_000);
  afterAll(() => {
    if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
  });
  return { path: () => command };
}
