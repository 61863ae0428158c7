import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cjsDeclarations, writeCjsTypes } from "../../scripts/write-cjs-types.mjs";

describe("cjsDeclarations", () => {
  it("gives relative imports ending in .js the .cjs extension, and leaves packages alone", () => {
    const esm = [
      "import { C as CivilDate } from './report-BycyW8h8.js';",
      'export { kz } from "../index.js";',
      "import { z } from 'zod';",
      "import * as core from 'zod/v4/core';",
      "import json from 'some-package/file.js';",
      "type T = import('./report-BycyW8h8.js').Report;",
    ].join("\n");

    expect(cjsDeclarations(esm)).toBe(
      [
        "import { C as CivilDate } from './report-BycyW8h8.cjs';",
        'export { kz } from "../index.cjs";',
        "import { z } from 'zod';",
        "import * as core from 'zod/v4/core';",
        "import json from 'some-package/file.js';",
        "type T = import('./report-BycyW8h8.cjs').Report;",
      ].join("\n"),
    );
  });
});

describe("writeCjsTypes", () => {
  const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
  mkdirSync(path.join(repoRoot, ".tmp"), { recursive: true });
  const dist = mkdtempSync(path.join(repoRoot, ".tmp", "cjs-types-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("writes a .d.cts beside every .d.ts of the folder, and touches nothing else", () => {
    writeFileSync(path.join(dist, "index.d.ts"), "export { a } from './chunk-1.js';\n");
    writeFileSync(path.join(dist, "chunk-1.d.ts"), "export declare const a: 1;\n");
    writeFileSync(path.join(dist, "index.js"), "export const a = 1;\n");

    expect(writeCjsTypes(dist)).toEqual(["chunk-1.d.cts", "index.d.cts"]);
    expect(readdirSync(dist).sort()).toEqual(["chunk-1.d.cts", "chunk-1.d.ts", "index.d.cts", "index.d.ts", "index.js"]);
    expect(readFileSync(path.join(dist, "index.d.cts"), "utf8")).toBe("export { a } from './chunk-1.cjs';\n");
    expect(readFileSync(path.join(dist, "chunk-1.d.cts"), "utf8")).toBe("export declare const a: 1;\n");
  });
});
