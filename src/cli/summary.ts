import type { Dataset } from "../model/dataset";
import type { Language } from "../model/language";
import { formatPeriod } from "../text/dates";
import { formatNumber } from "../text/numbers";
import { cliText } from "./texts";
import { label, profileName } from "../profiles/label";
import type { ListName, Profile } from "../profiles/profile";

/** Sums of weights by code, in the order of the profile's list, then codes it lacks. */
function sumBy(profile: Profile, list: ListName, weighted: readonly (readonly [string, number])[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const [code, weight] of weighted) counts.set(code, (counts.get(code) ?? 0) + weight);
  const ordered: [string, number][] = [];
  for (const entry of profile.lists[list]) {
    const count = counts.get(entry.code);
    if (count !== undefined) ordered.push([entry.code, count]);
    counts.delete(entry.code);
  }
  return [...ordered, ...counts];
}

/**
 * A plain-text account of what a dataset holds, with the profile's labels in one language:
 * the interim main job of the CLI until the annual report exists.
 */
export function renderSummary(dataset: Dataset, profile: Profile, lang: Language): string {
  const lines: string[] = [];
  const table = (title: string, list: ListName, codes: readonly string[], weights?: readonly number[]) => {
    lines.push(`  ${title}:`);
    for (const [code, count] of sumBy(profile, list, codes.map((code, i) => [code, weights?.[i] ?? 1] as const))) {
      lines.push(`    ${label(profile, list, code, lang)}: ${formatNumber(count, lang)}`);
    }
  };
  lines.push(`${profileName(profile, lang)} — ${cliText("summary.period", lang)}: ${formatPeriod(dataset.period, lang)}`);
  lines.push("");
  lines.push(`${cliText("summary.facilities", lang)}: ${formatNumber(dataset.facilities.length, lang)}`);
  table(cliText("summary.byAgency", lang), "agencies", dataset.facilities.map((facility) => facility.agency));
  lines.push(`${cliText("summary.visits", lang)}: ${formatNumber(dataset.visits.length, lang)}`);
  table(cliText("summary.byType", lang), "visitTypes", dataset.visits.map((visit) => visit.type));
  lines.push(`${cliText("summary.recommendations", lang)}: ${formatNumber(dataset.recommendations.length, lang)}`);
  table(cliText("summary.byLevel", lang), "levels", dataset.recommendations.map((recommendation) => recommendation.level));
  const officials = dataset.accountability.reduce((sum, action) => sum + action.officials, 0);
  lines.push(`${cliText("summary.actions", lang)}: ${formatNumber(dataset.accountability.length, lang)} (${formatNumber(officials, lang)} ${cliText("summary.officials", lang)})`);
  table(
    cliText("summary.officialsByInitiator", lang),
    "initiators",
    dataset.accountability.map((action) => action.initiator),
    dataset.accountability.map((action) => action.officials),
  );
  return `${lines.join("\n")}\n`;
}
