// Hostile input fuzzed (issue 11, build point 8): the CSV, NDJSON and JSON readers are fed
// 10,000 arbitrary inputs each (arbitrary bytes; a header, or nothing, then the pieces a parser
// trips on; valid files written by writeDataset, and as spreadsheets save them, mutated with
// byte flips, deletions, truncation, NUL, BOM, CR, CESU-encoded surrogates, bytes that are not
// UTF-8, quotes, long lines, many columns), each read from the whole buffer and again cut into
// chunks (one byte each, at every point inside a CRLF or a multi-byte character, fixed sizes,
// anywhere, empty chunks too). The readers' chunk-level parts are fed directly (no disk):
// csvHeadOf + csvRecords and sniffEncoding + ndjsonRecords as openCsvFolder and openNdjsonFolder
// call them, with a head of the whole input (smaller than the readers' 256 KB and 64 KB heads)
// or, to reach the stream's decoder, of its first bytes; parseJsonDocument + jsonDocumentSource
// (a JSON file is read whole, so its chunks are joined first, as readFile does: for JSON the
// chunking cannot matter, and the properties are never-throw, time and lines).
//
// Asserted for every input: nothing is thrown but a ReadError (no TypeError, RangeError, ...);
// the outcome (records, where each lies, notes, or the ReadError's code, message and location)
// is the same for the whole buffer and for the chunks; the records' places are consistent
// (one per record, in file order); and reading both ways takes under TIME_BOUND_MS. The seeds
// are fixed (FUZZ_SEED overrides them); fast-check prints the seed and the path of a failing
// input, and `{ seed, path, endOnFailure: true }` in fc.assert replays it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc } from "@fast-check/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { csvHeadOf, csvRecords, type RecordPlaces } from "../../src/io/csvSource";
import { CSV_FILES } from "../../src/io/csvColumns";
import { jsonDocumentSource } from "../../src/io/jsonSource";
import { createLineTable } from "../../src/io/lineTable";
import { NDJSON_FILES, ndjsonRecords } from "../../src/io/ndjsonSource";
import { parseJsonDocument } from "../../src/io/readJsonDocument";
import { sniffEncoding } from "../../src/io/textEncoding";
import { ReadError, type ReadNote } from "../../src/io/types";
import { writeDataset } from "../../src/io/writeDataset";
import type { CollectionName } from "../../src/model/findUnknownKeys";
import { arbitraryDataset } from "../fixtures/arbitraryDataset";
import { COLLECTIONS, encode1251, exampleDataset } from "../io/scratch";

/** Runs per reader. */
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 10_000);
const SEED = Number(process.env["FUZZ_SEED"] ?? 110_808);

// The bound on reading one input twice (whole, then in chunks). A case takes a millisecond or
// two; the slowest seen (8 KB in one-byte chunks) took 170 ms on a loaded 2-core machine. The
// bound is over ten times that, so that a hang or a blow-up in time trips it (the empty lines
// that cost csv-parse 45 µs each did), not a slow machine or a garbage collection.
const TIME_BOUND_MS = 2_000;

