// @ts-check
// Writes the CommonJS declaration files (dist/*.d.cts) from the ESM ones tsup made (dist/*.d.ts),
// so that the declarations are built once, not once per format: they differ only in the
// extension of their relative imports (`./report-XXXX.js` → `./report-XXXX.cjs`), which this
// rewrites. scripts/check-package.mjs (attw, publint, a strict CJS consumer) checks the result.
//
// Usage (run by `npm run build` after tsup): node scripts/write-cjs-types.mjs [dist folder]
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * The CommonJS twin of an ESM declaration file's text: every relative module specifier that
 * ends in `.js` ends in `.cjs`.
 *
 * @param {string} text
 * @returns {string}
 */
export function cjsDeclarations(text) {
  return text.replace(/(["'])(\.\.?\/[^"'\n]*)\.js\1/g, "$1$2.cjs$1");
}

/**
 * Writes `<name>.d.cts` beside every `<name>.d.ts` directly in `dist`.
 *
 * @param {string} dist
 * @returns {string[]} the files written, by name
 */
export function writeCjsTypes(dist) {
  const written = [];
  for (const name of readdirSync(dist).filter((entry) => entry.endsWith(".d.ts")).sort()) {
    const target = name.replace(/\.d\.ts$/, ".d.cts");
    writeFileSync(path.join(dist, target), cjsDeclarations(readFileSync(path.join(dist, name), "utf8")));
    written.push(target);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dist = path.resolve(process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url)));
  if (writeCjsTypes(dist).length === 0) {
    process.stderr.write(`write-cjs-types: no .d.ts file in ${dist}; build with tsup first\n`);
    process.exitCode = 1;
  }
}
