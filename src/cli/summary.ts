import type { Dataset } from "../model/dataset";
import type { Language } from "../model/language";
import { formatCivilDate } from "../dates/formatCivilDate";
import { label } from "../profiles/label";
import type { ListName, Profile } from "../profiles/profile";

const WORDS = {
  en: { period: "Reporting period", facilities: "Facilities in the register", visits: "Visits", recommendations: "Recommendations", actions: "Accountability actions", officials: "officials held liable", byAgency: "by supervising agency", byType: "by type", byLevel: "by level", officialsByInitiator: "officials by initiator" },
  ru: { period: "Отчётный период", facilities: "Учреждения в реестре", visits: "Посещения", recommendations: "Рекомендации", actions: "Меры ответственности", officials: "должностных лиц привлечено к ответственности", byAgency: "по ведомствам", byType: "по видам", byLevel: "по уровню", officialsByInitiator: "должностные лица по инициатору" },
  kk: { period: "Есептік кезең", facilities: "Тізілімдегі мекемелер", visits: "Барулар", recommendations: "Ұсынымдар", actions: "Жауапкершілік шаралары", officials: "лауазымды адам жауапкершілікке тартылды", byAgency: "ведомстволар бойынша", byType: "түрлері бойынша", byLevel: "деңгейі бойынша", officialsByInitiator: "лауазымды адамдар бастамашысы бойынша" },
} as const satisfies Record<Language, Record<string, string>>;

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
  const words = WORDS[lang];
  const number = new Intl.NumberFormat(lang);
  const lines: string[] = [];
  const table = (title: string, list: ListName, codes: readonly string[], weights?: readonly number[]) => {
    lines.push(`  ${title}:`);
    for (const [code, count] of sumBy(profile, list, codes.map((code, i) => [code, weights?.[i] ?? 1] as const))) {
      lines.push(`    ${label(profile, list, code, lang)}: ${number.format(count)}`);
    }
  };
  lines.push(`${profile.name[lang]} — ${words.period}: ${formatCivilDate(dataset.period.from, lang)} – ${formatCivilDate(dataset.period.to, lang)}`);
  lines.push("");
  lines.push(`${words.facilities}: ${number.format(dataset.facilities.length)}`);
  table(words.byAgency, "agencies", dataset.facilities.map((facility) => facility.agency));
  lines.push(`${words.visits}: ${number.format(dataset.visits.length)}`);
  table(words.byType, "visitTypes", dataset.visits.map((visit) => visit.type));
  lines.push(`${words.recommendations}: ${number.format(dataset.recommendations.length)}`);
  table(words.byLevel, "levels", dataset.recommendations.map((recommendation) => recommendation.level));
  const officials = dataset.accountability.reduce((sum, action) => sum + action.officials, 0);
  lines.push(`${words.actions}: ${number.format(dataset.accountability.length)} (${number.format(officials)} ${words.officials})`);
  table(
    words.officialsByInitiator,
    "initiators",
    dataset.accountability.map((action) => action.initiator),
    dataset.accountability.map((action) => action.officials),
  );
  return `${lines.join("\n")}\n`;
}
