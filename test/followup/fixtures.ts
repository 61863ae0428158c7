// Shared fixtures of the follow-up tests: the example dataset (parsed once per worker) and
// a builder of whole datasets (for validateDataset) from hand-written records.
import { readFileSync } from "node:fs";
import { civilDate } from "../../src/dates/civilDate";
import { Dataset } from "../../src/model/dataset";
import type { Facility } from "../../src/model/facility";
import type { Recommendation } from "../../src/model/recommendation";
import type { Visit } from "../../src/model/visit";
import { YEAR_2023 } from "../metrics/helpers";

export const EXAMPLE_PATH = new URL("../../examples/data/kz-2023.json", import.meta.url).pathname;
/** The day the 2023 consolidated report was presented. */
export const EXAMPLE_AS_OF = civilDate("2024-11-08");

let example: { raw: unknown; dataset: Dataset } | undefined;

/** The example dataset: the raw JSON and the parsed dataset (a fresh copy of each). */
export function exampleDataset(): { raw: Record<string, unknown>; dataset: Dataset } {
  if (example === undefined) {
    const raw: unknown = JSON.parse(readFileSync(EXAMPLE_PATH, "utf8"));
    example = { raw, dataset: Dataset.parse(raw) };
  }
  return { raw: structuredClone(example.raw) as Record<string, unknown>, dataset: structuredClone(example.dataset) };
}

/** A whole dataset of the contract around hand-written records (the 2023 period). */
export function wholeDataset(parts: { facilities?: Facility[]; visits?: Visit[]; recommendations?: Recommendation[] }): Dataset {
  return {
    format: "opcat-npm/dataset@1",
    profile: "kz",
    period: YEAR_2023,
    facilities: parts.facilities ?? [],
    visits: parts.visits ?? [],
    recommendations: parts.recommendations ?? [],
    accountability: [],
  };
}

/** Freezes a value and everything in it (to prove a function does not change its input). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
