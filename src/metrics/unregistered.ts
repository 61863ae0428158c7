/**
 * The group key under which figures broken down by a facility's agency, type or region
 * count facilities that are not in the register (a visit to an id the dataset's facilities
 * lack, which {@link validateDataset} reports as `ref.unknown_facility`). It can never be a
 * profile code, since codes start with a letter or a digit; it appears only when needed.
 *
 * @example
 * ```ts
 * import { UNREGISTERED } from "opcat-npm";
 *
 * UNREGISTERED;
 * //=> "_unregistered"
 * ```
 */
export const UNREGISTERED = "_unregistered";
