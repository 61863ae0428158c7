import { editDistance } from "./editDistance";
/** Extensions a person or a program may give a table instead of the expected one. */
const EXTENSION = /\.(?:csv|tsv|tab|txt|xlsx|xlsm|xlsb|xls|ods|numbers|ndjson|jsonl|json)$/u;

/**
 * Marks a file manager or a program adds to a copy: `(1)` from a second download (Windows,
 * browsers), ` - Copy` / ` - Копия` / ` - Көшірме` from Windows Explorer, `copy` from macOS.
 */
const COPY_NUMBER = /(?:\(\d+\)|\[\d+\])$/u;
const COPY_WORD = /(?:copy|копия|көшірме|көшірмесі)$/u;
const COPY_PREFIX = /^(?:copy of|копия)\s/u;
/** Spaces, dashes and underscores at the end, left by a mark taken off. */
const SEPARATORS = /[\s\-–—_]+$/u;

/** The name as compared: compatibility forms folded (fullwidth letters), lower case, the marks of a copy and any extensions taken off. */
function stemOf(name: string): string {
  let stem = name.normalize("NFKC").toLowerCase().trim();
  for (let before = ""; before !== stem; ) {
    before = stem;
    stem = stem.replace(EXTENSION, "").replace(COPY_NUMBER, "").replace(SEPARATORS, "").replace(COPY_WORD, "").replace(SEPARATORS, "").replace(COPY_PREFIX, "").trim();
  }
  return stem;
}

/** The stems an expected name is recognized by: its own, and its singular (`facilities` → `facility`, `visits` → `visit`). */
function expectedStems(name: string): readonly string[] {
  const stem = stemOf(name);
  if (stem.endsWith("ies")) return [stem, `${stem.slice(0, -3)}y`];
  if (stem.endsWith("s")) return [stem, stem.slice(0, -1)];
  return [stem];
}

/**
 * The expected file name that a file name in a folder looks like without being it, or
 * undefined: the same name in other letter case (`Accountability.csv`), with the marks of a
 * copy (`recommendations (1).csv`, `visits - Copy.csv`, `visits - Копия.csv`), with another or
 * a doubled extension (`.xlsx`, `.txt`, `.tsv`, `.csv.csv`), in the singular
 * (`facility.csv`), or a slip of a letter or two (`visit.csv`, `facilites.csv`, `recomendations.csv`:
 * one edit in names of up to 7 characters, two in longer ones). The expected names
 * themselves, hidden files (`.name`, such as the writers' temporary files and LibreOffice's
 * locks) and Excel's lock files (`~$name`) look like nothing.
 *
 * @internal
 */
export function lookalikeFileName(name: string, expected: readonly string[]): string | undefined {
  if (expected.includes(name) || name.startsWith(".") || name.startsWith("~$")) return undefined;
  const stem = stemOf(name);
  if (stem === "") return undefined;
  let best: { readonly name: string; readonly distance: number } | undefined;
  for (const candidate of expected) {
    for (const target of expectedStems(candidate)) {
      const most = target.length <= 7 ? 1 : 2;
      const distance = editDistance(stem, target, most);
      if (distance <= most && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
    }
  }
  return best?.name;
}
