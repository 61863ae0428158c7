import { afterEach, beforeEach, vi } from "vitest";

// A library must not print: any console output during a test fails that test.
const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;
const printed: string[] = [];

beforeEach(() => {
  printed.length = 0;
  for (const method of METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(`console.${method}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (printed.length > 0) {
    const lines = printed.splice(0).join("\n");
    throw new Error(`The test printed to the console:\n${lines}`);
  }
});
