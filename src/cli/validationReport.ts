import type { IssueCode } from "../validate/catalogue";
import type { Language } from "../model/language";
import type { ValidationIssue, ValidationResult } from "../validate/types";
import { terminalText } from "./terminal";

// Nouns by plural category (Intl.PluralRules): Kazakh nouns after a numeral stay singular.
type Forms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const WORDS = {
  en: { errors: { one: "error", other: "errors" }, warnings: { one: "warning", other: "warnings" }, valid: "valid", invalid: "not valid", more: "… # more", notListed: "# not listed (raise --max-issues)" },
  ru: {
    errors: { one: "ошибка", few: "ошибки", other: "ошибок" },
    warnings: { one: "предупреждение", few: "предупреждения", other: "предупреждений" },
    valid: "данные корректны",
    invalid: "данные некорректны",
    more: "… и ещё #",
    notListed: "Не показано: # (увеличьте --max-issues)",
  },
  kk: { errors: { other: "қате" }, warnings: { other: "ескерту" }, valid: "деректер дұрыс", invalid: "деректер дұрыс емес", more: "… тағы #", notListed: "Көрсетілмеді: # (--max-issues мәнін арттырыңыз)" },
} as const satisfies Record<Language, { errors: Forms; warnings: Forms; valid: string; invalid: string; more: string; notListed: string }>;

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
  const words = WORDS[lang];
  const style = colour ? COLOUR : PLAIN;
  const number = new Intl.NumberFormat(lang);
  const plural = new Intl.PluralRules(lang);
  const count = (n: number, forms: Forms) => `${number.format(n)} ${(forms as Partial<Record<Intl.LDMLPluralRule, string>>)[plural.select(n)] ?? forms.other}`;
  const { counts } = result;
  const lines = [`${terminalText(file)}: ${result.valid ? words.valid : words.invalid} — ${count(counts.errors, words.errors)}, ${count(counts.warnings, words.warnings)}`];
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
    const forms: Forms = severity === "error" ? words.errors : words.warnings;
    lines.push("", paint(`${forms.one ?? forms.other} ${code} ×${number.format(total)}`));
    if (locationsPerCode === 0) continue;
    for (const issue of group.slice(0, locationsPerCode)) lines.push(`  ${style.dim(terminalText(formatPath(issue.path)))}: ${terminalText(issue.message)}`);
    const rest = total - Math.min(group.length, locationsPerCode);
    if (rest > 0) lines.push(style.dim(`  ${words.more.replace("#", number.format(rest))}`));
  }
  if (counts.omitted > 0) lines.push("", style.dim(words.notListed.replace("#", number.format(counts.omitted))));
  return `${lines.join("\n")}\n`;
}
