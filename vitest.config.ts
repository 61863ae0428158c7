import { defineConfig } from "vitest/config";

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
    coverage: { provider: "v8", include: ["src/**/*.ts"], exclude: ["src/cli/**"] },
  },
});
