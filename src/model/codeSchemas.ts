import type * as z from "zod";
import { Code } from "./code";

/**
 * The schemas used for the code fields of the entities. The plain model accepts any
 * well-formed code; {@link schemasFor} swaps in schemas that also check a profile's lists.
 *
 * @internal
 */
export interface CodeSchemas {
  readonly profile: z.ZodString;
  readonly agency: z.ZodString;
  readonly facilityType: z.ZodString;
  readonly region: z.ZodString;
  readonly theme: z.ZodString;
}

/**
 * Code schemas that accept any well-formed code: the country-agnostic model.
 *
 * @internal
 */
export const ANY_CODES: CodeSchemas = {
  profile: Code,
  agency: Code,
  facilityType: Code,
  region: Code,
  theme: Code,
};
