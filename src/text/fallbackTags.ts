import type { TextLanguage } from "./types";

/**
 * The languages a language's texts are looked up in, in order: itself, then its fallback
 * chain depth first (each tag once), then `en`, the last resort. Built-in languages stay
 * tags, so that a caller that needs only tags (labels) bundles no pack's rules.
 *
 * @internal
 */
export function fallbackEntries(lang: TextLanguage): readonly TextLanguage[] {
  const entries: TextLanguage[] = [];
  const tags: string[] = [];
  const visit = (entry: TextLanguage): void => {
    const tag = typeof entry === "string" ? entry : entry.tag;
    if (tags.includes(tag)) return;
    tags.push(tag);
    entries.push(entry);
    if (typeof entry !== "string") for (const next of entry.fallback) visit(next);
  };
  visit(lang);
  if (!tags.includes("en")) entries.push("en");
  return entries;
}

/**
 * The tags of {@link fallbackEntries}: what labels are looked up by.
 *
 * @internal
 */
export function fallbackTags(lang: TextLanguage): readonly string[] {
  return fallbackEntries(lang).map((entry) => (typeof entry === "string" ? entry : entry.tag));
}
