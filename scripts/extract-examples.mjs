// @ts-check
/**
 * Doctest for the library's TSDoc. Every exported declaration under `src/` (except `src/cli/`)
 * must have a doc comment with an `@example` (or an `@internal` tag), and every example must be
 * true: each ```ts block becomes a vitest test in `test/.examples/`, in which
 *
 *     daysBetween(a, b);
 *     //=> 50
 *
 * becomes `expect(daysBetween(a, b)).toStrictEqual(50);` and `//=> throws` becomes
 * `expect(() => ...).toThrow();`. The generated files are then type-checked with the repo's
 * tsconfig (TypeScript's `include` skips dot-directories, so `tsc -p` alone would not see them).
 *
 * An example that imports only types (`const lang: Language = "ru"`) runs none of the library:
 * it goes into a `.test-d.ts` file, which tsc checks and vitest does not run, and its `//=>`
 * values are checked here, on its code with the types erased. A test file whose examples write
 * a date (YYYY-MM-DD) starts with the `// @time-zones:` marker, so vitest runs it in every
 * time zone of vitest.config.ts.
 *
 * Usage: node scripts/extract-examples.mjs [--no-typecheck]
 *        npx vitest run test/.examples
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inspect, isDeepStrictEqual } from "node:util";
import vm from "node:vm";
import ts from "typescript";

/**
 * Something missing or wrong in a source file's documentation; `line` is 1-based.
 * @typedef {{ file: string, line: number, symbol: string, message: string }} Problem
 */

/**
 * One binding brought in by an example's import declaration.
 * @typedef {object} ImportBinding
 * @property {string} module the module specifier, as written
 * @property {"named" | "default" | "namespace" | "sideEffect"} kind
 * @property {string} imported the exported name ("default" or "*" for those kinds, "" for side effects)
 * @property {string} local the local name ("" for side-effect imports)
 * @property {boolean} typeOnly
 */

/**
 * An example ready to be rendered as a test.
 * @typedef {object} Example
 * @property {string} symbol the documented symbol
 * @property {number} index 1-based among the examples of that symbol
 * @property {string} file the source file, as given to {@link extractExamples}
 * @property {number} line the line of the `@example` tag
 * @property {ImportBinding[]} imports
 * @property {string} body the code without its imports, with the assertions rewritten
 * @property {boolean} isAsync whether the code awaits at top level
 * @property {number} assertions how many `//=>` assertions it has
 */

/**
 * @typedef {object} Extraction
 * @property {Example[]} examples
 * @property {Problem[]} problems
 * @property {string[]} symbols the exported symbols checked, in source order
 */

/**
 * The result of rewriting one example's code; problem lines are 1-based within the code.
 * @typedef {object} RewrittenExample
 * @property {ImportBinding[]} imports
 * @property {string} body
 * @property {boolean} isAsync
 * @property {number} assertions
 * @property {{ line: number, message: string }[]} problems
 */

/** @typedef {{ text: string, line: number }} NumberedLine */
/** @typedef {{ name: string, line: number, lines: NumberedLine[] }} DocTag */
/** @typedef {{ name: string, declarations: ts.Statement[] }} ExportedSymbol */

export const PACKAGE_NAME = "opcat-npm";
const ASSERTION_MARK = "//=>";
/** The first line that has vitest run a test file in every time zone (vitest.config.ts). */
export const TIME_ZONE_MARKER = "// @time-zones: an example writes a date";
const CIVIL_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const VITEST_IMPORTS = /** @type {const} */ (["expect", "test"]);
// An import name that needs no quotes (`import { "a-b" as c }` is legal too).
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

// ---------------------------------------------------------------------------------------------
// Exported declarations and their doc comments
// ---------------------------------------------------------------------------------------------

/**
 * Checks the exported declarations of one source file and extracts their examples.
 *
 * @param {string} sourceText
 * @param {string} fileName the path shown in problems and test names, e.g. `src/dates/addDays.ts`
 * @returns {Extraction}
 */
export function extractExamples(sourceText, fileName) {
  const sourceFile = parseTs(sourceText, fileName);
  /** @type {Extraction} */
  const result = { examples: [], problems: [], symbols: [] };
  for (const symbol of exportedSymbols(sourceFile)) {
    result.symbols.push(symbol.name);
    checkSymbol(symbol, sourceFile, result);
  }
  return result;
}

/**
 * The exported declarations, in source order. Overloads of a function form one symbol; names
 * exported by a local `export { a, b }` count too, re-exports from other modules do not.
 *
 * @param {ts.SourceFile} sourceFile
 * @returns {ExportedSymbol[]}
 */
