// Hostile input, family "unbounded time or memory" and "any header width" (issue 11, build
// items 1 and 5): every input is read in time linear in its size or refused, before it costs
// more than a documented limit (docs/io.md, "Limits"): a line or row that never ends, a header
// of thousands of columns, a JSON file larger than can be one text, a device, a FIFO or a
// socket in place of a file. Each refusal is one line with the file, the place and the limit.
// Through the command line. The bounds of time are explicit and generous (the issue asks for
// them): the old reader took minutes, or never finished.
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./cli";
import { ERROR_CATALOGUE } from "../../src/errors/errorCatalogue";
import { READ_LIMITS } from "../../src/io/readLimits";

const scratch = mkdtempSync(join(tmpdir(), "opcat-hostile-limits-"));
const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(scratch, { recursive: true, force: true });
});
let count = 0;
const place = (name: string): string => join(scratch, `${String(++count)}-${name}`);

/** The command's result and how long it took, in milliseconds. */
async function timed(...argv: string[]) {
  const start = performance.now();
  const result = await cli(...argv);
  return { ...result, ms: performance.now() - start };
}

const OWN = { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } };
const MI = 1024 * 1024;
/** The documented limits, as docs/io.md states them (READ_LIMITS is checked against the docs below). */
const LINE_LIMIT = 16 * MI;
const IVS_TAIL = '","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}';

/** A folder with dataset.json and the given files (name → text or bytes). */
function folder(files: Readonly<Record<string, string | Uint8Array>>): string {
  const target = place("folder");
  mkdirSync(target);
  writeFileSync(join(target, "dataset.json"), JSON.stringify(OWN));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(target, name), content);
  return target;
}

