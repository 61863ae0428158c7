// @ts-check
// Checks the package as it will be published, from its tarball, the way a user gets it:
//   1. `npm pack` into a temporary folder, and check the list of packed files;
//   2. publint (strict) on the tarball: any message (error, warning or suggestion) fails;
//   3. attw (@arethetypeswrong/cli) on the tarball in every resolution mode (node10,
//      node16 from CJS, node16 from ESM, bundler): any problem fails;
//   4. a throwaway consumer project installs the tarball with zod and TypeScript, then
//      imports it from ESM, requires it from CJS, type-checks a strict TypeScript file
//      (CJS and ESM flavours) and runs the `opcat-npm` bin.
// Prints one line per step; on the first failure prints that step's output and exits 1.
// Temporary folders are removed at the end, also on failure or Ctrl-C.
//
// Usage (after `npx tsup` and scripts/write-json-schema.mjs): node scripts/check-package.mjs
// Set KEEP_TMP=1 to keep the temporary folder for inspection.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const root = fileURLToPath(new URL("..", import.meta.url));
const started = Date.now();

/** Files the tarball must contain (paths relative to the package root). */
const REQUIRED_FILES = [
  "package.json",
  "README.md",
  "dataset.schema.json",
  "report.schema.json",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/cli/index.js",
];
/** Anything packed must be one of these (a source map, CHANGELOG.md or LICENSE are fine). */
const ALLOWED_FILE = /^(?:package\.json|README\.md|CHANGELOG\.md|LICEN[CS]E(?:\.md)?|dataset\.schema\.json|report\.schema\.json|io\/package\.json|dist\/.+\.(?:js|cjs|d\.ts|d\.cts|map))$/;

class StepFailure extends Error {
  /**
   * @param {string} step
   * @param {string} details
   */
  constructor(step, details) {
    super(`${step} failed`);
    this.step = step;
    this.details = details;
  }
}

/**
 * The environment for child processes: npm run-script puts npm_config_*, npm_package_* and
 * npm_lifecycle_* variables into ours; a nested `npm install` in another folder must not
 * inherit the repo's (local prefix, workspace, ...). The cache, user config and registry are
 * kept so the consumer installs from the same cache and registry as the developer.
 * @returns {NodeJS.ProcessEnv}
 */
function childEnv() {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  const keep = new Set(["npm_config_cache", "npm_config_userconfig", "npm_config_registry"]);
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith("npm_") && !keep.has(lower)) continue;
    if (key === "INIT_CWD" || key === "NODE_OPTIONS") continue;
    env[key] = value;
  }
  env["NO_COLOR"] = "1";
  env["FORCE_COLOR"] = "0";
  return env;
}

/**
 * Runs a program (no shell) and returns its output; throws a StepFailure when it does not
 * exit with 0.
 * @param {string} step
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string; timeout?: number }} options
 * @returns {string} stdout
 */
