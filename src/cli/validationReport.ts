import type { IssueCode } from "../validate/catalogue";
import type { Language } from "../model/language";
import type { ValidationIssue, ValidationResult } from "../validate/types";
import { formatNumber } from "../text/numbers";
import { terminalText } from "./terminal";
import { cliText } from "./texts";

const LOCATIONS_PER_CODE = 5;

interface Style {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly dim: (text: string) => string;
}

const PLAIN: Style = { error: (text) => text, warning: (text) => text, dim: (text) => text };
const COLOUR: Style = {
  error: (text) => `\u001b[31m${text}\u001b[39m`,
  warning: (text) => `\u001b[33m${text}\u001b[39m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

/** A JSON-pointer-like rendering of a path: visits[12].facilityIds[0]. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const step of path) text += typeof step === "number" ? `[${String(step)}]` : text === "" ? step : `.${step}`;
  return text === "" ? "(dataset)" : text;
}

/**
 * The human report of a validation: a summary line, then one block per code (errors first)
 * with its true count and the first locations with their messages (none when
 * `locationsPerCode` is 0: the counts alone). The data it quotes (the file name, paths and
 * messages) is made safe for a terminal here, so that its colour can go out as it is.
 */
export function renderValidationReport(file: string, result: ValidationResult, lang: Language, colour: boolean, locationsPerCode = LOCATIONS_PER_CODE): string {
  const style = colour ? COLOUR : PLAIN;
  const { counts } = result;
  const verdict = cliText(result.valid ? "validation.valid" : "validation.invalid", lang);
  const lines = [`${terminalText(file)}: ${verdict} — ${cliText("validation.errors", lang, { n: counts.errors })}, ${cliText("validation.warnings", lang, { n: counts.warnings })}`];
  const listed = new Map<IssueCode, ValidationIssue[]>();
  for (const issue of result.issues) {
    const group = listed.get(issue.code);
    if (group === undefined) listed.set(issue.code, [issue]);
    else group.push(issue);
  }
  const codes = (Object.keys(counts.byCode) as IssueCode[]).sort((a, b) => {
    const severity = (code: IssueCode) => (listed.get(code)?.[0]?.severity === "warning" ? 1 : 0);
    return severity(a) - severity(b) || a.localeCompare(b);
  });
  for (const code of codes) {
    const total = counts.byCode[code] ?? 0;
    const group = listed.get(code) ?? [];
    const severity = group[0]?.severity ?? "error";
    const paint = severity === "error" ? style.error : style.warning;
    // The severity in the reader's language, the stable code beside it (what the docs and a search know it by).
    lines.push("", paint(`${cliText(severity === "error" ? "validation.error" : "validation.warning", lang)} ${code} ×${formatNumber(total, lang)}`));
    if (locationsPerCode === 0) continue;
    for (const issue of group.slice(0, locationsPerCode)) lines.push(`  ${style.dim(terminalText(formatPath(issue.path)))}: ${terminalText(issue.message)}`);
    const rest = total - Math.min(group.length, locationsPerCode);
    if (rest > 0) lines.push(style.dim(`  ${cliText("validation.more", lang, { n: rest })}`));
  }
  if (counts.omitted > 0) lines.push("", style.dim(cliText("validation.notListed", lang, { n: counts.omitted })));
  return `${lines.join("\n")}\n`;
}