function exportedSymbols(sourceFile) {
  const exportedByList = namesInLocalExportLists(sourceFile);
  /** @type {ExportedSymbol[]} */
  const symbols = [];
  /** @type {Map<string, ExportedSymbol>} */
  const functions = new Map();
  for (const statement of sourceFile.statements) {
    const name = declarationName(statement);
    if (name === undefined || !(hasExportModifier(statement) || exportedByList.has(name))) continue;
    const overloaded = ts.isFunctionDeclaration(statement) ? functions.get(name) : undefined;
    if (overloaded) {
      overloaded.declarations.push(statement);
      continue;
    }
    const symbol = { name, declarations: [statement] };
    if (ts.isFunctionDeclaration(statement)) functions.set(name, symbol);
    symbols.push(symbol);
  }
  return symbols;
}

/**
 * The name of a top-level declaration of a kind we document, or undefined.
 *
 * @param {ts.Statement} statement
 * @returns {string | undefined}
 */
function declarationName(statement) {
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
    return statement.name?.text ?? "default";
  }
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) {
    return statement.name.text;
  }
  if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) return statement.name.text;
  // `export const a = 1, b = 2` is unusual: the first declarator stands for the statement.
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations[0]?.name.getText();
  return undefined;
}

/**
 * @param {ts.Node} node
 * @returns {boolean}
 */
function hasExportModifier(node) {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/**
 * Local names exported by `export { a, b as c }` without a `from` clause.
 *
 * @param {ts.SourceFile} sourceFile
 * @returns {Set<string>}
 */
function namesInLocalExportLists(sourceFile) {
  const names = new Set();
  for (const statement of sourceFile.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier) continue;
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) continue;
    for (const element of clause.elements) names.add((element.propertyName ?? element.name).text);
  }
  return names;
}

/**
 * Reports a missing doc comment or `@example`, and extracts the examples of one symbol.
 *
 * @param {ExportedSymbol} symbol
 * @param {ts.SourceFile} sourceFile
 * @param {Extraction} result
 */
function checkSymbol(symbol, sourceFile, result) {
  const file = sourceFile.fileName;
  const firstDeclaration = /** @type {ts.Statement} */ (symbol.declarations[0]);
  const declarationLine = lineOf(sourceFile, firstDeclaration.getStart(sourceFile));
  /** @param {number} line @param {string} message */
  const report = (line, message) => result.problems.push({ file, line, symbol: symbol.name, message });

  // For overloads, one documented signature is enough.
  const tagLists = symbol.declarations.flatMap((declaration) => {
    const comment = docComment(declaration, sourceFile);
    return comment ? [docTags(commentLines(comment.text, comment.line))] : [];
  });
  if (tagLists.length === 0) {
    report(declarationLine, "no doc comment (/** ... */)");
    return;
  }
  const tags = tagLists.flat();
  const exampleTags = tags.filter((tag) => tag.name === "example");
  if (exampleTags.length === 0) {
    if (!tags.some((tag) => tag.name === "internal")) {
      report(declarationLine, "doc comment has no @example (add one, or tag the comment @internal)");
    }
    return;
  }
  exampleTags.forEach((tag, i) => {
    const example = exampleFromTag(tag, report);
    if (example) result.examples.push({ symbol: symbol.name, index: i + 1, file, line: tag.line, ...example });
  });
}

/**
 * The JSDoc comment attached to a declaration (the last one when there are several), as raw text.
 *
 * @param {ts.Node} declaration
 * @param {ts.SourceFile} sourceFile
 * @returns {{ text: string, line: number } | undefined}
 */
function docComment(declaration, sourceFile) {
  const jsDoc = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc).at(-1);
  if (!jsDoc) return undefined;
  return { text: sourceFile.text.slice(jsDoc.pos, jsDoc.end), line: lineOf(sourceFile, jsDoc.pos) };
}

/**
 * The lines of a `/** ... *\/` comment without the delimiters and the leading ` * ` of each line
 * (one space after the star is removed, so indentation inside code blocks is kept).
 *
 * @param {string} commentText
 * @param {number} firstLine the line of `/**`
 * @returns {NumberedLine[]}
 */
export function commentLines(commentText, firstLine) {
  return commentText
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split(/\r?\n/)
    .map((raw, i) => ({ text: raw.replace(/^\s*\* ?/, ""), line: firstLine + i }));
}

/**
 * Splits comment lines into block tags. We parse the tags ourselves rather than using
 * ts.getJSDocTags so that a line starting with `@` inside a code fence is code, not a tag.
 *
 * @param {NumberedLine[]} lines
 * @returns {DocTag[]}
 */