function run(step, command, args, { cwd, timeout = 120_000 }) {
  const result = spawnSync(command, args, { cwd, env: childEnv(), encoding: "utf8", timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined || result.status !== 0) {
    const how = result.error !== undefined ? String(result.error) : `exit code ${String(result.status ?? result.signal)}`;
    throw new StepFailure(step, `$ ${[command, ...args].join(" ")}  (in ${cwd})\n${how}\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/**
 * The path of a dev dependency's bin script, run with this Node (no shell, no npx lookup).
 * @param {string} pkg
 * @param {string} name
 * @param {string} [from] folder whose node_modules holds the package
 * @returns {string}
 */
function binOf(pkg, name, from = root) {
  const dir = join(from, "node_modules", pkg);
  /** @type {{ bin?: string | Record<string, string> }} */
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[name];
  if (bin === undefined) throw new Error(`${pkg} has no bin ${name}`);
  return join(dir, bin);
}

/** @param {string} line */
function ok(line) {
  console.log(line);
}

const temp = mkdtempSync(join(tmpdir(), "opcat-npm-check-"));
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (process.env["KEEP_TMP"] === "1") {
    console.log(`kept ${temp}`);
    return;
  }
  rmSync(temp, { recursive: true, force: true });
}
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

try {
  // 0. A build must exist: this script checks dist/, it does not build it.
  for (const file of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli/index.js"]) {
    if (!existsSync(join(root, file))) throw new StepFailure("build", `${file} is missing: run \`npx tsup\` first`);
  }

  // 1. Pack. --ignore-scripts: a prepack script must not rebuild or print into the JSON.
  const packDir = join(temp, "pack");
  mkdirSync(packDir);
  const packJson = run("pack", "npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], { cwd: root });
  /** @type {{ filename: string; size: number; unpackedSize: number; files: { path: string; mode: number }[] }[]} */
  const packed = JSON.parse(packJson);
  const info = packed[0];
  if (info === undefined) throw new StepFailure("pack", packJson);
  const tarball = join(packDir, info.filename);
  const paths = info.files.map((file) => file.path);
  const missing = REQUIRED_FILES.filter((file) => !paths.includes(file));
  const unexpected = paths.filter((file) => !ALLOWED_FILE.test(file));
  const bin = info.files.find((file) => file.path === "dist/cli/index.js");
  const problems = [
    ...missing.map((file) => `missing: ${file}${file === "dataset.schema.json" ? " (run scripts/write-json-schema.mjs after the build)" : ""}`),
    ...unexpected.map((file) => `not meant to be published: ${file}`),
    ...(bin !== undefined && (bin.mode & 0o111) === 0 ? ["dist/cli/index.js is not executable"] : []),
  ];
  if (problems.length > 0) throw new StepFailure("pack", `${problems.join("\n")}\n\npacked files:\n${paths.join("\n")}`);
  const hasSchemaFile = paths.includes("dataset.schema.json");
  // One copy of the core: OpcatError, and the kz profile (its id and the label of its first
  // agency), defined once per module format, in a chunk the entries share.
  /** @type {readonly (readonly [string, RegExp])[]} */
  const once = [
    ["OpcatError", /\bOpcatError = class\b|\bclass OpcatError\b/],
    ["the kz profile", /"Ministry of Internal Affairs"/],
  ];
  for (const format of [".js", ".cjs"]) {
    for (const [what, pattern] of once) {
      const defining = paths.filter((file) => file.startsWith("dist/") && file.endsWith(format) && pattern.test(readFileSync(join(root, file), "utf8")));
      if (defining.length !== 1) throw new StepFailure("pack", `${what} must be defined once in the ${format} files of dist, not in ${String(defining.length)}: ${defining.join(", ")}`);
    }
  }
  ok(`pack ok (${String(paths.length)} files, ${(info.size / 1000).toFixed(1)} kB packed, ${(info.unpackedSize / 1000).toFixed(1)} kB unpacked)`);

  // 2. publint --strict on the tarball, through its API so that suggestions fail too
  //    (the CLI exits 0 when there are only suggestions).
  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
    level: "suggestion",
  });
  if (messages.length > 0) {
    const lines = messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
    throw new StepFailure("publint", lines.join("\n"));
  }
  ok("publint ok");

  // 3. attw on the tarball. The "strict" profile checks every resolution mode: node10,
  //    node16 from CJS, node16 from ESM and bundler. "./dataset.schema.json" is NOT excluded:
  //    attw resolves it as JSON in all four modes (node10 finds it as a plain file at the
  //    package root, the others through "exports"), so a missing or misnamed file fails here.
  //    It has no types of its own, which attw does not count as a problem for a JSON file.
  const attw = binOf("@arethetypeswrong/cli", "attw");
  const attwArgs = [attw, tarball, "--profile", "strict", "--format", "json"];
  const attwRun = spawnSync(process.execPath, attwArgs, { cwd: temp, env: childEnv(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  /** @type {{ analysis?: { entrypoints?: Record<string, { resolutions: Record<string, unknown> }> }; problems?: unknown } | undefined} */
  let attwJson;
  // When attw fails it exits before a long JSON on a pipe is flushed (cut at 64 KiB); JSON
  // that does not parse therefore counts as a failure, and the table below shows why.
  try {
    attwJson = JSON.parse(attwRun.stdout);
  } catch {
    attwJson = undefined;
  }
  const entrypoints = attwJson?.analysis?.entrypoints ?? {};
  const modes = ["node10", "node16-cjs", "node16-esm", "bundler"];
  const unchecked = Object.entries(entrypoints).flatMap(([name, entry]) =>
    modes.filter((mode) => !(mode in entry.resolutions)).map((mode) => `${name}: ${mode} not analysed`),
  );
  const attwProblems = attwJson?.problems;
  // attw lists problems as an array or an object keyed by entry point, depending on version.
  const hasProblems =
    typeof attwProblems !== "object" || attwProblems === null || (Array.isArray(attwProblems) ? attwProblems.length > 0 : Object.keys(attwProblems).length > 0);
  if (attwRun.status !== 0 || hasProblems || unchecked.length > 0 || !("." in entrypoints)) {
    // Run again for a readable table.
    const table = spawnSync(process.execPath, [attw, tarball, "--profile", "strict", "--format", "table", "--no-color"], {
      cwd: temp,
      env: childEnv(),
      encoding: "utf8",
    });
    throw new StepFailure("attw", `${unchecked.join("\n")}\n${table.stdout}${table.stderr}${attwRun.stderr}`);
  }
  ok(`attw ok (${Object.keys(entrypoints).join(", ")} × ${modes.join(", ")})`);

  // 4. A consumer project. No "type" field: .js/.ts files are CommonJS, .mjs/.mts are ESM.
  const consumer = join(temp, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "opcat-npm-consumer", version: "0.0.0", private: true }, null, 2)}\n`);
  run(
    "consumer install",
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", "--loglevel=error", tarball, "zod@^4.6", "typescript@~6.0.3"],
    { cwd: consumer, timeout: 180_000 },
  );
  ok("consumer install ok");

  const KZ_INTERIOR_RU = "Министерство внутренних дел";
  const VISIT = { id: "V-0001", type: "periodic", startedOn: "2023-02-14", facilityIds: ["F-0001"], teamSize: 3 };

  writeFileSync(
    join(consumer, "esm.mjs"),
    `import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as z from "zod";
import { kz, label, statusAsOf, civilDate, isCivilDate, Visit, datasetJsonSchema, OpcatError, formatCivilDate } from "opcat-npm";

assert.equal(label(kz, "agencies", "interior", "ru"), ${JSON.stringify(KZ_INTERIOR_RU)});
assert.equal(statusAsOf({ history: [{ status: "implemented", on: civilDate("2023-04-11") }] }, civilDate("2024-11-08")), "implemented");
assert.equal(statusAsOf({ history: [{ status: "implemented", on: civilDate("2023-04-11") }] }, civilDate("2023-04-10")), "issued");
assert.throws(() => civilDate("2023-02-29"), OpcatError);
assert.equal(isCivilDate("2024-02-29"), true);
assert.equal(typeof formatCivilDate(civilDate("2024-11-08"), "kk"), "string");

const visit = ${JSON.stringify(VISIT)};
assert.equal(Visit.safeParse(visit).success, true);
assert.equal(Visit.safeParse({ ...visit, facilityIds: [] }).success, false);
// One zod instance: the library's schemas are built with the app's zod (a peer dependency,
// not bundled), so they compose with the app's own schemas.
assert.ok(Visit instanceof z.ZodObject);
assert.equal(z.array(Visit).safeParse([visit]).success, true);

const schema = datasetJsonSchema();
assert.equal(schema.$id, "urn:opcat-npm:dataset@1");
if (${JSON.stringify(hasSchemaFile)}) {
  const url = import.meta.resolve("opcat-npm/dataset.schema.json");
  assert.match(url, /\\/node_modules\\/opcat-npm\\/dataset\\.schema\\.json$/);
  // The shipped file is what the shipped code generates (not stale).
  assert.deepEqual(JSON.parse(readFileSync(new URL(url), "utf8")), JSON.parse(JSON.stringify(schema)));
}
// opcat-npm/io (Node): a dataset written as a CSV folder and read back, with its dependency csv-parse installed.
const { mkdtempSync } = await import("node:fs");
const { tmpdir } = await import("node:os");
const { join } = await import("node:path");
const { openDataset, writeDataset, ReadError } = await import("opcat-npm/io");
const folder = join(mkdtempSync(join(tmpdir(), "opcat-consumer-")), "csv");
await writeDataset({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" }, facilities: [], visits: [visit], recommendations: [], accountability: [] }, folder, { form: "csv" });
const read = [];
for await (const record of (await openDataset(folder)).records("visits")) read.push(record);
assert.deepEqual(read, [visit]);
await assert.rejects(openDataset(join(folder, "missing")), (error) => error instanceof ReadError && error instanceof OpcatError && error.code === "io.not_found");
// One copy of the core: what opcat-npm/io throws is the root's OpcatError.
await assert.rejects(writeDataset(null, join(folder, "null"), {}), (error) => error instanceof OpcatError && typeof error.code === "string");
console.log("esm ok");
`,
  );
  writeFileSync(
    join(consumer, "cjs.cjs"),
    `"use strict";
const assert = require("node:assert/strict");
const z = require("zod");
const { kz, label, statusAsOf, civilDate, Visit, datasetJsonSchema, OpcatError } = require("opcat-npm");

assert.equal(label(kz, "agencies", "interior", "ru"), ${JSON.stringify(KZ_INTERIOR_RU)});
assert.equal(statusAsOf({ history: [{ status: "implemented", on: civilDate("2023-04-11") }] }, civilDate("2024-11-08")), "implemented");
assert.throws(() => civilDate("2024-02-30"), OpcatError);

const visit = ${JSON.stringify(VISIT)};
assert.equal(Visit.safeParse(visit).success, true);
assert.equal(Visit.safeParse({ ...visit, startedOn: "14.02.2023" }).success, false);
assert.ok(Visit instanceof z.ZodObject);

assert.equal(datasetJsonSchema().$id, "urn:opcat-npm:dataset@1");
assert.equal(require("opcat-npm/package.json").name, "opcat-npm");
if (${JSON.stringify(hasSchemaFile)}) {
  assert.match(require.resolve("opcat-npm/dataset.schema.json"), /[\\\\/]node_modules[\\\\/]opcat-npm[\\\\/]dataset\\.schema\\.json$/);
  assert.equal(require("opcat-npm/dataset.schema.json").$id, "urn:opcat-npm:dataset@1");
}
const io = require("opcat-npm/io");
assert.equal(typeof io.openDataset, "function");
assert.equal(new io.ReadError("io.empty", "x is empty").code, "io.empty");
assert.ok(new io.ReadError("io.empty", "x is empty") instanceof OpcatError);
// One copy of the core: what opcat-npm/io throws is the root's OpcatError.
io.writeDataset(null, require("node:path").join(require("node:os").tmpdir(), "opcat-null"), {}).then(
  () => assert.fail("writeDataset(null) wrote"),
  (error) => {
    assert.ok(error instanceof OpcatError, String(error));
    console.log("cjs ok");
  },
);
`,
  );

  const esmOut = run("consumer esm", process.execPath, ["esm.mjs"], { cwd: consumer });
  if (!esmOut.includes("esm ok")) throw new StepFailure("consumer esm", esmOut);
  ok("consumer esm ok");
  const cjsOut = run("consumer cjs", process.execPath, ["cjs.cjs"], { cwd: consumer });
  if (!cjsOut.includes("cjs ok")) throw new StepFailure("consumer cjs", cjsOut);
  ok("consumer cjs ok");

  // Types, strictest settings, with skipLibCheck off so our .d.ts/.d.cts are checked too.
  // typed.ts is CommonJS here (no "type" field), so it resolves "require" -> index.d.cts;
  // typed.mts is ESM and resolves "import" -> index.d.ts.
  const typed = `import {
  civilDate,
  kz,
  label,
  statusAsOf,
  Visit,
  Recommendation,
  RecommendationStatus,
  type CivilDate,
  type Profile,
  type RecommendationHistory,
} from "opcat-npm";

const day: CivilDate = civilDate("2024-11-08");
const profile: Profile = kz;
const name: string = label(profile, "agencies", "interior", "ru");

const visit: Visit = { id: "V-0001", type: "periodic", startedOn: civilDate("2023-02-14"), facilityIds: ["F-0001"] };
const parsed = Visit.safeParse(visit);
const started: CivilDate | undefined = parsed.success ? parsed.data.startedOn : undefined;

const recommendation: Recommendation = {
  id: "R-00001",
  addressee: "interior",
  level: "facility",
  themes: ["detention_conditions"],
  issuedOn: civilDate("2023-02-20"),
  history: [{ status: "accepted", on: civilDate("2023-03-01") }],
};
const history: RecommendationHistory = recommendation;
const status: RecommendationStatus = statusAsOf(history, day);
const allowed: readonly RecommendationStatus[] = RecommendationStatus.options;

// @ts-expect-error a plain string is not a CivilDate: it must go through civilDate()
statusAsOf(recommendation, "2024-11-08");

// @ts-expect-error "weekly" is not a visit type
const wrongType: Visit = { ...visit, type: "weekly" };

// @ts-expect-error a number is not a language (a tag or a language pack)
label(profile, "agencies", "interior", 7);

export { name, started, status, allowed, wrongType };
`;
  writeFileSync(join(consumer, "typed.ts"), typed);
  writeFileSync(join(consumer, "typed-esm.mts"), typed);
  writeFileSync(
    join(consumer, "tsconfig.json"),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: "es2022",
          // A browser app: no @types/node (the library must not need them); "dom" because
          // zod's own declarations use URL.
          lib: ["es2022", "dom"],
          types: [],
          module: "nodenext",
          moduleResolution: "nodenext",
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ["typed.ts", "typed-esm.mts"],
      },
      null,
      2,
    )}\n`,
  );
  run("consumer types", process.execPath, [binOf("typescript", "tsc", consumer), "-p", "."], { cwd: consumer });
  ok("consumer types ok");

  // The bin, through the link npm made. --no: never fetch a package of that name instead.
  if (!existsSync(join(consumer, "node_modules", ".bin", "opcat-npm"))) {
    throw new StepFailure("consumer bin", "node_modules/.bin/opcat-npm was not linked by npm install");
  }
  const help = run("consumer bin", "npx", ["--no", "--", "opcat-npm", "--help"], { cwd: consumer });
  if (!help.includes("Usage: opcat-npm")) throw new StepFailure("consumer bin", help);
  // A real command: the bin loads zod and date-fns from the consumer's node_modules.
  writeFileSync(
    join(consumer, "dataset.json"),
    JSON.stringify({
      format: "opcat-npm/dataset@1",
      profile: "kz",
      period: { from: "2023-01-01", to: "2023-12-31" },
      facilities: [],
      visits: [],
      recommendations: [],
      accountability: [],
    }),
  );
  const summary = run("consumer bin", "npx", ["--no", "--", "opcat-npm", "summary", "dataset.json", "--lang", "ru"], { cwd: consumer });
  if (!summary.includes("Казахстан")) throw new StepFailure("consumer bin", summary);
  ok("consumer bin ok");

  ok(`package ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  if (error instanceof StepFailure) {
    console.error(`${error.step} FAILED\n${error.details.trim()}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
} finally {
  cleanUp();
}
