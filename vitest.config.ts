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

// Every test file runs once per time zone: a civil date must mean the same day everywhere.
// Asia/Almaty moved from UTC+6 to UTC+5 on 2024-03-01; America/Sao_Paulo had midnight DST switches.
const TIME_ZONES = ["UTC", "Asia/Almaty", "America/Sao_Paulo"] as const;

export default defineConfig({
  test: {
    projects: TIME_ZONES.map((tz) => ({
      extends: true,
      test: {
        name: `TZ=${tz}`,
        env: { TZ: tz },
      },
    })),
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    pool: "forks",
    // The library holds no module state, so files can share a worker's module cache
    // (measured: the doc-example tests took 93 s isolated, 13 s shared).
    isolate: false,
    coverage: { provider: "v8", include: ["src/**/*.ts"], exclude: ["src/cli/**"] },
  },
});