export function docTags(lines) {
  /** @type {DocTag[]} */
  const tags = [];
  let inFence = false;
  for (const line of lines) {
    const trimmed = line.text.trimStart();
    const tag = inFence ? null : /^@(\w+)/.exec(trimmed);
    if (tag) {
      tags.push({ name: tag[1] ?? "", line: line.line, lines: [{ text: trimmed.slice(tag[0].length), line: line.line }] });
      continue;
    }
    if (trimmed.startsWith("```")) inFence = !inFence;
    tags.at(-1)?.lines.push(line);
  }
  return tags;
}

/**
 * The fenced code blocks of a tag's lines; `line` is the line of the first line of code.
 *
 * @param {NumberedLine[]} lines
 * @returns {{ language: string, code: string, line: number, closed: boolean }[]}
 */
export function fencedBlocks(lines) {
  /** @type {{ language: string, code: string[], line: number } | undefined} */
  let open;
  /** @type {{ language: string, code: string, line: number, closed: boolean }[]} */
  const blocks = [];
  for (const line of lines) {
    const fence = /^\s*```\s*([\w-]*)/.exec(line.text);
    if (!open) {
      if (fence) open = { language: fence[1] ?? "", code: [], line: line.line + 1 };
    } else if (fence && line.text.trim() === "```") {
      blocks.push({ ...open, code: open.code.join("\n"), closed: true });
      open = undefined;
    } else {
      open.code.push(line.text);
    }
  }
  if (open) blocks.push({ ...open, code: open.code.join("\n"), closed: false });
  return blocks;
}

/**
 * Checks an `@example` tag's code block and rewrites its code, reporting problems at source lines.
 *
 * @param {DocTag} tag
 * @param {(line: number, message: string) => void} report
 * @returns {Omit<RewrittenExample, "problems"> | undefined}
 */
function exampleFromTag(tag, report) {
  const blocks = fencedBlocks(tag.lines);
  const block = blocks[0];
  if (!block) return void report(tag.line, "@example has no ```ts code block");
  if (blocks.length > 1) return void report(tag.line, `@example has ${blocks.length} code blocks; use one @example per block`);
  if (!["ts", "typescript"].includes(block.language)) {
    return void report(tag.line, `@example code block is \`\`\`${block.language}, expected \`\`\`ts`);
  }
  if (!block.closed) return void report(tag.line, "@example code block is not closed with ```");
  if (block.code.trim() === "") return void report(tag.line, "@example code block is empty");

  const { problems, ...rewritten } = rewriteExample(block.code);
  for (const problem of problems) report(block.line + problem.line - 1, problem.message);
  return problems.length === 0 ? rewritten : undefined;
}

// ---------------------------------------------------------------------------------------------
// Rewriting one example's code
// ---------------------------------------------------------------------------------------------

/**
 * Turns an example's code into a test body: removes and collects its imports, and rewrites each
 * top-level `expression; //=> value` into an `expect(...)` call.
 *
 * @param {string} code
 * @returns {RewrittenExample}
 */
export function rewriteExample(code) {
  const sourceFile = parseTs(code, "example.ts");
  const syntax = syntaxErrors(code);
  if (syntax.length > 0) return { imports: [], body: code, isAsync: false, assertions: 0, problems: syntax };

  /** @type {RewrittenExample["problems"]} */
  const problems = [];
  /** @type {ImportBinding[]} */
  const imports = [];
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const comments = allComments(sourceFile);
  let assertions = 0;
  /** @type {Set<number>} positions of the comments that are part of an assertion */
  const used = new Set();
  /** @param {number} pos @param {string} message */
  const report = (pos, message) => problems.push({ line: lineOf(sourceFile, pos), message });

  sourceFile.statements.forEach((statement, i) => {
    const start = statement.getStart(sourceFile);
    if (ts.isImportDeclaration(statement)) {
      if (statement.attributes) report(start, "import attributes (`with { ... }`) are not supported in examples");
      imports.push(...importBindings(statement));
      edits.push({ start, end: endOfLine(code, statement.end), text: "" });
    } else if (ts.isImportEqualsDeclaration(statement)) {
      report(start, "`import ... =` is not supported in examples; use an import declaration");
    } else if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement) || hasExportModifier(statement)) {
      report(start, "examples cannot export (they become test bodies)");
    } else if (ts.isExpressionStatement(statement)) {
      const nextTokenStart = sourceFile.statements[i + 1]?.getStart(sourceFile) ?? code.length;
      const following = comments.filter((c) => c.pos >= statement.end && c.end <= nextTokenStart);
      const assertion = assertionAfter(statement, following, sourceFile);
      if (!assertion) return;
      for (const comment of assertion.comments) used.add(comment.pos);
      const problem = checkExpected(assertion.expected);
      if (problem) return void report(assertion.comments[0]?.pos ?? start, problem);
      edits.push({ start, end: assertion.end, text: assertionCode(statement.expression, assertion.expected, sourceFile) });
      assertions += 1;
    }
  });

  for (const comment of comments) {
    if (commentText(code, comment).startsWith(ASSERTION_MARK) && !used.has(comment.pos)) {
      report(comment.pos, "`//=>` must follow a top-level expression statement, on the same or the next line");
    }
  }

  return {
    imports,
    body: trimBlankEdges(applyEdits(code, edits)),
    isAsync: containsAwait(sourceFile),
    assertions,
    problems,
  };
}

