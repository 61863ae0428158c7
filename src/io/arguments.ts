import type { OpcatProblem } from "../errors/OpcatError";
import { argumentProblem, readFields } from "../errors/optionProblems";

// The arguments of the io functions, checked where they come in: the readers themselves
// are not involved (a source's own faults are ReadErrors).

const SOURCE_METHODS = ["fields", "records", "locate", "notes", "bytes"] as const;

/**
 * `source` must be a {@link DatasetSource} (as openDataset gives): its methods and its
 * form and path (`schema.invalid_type`, or `schema.unreadable`).
 *
 * @internal
 */
export function sourceProblems(source: unknown): OpcatProblem[] {
  const { fields, problems } = readFields(source, [...SOURCE_METHODS, "form", "path"], "source", false);
  if (problems.length > 0) return problems;
  for (const method of SOURCE_METHODS) {
    if (typeof fields[method] !== "function") return [argumentProblem("schema.invalid_type", "source", [method], "a function: source must be a DatasetSource, as openDataset gives", fields[method])];
  }
  if (typeof fields["path"] !== "string") return [argumentProblem("schema.invalid_type", "source", ["path"], "text", fields["path"])];
  return [];
}

/**
 * `onProgress` must be a function and `progressEvery` a whole number from 1 up, when given.
 *
 * @internal
 */
export function progressProblems(onProgress: unknown, progressEvery: unknown): OpcatProblem[] {
  const problems: OpcatProblem[] = [];
  if (onProgress !== undefined && typeof onProgress !== "function") problems.push({ ...argumentProblem("schema.invalid_type", "options", ["onProgress"], "a function", onProgress), path: ["onProgress"] });
  if (progressEvery !== undefined && !(Number.isSafeInteger(progressEvery) && (progressEvery as number) >= 1)) {
    problems.push({ code: "schema.invalid_value", path: ["progressEvery"], message: "progressEvery must be a whole number from 1 up", params: { argument: "options", value: typeof progressEvery === "number" ? progressEvery : null, expected: "whole number from 1 up" } });
  }
  return problems;
}

/**
 * A path argument must be text that is not empty (`schema.invalid_type`).
 *
 * @internal
 */
export function pathProblems(value: unknown, argument: string): OpcatProblem[] {
  return typeof value === "string" && value !== "" ? [] : [argumentProblem("schema.invalid_type", argument, [], "a path (text that is not empty)", value)];
}