// No input is larger (most are under 4 KB), so that 30,000 runs fit in about 20 s; "long" lines
// and "many" columns are long and many within it.
const MAX_BYTES = 8_192;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Bytes as fast-check shows them in a failure: `bytes("id,name\r\n\xff")`, printable ASCII as it is, any other byte escaped. */
function shown(bytes: Uint8Array): Uint8Array {
  const text = (): string =>
    Array.from(bytes, (byte) => {
      if (byte === 10) return "\\n";
      if (byte === 13) return "\\r";
      if (byte === 34 || byte === 92) return `\\${String.fromCharCode(byte)}`;
      return byte >= 32 && byte < 127 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`;
    }).join("");
  return Object.defineProperty(bytes, fc.toStringMethod, { value: () => `bytes("${text()}")` });
}

// Node's own: the readers' concatBytes is private to the chunk decoder, and a test needs no copy of it.
function concat(parts: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

// ----- how an input is cut into chunks -----

/** A way of cutting bytes into chunks; `points` are taken modulo the length (duplicates give empty chunks). */
interface Cutting {
  readonly mode: "bytes" | "fixed" | "tricky" | "points";
  readonly size: number;
  readonly points: readonly number[];
}

/** A place in an input, taken modulo its length: any, not mostly near the start as fc.nat() would give. */
const place: fc.Arbitrary<number> = fc.noBias(fc.nat(2 ** 30));

const cutting: fc.Arbitrary<Cutting> = fc.record({
  mode: fc.constantFrom("bytes", "fixed", "tricky", "tricky", "points", "points"),
  size: fc.integer({ min: 1, max: 100 }),
  points: fc.array(place, { maxLength: 12 }),
});

/** Whether a cut before `at` falls inside a CRLF or inside a multi-byte UTF-8 character. */
function isTricky(bytes: Uint8Array, at: number): boolean {
  const byte = bytes[at] ?? 0;
  return (byte >= 0x80 && byte <= 0xbf) || (bytes[at - 1] === 13 && byte === 10);
}

/** The chunks of bytes, cut as said. */
function cut(bytes: Uint8Array, how: Cutting): Uint8Array[] {
  const points: number[] = how.points.map((point) => point % (bytes.length + 1));
  if (how.mode === "bytes") for (let at = 1; at < bytes.length; at++) points.push(at);
  if (how.mode === "fixed") for (let at = how.size; at < bytes.length; at += how.size) points.push(at);
  if (how.mode === "tricky") for (let at = 1; at < bytes.length; at++) if (isTricky(bytes, at)) points.push(at);
  points.sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

async function* stream(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  // A fresh copy of each chunk, a turn of the event loop apart, as a file's stream gives them.
  for (const chunk of chunks) {
    await Promise.resolve();
    yield Uint8Array.from(chunk);
  }
}

// ----- what a reading gives -----

/** What reading one input gives: the records with where each lies, the notes, or the ReadError. */
interface Outcome {
  readonly records: readonly unknown[];
  readonly places: readonly unknown[];
  readonly notes: readonly string[];
  readonly error?: { readonly code: string; readonly message: string; readonly location: unknown };
}

/** A thrown ReadError as part of the outcome; anything else fails the property with what it was. */
function failure(error: unknown): NonNullable<Outcome["error"]> {
  if (error instanceof ReadError) return { code: error.code, message: error.message, location: error.location };
  const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
  throw new Error(`the reader threw something other than a ReadError: ${text}`);
}

const noteCodes = (notes: readonly ReadNote[]): string[] => notes.map((note) => `${note.code} ${note.file}`);

/** A CSV input: the collection file's bytes, and how much of them the head is (the reader's 256 KB, or less to reach the stream's decoder). */
interface CsvInput {
  readonly collection: CollectionName;
  readonly bytes: Uint8Array;
  readonly headSize: number;
}

async function readCsv(input: CsvInput, how: Cutting | undefined): Promise<Outcome> {
  const file = `fuzz/${CSV_FILES[input.collection]}`;
  const notes: ReadNote[] = [];
  const records: unknown[] = [];
  const at: RecordPlaces = { lines: createLineTable(4), rows: createLineTable(4) };
  try {
    const complete = input.bytes.length <= input.headSize;
    const head = csvHeadOf(input.collection, file, input.bytes.length, { bytes: input.bytes.subarray(0, input.headSize), complete }, notes);
    const body = input.bytes.subarray(head.bomLength);
    for await (const record of csvRecords(head, stream(how === undefined ? [body] : cut(body, how)), at, notes)) records.push(record);
  } catch (error) {
    return { records, places: [], notes: noteCodes(notes), error: failure(error) };
  }
  const places = records.map((_, index) => [at.lines.at(index), at.rows.at(index)]);
  places.push([at.lines.at(records.length), at.rows.at(records.length)]);
  return { records, places, notes: noteCodes(notes) };
}

/** An NDJSON input: the collection file's bytes, and how much of them the head is (the reader's 64 KB, or less). */
interface NdjsonInput {
  readonly bytes: Uint8Array;
  readonly headSize: number;
}

async function readNdjson(input: NdjsonInput, how: Cutting | undefined): Promise<Outcome> {
  const file = `fuzz/${NDJSON_FILES.visits}`;
  const records: unknown[] = [];
  const table = createLineTable(4);
  let notes: string[] = [];
  try {
    const complete = input.bytes.length <= input.headSize;
    const { bomLength } = sniffEncoding(input.bytes.subarray(0, input.headSize), file, complete, "json");
    if (bomLength > 0) notes = [`io.bom_removed ${file}`];
    const body = input.bytes.subarray(bomLength);
    for await (const record of ndjsonRecords(file, stream(how === undefined ? [body] : cut(body, how)), table)) records.push(record);
  } catch (error) {
    return { records, places: [], notes, error: failure(error) };
  }
  const places = records.map((_, index) => table.at(index));
  places.push(table.at(records.length));
  return { records, places, notes };
}

async function readJson(bytes: Uint8Array, how: Cutting | undefined): Promise<Outcome> {
  const file = "fuzz/dataset.json";
  const records: unknown[] = [];
  const places: unknown[] = [];
  try {
    const source = jsonDocumentSource(file, parseJsonDocument(how === undefined ? bytes : concat(cut(bytes, how)), file));
    const fields = await source.fields();
    records.push(fields);
    for (const key of typeof fields === "object" && fields !== null ? Object.keys(fields) : []) places.push(source.locate([key, "x"]));
    for (const collection of COLLECTIONS) {
      let index = 0;
      for await (const record of source.records(collection)) {
        records.push(record);
        places.push([collection, source.locate([collection, index++])]);
      }
      places.push([collection, source.locate([collection]), source.locate([collection, index])]);
    }
    return { records, places, notes: noteCodes(source.notes()) };
  } catch (error) {
    return { records, places, notes: [], error: failure(error) };
  }
}

// ----- what inputs are made of -----

/** UTF-8 that parsers trip on. */
const TRAPS: readonly Uint8Array[] = [
  "\0",
  "\uFEFF", // a byte-order mark, anywhere
  "\r",
  "\n",
  "\r\n",
  "\u2028",
  "\u202E", // a bidi override
  "\u00A0",
  "Қә",
  "\u{1F600}", // an emoji
  "ИСТИНА",
  "Ё",
].map(utf8);

/** Bytes that are not UTF-8, or not text. */
const NOT_UTF8: readonly Uint8Array[] = [
  [0xed, 0xa0, 0x80], // a lone high surrogate, CESU-8
  [0xed, 0xb0, 0x80], // a lone low surrogate, CESU-8
  [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], // a surrogate pair, CESU-8 (an emoji as Java writes it)
  [0xff],
  [0xfe, 0xff],
  [0xc0, 0x80], // an overlong NUL
  [0x80],
  [0xe2, 0x82], // a character cut short
  [0xf0, 0x9f, 0x98], // an emoji cut short
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xd0, 0xe0, 0xf1, 0xf2], // Windows-1251 Cyrillic ("Рабт")
  [0xc8, 0xc2, 0xd1, 0x20, 0xe3, 0xee, 0xf0, 0xee, 0xe4, 0xe0], // Windows-1251 words ("ИВС города")
  [0x50, 0x4b, 0x03, 0x04], // a zip archive's start
].map((bytes) => Uint8Array.from(bytes));

/** Text that the CSV, NDJSON and JSON parsers give meaning to. */
const PIECES: readonly string[] = ['"', '""', ",", ";", "\t", " ", "'", "=", "\\", "{", "}", "[", "]", ":", "null", "true", "-", "1e999", "0.1", "F-1", "2023-02-14", "x", "@", "\\u0000", "\\ud800", '\\"', '"x"', "{}", "[]"];

/** A piece of text, mostly UTF-8. */
const piece: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES).map(utf8) },
  { weight: 3, arbitrary: fc.constantFrom(...TRAPS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8, unit: "grapheme" }).map(utf8) },
  { weight: 1, arbitrary: fc.constantFrom(...NOT_UTF8) },
);

/** A run of one piece, for long lines and many columns. */
const run: fc.Arbitrary<Uint8Array> = fc.tuple(fc.constantFrom(",", ";", "x", '"', "[", "{", " ", "Ә", "\r\n", "a\\"), fc.integer({ min: 1, max: 2_000 })).map(([text, times]) => utf8(text.repeat(times)));

/** A change to a file's bytes at a place (taken modulo the length). */
type Mutation =
  | { readonly kind: "flip"; readonly at: number; readonly bit: number }
  | { readonly kind: "set"; readonly at: number; readonly byte: number }
  | { readonly kind: "insert"; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "repeat"; readonly at: number; readonly length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: place, bytes: piece }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: place, bytes: run }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: place, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: place }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("repeat" as const), at: place, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("flip" as const), at: place, bit: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("set" as const), at: place, byte: fc.nat(255) }) },
);

function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = seed;
  for (const change of mutations) {
    const at = change.at % (bytes.length + 1);
    switch (change.kind) {
      case "flip":
      case "set": {
        if (at === bytes.length) break;
        bytes = Uint8Array.from(bytes);
        bytes[at] = change.kind === "flip" ? (bytes[at] ?? 0) ^ (1 << change.bit) : change.byte;
        break;
      }
      case "insert":
        bytes = concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
        break;
      case "delete":
        bytes = concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
        break;
      case "truncate":
        bytes = bytes.subarray(0, at);
        break;
      case "repeat":
        bytes = concat([bytes.subarray(0, at + change.length), bytes.subarray(at)]);
        break;
    }
  }
  return bytes.subarray(0, MAX_BYTES);
}

/** Bytes of pieces, after a prefix (a header line, or nothing). */
const soup = (prefix: Uint8Array): fc.Arbitrary<Uint8Array> => fc.array(fc.oneof({ weight: 20, arbitrary: piece }, { weight: 1, arbitrary: run }), { maxLength: 40 }).map((pieces) => concat([prefix, ...pieces]).subarray(0, MAX_BYTES));

const anyBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 2_048, size: "medium" });

/** Seed files mutated a few times. */
const mutated = (seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> => fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([seed, changes]) => mutate(seed, changes));

/** How much of an input its head is: the whole of it (the reader's head is larger than any input here), or its first bytes. */
const headSize: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 64 }) },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 600 }) },
);

// ----- valid files to start from -----

interface Seeds {
  readonly csv: readonly { readonly collection: CollectionName; readonly bytes: Uint8Array }[];
  readonly ndjson: readonly Uint8Array[];
  readonly json: readonly Uint8Array[];
}

/** The collection files writeDataset writes for a dataset in each form (a few records each, so that they stay small). */
async function seedsOf(scratch: string, datasets: readonly Record<string, unknown>[]): Promise<Seeds> {
  const seeds: { csv: Seeds["csv"][number][]; ndjson: Uint8Array[]; json: Uint8Array[] } = { csv: [], ndjson: [], json: [] };
  for (const [k, dataset] of datasets.entries()) {
    for (const bom of [true, false]) {
      const folder = join(scratch, `${String(k)}-${String(bom)}`);
      await writeDataset(dataset as never, `${folder}-csv`, { form: "csv", bom });
      await writeDataset(dataset as never, `${folder}-ndjson`, { form: "ndjson", bom });
      await writeDataset(dataset as never, `${folder}.json`, { form: "json", bom });
      for (const collection of COLLECTIONS) {
        // Plain copies: a Buffer's slice() is a view, through which a mutation would change the seed.
        seeds.csv.push({ collection, bytes: Uint8Array.from(readFileSync(join(`${folder}-csv`, CSV_FILES[collection]))) });
        seeds.ndjson.push(Uint8Array.from(readFileSync(join(`${folder}-ndjson`, NDJSON_FILES[collection]))));
      }
      seeds.json.push(Uint8Array.from(readFileSync(`${folder}.json`)));
    }
  }
  // As spreadsheets save them: ";" and CRLF, Windows-1251, a header after empty lines, a quoted cell with line breaks.
  seeds.csv.push(
    { collection: "facilities", bytes: encode1251("id;name;type;agency;region\r\nF-1;ИВС города Астаны;temporary_detention_facility;interior;KZ-71\r\nF-2;\"Колония; Абай\";penal_colony;interior;KZ-10\r\n") },
    { collection: "facilities", bytes: utf8("\r\n\r\nid,name,type,agency,region\nF-1,\"ИВС\r\nАстана\",police_unit,interior,KZ-71\nF-2,Қалалық,police_unit,interior,KZ-71\n") },
    { collection: "visits", bytes: utf8("\uFEFFid;type;startedOn;facilityIds\r\nV-1;periodic;2023-02-14;\"F-1; F-2\"\r\n") },
  );
  return seeds;
}

/** Seeds from the example dataset's first records and four generated datasets. */
async function makeSeeds(): Promise<Seeds> {
  const scratch = mkdtempSync(join(tmpdir(), "opcat-hostile-fuzz-"));
  try {
    const example = exampleDataset();
    const slice: Record<string, unknown> = { ...example };
    for (const collection of COLLECTIONS) slice[collection] = example[collection].slice(0, 4);
    const generated = fc.sample(arbitraryDataset, { numRuns: 4, seed: 11 }) as unknown as Record<string, unknown>[];
    return await seedsOf(scratch, [slice, ...generated]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The first line of bytes, with its line end. */
function firstLine(bytes: Uint8Array): Uint8Array {
  const end = bytes.indexOf(10);
  return end < 0 ? bytes : bytes.subarray(0, end + 1);
}

// ----- the properties -----

/** Reads an input whole and in chunks; asserts the same outcome, the time bound and that nothing but a ReadError was thrown. */
async function sameHoweverCut(read: (how: Cutting | undefined) => Promise<Outcome>, how: Cutting): Promise<Outcome> {
  const started = performance.now();
  const whole = await read(undefined);
  const chunked = await read(how);
  const took = performance.now() - started;
  if (whole.error === undefined) expect(chunked).toStrictEqual(whole);
  else {
    // A stream yields the records before the error as it meets them (more of them when a
    // chunk ends before the error): the same error, after the same records as far as both go.
    expect(chunked.error).toStrictEqual(whole.error);
    expect(chunked.notes).toStrictEqual(whole.notes);
    const both = Math.min(chunked.records.length, whole.records.length);
    expect(chunked.records.slice(0, both)).toStrictEqual(whole.records.slice(0, both));
  }
  expect(took).toBeLessThan(TIME_BOUND_MS);
  return whole;
}

/** Places of the records read, then of the one after the last: a number for each record, growing (`strictly`, or never falling), and none after. */
function expectInFileOrder(places: readonly (number | undefined)[], strictly = true): void {
  const read = places.slice(0, -1);
  // One expect for all (an expect per record would cost more than reading).
  const wrong = read.findIndex((place, i) => typeof place !== "number" || (i > 0 && (strictly ? place <= read[i - 1]! : place < read[i - 1]!)));
  expect({ wrong, place: read[wrong], after: places.at(-1) }).toStrictEqual({ wrong: -1, place: undefined, after: undefined });
}

const RUN_TIMEOUT = 120_000;

// Reading is time-zone free: once, in the UTC project.
describe.runIf(process.env["TZ"] === "UTC")("fuzzing the readers: 10,000 inputs each, whole and in chunks", () => {
  let seeds: Seeds;
  beforeAll(async () => {
    seeds = await makeSeeds();
  });

  it("the seeds are valid files, read without an error (else the mutations would start from broken files)", async () => {
    for (const { collection, bytes } of seeds.csv) expect((await readCsv({ collection, bytes, headSize: Number.MAX_SAFE_INTEGER }, undefined)).error).toBeUndefined();
    for (const bytes of seeds.ndjson) expect((await readNdjson({ bytes, headSize: Number.MAX_SAFE_INTEGER }, undefined)).error).toBeUndefined();
    for (const bytes of seeds.json) expect((await readJson(bytes, undefined)).error).toBeUndefined();
  });

  it(
    "CSV: nothing thrown but a ReadError, the same records and places however the file is cut, in time",
    async () => {
      const collection = fc.constantFrom(...COLLECTIONS);
      const withHeader = fc.constantFrom(...seeds.csv).chain((seed) => soup(firstLine(seed.bytes)).map((bytes) => ({ collection: seed.collection, bytes })));
      const input: fc.Arbitrary<Omit<CsvInput, "headSize">> = fc.oneof(
        { weight: 1, arbitrary: fc.record({ collection, bytes: anyBytes }) },
        { weight: 2, arbitrary: withHeader },
        { weight: 5, arbitrary: fc.constantFrom(...seeds.csv).chain((seed) => mutated([seed.bytes]).map((bytes) => ({ collection: seed.collection, bytes }))) },
      );
      await fc.assert(
        fc.asyncProperty(input.map(({ collection, bytes }) => ({ collection, bytes: shown(bytes) })), headSize, cutting, async (given, head, how) => {
          const outcome = await sameHoweverCut((chunks) => readCsv({ ...given, headSize: head }, chunks), how);
          const places = outcome.places as readonly (readonly [number | undefined, number | undefined])[];
          if (outcome.error === undefined) {
            expectInFileOrder(places.map(([line]) => line));
            expectInFileOrder(places.map(([, row]) => row));
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    RUN_TIMEOUT,
  );

  it(
    "NDJSON: nothing thrown but a ReadError, the same records and lines however the file is cut, in time",
    async () => {
      const jsonLines = fc
        .tuple(fc.array(fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), fc.constantFrom("", " ", "\t")), { maxLength: 12 }), fc.constantFrom("\n", "\r\n"))
        .map(([lines, end]) => utf8(lines.join(end)));
      const input = fc.oneof(
        { weight: 1, arbitrary: anyBytes },
        { weight: 2, arbitrary: soup(new Uint8Array()) },
        { weight: 2, arbitrary: fc.tuple(jsonLines, fc.array(mutation, { maxLength: 3 })).map(([bytes, changes]) => mutate(bytes, changes)) },
        { weight: 5, arbitrary: mutated(seeds.ndjson) },
      );
      await fc.assert(
        fc.asyncProperty(input.map(shown), headSize, cutting, async (bytes, head, how) => {
          const outcome = await sameHoweverCut((chunks) => readNdjson({ bytes, headSize: head }, chunks), how);
          if (outcome.error === undefined) expectInFileOrder(outcome.places as readonly (number | undefined)[]);
        }),
        { numRuns: RUNS, seed: SEED + 1 },
      );
    },
    RUN_TIMEOUT,
  );

  it(
    "JSON: nothing thrown but a ReadError, the same document and lines however the file is cut, in time",
    async () => {
      const documents = fc
        .tuple(
          fc.dictionary(fc.constantFrom("format", "profile", "period", "reported", "x", "__proto__", ...COLLECTIONS), fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }))),
          fc.constantFrom(0, 2, "\t"),
          fc.boolean(),
        )
        .map(([document, indent, crlf]) => {
          const text = JSON.stringify(document, undefined, indent);
          return utf8(crlf ? text.replaceAll("\n", "\r\n") : text);
        });
      const input = fc.oneof(
        { weight: 1, arbitrary: anyBytes },
        { weight: 2, arbitrary: soup(new Uint8Array()) },
        { weight: 2, arbitrary: fc.tuple(documents, fc.array(mutation, { maxLength: 3 })).map(([bytes, changes]) => mutate(bytes, changes)) },
        { weight: 5, arbitrary: mutated(seeds.json) },
      );
      await fc.assert(
        fc.asyncProperty(input.map(shown), cutting, async (bytes, how) => {
          const outcome = await sameHoweverCut((chunks) => readJson(bytes, chunks), how);
          if (outcome.error !== undefined) return;
          // Every record of an array collection has a line, none past the last, in file order.
          for (const collection of COLLECTIONS) {
            const lines = outcome.places.filter((place): place is [string, { line: number } | undefined] => Array.isArray(place) && place[0] === collection && place.length === 2).map(([, at]) => at?.line);
            const end = outcome.places.find((place): place is unknown[] => Array.isArray(place) && place[0] === collection && place.length === 3);
            // Records on one line share it.
            expectInFileOrder([...lines, (end?.[2] as { line: number } | undefined)?.line], false);
          }
        }),
        { numRuns: RUNS, seed: SEED + 2 },
      );
    },
    RUN_TIMEOUT,
  );
});