/**
 * The `//=>` comment right after an expression statement (same or next line), with its
 * continuation lines: the following `//` comments on consecutive lines that are not `//=>`.
 *
 * @param {ts.ExpressionStatement} statement
 * @param {ts.CommentRange[]} following the comments between the statement and the next token
 * @param {ts.SourceFile} sourceFile
 * @returns {{ expected: string, comments: ts.CommentRange[], end: number } | undefined}
 */
function assertionAfter(statement, following, sourceFile) {
  const code = sourceFile.text;
  const [first, ...rest] = following;
  if (!first || !commentText(code, first).startsWith(ASSERTION_MARK)) return undefined;
  if (lineOf(sourceFile, first.pos) - lineOf(sourceFile, statement.end) > 1) return undefined;

  const comments = [first];
  const lines = [commentText(code, first).slice(ASSERTION_MARK.length).trimStart()];
  for (const comment of rest) {
    const text = commentText(code, comment);
    const previous = /** @type {ts.CommentRange} */ (comments.at(-1));
    const isContinuation =
      comment.kind === ts.SyntaxKind.SingleLineCommentTrivia &&
      !text.startsWith(ASSERTION_MARK) &&
      lineOf(sourceFile, comment.pos) === lineOf(sourceFile, previous.pos) + 1;
    if (!isContinuation) break;
    comments.push(comment);
    lines.push(text.slice(2).replace(/^ /, ""));
  }
  const last = /** @type {ts.CommentRange} */ (comments.at(-1));
  return { expected: lines.join("\n").trimEnd(), comments, end: last.end };
}

/**
 * Why the text after `//=>` is not usable as an expected value, or undefined when it is.
 *
 * @param {string} expected
 * @returns {string | undefined}
 */
function checkExpected(expected) {
  if (expected === "") return "`//=>` has no expected value";
  if (expected === "throws") return undefined;
  // The newlines let a trailing `// note` in the value end before the closing parenthesis.
  const wrapped = `(\n${expected}\n);`;
  const errors = syntaxErrors(wrapped);
  const statements = parseTs(wrapped, "expected.ts").statements;
  if (errors.length > 0 || statements.length !== 1) {
    const reason = errors[0]?.message ?? "more than one statement";
    return `the value after \`//=>\` is not an expression (${reason}): ${JSON.stringify(expected)}`;
  }
  return undefined;
}

/**
 * The `expect(...)` statement that replaces an asserted expression statement.
 *
 * @param {ts.Expression} expression
 * @param {string} expected
 * @param {ts.SourceFile} sourceFile
 * @returns {string}
 */
function assertionCode(expression, expected, sourceFile) {
  const isComma = ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.CommaToken;
  const text = isComma ? `(${expression.getText(sourceFile)})` : expression.getText(sourceFile);
  if (expected !== "throws") return `expect(${text}).toStrictEqual(${expected});`;
  // An awaited expression rejects rather than throws; the async wrapper catches both.
  if (containsAwait(expression)) return `await expect((async () => ${text})()).rejects.toThrow();`;
  return `expect(() => ${text}).toThrow();`;
}

/**
 * The bindings of one import declaration.
 *
 * @param {ts.ImportDeclaration} declaration
 * @returns {ImportBinding[]}
 */
function importBindings(declaration) {
  const module = /** @type {ts.StringLiteral} */ (declaration.moduleSpecifier).text;
  const clause = declaration.importClause;
  const typeOnly = clause?.phaseModifier === ts.SyntaxKind.TypeKeyword;
  /** @type {ImportBinding[]} */
  const bindings = [];
  if (clause?.name) bindings.push({ module, kind: "default", imported: "default", local: clause.name.text, typeOnly });
  const named = clause?.namedBindings;
  if (named && ts.isNamespaceImport(named)) {
    bindings.push({ module, kind: "namespace", imported: "*", local: named.name.text, typeOnly });
  } else if (named) {
    for (const element of named.elements) {
      const imported = (element.propertyName ?? element.name).text;
      bindings.push({ module, kind: "named", imported, local: element.name.text, typeOnly: typeOnly || element.isTypeOnly });
    }
  }
  // `import "x"` and `import {} from "x"` only run the module.
  if (bindings.length === 0) bindings.push({ module, kind: "sideEffect", imported: "", local: "", typeOnly: false });
  return bindings;
}

