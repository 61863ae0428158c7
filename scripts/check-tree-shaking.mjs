// @ts-check
// Proves that the pure helpers of the built library cost no zod for an app that bundles it.
//
// size-limit cannot show this: it always treats peerDependencies (zod) as external, and it
// can only compare sizes, not assert that a module is absent. So this script bundles a few
// "app" entry points against dist/index.js with esbuild the way an app would (zod, date-fns
// and @date-fns/utc resolved from node_modules, NOT external; tree shaking on; minified) and
// fails when any zod module ends up in the output.
//
// Usage (after `npx tsup`): node scripts/check-tree-shaking.mjs
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Entry points an app may write, each of which must bundle without zod.
 * @type {readonly { name: string; code: string }[]}
 */
const CASES = [
  { name: "{ statusAsOf }", code: 'import { statusAsOf } from "./dist/index.js";\nconsole.log(statusAsOf);\n' },
  {
    name: "{ civilDate, isCivilDate, compareCivilDates }",
    code: 'import { civilDate, isCivilDate, compareCivilDates } from "./dist/index.js";\nconsole.log(civilDate, isCivilDate, compareCivilDates);\n',
  },
  { name: "{ label, kz }", code: 'import { label, kz } from "./dist/index.js";\nconsole.log(label, kz);\n' },
];

/** Strings that only zod's code contains (class names given to zod's `$constructor`). */
const ZOD_MARKERS = ["ZodError", "$ZodType"];

/**
 * @param {string} file a path from esbuild's metafile
 * @returns {string} the package a node_modules path belongs to, or the path itself
 */
function packageOf(file) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return match?.[1] ?? file;
}

/**
 * @param {number} bytes
 * @returns {string}
 */
function kB(bytes) {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

if (!existsSync(new URL("../dist/index.js", import.meta.url))) {
  console.error("tree-shaking: dist/index.js is missing; build first (npx tsup)");
  process.exit(1);
}

let failed = false;
for (const { name, code } of CASES) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: "app.mjs", loader: "js" },
    absWorkingDir: root,
    bundle: true,
    write: false,
    treeShaking: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    metafile: true,
    logLevel: "error",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error("esbuild produced no output");
  const text = output.text;

  /** @type {Map<string, number>} bytes in the output per package (or per file of this repo) */
  const byPackage = new Map();
  for (const out of Object.values(result.metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
      if (bytesInOutput > 0) byPackage.set(packageOf(file), (byPackage.get(packageOf(file)) ?? 0) + bytesInOutput);
    }
  }
  const zodBytes = byPackage.get("zod") ?? 0;
  const markers = ZOD_MARKERS.filter((marker) => text.includes(marker));
  const sizes = `${kB(text.length)} min, ${kB(gzipSync(text).length)} gzip, ${kB(brotliCompressSync(text).length)} brotli`;

  if (zodBytes > 0 || markers.length > 0) {
    failed = true;
    const parts = [...byPackage].map(([pkg, bytes]) => `${pkg} ${kB(bytes)}`).join(", ");
    console.error(`tree-shaking FAILED: import ${name} bundles zod (${sizes}; ${parts}; markers: ${markers.join(", ") || "none"})`);
  } else {
    console.log(`tree-shaking ok: import ${name} has no zod (${sizes})`);
  }
}

if (failed) {
  console.error(
    [
      "A top-level statement of dist/index.js that calls zod is kept although the app does not use it.",
      "esbuild drops `/* @__PURE__ */ f(args)` only when the callee and every argument are free of",
      "side effects, so chained or nested calls (z.iso.date().brand(), z.array(X).min(1), Count.nullish())",
      "keep the statement. Wrap each schema constant: `export const X = /* @__PURE__ */ (() => z....)();`",
    ].join("\n"),
  );
  process.exit(1);
}
