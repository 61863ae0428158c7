import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// vitest 5 prints failures with Map.groupBy, which Node 20 lacks: without this, a failing run
// crashes in the reporter and hides the failures. Test tooling only; the library needs none.
if (typeof (Map as { groupBy?: unknown }).groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    configurable: true,
    writable: true,
    value: <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> => {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group === undefined) groups.set(key, [item]);
        else group.push(item);
      }
      return groups;
    },
  });
}

// Every test file runs under TZ=UTC. A file whose first line is the marker
//
//     // @time-zones: <why the file computes with dates>
//
// runs under Asia/Almaty and America/Sao_Paulo as well: a civil date must mean the same day
// everywhere. Mark a file when what it tests turns civil dates into days, instants or text
// (src/dates; statusAsOf and the asOf window; due dates, days overdue, visit cycles, days to
// implement; grouping by month or period; dates written in text or read from files), when it
// pins whole outputs that contain dates (the golden files), or when the test itself makes Date
// objects or reads the zone. Asia/Almaty moved from UTC+6 to UTC+5 on 2024-03-01;
// America/Sao_Paulo had midnight DST switches. Generated doc-example files are marked by
// scripts/extract-examples.mjs when an example writes a date. Checked when the matrix was
// narrowed: on five builds broken to use local time (toUtcDate, civilDateFromDayNumber,
// dayNumber, the report's dates in text, monthOf), every file the full matrix saw fail is marked.
const TIME_ZONE_MARKER = "// @time-zones:";
const OTHER_TIME_ZONES = ["Asia/Almaty", "America/Sao_Paulo"] as const;
const TEST_FILES = "test/**/*.test.ts";

/** The test files (paths from the repository root) that ask to run in every time zone. */
function filesForEveryTimeZone(): string[] {
  const root = fileURLToPath(new URL(".", import.meta.url));
  const marked: string[] = [];
  for (const entry of readdirSync(path.join(root, "test"), { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".test.ts")) continue;
    const file = `test/${entry.split(path.sep).join("/")}`;
    const [first = "", ...rest] = readFileSync(path.join(root, file), "utf8").split("\n");
    // A marker anywhere but on the first line would be silently ignored: refuse it.
    if (rest.some((line) => line.startsWith(TIME_ZONE_MARKER))) {
      throw new Error(`${file}: the ${TIME_ZONE_MARKER} marker must be the file's first line`);
    }
    if (first.startsWith(TIME_ZONE_MARKER)) marked.push(file);
  }
  return marked.sort();
}

const EVERY_TIME_ZONE = filesForEveryTimeZone();

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: "TZ=UTC", env: { TZ: "UTC" }, include: [TEST_FILES] } },
      ...OTHER_TIME_ZONES.map((tz) => ({
        extends: true,
        test: { name: `TZ=${tz}`, env: { TZ: tz }, include: EVERY_TIME_ZONE },
      })),
    ],
    setupFiles: ["test/setup.ts"],
    pool: "forks",
    // The library holds no module state, so files can share a worker's module cache
    // (measured: the doc-example tests took 93 s isolated, 13 s shared).
    isolate: false,
    coverage: { provider: "v8", include: ["src/**/*.ts"], exclude: ["src/cli/**"] },
  },
});
