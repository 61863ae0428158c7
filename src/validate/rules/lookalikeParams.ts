import type { Lookalike } from "../lookalikeIndex";
import { findReadingChange } from "./findReadingChange";
import { spelledVisibly } from "./spelledVisibly";

/**
 * The params of `ref.lookalike_id` and `ref.lookalike_reference`: an id (a record's or a
 * reference's), the collection, the record whose id reads the same, both spellings as they
 * are and as shown (`\uXXXX` for what does not show), and the first difference in the id
 * that has one (the given id's, else the other's: both cannot be as read, or they would be
 * one spelling), with the spelling it is in.
 *
 * @internal
 */
export function lookalikeParams(id: string, collection: string, other: Lookalike): Readonly<Record<string, unknown>> {
  const own = findReadingChange(id);
  const change = own ?? findReadingChange(other.id);
  const spelling = spelledVisibly(id);
  const otherSpelling = spelledVisibly(other.id);
  return {
    id,
    spelling,
    collection,
    otherId: other.id,
    otherSpelling,
    otherIndex: other.position,
    difference: change?.kind,
    codePoint: change?.codePoint,
    position: change?.position,
    differsIn: own === undefined ? otherSpelling : spelling,
  };
}
