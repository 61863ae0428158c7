// @ts-check
import js from "@eslint/js";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

// The core must be pure: no clock, no randomness, no process, no console (DESIGN §6).
const purity = {
  "no-restricted-globals": [
    "error",
    { name: "process", message: "The core is browser-safe: take values as arguments." },
    { name: "console", message: "A library does not print: return data instead." },
    { name: "window", message: "The core runs in Node and browsers alike." },
    { name: "document", message: "The core runs in Node and browsers alike." },
  ],
  "no-restricted-syntax": [
    "error",
    { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "Never read the clock: take `asOf` as an argument." },
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Never read the clock: take `asOf` as an argument." },
    { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "Results must be reproducible." },
    { selector: "CallExpression[callee.property.name='toISOString']", message: "Civil dates are strings: never go through an instant." },
  ],
};

const CORE_IS_BROWSER_SAFE = { group: ["**/io/*", "**/io", "**/cli/*", "**/cli", "node:*"], message: "The core is browser-safe: io and cli import it, never the reverse." };
const REPORT_INTERNALS = { group: ["**/report/render/*", "**/report/tables/*"], message: "Report internals are the report's own: import src/report/rendering.ts (or another file at the top of src/report)." };
const ONLY_THE_MODEL = { group: ["../*", "!../model", "!../model/*"], message: "text/ is the one voice and knows no feature: it imports only the model." };
const NO_VALIDATION = { group: ["**/validate/*", "**/validate"], message: "Metrics count; they never import the validator." };

/** The import limits of each layer (see docs/architecture.md). */
function layerRules() {
  const limit = (files, patterns, ignores = []) => ({ files, ignores, rules: { "no-restricted-imports": ["error", { patterns }] } });
  return [
    // The core: browser-safe, and report internals stay inside report/.
    limit(["src/**/*.ts"], [CORE_IS_BROWSER_SAFE, REPORT_INTERNALS], ["src/cli/**", "src/io/**", "src/report/**", "src/index.ts"]),
    limit(["src/report/**/*.ts"], [CORE_IS_BROWSER_SAFE]),
    limit(["src/text/**/*.ts"], [CORE_IS_BROWSER_SAFE, ONLY_THE_MODEL]),
    limit(["src/metrics/**/*.ts"], [CORE_IS_BROWSER_SAFE, REPORT_INTERNALS, NO_VALIDATION]),
    // io and the CLI: Node, but the report's internals are still the report's.
    limit(["src/io/**/*.ts", "src/cli/**/*.ts"], [REPORT_INTERNALS]),
  ];
}

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "docs/api/", "test/.examples/", "node_modules/", ".tmp/"] },
  js.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Our patterns also go into JSON Schema, whose regexes have no flags: keep explicit classes.
      "regexp/use-ignore-case": "off",
      "regexp/prefer-w": "off",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: false }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.ts"], ignores: ["src/cli/**", "src/io/**"], rules: purity },
  // Imports point down only (docs/architecture.md, DESIGN §6). One rule set per layer: ESLint
  // keeps the last no-restricted-imports that matches a file, so each block lists all of its
  // layer's limits.
  ...layerRules(),
  // io reads and writes files; it still never prints.
  { files: ["src/io/**/*.ts"], rules: { "no-restricted-globals": ["error", { name: "console", message: "A library does not print: return data instead." }] } },
  {
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-confusing-void-expression": "off",
      // Tests build broken records by deleting a field at a path.
      "@typescript-eslint/no-dynamic-delete": "off",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    rules: { "regexp/use-ignore-case": "off", "regexp/prefer-w": "off" },
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" } },
  },
);
