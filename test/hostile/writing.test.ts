// Hostile input, family "faults answered badly" and "data changed by convert", on the writing
// side: every command that writes files writes all or nothing (a full disk, no permission, a
// read-only file system or an interrupt leave no file behind), refuses a target in the way
// (without --overwrite) or the data it reads (always), and writes what it converts exactly or
// refuses it with its location. Each fault is one line on stderr, never a stack trace.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { open as realOpen } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { convert } from "../../src/cli/convert";
import { cli, scratchFolder } from "./cli";
import { openDataset } from "../../src/io/openDataset";
import { writeDataset } from "../../src/io/writeDataset";
import type { Dataset } from "../../src/model/dataset";

const { place } = scratchFolder("opcat-hostile-writing-");

const EXAMPLE = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;
const AS_OF = "2024-11-08";
const OWN = { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } };
const IVS = { id: "F-1", name: "IVS", type: "temporary_detention_facility", agency: "interior", region: "KZ-71" };

/**
 * The exit code, no stack frame, and the fault as one line, the last on stderr (report puts the
 * validation's warning counts before it); for the other commands the only line.
 */
function expectOneLine(result: { code: number; stdout: string; stderr: string }, code: number, text: string | RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  const lines = result.stderr.split("\n");
  expect(lines.at(-1)).toBe("");
  const last = lines.at(-2) ?? "";
  expect(last).toMatch(/^opcat-npm: /);
  if (!result.stderr.includes("valid —") && !result.stderr.includes("warning")) expect(lines).toHaveLength(2);
  if (typeof text === "string") expect(last).toContain(text);
  else expect(last).toMatch(text);
}

/** Every file under a folder, with its content (what must not change). */
function contents(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const file = join(folder, name);
    if (statSync(file).isFile()) files[name] = readFileSync(file, "utf8");
  }
  return files;
}

/** An NDJSON folder of the given facilities (as lines, written as they are). */
function ndjsonFolder(facilityLines: readonly string[]): string {
  const folder = place("ndjson");
  mkdirSync(folder);
  writeFileSync(join(folder, "dataset.json"), JSON.stringify(OWN));
  writeFileSync(join(folder, "facilities.ndjson"), facilityLines.map((line) => `${line}\n`).join(""));
  return folder;
}

