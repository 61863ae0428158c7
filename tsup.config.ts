import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The browser-safe library: model, profiles, helpers. ESM + CJS with types.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "es2022",
    platform: "neutral",
    sourcemap: true,
    clean: true,
    treeshake: true,
    external: ["zod", "date-fns", "@date-fns/utc"],
  },
  {
    // opcat-npm/io: files in and out (Node only). ESM + CJS with types.
    entry: { io: "src/io/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "node20",
    platform: "node",
    sourcemap: true,
    treeshake: true,
    external: ["zod", "date-fns", "@date-fns/utc", "csv-parse", "csv-stringify"],
  },
  {
    // The command-line tool (Node only).
    entry: { "cli/index": "src/cli/index.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    external: ["zod", "date-fns", "@date-fns/utc"],
  },
]);
