import { OpcatError, type OpcatProblem } from "./OpcatError";

/**
 * The error of a file or folder that cannot be written (`io.target_exists`,
 * `io.target_is_folder`, `io.target_not_folder`, `io.target_is_input`,
 * `io.target_other_form`, `io.no_space`, `io.not_permitted`, `io.unwritable`) or of a value
 * the form written cannot hold exactly (`io.not_representable`, at the value's `path`). An
 * {@link OpcatError}; `params.file` names the file, and `message` (the problem's message,
 * without the code) is one line for the user, in English (`errorMessage` gives it in
 * another language).
 *
 * @example
 * ```ts
 * import { OpcatError } from "opcat-npm";
 * import { WriteError } from "opcat-npm/io";
 *
 * const error = new WriteError([{ code: "io.target_exists", path: [], message: "out.json exists already; replacing it needs overwrite", params: { file: "out.json" } }]);
 * [error.code, error.message, error instanceof OpcatError];
 * //=> ["io.target_exists", "out.json exists already; replacing it needs overwrite", true]
 * ```
 */
export class WriteError extends OpcatError {
  override readonly name: string = "WriteError";

  constructor(problems: readonly [OpcatProblem, ...OpcatProblem[]]) {
    super(problems);
    const [first] = this.problems;
    if (first !== undefined && first.code.startsWith("io.")) this.message = first.message;
  }
}
