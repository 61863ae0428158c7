import type { OpcatProblem } from "../../errors/OpcatError";
import { shapeProblem, type Shape } from "../../errors/shapeProblem";

const ROW: Shape = { code: "string", label: "string", unit: "string", values: ["number?"], shown: "boolean" };

const TABLE: Shape = {
  name: "string",
  heading: "string",
  labelTitle: "string",
  columns: [{ key: "string", title: "string", role: "string" }],
  rows: [ROW],
  notes: ["string"],
  empty: "boolean",
  inDocument: "boolean",
  asFile: "boolean",
};

/**
 * The problems of an argument that should be a table of `reportTables`: the first value of
 * the wrong type (`schema.invalid_type`, with its path; the totals row a row or null), or
 * `schema.unreadable`.
 *
 * @internal
 */
export function reportTableProblems(table: unknown, argument = "table"): OpcatProblem[] {
  const problem = shapeProblem(table, TABLE, argument);
  if (problem !== undefined) return [problem];
  const total = (table as { readonly total?: unknown }).total;
  if (total === null) return [];
  const inTotal = shapeProblem(total, ROW, argument);
  return inTotal === undefined ? [] : [{ ...inTotal, path: ["total", ...inTotal.path] }];
}