describe("a target in the way", () => {
  it("report --format csv --out a folder of tables: refused without --overwrite, the tables left as they were", async () => {
    const out = place("tables");
    expect((await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", out)).code).toBe(0);
    writeFileSync(join(out, "visits-by-type.csv"), "edited by hand");
    const before = contents(out);
    const again = await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", out);
    expectOneLine(again, 2, `${join(out, "visits-by-type.csv")} exists already: choose another --out, or pass --overwrite`);
    expect(again.stdout).toBe("");
    expect(contents(out)).toEqual(before);
    expect((await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", out, "--overwrite")).code).toBe(0);
    expect(readFileSync(join(out, "visits-by-type.csv"), "utf8")).toContain("periodic,");
  });

  it("--out naming a file where a folder goes: one line and exit 2, even with --overwrite, the file kept", async () => {
    const file = place("notes.txt");
    writeFileSync(file, "keep me");
    for (const argv of [
      ["report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", file],
      ["convert", EXAMPLE, "--to", "csv", "--out", file, "--overwrite"],
      ["template", file],
    ]) {
      expectOneLine(await cli(...argv), 2, `${file} is a file, not a folder`);
    }
    expect(readFileSync(file, "utf8")).toBe("keep me");
  });

  it("--out a file inside a file: one line and exit 2", async () => {
    const file = place("notes.txt");
    writeFileSync(file, "keep me");
    expectOneLine(await cli("convert", EXAMPLE, "--to", "json", "--out", join(file, "data.json")), 2, `${file} is a file, not a folder`);
    expectOneLine(await cli("convert", EXAMPLE, "--to", "csv", "--out", join(file, "csv")), 2, "a file is in the way where a folder should be");
  });

  it("convert --to json --out a folder: one line and exit 2, even with --overwrite", async () => {
    const folder = place("folder.json");
    mkdirSync(folder);
    expectOneLine(await cli("convert", EXAMPLE, "--to", "json", "--out", folder, "--overwrite"), 2, `${folder} is a folder, where a file is to be written`);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("a target that is the data being read: refused always", () => {
  async function csvCopy(): Promise<string> {
    const folder = place("csv");
    expect((await cli("convert", EXAMPLE, "--to", "csv", "--out", folder)).code).toBe(0);
    return folder;
  }

  it("convert into the folder it reads from, with --overwrite: refused, its dataset.json untouched", async () => {
    const folder = await csvCopy();
    writeFileSync(join(folder, "dataset.json"), `${JSON.stringify({ ...OWN, note: "mine" }, null, 2)}\n`);
    const before = contents(folder);
    expectOneLine(await cli("convert", folder, "--to", "csv", "--out", folder, "--overwrite"), 2, "is the data being read");
    expect(contents(folder)).toEqual(before);
  });

  it("through a link to it, and into a folder inside it", async () => {
    const folder = await csvCopy();
    const link = place("link");
    symlinkSync(folder, link);
    const before = contents(folder);
    expectOneLine(await cli("convert", folder, "--to", "csv", "--out", link, "--overwrite"), 2, "is the data being read");
    expectOneLine(await cli("convert", folder, "--to", "ndjson", "--out", join(folder, "ndjson")), 2, "is the data being read");
    expectOneLine(await cli("report", link, "--as-of", AS_OF, "--format", "csv", "--out", join(folder, "tables")), 2, "is the data being read");
    expect(contents(folder)).toEqual(before);
  });

  it("a JSON file converted onto itself", async () => {
    const file = place("data.json");
    writeFileSync(file, readFileSync(EXAMPLE));
    expectOneLine(await cli("convert", file, "--to", "json", "--out", file, "--overwrite"), 2, "is the data being read");
    expect(readFileSync(file, "utf8")).toBe(readFileSync(EXAMPLE, "utf8"));
  });
});

describe("a folder holding a dataset of the other form", () => {
  it("NDJSON into a folder of CSV files: refused even with --overwrite, so the folder can still be read", async () => {
    const folder = place("csv");
    expect((await cli("convert", EXAMPLE, "--to", "csv", "--out", folder)).code).toBe(0);
    const before = contents(folder);
    const result = await cli("convert", EXAMPLE, "--to", "ndjson", "--out", folder, "--overwrite");
    expectOneLine(result, 2, `${folder} holds a dataset in CSV form (facilities.csv, visits.csv, recommendations.csv, accountability.csv)`);
    expect(contents(folder)).toEqual(before);
    expect((await cli("validate", folder)).code).toBe(0);
  });
});

describe("the file system failing (injected: tests run as root, whom permissions do not stop)", () => {
  const systemError = (code: string, syscall: string) => Object.assign(new Error(`${code}: ${syscall} failed`), { code, syscall });

  /** Makes the nth file opened for writing (from 1) fail to be written with `code`. */
  async function failWrites(code: string, nth: number): Promise<void> {
    const { writerFileSystem } = await import("../../src/io/writeFiles");
    let opened = 0;
    vi.spyOn(writerFileSystem, "open").mockImplementation(async (file, flags) => {
      const handle = await realOpen(file, flags);
      if (++opened !== nth) return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key === "write") return () => Promise.reject(systemError(code, "write"));
          const value: unknown = Reflect.get(target, key);
          return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
    });
  }

  it("a full disk while report writes its tables: one line, exit 2, and no table (nor a temporary file) left", async () => {
    await failWrites("ENOSPC", 3);
    const out = place("tables");
    const result = await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", out);
    expectOneLine(result, 2, /no space left on the disk \(ENOSPC\); nothing was written/);
    expect(result.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  it("a full disk while convert writes: one line, exit 2, an existing folder left as it was", async () => {
    const out = place("csv");
    expect((await cli("convert", EXAMPLE, "--to", "csv", "--out", out)).code).toBe(0);
    const before = contents(out);
    await failWrites("ENOSPC", 4);
    const result = await cli("convert", EXAMPLE, "--to", "csv", "--out", out, "--overwrite");
    expectOneLine(result, 2, /no space left on the disk \(ENOSPC\)/);
    expect(readdirSync(out).sort()).toEqual(Object.keys(before).sort());
    expect(contents(out)).toEqual(before);
  });

  it.each([
    ["EACCES", "rename", "permission denied (EACCES)"],
    ["EROFS", "mkdir", "the file system is read-only (EROFS)"],
    ["EPERM", "open", "permission denied (EPERM)"],
  ] as const)("%s from %s: one line, exit 2, nothing left", async (code, call, message) => {
    const { writerFileSystem } = await import("../../src/io/writeFiles");
    vi.spyOn(writerFileSystem, call).mockRejectedValue(systemError(code, call));
    const out = place("template");
    expectOneLine(await cli("template", out), 2, message);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it.runIf(process.platform === "linux")("a folder the system will not let anyone write (/sys): one line, exit 2", async () => {
    const out = join("/sys", `opcat-npm-test-${String(process.pid)}`, "tables");
    expectOneLine(await cli("report", EXAMPLE, "--as-of", AS_OF, "--format", "csv", "--out", out), 2, /permission denied \(E(?:ACCES|PERM)\)|read-only/);
    expectOneLine(await cli("convert", EXAMPLE, "--to", "json", "--out", join(out, "data.json")), 2, /permission denied \(E(?:ACCES|PERM)\)|read-only/);
  });
});

describe("interrupted", () => {
  it("convert stopped by SIGINT or SIGTERM: one line, exit 130 or 143, nothing written", async () => {
    for (const [signal, code] of [
      ["SIGINT", 130],
      ["SIGTERM", 143],
    ] as const) {
      let stderr = "";
      let stdout = "";
      const out = place("csv");
      // The interrupt comes as soon as convert listens: before anything is written.
      const interrupts = { listen: (stop: (received: typeof signal) => void) => (stop(signal), () => undefined) };
      const exit = await convert(EXAMPLE, { form: undefined, to: "csv", out, overwrite: false }, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, interrupts);
      expectOneLine({ code: exit, stdout, stderr }, code, `interrupted (${signal}): nothing written`);
      expect(stdout).toBe("");
      expect(existsSync(out)).toBe(false);
    }
  });

  it("writeDataset stopped by its signal midway, after some records were written: no file left", async () => {
    const controller = new AbortController();
    const source = await openDataset(EXAMPLE);
    let read = 0;
    const stopping = {
      ...source,
      records: (collection: Parameters<typeof source.records>[0]) => ({
        async *[Symbol.asyncIterator]() {
          for await (const record of source.records(collection)) {
            if (++read === 2000) controller.abort();
            yield record;
          }
        },
      }),
    };
    const out = place("ndjson");
    await expect(writeDataset(stopping, out, { form: "ndjson", signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(read).toBeGreaterThanOrEqual(2000);
    expect(existsSync(out)).toBe(false);
  });
});

describe("lossless or refused", () => {
  it("a 20,000-deep unknown field: convert writes it exactly (NDJSON and JSON), never a stack trace", async () => {
    const depth = 20_000;
    const deep = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    const line = `{"id":"F-1","name":"IVS","type":"temporary_detention_facility","agency":"interior","region":"KZ-71","extra":${deep}}`;
    const input = ndjsonFolder([line]);
    const ndjson = place("ndjson");
    expect(await cli("convert", input, "--to", "ndjson", "--out", ndjson)).toMatchObject({ code: 0 });
    expect(readFileSync(join(ndjson, "facilities.ndjson"), "utf8")).toBe(`${line}\n`);
    const json = place("deep.json");
    expect(await cli("convert", input, "--to", "json", "--out", json)).toMatchObject({ code: 0 });
    expect(readFileSync(json, "utf8")).toContain(`    ${line}\n`);
    // CSV has no column for it: refused with its place, as any unknown field.
    expectOneLine(await cli("convert", input, "--to", "csv", "--out", place("csv")), 1, `${join(input, "facilities.ndjson")}, line 1: facilities[0].extra: the CSV form has no column for the field “extra”`);
  });

  it("a lone surrogate or a NUL in a name: convert --to csv refuses it with its place, writing nothing", async () => {
    for (const [escaped, what] of [
      ["\\ud800", "a lone surrogate (U+D800, half of a character)"],
      ["\\u0000", "a NUL character (U+0000)"],
    ] as const) {
      const input = ndjsonFolder([JSON.stringify(IVS), JSON.stringify({ ...IVS, id: "F-2" }).replace('"IVS"', `"IVS ${escaped} 2"`)]);
      const out = place("csv");
      const result = await cli("convert", input, "--to", "csv", "--out", out);
      expectOneLine(result, 1, `nothing written: ${join(input, "facilities.ndjson")}, line 2: facilities[1].name: the text holds ${what} at position 5`);
      expect(existsSync(out)).toBe(false);
      // NDJSON holds both exactly.
      const ndjson = place("ndjson");
      expect((await cli("convert", input, "--to", "ndjson", "--out", ndjson)).code).toBe(0);
      expect(readFileSync(join(ndjson, "facilities.ndjson"), "utf8").split("\n")[1]).toBe(`{"id":"F-2","name":"IVS ${escaped} 2","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}`);
    }
  });

  it("writeDataset of a cyclic record: a WriteError (an OpcatError) with the path of the cycle, nothing written", async () => {
    const facility: Record<string, unknown> = { ...IVS, extra: { list: [1] } };
    ((facility["extra"] as { list: unknown[] }).list).push(facility);
    const dataset = { ...OWN, facilities: [facility], visits: [], recommendations: [], accountability: [] } as unknown as Dataset;
    for (const form of ["json", "ndjson"] as const) {
      const out = place(form === "json" ? "cyclic.json" : "ndjson");
      await expect(writeDataset(dataset, out, { form })).rejects.toMatchObject({ name: "WriteError", code: "io.not_representable", path: ["facilities", 0, "extra", "list", 1] });
      expect(existsSync(out)).toBe(false);
    }
  });

  it("writeDataset of what JSON would change (NaN, a Map, undefined in a list): refused with the path, where JSON.stringify changes it silently", async () => {
    const cases: readonly [string, unknown, readonly (string | number)[]][] = [
      ["capacity", Number.NaN, ["facilities", 0, "capacity"]],
      ["extra", new Map([["a", 1]]), ["facilities", 0, "extra"]],
      ["extra", [1, undefined], ["facilities", 0, "extra", 1]],
    ];
    for (const [field, value, path] of cases) {
      const dataset = { ...OWN, facilities: [{ ...IVS, [field]: value }], visits: [], recommendations: [], accountability: [] } as unknown as Dataset;
      const out = place("ndjson");
      await expect(writeDataset(dataset, out, { form: "ndjson" })).rejects.toMatchObject({ code: "io.not_representable", path });
      expect(existsSync(out)).toBe(false);
    }
  });

  it("writeDataset given no dataset or no options: an OpcatError, not a TypeError", async () => {
    await expect(writeDataset(undefined as unknown as Dataset, place("x.json"), { form: "json" })).rejects.toMatchObject({ name: "OpcatError", code: "schema.invalid_type" });
    await expect(writeDataset({ ...OWN, facilities: new Map() } as unknown as Dataset, place("x.json"), { form: "json" })).rejects.toMatchObject({ name: "OpcatError", code: "schema.invalid_type", path: ["facilities"] });
    await expect(writeDataset({ ...OWN } as unknown as Dataset, place("x.json"), undefined as never)).rejects.toMatchObject({ name: "OpcatError", code: "schema.invalid_value" });
  });
});
