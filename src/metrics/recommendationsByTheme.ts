import { addCounts, countsByCode, increment, type Counts } from "./counts";
import { runMetric, type Metric } from "./metric";
import type { MetricOptions } from "./metricContext";
import type { ReportData } from "./reportData";

/**
 * The metric of {@link recommendationsByTheme}.
 *
 * @internal
 */
export const recommendationsByThemeMetric: Metric<"recommendations", Counts, Record<string, number>> = {
  key: "recommendations.byTheme",
  accumulator: {
    name: "recommendations.byTheme",
    source: "recommendations",
    start: () => new Map(),
    add: (state, recommendation) => {
      const themes = recommendation.themes;
      for (let i = 0; i < themes.length; i++) {
        const theme = themes[i] ?? "";
        // A theme listed twice in one recommendation still counts once for it.
        if (themes.indexOf(theme) === i) increment(state, theme);
      }
    },
    merge: addCounts,
  },
  finish: (state, context) => countsByCode(state, context.profile.lists.themes.map((entry) => entry.code)),
};

/**
 * `recommendations.byTheme`: the recommendations counted by {@link recommendationsTotal},
 * by theme. A recommendation on two themes counts once for each, so the figures can add up
 * to more than the total. Every theme of the profile is listed, 0 when none.
 *
 * @example
 * ```ts
 * import { civilDate, recommendationsByTheme } from "opcat-npm";
 *
 * const byTheme = recommendationsByTheme(
 *   {
 *     period: { from: civilDate("2023-01-01"), to: civilDate("2023-12-31") },
 *     facilities: [],
 *     visits: [],
 *     recommendations: [
 *       { id: "R-1", addressee: "interior", level: "facility", themes: ["detention_conditions", "sanitation"], issuedOn: civilDate("2023-02-20") },
 *       { id: "R-2", addressee: "health", level: "facility", themes: ["sanitation"], issuedOn: civilDate("2023-05-02") },
 *     ],
 *     accountability: [],
 *   },
 *   { asOf: civilDate("2024-11-08") },
 * );
 * [byTheme.detention_conditions, byTheme.sanitation, byTheme.food];
 * //=> [1, 2, 0]
 * ```
 */
export function recommendationsByTheme(data: ReportData, options: MetricOptions): Record<string, number> {
  return runMetric(recommendationsByThemeMetric, data, options);
}