/** Writes a file of `head`, then `size` bytes of `fill` (in 1 MiB pieces), then `tail`, without holding it in memory. */
function writeLarge(file: string, head: string, fill: number, size: number, tail: string): void {
  const fd = openSync(file, "w");
  try {
    writeSync(fd, head);
    const piece = Buffer.alloc(MI, fill);
    for (let left = size; left > 0; left -= MI) writeSync(fd, piece, 0, Math.min(MI, left));
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

const HEADERS = {
  "visits.csv": "id,type,startedOn,endedOn,facilityIds,followUpOf,trigger.kind,trigger.receivedOn,announced,teamSize\r\n",
  "recommendations.csv": "id,visitId,facilityId,addressee,level,themes,text,issuedOn,dueOn,escalates,repeatOf,history\r\n",
  "accountability.csv": "id,decidedOn,initiator,measure,officials,visitId,facilityId,agency\r\n",
};

describe("an NDJSON line", () => {
  it("of 300 MB (one record without end) is refused at its line within 20 s (it used to run for minutes, time growing as the square of its length)", { timeout: 60_000 }, async () => {
    const target = folder({});
    const file = join(target, "facilities.ndjson");
    writeLarge(file, '{"id":"F-0","name":"IVS","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}\n{"id":"F-1","name":"', 0x78, 300 * MI, `${IVS_TAIL}\n`);
    const result = await timed("validate", target);
    rmSync(file);
    expect(result).toMatchObject({
      code: 2,
      stdout: "",
      stderr: `opcat-npm: ${file}, line 2: the line is longer than 16,777,216 characters, the most one NDJSON record may be: each line holds one record (is it a whole JSON document written on one line?)\n`,
    });
    expect(result.ms).toBeLessThan(20_000);
  });

  it("one character over 16 Mi is refused; a line of exactly 16 Mi characters is read, within 20 s", { timeout: 60_000 }, async () => {
    const head = '{"id":"F-1","name":"';
    const exact = `${head}${"x".repeat(LINE_LIMIT - head.length - IVS_TAIL.length)}${IVS_TAIL}`;
    expect(exact).toHaveLength(16_777_216);
    const over = `${head}${"x".repeat(LINE_LIMIT - head.length - IVS_TAIL.length + 1)}${IVS_TAIL}`;
    const overFolder = folder({ "facilities.ndjson": `${over}\n` });
    expect(await cli("validate", overFolder)).toEqual({
      code: 2,
      stdout: "",
      stderr: `opcat-npm: ${join(overFolder, "facilities.ndjson")}, line 1: the line is longer than 16,777,216 characters, the most one NDJSON record may be: each line holds one record (is it a whole JSON document written on one line?)\n`,
    });
    // The line break (LF, or CRLF's CR) is not counted; the last line needs none.
    const exactFolder = folder({ "facilities.ndjson": `${exact}\r\n${exact}` });
    const result = await timed("convert", exactFolder, "--to", "ndjson", "--out", place("out"));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("opcat-npm: 2 records written as ndjson\n");
    expect(result.ms).toBeLessThan(20_000);
  });
});

describe("a CSV row", () => {
  it("longer than 16 Mi characters is refused at its line (it used to be read whole)", { timeout: 60_000 }, async () => {
    const target = folder({ ...HEADERS, "facilities.csv": `id,name,type,agency,region\r\nF-1,IVS,temporary_detention_facility,interior,KZ-71\r\nF-2,"${"x".repeat(17 * MI)}",temporary_detention_facility,interior,KZ-71\r\n` });
    expect(await cli("validate", target)).toEqual({
      code: 2,
      stdout: "",
      stderr: `opcat-npm: ${join(target, "facilities.csv")}, line 3: the row is longer than 16,777,216 characters, the most one CSV row may be: is a double quote opened there never closed?\n`,
    });
  });

  it("that never ends (a double quote never closed, then 40 MB) is refused once it is 16 Mi long, within 20 s", { timeout: 60_000 }, async () => {
    const target = folder(HEADERS);
    const file = join(target, "facilities.csv");
    writeLarge(file, 'id,name,type,agency,region\r\nF-1,"IVS', 0x79, 40 * MI, "\r\n");
    const result = await timed("validate", target);
    expect(result).toMatchObject({
      code: 2,
      stderr: `opcat-npm: ${file}, line 2: the row is longer than 16,777,216 characters, the most one CSV row may be: is a double quote opened there never closed?\n`,
    });
    expect(result.ms).toBeLessThan(20_000);
  });

  it("of 1 MB is read", async () => {
    const name = "ИВС-".repeat(MI / 4);
    const target = folder({ ...HEADERS, "facilities.csv": `id,name,type,agency,region\r\nF-1,${name},temporary_detention_facility,interior,KZ-71\r\n` });
    const out = place("out");
    expect((await cli("convert", target, "--to", "ndjson", "--out", out)).code).toBe(0);
    expect(readFileSync(join(out, "facilities.ndjson"), "utf8")).toBe(`{"id":"F-1","name":"${name}","type":"temporary_detention_facility","agency":"interior","region":"KZ-71"}\n`);
  });
});

describe("a CSV header of any width is read exactly or refused", () => {
  it("330 KB of 3,000 extra columns: every value under its own column (they used to be lost, or filed under the key \"\")", async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `extra_column_number_${String(i).padStart(5, "0")}_${"y".repeat(80)}`);
    const header = `id,type,startedOn,facilityIds,teamSize,${names.join(",")}`;
    expect(header.length).toBeGreaterThan(300 * 1024);
    const target = folder({
      "facilities.csv": "id,name,type,agency,region\r\nF-1,IVS,temporary_detention_facility,interior,KZ-71\r\n",
      "visits.csv": `${header}\r\nV-1,periodic,2023-02-14,F-1,3,${names.map((_, i) => `v${String(i)}`).join(",")}\r\n`,
    });
    const result = await cli("validate", target, "--format", "json", "--max-issues", "10000");
    const parsed = JSON.parse(result.stdout) as { counts: { byCode: Record<string, number> }; issues: { code: string; path: (string | number)[]; params: { key?: string } }[] };
    expect(parsed.counts.byCode["schema.unknown_key"]).toBe(3000);
    expect(parsed.issues.filter((issue) => issue.code === "schema.unknown_key").map((issue) => issue.params.key)).toEqual(names);
    const out = place("out");
    expect((await cli("convert", target, "--to", "ndjson", "--out", out)).code).toBe(0);
    const visit = JSON.parse(readFileSync(join(out, "visits.ndjson"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(visit)).toEqual(["id", "type", "startedOn", "facilityIds", "teamSize", ...names]);
    expect(visit[names[2999] ?? ""]).toBe("v2999");
    expect(Object.hasOwn(visit, "")).toBe(false);
  });

  it("longer than 1 MiB: refused, saying the limit", async () => {
    const target = folder({ "facilities.csv": `id,name,type,agency,region,${"z".repeat(MI)}\r\nF-1,IVS,temporary_detention_facility,interior,KZ-71,\r\n` });
    expect(await cli("validate", target)).toEqual({
      code: 2,
      stdout: "",
      stderr: `opcat-npm: ${join(target, "facilities.csv")}, line 1: the header row is longer than 1 MB: a collection's file has fewer than 20 columns (opcat-npm template <folder> writes the headers); is the first row the header, with a line break after it?\n`,
    });
  });

  it("of 10,001 columns: refused, saying how many; 10,000 are read", async () => {
    const extra = (n: number) => Array.from({ length: n }, (_, i) => `c${String(i)}`).join(",");
    const over = folder({ "facilities.csv": `id,name,type,agency,region,${extra(10_001 - 5)}\r\n` });
    expect(await cli("validate", over)).toEqual({
      code: 2,
      stdout: "",
      stderr: `opcat-npm: ${join(over, "facilities.csv")}, line 1: the header row names 10,001 columns, more than 10,000: a collection's file has fewer than 20 columns (opcat-npm template <folder> writes the headers); is the first row the header, with a line break after it?\n`,
    });
    const at = folder({ ...HEADERS, "facilities.csv": `id,name,type,agency,region,${extra(10_000 - 5)}\r\n` });
    expect((await cli("validate", at)).code).toBe(0);
  });
});

describe("a JSON file larger than the 500 MiB it can be is refused by its size, before it is read", () => {
  it("1 GB, and 1.17 GB as opcat-npm writes from NDJSON: one line with the size, the limit and what to do, within 5 s (it used to be read whole, then called 'not UTF-8')", async () => {
    for (const [size, words] of [
      [1024 * MI, "1 GB (1,073,741,824 bytes)"],
      [1_170_000_000, "1.1 GB (1,170,000,000 bytes)"],
      [500 * MI + 1, "500 MB (524,288,001 bytes)"],
    ] as const) {
      const file = place("big.json");
      // Sparse: the size is there, the bytes are not; the reader must not need them.
      writeFileSync(file, "");
      truncateSync(file, size);
      const result = await timed("validate", file);
      rmSync(file);
      expect(result).toMatchObject({
        code: 2,
        stdout: "",
        stderr: `opcat-npm: ${file} is ${words}, more than the 500 MB (524,288,000 bytes) a JSON file can be, as it is read whole: write the data as NDJSON (a folder with dataset.json and a file per collection, one record per line), which is read as a stream at any size\n`,
      });
      expect(result.ms).toBeLessThan(5000);
    }
  });

  it("a folder's dataset.json too", async () => {
    const target = folder({ ...HEADERS, "facilities.csv": "id,name,type,agency,region\r\n" });
    const file = join(target, "dataset.json");
    truncateSync(file, 600 * MI);
    const result = await cli("summary", target);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`opcat-npm: ${file} is 600 MB (629,145,600 bytes), more than the 500 MB (524,288,000 bytes) a JSON file can be, as it is read whole: write the data as NDJSON (a folder with dataset.json and a file per collection, one record per line), which is read as a stream at any size\n`);
  });
});

describe.skipIf(process.platform === "win32")("a device, a FIFO or a socket in place of a file is refused before it is read", () => {
  const DEVICE = "it is a device (such as /dev/zero), not a file: it would be read without end";
  const FIFO = "it is a named pipe (FIFO), not a file: it would be read without end or wait for a writer";

  it("dataset.json linked to /dev/zero, and /dev/zero as the data (it used to be read without end)", async () => {
    const target = folder({ ...HEADERS, "facilities.csv": "id,name,type,agency,region\r\n" });
    const fields = join(target, "dataset.json");
    rmSync(fields);
    symlinkSync("/dev/zero", fields);
    expect(await timed("validate", target)).toMatchObject({ code: 2, stdout: "", stderr: `opcat-npm: cannot read ${fields}: ${DEVICE}\n` });
    const data = place("data.json");
    symlinkSync("/dev/zero", data);
    expect(await cli("report", data, "--as-of", "2024-11-08")).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: cannot read ${data}: ${DEVICE}\n` });
    expect(await cli("validate", "/dev/zero")).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: cannot read /dev/zero: ${DEVICE}\n` });
  });

  it("a FIFO as a collection file or as the data, with no writer: refused at once (it used to wait forever)", async () => {
    const target = folder({ "facilities.csv": "id,name,type,agency,region\r\n" });
    const visits = join(target, "visits.csv");
    execFileSync("mkfifo", [visits]);
    const result = await timed("validate", target);
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: `opcat-npm: cannot read ${visits}: ${FIFO}\n` });
    expect(result.ms).toBeLessThan(5000);
    const data = place("data.json");
    execFileSync("mkfifo", [data]);
    expect(await cli("summary", data)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: cannot read ${data}: ${FIFO}\n` });
    const ndjson = folder({});
    execFileSync("mkfifo", [join(ndjson, "visits.ndjson")]);
    expect(await cli("convert", ndjson, "--to", "csv", "--out", place("out"))).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: cannot read ${join(ndjson, "visits.ndjson")}: ${FIFO}\n` });
  });

  it("a socket as a collection file", async () => {
    const target = folder({});
    const socket = join(target, "facilities.ndjson");
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    expect(await cli("validate", target)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: cannot read ${socket}: it is a socket, not a file\n` });
  });
});

describe("a JSON file that is not UTF-8 is refused with the line, checked without a second copy of the text", () => {
  it("a Windows-1251 byte on line 3", async () => {
    const file = place("data.json");
    writeFileSync(file, Buffer.concat([Buffer.from('{\n  "format": "opcat-npm/dataset@1",\n  "profile": "'), Buffer.from([0xca, 0xe7]), Buffer.from('"\n}\n')]));
    expect(await cli("validate", file)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${file} is not UTF-8 text (line 3): re-save it as UTF-8 (without conversion to another code page)\n` });
  });
});

