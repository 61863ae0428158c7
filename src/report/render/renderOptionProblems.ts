import type { OpcatProblem } from "../../errors/OpcatError";
import { languageProblems, optionProblem } from "../../errors/optionProblems";

/**
 * The problems of a renderer's `lang` (`en`, `ru`, `kk`) and `format` (`markdown`, `text`),
 * for callers without types: `renderReport` and `renderFollowUp`.
 *
 * @internal
 */
export function renderOptionProblems(options: { readonly lang?: unknown; readonly format?: unknown }): OpcatProblem[] {
  const { format } = options;
  const problems = languageProblems(options.lang);
  if (format !== "markdown" && format !== "text") {
    problems.push(optionProblem("schema.invalid_value", "format", "format must be markdown or text", { value: format ?? null, expected: "markdown | text" }));
  }
  return problems;
}
