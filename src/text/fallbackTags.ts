import type { TextLanguage } from "./types";

/**
 * The tags a language's texts are looked up by, in order: its own, then its fallback chain
 * depth first (each once), then `en`. The tags alone, without the packs' rules: for labels,
 * which need nothing else (and so no pack's month names in a bundle that only labels codes).
 *
 * @internal
 */
export function fallbackTags(lang: TextLanguage): readonly string[] {
  const tags: string[] = [];
  const visit = (entry: TextLanguage): void => {
    const tag = typeof entry === "string" ? entry : entry.tag;
    if (tags.includes(tag)) return;
    tags.push(tag);
    if (typeof entry !== "string") for (const next of entry.fallback) visit(next);
  };
  visit(lang);
  if (!tags.includes("en")) tags.push("en");
  return tags;
}
