import * as z from "zod";

/**
 * Text with at least one character that is not white space (a facility's name).
 *
 * @internal
 */
// A PURE-marked arrow so that bundlers drop the schema, and zod, when it is unused.
export const NonBlankText = /* @__PURE__ */ (() => z.string().regex(/\S/, { error: "Must not be empty" }))();
