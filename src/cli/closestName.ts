import { editDistance } from "../io/editDistance";

/**
 * The name among `known` that `given` most likely meant (a slip of one or two letters, or two
 * swapped), for "did you mean …?"; undefined when none is that close.
 */
export function closestName(given: string, known: readonly string[]): string | undefined {
  const most = given.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = most + 1;
  for (const name of known) {
    const distance = editDistance(given, name, most);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
