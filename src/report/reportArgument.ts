import type { OpcatProblem } from "../errors/OpcatError";
import { shapeProblem } from "../errors/shapeProblem";
import { REPORT_FORMAT, REPORT_SHAPE } from "./report";

/**
 * The problems of an argument that should be a report made by {@link buildReport} (or read
 * back from `report --format json`): its format tag (`schema.invalid_value`), then the first
 * value of the wrong type (`schema.invalid_type`, with its path), or `schema.unreadable`.
 *
 * @internal
 */
export function reportProblems(report: unknown, argument = "report"): OpcatProblem[] {
  return formatProblems(report, REPORT_FORMAT, "buildReport", argument) ?? [shapeProblem(report, REPORT_SHAPE, argument)].filter((problem) => problem !== undefined);
}

/**
 * Another object's format tag (a follow-up report given as a report, ...): `schema.invalid_value`
 * at `format`; undefined when the tag is right or there is none to read.
 *
 * @internal
 */
export function formatProblems(value: unknown, format: string, maker: string, argument: string): OpcatProblem[] | undefined {
  let tag: unknown;
  try {
    tag = typeof value === "object" && value !== null ? (value as { readonly format?: unknown }).format : undefined;
  } catch {
    return undefined;
  }
  if (typeof tag !== "string" || tag === format) return undefined;
  return [{ code: "schema.invalid_value", path: ["format"], message: `${argument}.format is ${tag.slice(0, 40)}, not ${format}: not what ${maker} makes`, params: { argument, value: tag, expected: format } }];
}