describe("docs/io.md", () => {
  const docs = readFileSync(new URL("../../docs/io.md", import.meta.url), "utf8");
  const number = new Intl.NumberFormat("en");

  it("states every limit of READ_LIMITS with its value, and no other", () => {
    const section = docs.slice(docs.indexOf("\n## Limits"), docs.indexOf("\n## ", docs.indexOf("\n## Limits") + 1));
    const rows = [...section.matchAll(/^\| `(\w+)` \| ([\d,]+) /gm)].map((match) => [match[1], Number((match[2] ?? "").replaceAll(",", ""))]);
    expect(Object.fromEntries(rows)).toEqual(READ_LIMITS);
    // And the values the tests above rely on.
    expect(READ_LIMITS).toEqual({ jsonFileBytes: 500 * MI, lineCharacters: 16 * MI, csvRowCharacters: 16 * MI, csvHeaderBytes: MI, csvColumns: 10_000 });
    for (const value of Object.values(READ_LIMITS)) expect(section).toContain(number.format(value));
  });

  it("has a row for every code a reader throws (the read codes of ERROR_CATALOGUE)", () => {
    const table = docs.slice(docs.indexOf("\n## Files that cannot be read"), docs.indexOf("\n## ", docs.indexOf("\n## Files that cannot be read") + 1));
    const codes = Object.entries(ERROR_CATALOGUE).flatMap(([code, entry]) => (entry.kind === "read" ? [code] : []));
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(table).toContain(`| \`${code}\` |`);
  });
});
