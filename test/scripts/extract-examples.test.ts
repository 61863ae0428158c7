import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  extractExamples,
  formatProblem,
  generatedFileName,
  generateExamples,
  indent,
  isTypeOnly,
  listSourceFiles,
  mergeImports,
  renderImports,
  renderTestFile,
  rewriteExample,
  TIME_ZONE_MARKER,
  typeOnlyValueProblems,
  type Example,
  type ImportBinding,
} from "../../scripts/extract-examples.mjs";

const FENCE = "```";

/** A `/** ... *\/` comment from its lines, as it appears in source. */
function doc(...lines: string[]): string {
  return ["/**", ...lines.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"].join("\n");
}

/** The lines of an `@example` tag holding one ```ts block. */
function example(...code: string[]): string[] {
  return ["@example", `${FENCE}ts`, ...code, FENCE];
}

/** A binding imported from "opcat-npm". */
function named(name: string, typeOnly = false): ImportBinding {
  return { module: "opcat-npm", kind: "named", imported: name, local: name, typeOnly };
}

describe("extractExamples", () => {
  it("extracts an example with its imports and rewritten assertions", () => {
    const source = [
      doc("Adds two numbers.", "", ...example('import { add } from "opcat-npm";', "", "add(1, 2);", "//=> 3")),
      "export function add(a: number, b: number): number {",
      "  return a + b;",
      "}",
    ].join("\n");

    expect(extractExamples(source, "src/add.ts")).toStrictEqual({
      examples: [
        {
          symbol: "add",
          index: 1,
          file: "src/add.ts",
          line: 4,
          imports: [named("add")],
          body: "expect(add(1, 2)).toStrictEqual(3);",
          isAsync: false,
          assertions: 1,
        },
      ],
      problems: [],
      symbols: ["add"],
    });
  });

  it("checks every kind of exported declaration, but not re-exports or unexported ones", () => {
    const source = [
      'export { a } from "./a";',
      'export * from "./b";',
      "export const constant = 1;",
      "export let variable = 1;",
      "export class Klass {}",
      "export interface Shape {}",
      "export type Alias = string;",
      "export enum Direction { Up }",
      "export namespace Space {}",
      "function listed(): void {}",
      "export { listed };",
      "const hidden = 1;",
    ].join("\n");

    const result = extractExamples(source, "src/kinds.ts");

    expect(result.symbols).toStrictEqual(["constant", "variable", "Klass", "Shape", "Alias", "Direction", "Space", "listed"]);
    expect(result.problems.map(formatProblem)).toStrictEqual([
      "src/kinds.ts:3 constant — no doc comment (/** ... */)",
      "src/kinds.ts:4 variable — no doc comment (/** ... */)",
      "src/kinds.ts:5 Klass — no doc comment (/** ... */)",
      "src/kinds.ts:6 Shape — no doc comment (/** ... */)",
      "src/kinds.ts:7 Alias — no doc comment (/** ... */)",
      "src/kinds.ts:8 Direction — no doc comment (/** ... */)",
      "src/kinds.ts:9 Space — no doc comment (/** ... */)",
      "src/kinds.ts:10 listed — no doc comment (/** ... */)",
    ]);
  });

  it("does not take a plain comment for a doc comment", () => {
    const source = ["/* Not a doc comment. */", "// Nor this.", "export const a = 1;"].join("\n");

    expect(extractExamples(source, "src/a.ts").problems).toStrictEqual([
      { file: "src/a.ts", line: 3, symbol: "a", message: "no doc comment (/** ... */)" },
    ]);
  });

  it("requires an @example unless the comment is @internal", () => {
    const source = [
      "/** Documented, no example. */",
      "export const a = 1;",
      doc("A helper.", "", "@internal"),
      "export const b = 2;",
    ].join("\n");

    expect(extractExamples(source, "src/a.ts").problems.map(formatProblem)).toStrictEqual([
      "src/a.ts:2 a — doc comment has no @example (add one, or tag the comment @internal)",
    ]);
  });

  it("treats overloads as one symbol, documented by any one signature", () => {
    const source = [
      "export function double(value: number): number;",
      doc("Doubles.", ...example('import { double } from "opcat-npm";', 'double("a"); //=> "aa"')),
      "export function double(value: string): string;",
      "export function double(value: number | string): number | string {",
      '  return typeof value === "number" ? value * 2 : value.repeat(2);',
      "}",
    ].join("\n");

    const result = extractExamples(source, "src/double.ts");

    expect(result.symbols).toStrictEqual(["double"]);
    expect(result.problems).toStrictEqual([]);
    expect(result.examples.map((e) => [e.symbol, e.line, e.body])).toStrictEqual([
      ["double", 4, 'expect(double("a")).toStrictEqual("aa");'],
    ]);
  });

  it("names a multi-declarator const after its first declarator", () => {
    const source = [doc("Two.", ...example("first + second; //=> 3")), "export const first = 1, second = 2;"].join("\n");

    const result = extractExamples(source, "src/two.ts");

    expect(result.symbols).toStrictEqual(["first"]);
    expect(result.examples.map((e) => e.symbol)).toStrictEqual(["first"]);
  });

  it("numbers several examples of one symbol and keeps indentation inside the block", () => {
    const source = [
      doc(
        "Two examples.",
        "",
        ...example("if (true) {", "  void 0;", "}"),
        "",
        ...example("1 + 1;", "//=> 2"),
      ),
      "export const a = 1;",
    ].join("\n");

    const result = extractExamples(source, "src/a.ts");

    expect(result.examples.map((e) => [e.index, e.line, e.body, e.assertions])).toStrictEqual([
      [1, 4, "if (true) {\n  void 0;\n}", 0],
      [2, 11, "expect(1 + 1).toStrictEqual(2);", 1],
    ]);
  });

  it("reads lines starting with @ inside a code block as code, not as tags", () => {
    const source = [doc(...example("@sealed", "class Sealed {}")), "export const a = 1;"].join("\n");

    const result = extractExamples(source, "src/a.ts");

    expect(result.problems).toStrictEqual([]);
    expect(result.examples.map((e) => e.body)).toStrictEqual(["@sealed\nclass Sealed {}"]);
  });

  it("reports malformed @example blocks at the line of the tag", () => {
    const source = [
      doc("No block.", "@example", "1 + 1;"),
      "export const none = 1;",
      doc("Wrong language.", "@example", `${FENCE}js`, "1;", FENCE),
      "export const js = 1;",
      doc("Two blocks.", "@example", `${FENCE}ts`, "1;", FENCE, `${FENCE}ts`, "2;", FENCE),
      "export const two = 1;",
      doc("Empty.", "@example", `${FENCE}ts`, "", FENCE),
      "export const empty = 1;",
      doc("Not closed.", "@example", `${FENCE}ts`, "1;"),
      "export const open = 1;",
    ].join("\n");

    expect(extractExamples(source, "src/bad.ts").problems.map(formatProblem)).toStrictEqual([
      "src/bad.ts:3 none — @example has no ```ts code block",
      "src/bad.ts:9 js — @example code block is ```js, expected ```ts",
      "src/bad.ts:17 two — @example has 2 code blocks; use one @example per block",
      "src/bad.ts:28 empty — @example code block is empty",
      "src/bad.ts:36 open — @example code block is not closed with ```",
    ]);
  });

  it("reports problems inside example code at their source line and drops that example", () => {
    const source = [doc("Stray.", "", ...example("const one = 1;", "one; //=> 1", "const two = 2; //=> 2")), "export const a = 1;"].join(
      "\n",
    );

    const result = extractExamples(source, "src/a.ts");

    expect(result.examples).toStrictEqual([]);
    expect(result.problems.map(formatProblem)).toStrictEqual([
      "src/a.ts:8 a — `//=>` must follow a top-level expression statement, on the same or the next line",
    ]);
  });
});

describe("rewriteExample", () => {
  it("rewrites an expression followed by //=> on the same or the next line", () => {
    const code = ["const a = 2;", "a * 2; //=> 4", "a + 1;", "//=> 3"].join("\n");

    expect(rewriteExample(code)).toStrictEqual({
      imports: [],
      body: ["const a = 2;", "expect(a * 2).toStrictEqual(4);", "expect(a + 1).toStrictEqual(3);"].join("\n"),
      isAsync: false,
      assertions: 2,
      problems: [],
    });
  });

  it("handles multi-line expressions and expected values continued on // lines", () => {
    const code = ["Object.fromEntries([", '  ["a", 1],', "]);", "//=> {", "//   a: 1,", "// }"].join("\n");

    expect(rewriteExample(code).body).toBe(
      ["expect(Object.fromEntries([", '  ["a", 1],', "])).toStrictEqual({", "  a: 1,", "});"].join("\n"),
    );
  });

  it("rewrites //=> throws, with an async wrapper when the expression awaits", () => {
    const code = ['JSON.parse("{");', "//=> throws", 'await Promise.reject(new Error("no"));', "//=> throws"].join("\n");

    const result = rewriteExample(code);

    expect(result.body).toBe(
      [
        'expect(() => JSON.parse("{")).toThrow();',
        'await expect((async () => await Promise.reject(new Error("no")))()).rejects.toThrow();',
      ].join("\n"),
    );
    expect(result.isAsync).toBe(true);
  });

  it("is async only when awaiting at top level", () => {
    expect(rewriteExample("const f = async () => await 1;").isAsync).toBe(false);
    expect(rewriteExample("for await (const x of []) void x;").isAsync).toBe(true);
    expect(rewriteExample("await using resource = { async [Symbol.asyncDispose]() {} };").isAsync).toBe(true);
  });

  it("keeps other comments and parenthesizes a comma expression", () => {
    const code = ["// Setup.", "let n = 0; // a counter", "", "(n++, n); /* not an assertion */", "(n++, n);", "//=> 2"].join("\n");

    expect(rewriteExample(code).body).toBe(
      [
        "// Setup.",
        "let n = 0; // a counter",
        "",
        "(n++, n); /* not an assertion */",
        "expect((n++, n)).toStrictEqual(2);",
      ].join("\n"),
    );
  });

  it("removes and collects the imports of every form", () => {
    const code = [
      'import { a, b as c, type D } from "opcat-npm";',
      'import type { E } from "opcat-npm";',
      'import * as z from "zod";',
      'import def from "some-module";',
      'import "side-effect";',
      "",
      "a;",
    ].join("\n");

    const result = rewriteExample(code);

    expect(result.imports).toStrictEqual([
      named("a"),
      { module: "opcat-npm", kind: "named", imported: "b", local: "c", typeOnly: false },
      named("D", true),
      named("E", true),
      { module: "zod", kind: "namespace", imported: "*", local: "z", typeOnly: false },
      { module: "some-module", kind: "default", imported: "default", local: "def", typeOnly: false },
      { module: "side-effect", kind: "sideEffect", imported: "", local: "", typeOnly: false },
    ]);
    expect(result.body).toBe("a;");
  });

  it.each([
    ["a blank line between statement and //=>", "1 + 1;\n\n//=> 2", 3, "`//=>` must follow a top-level expression statement, on the same or the next line"],
    ["//=> after a declaration", "const a = 1; //=> 1", 1, "`//=>` must follow a top-level expression statement, on the same or the next line"],
    ["//=> inside a block", "{\n  1 + 1; //=> 2\n}", 2, "`//=>` must follow a top-level expression statement, on the same or the next line"],
    ["a second //=> line", "1 + 1;\n//=> 2\n//=> 2", 3, "`//=>` must follow a top-level expression statement, on the same or the next line"],
    ["an empty //=>", "1 + 1; //=>", 1, "`//=>` has no expected value"],
    ["prose joined to the value", "1 + 1;\n//=> 2\n// which is even", 2, "the value after `//=>` is not an expression (syntax error: ')' expected.): \"2\\nwhich is even\""],
    ["an export", "export const a = 1;", 1, "examples cannot export (they become test bodies)"],
    ["import =", 'import fs = require("node:fs");', 1, "`import ... =` is not supported in examples; use an import declaration"],
    ["a syntax error", "const a = ;", 1, "syntax error: Expression expected."],
  ])("reports %s", (_, code, line, message) => {
    expect(rewriteExample(code).problems).toStrictEqual([{ line, message }]);
  });
});

describe("mergeImports and renderImports", () => {
  it("dedupes bindings; a binding stays type-only only if every import of it is", () => {
    const { bindings, conflicts } = mergeImports([named("a"), named("T", true), named("a"), named("U", true), named("U")]);

    expect(conflicts).toStrictEqual([]);
    expect(bindings).toStrictEqual([named("a"), named("T", true), named("U")]);
    expect(renderImports(bindings)).toStrictEqual(['import { a, type T, U } from "opcat-npm";']);
  });

  it("renders import type when every named binding is a type, and the other forms", () => {
    const bindings: ImportBinding[] = [
      named("T", true),
      { module: "opcat-npm", kind: "named", imported: "a-b", local: "ab", typeOnly: true },
      { module: "zod", kind: "namespace", imported: "*", local: "z", typeOnly: false },
      { module: "lib", kind: "default", imported: "default", local: "lib", typeOnly: true },
      { module: "polyfill", kind: "sideEffect", imported: "", local: "", typeOnly: false },
    ];

    expect(renderImports(mergeImports(bindings).bindings)).toStrictEqual([
      'import type { T, "a-b" as ab } from "opcat-npm";',
      'import * as z from "zod";',
      'import type lib from "lib";',
      'import "polyfill";',
    ]);
  });

  it("reports a local name bound to two different things", () => {
    const other = { module: "zod", kind: "namespace", imported: "*", local: "a", typeOnly: false } as const;

    expect(mergeImports([named("a"), other, { ...named("b"), local: "a" }]).conflicts).toStrictEqual([1, 2]);
  });
});

describe("renderTestFile", () => {
  const base: Example = {
    symbol: "add",
    index: 1,
    file: "src/math/add.ts",
    line: 4,
    imports: [named("add")],
    body: "expect(add(1, 2)).toStrictEqual(3);",
    isAsync: false,
    assertions: 1,
  };

  it("renders one test per example under the merged imports, rewriting the package name", () => {
    const second: Example = {
      ...base,
      index: 2,
      line: 12,
      imports: [named("add"), { module: "zod", kind: "namespace", imported: "*", local: "z", typeOnly: false }],
      body: "const sum = await Promise.resolve(add(1, 1));\nexpect(z.number().parse(sum)).toStrictEqual(2);",
      isAsync: true,
    };

    const rendered = renderTestFile([base, second], { sourcePath: "src/math/add.ts", libraryModule: "../../src/index" });

    expect(rendered.text).toBe(
      [
        "// Generated by scripts/extract-examples.mjs from the @example blocks of src/math/add.ts. Do not edit:",
        "// edit the TSDoc there and run `node scripts/extract-examples.mjs` again.",
        'import { expect, test } from "vitest";',
        'import { add } from "../../src/index";',
        'import * as z from "zod";',
        "",
        'test("add example 1 (src/math/add.ts:4)", () => {',
        "  expect(add(1, 2)).toStrictEqual(3);",
        "});",
        "",
        'test("add example 2 (src/math/add.ts:12)", async () => {',
        "  const sum = await Promise.resolve(add(1, 1));",
        "  expect(z.number().parse(sum)).toStrictEqual(2);",
        "});",
        "",
      ].join("\n"),
    );
    expect(rendered.problems).toStrictEqual([]);
    expect(rendered.ranges.map((r) => [r.example.index, r.startLine, r.endLine])).toStrictEqual([
      [1, 7, 9],
      [2, 11, 14],
    ]);
  });

  it("reports an import that clashes with another example's or with vitest's", () => {
    const clash: Example = { ...base, index: 2, imports: [{ ...named("sum"), local: "add" }, { ...named("x"), local: "test" }] };

    const rendered = renderTestFile([base, clash], { sourcePath: "src/math/add.ts", libraryModule: "../../src/index" });

    expect(rendered.problems.map(formatProblem)).toStrictEqual([
      "src/math/add.ts:4 add — example 2 imports `add`, which another example of this file (or vitest) binds differently",
      "src/math/add.ts:4 add — example 2 imports `test`, which another example of this file (or vitest) binds differently",
    ]);
  });
});

describe("indent", () => {
  it("indents every non-blank line except those that start inside a string", () => {
    const code = ["const s = `a", "b`;", "", "if (s) {", "  s;", "}"].join("\n");

    expect(indent(code, "  ")).toBe(["  const s = `a", "b`;", "", "  if (s) {", "    s;", "  }"].join("\n"));
  });
});

describe("generatedFileName", () => {
  it("flattens the path under src/", () => {
    expect(generatedFileName("dates/daysBetween.ts")).toBe("dates__daysBetween.test.ts");
    expect(generatedFileName("index.ts")).toBe("index.test.ts");
    expect(generatedFileName("model/language.ts", true)).toBe("model__language.test-d.ts");
  });
});

describe("type-only examples", () => {
  const example = (imports: ImportBinding[], body: string, isAsync = false): Example => ({
    symbol: "Pair",
    index: 1,
    file: "src/math.ts",
    line: 3,
    imports,
    body,
    isAsync,
    assertions: 1,
  });

  it("are those that import only types, and do not await", () => {
    expect(isTypeOnly(example([named("Pair", true)], ""))).toBe(true);
    expect(isTypeOnly(example([named("Pair", true), named("add")], ""))).toBe(false);
    expect(isTypeOnly(example([{ module: "polyfill", kind: "sideEffect", imported: "", local: "", typeOnly: false }], ""))).toBe(false);
    expect(isTypeOnly(example([named("Pair", true)], "", true))).toBe(false);
  });

  it("have their //=> values checked on the code with the types erased", () => {
    const body = (value: string) => `const pair: Pair = [1, 2];\nexpect(pair.map((n): number => n * 2)).toStrictEqual(${value});`;
    expect(typeOnlyValueProblems(example([named("Pair", true)], body("[2, 4]")))).toStrictEqual([]);
    expect(typeOnlyValueProblems(example([named("Pair", true)], body("[2, 5]")))).toStrictEqual(["`//=>` expects [ 2, 5 ], the code gives [ 2, 4 ]"]);
    expect(typeOnlyValueProblems(example([], "expect(() => JSON.parse(\"{\")).toThrow();"))).toStrictEqual([]);
    expect(typeOnlyValueProblems(example([], "expect(() => 1).toThrow();"))).toStrictEqual(["`//=> throws`, but the code does not throw"]);
    expect(typeOnlyValueProblems(example([], "const p: Pair = null as unknown as Pair;\np.length;"))).toStrictEqual([
      "the code throws Cannot read properties of null (reading 'length')",
    ]);
  });

  it("go into a .test-d.ts file that says vitest does not run it, without the time-zone marker", () => {
    const rendered = renderTestFile([example([named("Pair", true)], 'const on: Pair = [2023, 1];\nexpect("2023-01-15").toStrictEqual("2023-01-15");')], {
      sourcePath: "src/math.ts",
      libraryModule: "../../src/index",
      types: true,
    });
    expect(rendered.text.split("\n").slice(0, 6)).toStrictEqual([
      "// Generated by scripts/extract-examples.mjs from the @example blocks of src/math.ts. Do not edit:",
      "// edit the TSDoc there and run `node scripts/extract-examples.mjs` again.",
      "// These examples import only types: tsc checks that they compile, vitest does not run them,",
      "// and scripts/extract-examples.mjs checks their `//=>` values on the code with the types erased.",
      'import { expect, test } from "vitest";',
      'import type { Pair } from "../../src/index";',
    ]);
  });
});

describe("the time-zone marker", () => {
  const example = (body: string): Example => ({ symbol: "f", index: 1, file: "src/f.ts", line: 3, imports: [named("f")], body, isAsync: false, assertions: 1 });
  const render = (body: string) => renderTestFile([example(body)], { sourcePath: "src/f.ts", libraryModule: "../../src/index" }).text.split("\n")[0];

  it("is the first line of a test file whose examples write a date, so vitest runs it in every time zone", () => {
    expect(TIME_ZONE_MARKER).toMatch(/^\/\/ @time-zones: /);
    expect(render('expect(f("2024-02-29")).toStrictEqual(1);')).toBe(TIME_ZONE_MARKER);
    expect(render("expect(f(20240229)).toStrictEqual(1);")).toBe("// Generated by scripts/extract-examples.mjs from the @example blocks of src/f.ts. Do not edit:");
  });
});

describe("on the fixture library", () => {
  const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
  const fixtureRoot = path.join(repoRoot, "test/fixtures/doc-examples");
  mkdirSync(path.join(repoRoot, ".tmp"), { recursive: true });
  const outputDir = mkdtempSync(path.join(repoRoot, ".tmp", "doc-examples-"));
  afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

  it("lists the sources to check, without src/cli and .d.ts files", () => {
    expect(listSourceFiles(path.join(fixtureRoot, "src"))).toStrictEqual([
      "async/later.ts",
      "colour.ts",
      "index.ts",
      "math.ts",
      "problems.ts",
    ]);
  });

  it("writes the tests, type-checks them and reports every problem", { timeout: 60_000 }, () => {
    const result = generateExamples({ rootDir: fixtureRoot, outputDir, tsconfig: path.join(repoRoot, "tsconfig.json") });

    const generated = (name: string) => path.relative(fixtureRoot, path.join(outputDir, name)).split(path.sep).join("/");
    expect(result.problems.map(formatProblem)).toStrictEqual([
      "src/problems.ts:1 undocumented — no doc comment (/** ... */)",
      "src/problems.ts:4 noExample — doc comment has no @example (add one, or tag the comment @internal)",
      "src/problems.ts:11 strayAssertion — `//=>` must follow a top-level expression statement, on the same or the next line",
      `src/problems.ts:19 typeError — example 1 does not type-check (${generated("problems.test.ts")}:7): Argument of type 'string' is not assignable to parameter of type 'number'.`,
      "src/problems.ts:32 wrongLanguage — @example code block is ```js, expected ```ts",
      "src/problems.ts:45 proseAfterAssertion — the value after `//=>` is not an expression (syntax error: ')' expected.): \"2\\nand that is all\"",
      "src/problems.ts:54 wrongTypeOnlyValue — example 1 (type-only): `//=>` expects 4, the code gives 3",
      `src/problems.ts:68 typeOnlyTypeError — example 1 does not type-check (${generated("problems.test-d.ts")}:14): Type 'string' is not assignable to type 'number'.`,
    ]);
    expect([result.exampleCount, result.typeOnlyCount, result.fileCount, result.symbolCount]).toStrictEqual([11, 3, 4, 17]);
    expect(result.written.map((file) => path.basename(file))).toStrictEqual([
      "async__later.test.ts",
      "colour.test.ts",
      "math.test.ts",
      "math.test-d.ts",
      "problems.test.ts",
      "problems.test-d.ts",
    ]);
    const pair = readFileSync(path.join(outputDir, "math.test-d.ts"), "utf8");
    expect(pair).toContain('import type { Pair } from "../../test/fixtures/doc-examples/src/index";');
    expect(pair).toContain("  expect(pair.length).toStrictEqual(2);");
    expect(readFileSync(path.join(outputDir, "math.test.ts"), "utf8")).not.toContain("Pair");
    const later = readFileSync(path.join(outputDir, "async__later.test.ts"), "utf8");
    expect(later).toContain('import { later } from "../../test/fixtures/doc-examples/src/index";');
    expect(later).toContain('test("later example 1 (src/async/later.ts:4)", async () => {');
    expect(later).toContain("  await expect((async () => await later(-1))()).rejects.toThrow();");
  });
});
