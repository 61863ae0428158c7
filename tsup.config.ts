import { chmod, readFile, writeFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";

// One build of every entry, so that the code they share (the core: OpcatError, kz, the
// validator) is in shared chunks, defined once: an error thrown by opcat-npm/io is an
// instance of the OpcatError exported by opcat-npm, in ESM and in CJS (issue 12).
const shared: Options = {
  target: "node20",
  // The core in the shared chunks imports nothing of Node's (checked by scripts/check-package.mjs),
  // so the root entry stays browser-safe although the build is Node's.
  platform: "node",
  sourcemap: true,
  treeshake: true,
  splitting: true,
  external: ["zod", "date-fns", "@date-fns/utc", "csv-parse", "csv-stringify", "@noble/hashes"],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts", io: "src/io/index.ts", "cli/index": "src/cli/index.ts" },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts", io: "src/io/index.ts" } },
    clean: true,
    async onSuccess() {
      // The command line's shebang, on its file only (a banner would go on every chunk).
      const bin = "dist/cli/index.js";
      await writeFile(bin, `#!/usr/bin/env node\n${await readFile(bin, "utf8")}`);
      await chmod(bin, 0o755);
    },
  },
  {
    ...shared,
    entry: { index: "src/index.ts", io: "src/io/index.ts" },
    format: ["cjs"],
    // No dts here: the declarations are built once, by the ESM build, and
    // scripts/write-cjs-types.mjs writes their .d.cts twins (they differ only in import extensions).
  },
]);
