import type { TextLanguage } from "../text/types";
import type { PathSegment } from "../errors/OpcatError";
import { ISSUE_CATALOGUE, type IssueCode } from "./catalogue";
import { formatIssueMessage } from "./messages";
import type { ValidationIssue, ValidationResult } from "./types";

/**
 * Collects issues: counts every one, keeps the first `maxIssues` with their message.
 * Messages are built only for the issues kept, so a million problems cost a million counts.
 *
 * @internal
 */
export function createCollector(lang: TextLanguage, maxIssues: number) {
  const issues: ValidationIssue[] = [];
  const byCode: Partial<Record<IssueCode, number>> = {};
  let errors = 0;
  let warnings = 0;
  const report = (code: IssueCode, path: readonly PathSegment[], params: Readonly<Record<string, unknown>> = {}): void => {
    const { severity } = ISSUE_CATALOGUE[code];
    if (severity === "error") errors++;
    else warnings++;
    byCode[code] = (byCode[code] ?? 0) + 1;
    if (issues.length < maxIssues) issues.push({ code, severity, path, message: formatIssueMessage(code, params, lang), params });
  };
  const result = (): ValidationResult => ({
    valid: errors === 0,
    issues,
    counts: { errors, warnings, listed: issues.length, omitted: errors + warnings - issues.length, byCode },
  });
  return { report, result };
}