/**
 * Whether code awaits outside any nested function (so its test must be async).
 *
 * @param {ts.Node} node
 * @returns {boolean}
 */
function containsAwait(node) {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isForOfStatement(node) && node.awaitModifier) return true;
  if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.BlockScoped) === ts.NodeFlags.AwaitUsing) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, (child) => containsAwait(child) || undefined) ?? false;
}

/**
 * Every comment in the code, in order. Each comment is trivia before some token, so scanning
 * the trivia before every node and token finds them all.
 *
 * @param {ts.SourceFile} sourceFile
 * @returns {ts.CommentRange[]}
 */
function allComments(sourceFile) {
  const text = sourceFile.text;
  /** @type {Map<number, ts.CommentRange>} */
  const byPos = new Map();
  /** @param {ts.Node} node */
  const visit = (node) => {
    // JSDoc nodes sit inside a comment: scanning from their positions would read comment text as code.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const pos = node.getFullStart();
    // Leading ranges skip the comments before the first line break; trailing ranges are those.
    const ranges = [...(ts.getTrailingCommentRanges(text, pos) ?? []), ...(ts.getLeadingCommentRanges(text, pos) ?? [])];
    for (const range of ranges) byPos.set(range.pos, range);
    for (const child of node.getChildren(sourceFile)) visit(child);
  };
  visit(sourceFile);
  return [...byPos.values()].sort((a, b) => a.pos - b.pos);
}

/**
 * Syntax errors in a piece of TypeScript, with 1-based lines.
 *
 * @param {string} code
 * @returns {{ line: number, message: string }[]}
 */
function syntaxErrors(code) {
  const { diagnostics = [] } = ts.transpileModule(code, {
    fileName: "example.ts",
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return diagnostics.map((diagnostic) => ({
    line: diagnostic.file && diagnostic.start !== undefined ? lineOf(diagnostic.file, diagnostic.start) : 1,
    message: `syntax error: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`,
  }));
}

// ---------------------------------------------------------------------------------------------
// Rendering a test file
// ---------------------------------------------------------------------------------------------

/**
 * Merges import bindings: the same binding imported twice is kept once, and stays type-only
 * only if every import of it is. Returns the indexes of bindings whose local name is already
 * bound to something else.
 *
 * @param {ImportBinding[]} bindings
 * @returns {{ bindings: ImportBinding[], conflicts: number[] }}
 */
export function mergeImports(bindings) {
  /** @type {ImportBinding[]} */
  const merged = [];
  /** @type {number[]} */
  const conflicts = [];
  bindings.forEach((binding, index) => {
    const seen = merged.find((other) =>
      binding.kind === "sideEffect" ? other.kind === "sideEffect" && other.module === binding.module : other.local === binding.local,
    );
    if (!seen) {
      merged.push({ ...binding });
    } else if (seen.module === binding.module && seen.kind === binding.kind && seen.imported === binding.imported) {
      seen.typeOnly = seen.typeOnly && binding.typeOnly;
    } else {
      conflicts.push(index);
    }
  });
  return { bindings: merged, conflicts };
}

/**
 * Import declarations for merged bindings: one per module for named imports (a value import
 * with inline `type` markers, or `import type` when all are types), one per default or
 * namespace import; modules in order of first appearance.
 *
 * @param {ImportBinding[]} bindings
 * @returns {string[]}
 */
export function renderImports(bindings) {
  const modules = [...new Set(bindings.map((binding) => binding.module))];
  return modules.flatMap((module) => {
    const from = JSON.stringify(module);
    const own = bindings.filter((binding) => binding.module === module);
    /** @type {string[]} */
    const lines = [];
    if (own.length > 0 && own.every((binding) => binding.kind === "sideEffect")) lines.push(`import ${from};`);
    for (const binding of own) {
      const type = binding.typeOnly ? "type " : "";
      if (binding.kind === "default") lines.push(`import ${type}${binding.local} from ${from};`);
      if (binding.kind === "namespace") lines.push(`import ${type}* as ${binding.local} from ${from};`);
    }
    const named = own.filter((binding) => binding.kind === "named");
    const allTypes = named.every((binding) => binding.typeOnly);
    const specifiers = named.map((binding) => {
      const imported = IDENTIFIER.test(binding.imported) ? binding.imported : JSON.stringify(binding.imported);
      const alias = imported === binding.local ? imported : `${imported} as ${binding.local}`;
      return binding.typeOnly && !allTypes ? `type ${alias}` : alias;
    });
    if (named.length > 0) lines.push(`import ${allTypes ? "type " : ""}{ ${specifiers.join(", ")} } from ${from};`);
    return lines;
  });
}

/**
 * The generated test file for the examples of one source file.
 *
 * @param {Example[]} examples
 * @param {{ sourcePath: string, libraryModule: string, packageName?: string, generator?: string, types?: boolean }} options
 *   `libraryModule` replaces imports of `packageName` (default "opcat-npm"); `types` renders
 *   the type-only examples' file (see {@link isTypeOnly}), which tsc checks and vitest does not run
 * @returns {{ text: string, problems: Problem[], ranges: { example: Example, startLine: number, endLine: number }[] }}
 */
export function renderTestFile(examples, options) {
  const { sourcePath, libraryModule, packageName = PACKAGE_NAME, generator = "scripts/extract-examples.mjs", types = false } = options;
  /** @type {ImportBinding[]} */
  const vitest = VITEST_IMPORTS.map((name) => ({ module: "vitest", kind: "named", imported: name, local: name, typeOnly: false }));
  const owners = examples.flatMap((example) => example.imports.map(() => example));
  const requested = examples.flatMap((example) =>
    example.imports.map((binding) => {
      if (binding.module === packageName) return { ...binding, module: libraryModule };
      // A subpath export ("opcat-npm/io") is the index of that folder of the source.
      if (binding.module.startsWith(`${packageName}/`)) return { ...binding, module: libraryModule.replace(/index$/, `${binding.module.slice(packageName.length + 1)}/index`) };
      return binding;
    }),
  );
  const { bindings, conflicts } = mergeImports([...vitest, ...requested]);
  const problems = conflicts.map((index) => {
    const example = /** @type {Example} */ (owners[index - vitest.length]);
    const binding = /** @type {ImportBinding} */ (requested[index - vitest.length]);
    return {
      file: example.file,
      line: example.line,
      symbol: example.symbol,
      message: `example ${example.index} imports \`${binding.local}\`, which another example of this file (or vitest) binds differently`,
    };
  });

  const writesDate = !types && examples.some((example) => CIVIL_DATE.test(example.body));
  const lines = [
    ...(writesDate ? [TIME_ZONE_MARKER] : []),
    `// Generated by ${generator} from the @example blocks of ${sourcePath}. Do not edit:`,
    `// edit the TSDoc there and run \`node ${generator}\` again.`,
    ...(types
      ? [
          "// These examples import only types: tsc checks that they compile, vitest does not run them,",
          `// and ${generator} checks their \`//=>\` values on the code with the types erased.`,
        ]
      : []),
    ...renderImports(bindings),
  ];
  /** @type {{ example: Example, startLine: number, endLine: number }[]} */
  const ranges = [];
  for (const example of examples) {
    const title = `${example.symbol} example ${example.index} (${example.file}:${example.line})`;
    lines.push("");
    const startLine = lines.length + 1;
    lines.push(`test(${JSON.stringify(title)}, ${example.isAsync ? "async " : ""}() => {`);
    lines.push(...indent(example.body, "  ").split("\n"), "});");
    ranges.push({ example, startLine, endLine: lines.length });
  }
  return { text: `${lines.join("\n")}\n`, problems, ranges };
}

/**
 * Indents code, except the lines that start inside a string or template literal (indenting
 * those would change the string).
 *
 * @param {string} code
 * @param {string} prefix
 * @returns {string}
 */
export function indent(code, prefix) {
  const literals = literalRanges(parseTs(code, "body.ts"));
  let offset = 0;
  return code
    .split("\n")
    .map((line) => {
      const start = offset;
      offset += line.length + 1;
      const insideLiteral = literals.some((range) => range.start < start && start < range.end);
      return line.trim() === "" || insideLiteral ? line : prefix + line;
    })
    .join("\n");
}

/**
 * @param {ts.SourceFile} sourceFile
 * @returns {{ start: number, end: number }[]}
 */
function literalRanges(sourceFile) {
  /** @type {{ start: number, end: number }[]} */
  const ranges = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      ranges.push({ start: node.getStart(sourceFile), end: node.end });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return ranges;
}

/**
 * The generated file name for a source path relative to `src/`: `dates/addDays.ts` →
 * `dates__addDays.test.ts`, or `dates__addDays.test-d.ts` for its type-only examples.
 *
 * @param {string} relativePath with `/` separators
 * @param {boolean} [types]
 * @returns {string}
 */
export function generatedFileName(relativePath, types = false) {
  return `${relativePath.replace(/\.ts$/, "").split("/").join("__")}${types ? ".test-d.ts" : ".test.ts"}`;
}

// ---------------------------------------------------------------------------------------------
// Type-only examples
// ---------------------------------------------------------------------------------------------

/**
 * Whether an example only shows types: all it imports are types, so once they are erased its
 * code runs nothing of the library, and running it under vitest would test only JavaScript.
 * Such an example is type-checked by tsc, and its `//=>` values by {@link typeOnlyValueProblems}.
 *
 * @param {Example} example
 * @returns {boolean}
 */
export function isTypeOnly(example) {
  return !example.isAsync && example.imports.every((binding) => binding.typeOnly);
}

/**
 * Runs a type-only example's rewritten code with the types erased (it has no imports left)
 * in a fresh context, with an `expect` that records each `//=>` value that does not hold.
 *
 * @param {Example} example
 * @returns {string[]} one message per failed assertion, or for an unexpected throw
 */
export function typeOnlyValueProblems(example) {
  const { outputText } = ts.transpileModule(example.body, {
    fileName: "example.ts",
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  });
  /** @type {string[]} */
  const failures = [];
  /** @param {unknown} actual */
  const expect = (actual) => ({
    /** @param {unknown} expected */
    toStrictEqual(expected) {
      if (!isDeepStrictEqual(actual, expected)) failures.push(`\`//=>\` expects ${inspect(expected)}, the code gives ${inspect(actual)}`);
    },
    toThrow() {
      try {
        /** @type {() => unknown} */ (actual)();
      } catch {
        return;
      }
      failures.push("`//=> throws`, but the code does not throw");
    },
  });
  try {
    vm.runInNewContext(outputText, { expect }, { timeout: 1000, filename: `${example.file}:${String(example.line)}` });
  } catch (error) {
    // The error comes from the other context: not `instanceof Error` here.
    const message = typeof error === "object" && error !== null && "message" in error ? String(error.message) : inspect(error);
    failures.push(`the code throws ${message}`);
  }
  return failures;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/**
 * @param {string} text
 * @param {string} fileName
 * @returns {ts.SourceFile}
 */
function parseTs(text, fileName) {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/**
 * The 1-based line of a position.
 *
 * @param {ts.SourceFile} sourceFile
 * @param {number} pos
 * @returns {number}
 */
function lineOf(sourceFile, pos) {
  return sourceFile.getLineAndCharacterOfPosition(pos).line + 1;
}

/**
 * @param {string} code
 * @param {ts.CommentRange} range
 * @returns {string}
 */
function commentText(code, range) {
  return code.slice(range.pos, range.end);
}

/**
 * The position after the rest of the line (spaces and one line break) from `pos`.
 *
 * @param {string} code
 * @param {number} pos
 * @returns {number}
 */
function endOfLine(code, pos) {
  const match = /^[ \t]*(?:\r?\n)?/.exec(code.slice(pos));
  return pos + (match?.[0].length ?? 0);
}

/**
 * @param {string} code
 * @param {{ start: number, end: number, text: string }[]} edits non-overlapping
 * @returns {string}
 */
function applyEdits(code, edits) {
  let result = "";
  let done = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    result += code.slice(done, edit.start) + edit.text;
    done = edit.end;
  }
  return result + code.slice(done);
}

/**
 * Removes blank lines at the start and whitespace at the end, keeping the first line's indentation.
 *
 * @param {string} code
 * @returns {string}
 */
function trimBlankEdges(code) {
  return code.replace(/^\s*\n/, "").trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Running over the repository
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {object} GenerateOptions
 * @property {string} rootDir the repository root
 * @property {string} [sourceDir] relative to rootDir, default "src"
 * @property {string} [outputDir] relative to rootDir (or absolute), default "test/.examples"
 * @property {string} [tsconfig] relative to rootDir (or absolute), default "tsconfig.json"
 * @property {string} [packageName] default "opcat-npm"
 * @property {boolean} [typecheck] type-check the generated files, default true
 */

/**
 * Checks every source file, (re)writes the generated tests and type-checks them.
 *
 * @param {GenerateOptions} options
 * @returns {{ problems: Problem[], exampleCount: number, typeOnlyCount: number, fileCount: number, symbolCount: number, written: string[] }}
 */
export function generateExamples(options) {
  const { rootDir, sourceDir = "src", outputDir = "test/.examples", tsconfig = "tsconfig.json" } = options;
  const { packageName = PACKAGE_NAME, typecheck = true } = options;
  const outputPath = path.resolve(rootDir, outputDir);
  const libraryModule = toModulePath(path.relative(outputPath, path.resolve(rootDir, sourceDir, "index")));

  removeGeneratedFiles(outputPath);
  /** @type {Problem[]} */
  const problems = [];
  /** @type {{ path: string, ranges: ReturnType<typeof renderTestFile>["ranges"] }[]} */
  const generated = [];
  let exampleCount = 0;
  let typeOnlyCount = 0;
  let fileCount = 0;
  let symbolCount = 0;
  for (const relative of listSourceFiles(path.resolve(rootDir, sourceDir))) {
    const sourcePath = toPosix(path.join(sourceDir, relative));
    const extraction = extractExamples(readFileSync(path.join(rootDir, sourcePath), "utf8"), sourcePath);
    problems.push(...extraction.problems);
    symbolCount += extraction.symbols.length;
    if (extraction.examples.length === 0) continue;
    const typeOnly = extraction.examples.filter(isTypeOnly);
    const running = extraction.examples.filter((example) => !isTypeOnly(example));
    for (const [examples, types] of /** @type {const} */ ([[running, false], [typeOnly, true]])) {
      if (examples.length === 0) continue;
      const rendered = renderTestFile(examples, { sourcePath, libraryModule, packageName, types });
      problems.push(...rendered.problems);
      const file = path.join(outputPath, generatedFileName(relative, types));
      mkdirSync(outputPath, { recursive: true });
      writeFileSync(file, rendered.text);
      generated.push({ path: file, ranges: rendered.ranges });
    }
    for (const example of typeOnly) {
      for (const message of typeOnlyValueProblems(example)) {
        problems.push({ file: example.file, line: example.line, symbol: example.symbol, message: `example ${String(example.index)} (type-only): ${message}` });
      }
    }
    exampleCount += extraction.examples.length;
    typeOnlyCount += typeOnly.length;
    fileCount += 1;
  }
  if (typecheck && generated.length > 0) {
    problems.push(...typecheckGenerated(generated, path.resolve(rootDir, tsconfig), rootDir));
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, exampleCount, typeOnlyCount, fileCount, symbolCount, written: generated.map((g) => g.path) };
}

/**
 * The `.ts` files under a directory (relative, `/`-separated, sorted), without `.d.ts` files
 * and without the top-level `cli/` folder (the CLI is not part of the library's API).
 *
 * @param {string} dir
 * @returns {string[]}
 */
export function listSourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map((entry) => toPosix(String(entry)))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !file.startsWith("cli/"))
    .sort();
}

/**
 * The output folder holds only generated files: clear the old ones so that deleted examples
 * do not leave stale tests behind.
 *
 * @param {string} outputPath
 */
function removeGeneratedFiles(outputPath) {
  if (!existsSync(outputPath)) return;
  for (const entry of readdirSync(outputPath)) {
    if (entry.endsWith(".test.ts") || entry.endsWith(".test-d.ts")) rmSync(path.join(outputPath, entry));
  }
}

/**
 * Type-checks the generated files with the repo's compiler options and reports each error
 * against the example it comes from.
 *
 * @param {{ path: string, ranges: ReturnType<typeof renderTestFile>["ranges"] }[]} generated
 * @param {string} tsconfigPath
 * @param {string} rootDir
 * @returns {Problem[]}
 */
function typecheckGenerated(generated, tsconfigPath, rootDir) {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error(`Cannot read ${tsconfigPath}`);
  const program = ts.createProgram({ rootNames: generated.map((g) => g.path), options: config.options });
  return generated.flatMap(({ path: file, ranges }) => {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) return [];
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    return diagnostics
      .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
      .map((diagnostic) => {
        const line = lineOf(sourceFile, diagnostic.start ?? 0);
        // Errors in the merged imports at the top belong to no single example: blame the first.
        const range = ranges.find((r) => r.startLine <= line && line <= r.endLine) ?? ranges[0];
        const example = /** @type {Example} */ (range?.example);
        const where = `${toPosix(path.relative(rootDir, file))}:${line}`;
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
        return { file: example.file, line: example.line, symbol: example.symbol, message: `example ${example.index} does not type-check (${where}): ${message}` };
      });
  });
}

/**
 * @param {string} relative a relative path without extension
 * @returns {string} a relative module specifier
 */
function toModulePath(relative) {
  const posix = toPosix(relative);
  return posix.startsWith(".") ? posix : `./${posix}`;
}

/**
 * @param {string} file
 * @returns {string}
 */
function toPosix(file) {
  return file.split(path.sep).join("/");
}

/**
 * @param {Problem} problem
 * @returns {string}
 */
export function formatProblem(problem) {
  return `${problem.file}:${problem.line} ${problem.symbol} — ${problem.message}`;
}

function main() {
  const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const typecheck = !process.argv.includes("--no-typecheck");
  const result = generateExamples({ rootDir, typecheck });
  if (result.problems.length > 0) {
    process.stderr.write(`${result.problems.map(formatProblem).join("\n")}\n`);
    process.stderr.write(`${result.problems.length} problem(s) in the TSDoc examples.\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(
    `${result.exampleCount} examples from ${result.fileCount} files (${result.typeOnlyCount} type-only, checked by tsc and not run by vitest), ${result.symbolCount} exported symbols checked\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
