import { LANGUAGES } from "../model/language";

/** The commands of the CLI, in the order the usage lists them. */
export const COMMAND_NAMES = ["summary", "validate", "report", "followup", "convert", "template"] as const;

/** A command of the CLI. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The largest count an option takes (--max-issues, --min-overdue, --max-rows...): nine digits. */
export const MAX_COUNT = 999_999_999;

/** The largest number of days an option takes (--grace-days, --due-in-days...): ten years. */
export const MAX_DAYS = 3650;

/** What the usage says of a command: its arguments and what it does. */
export interface CommandHelp {
  readonly synopsis: string;
  readonly description: string;
}

/** Each command's line of the usage (the option table below says which options it takes). */
export const COMMAND_HELP: Readonly<Record<CommandName, CommandHelp>> = {
  summary: { synopsis: "summary <data>", description: "What a dataset holds, labelled." },
  validate: {
    synopsis: "validate <data>",
    description: "Every problem of a dataset, with its code, location (for files: file, row and column) and explanation. Exit 0 when valid, 1 when there are errors.",
  },
  report: {
    synopsis: "report <data>",
    description: "The consolidated report: validates first (errors stop it, warnings go to stderr), then prints every figure, the narrative and tables.",
  },
  followup: {
    synopsis: "followup <data>",
    description: "The follow-up work plan: validates first, then prints the overdue recommendations per agency, the escalation drafts and the visit plan.",
  },
  convert: {
    synopsis: "convert <data> --to <json|csv|ndjson> --out <path>",
    description: "Writes the dataset in another form (record by record; nothing is changed); --out - writes json or ndjson to stdout.",
  },
  template: {
    synopsis: "template <folder>",
    description: "Writes empty CSV files with their headers, README.csv (the allowed codes with labels in --lang), README.md, dataset.json and datapackage.json.",
  },
};

/**
 * One sentence of an option's description: for every command that takes the option (no
 * `commands`), or for some of them, named before it with `when` after their names
 * (`report, followup (required): …`, `report --format csv: …`).
 */
export interface OptionPart {
  readonly commands?: readonly CommandName[];
  readonly when?: string;
  readonly text: string;
}

/** The numbers an option takes (whole numbers, but for --partial-weight's fraction), and its default as the usage says it. */
export interface OptionRange {
  readonly min: number;
  readonly max: number;
  readonly default?: string;
}

/**
 * An option of the command line: its name, the placeholder of its value (none for a flag;
 * `choices` make it `<a|b|c>`), a one-letter alias, the commands that take it (all when
 * absent), and its description, a part per command where they differ. `range` is both what
 * the option accepts and what the usage says of it.
 */
export interface OptionSpec {
  readonly name: string;
  readonly value?: string;
  readonly choices?: readonly string[];
  readonly range?: OptionRange;
  readonly short?: string;
  readonly default?: string | boolean;
  readonly commands?: readonly CommandName[];
  readonly about: readonly OptionPart[];
}

const DATA_COMMANDS = ["summary", "validate", "report", "followup", "convert"] as const satisfies readonly CommandName[];

/**
 * The options of the CLI, in the order the usage lists them: the one list that the parser,
 * each command's allowed options, the usage, `help <command>` and the checks of ranges are
 * made from.
 */
export const OPTIONS: readonly OptionSpec[] = [
  { name: "lang", choices: LANGUAGES, default: "en", about: [{ text: "Language of labels and messages (default: en)" }] },
  { name: "form", choices: ["json", "csv", "ndjson"], commands: DATA_COMMANDS, about: [{ text: "The form of <data>, when its name does not say it (for -: json or ndjson)" }] },
  {
    name: "format",
    value: "<f>",
    commands: ["validate", "report", "followup"],
    about: [
      { commands: ["validate"], text: "text (default) or json" },
      { commands: ["report"], text: "text (default), markdown, json (the report object only), or csv (each table a CSV file in the --out folder)" },
      { commands: ["followup"], text: "text (default), markdown, json (the object only), or csv (the overdue list, one row per recommendation)" },
    ],
  },
  { name: "to", choices: ["json", "csv", "ndjson"], commands: ["convert"], about: [{ commands: ["convert"], text: "the form to write" }] },
  {
    name: "out",
    value: "<path>",
    commands: ["convert", "report"],
    about: [
      { commands: ["convert"], text: "the file (json) or folder (csv, ndjson) to write, or - for stdout (json, ndjson)" },
      { commands: ["report"], when: "--format csv", text: "the folder of the tables" },
    ],
  },
  { name: "overwrite", default: false, commands: ["convert", "template", "report"], about: [{ commands: ["convert", "template", "report"], when: "--format csv", text: "replace files that exist" }] },
  {
    name: "as-of",
    value: "<YYYY-MM-DD>",
    commands: ["validate", "report", "followup"],
    about: [
      { commands: ["validate"], text: "point out dates after the report date" },
      { commands: ["report", "followup"], when: "(required)", text: "the day statuses are read at" },
    ],
  },
  { name: "max-issues", value: "<n>", range: { min: 0, max: MAX_COUNT, default: "1000" }, commands: ["validate"], about: [{ commands: ["validate"], text: "how many issues to list; all are counted" }] },
  { name: "period-from", value: "<date>", commands: ["report", "followup"], about: [{ commands: ["report", "followup"], text: "start of the period (default: the dataset's)" }] },
  { name: "period-to", value: "<date>", commands: ["report", "followup"], about: [{ commands: ["report", "followup"], text: "end of the period (default: the dataset's)" }] },
  { name: "partial-weight", value: "<w>", range: { min: 0, max: 1, default: "0" }, commands: ["report"], about: [{ commands: ["report"], text: "how much a partially implemented recommendation counts" }] },
  { name: "exclude-withdrawn", default: false, commands: ["report"], about: [{ commands: ["report"], text: "leave withdrawn recommendations out of the implementation rate" }] },
  { name: "grace-days", value: "<n>", range: { min: 0, max: MAX_DAYS, default: "0" }, commands: ["followup"], about: [{ commands: ["followup"], text: "list a recommendation once more than n days overdue" }] },
  { name: "min-overdue", value: "<n>", range: { min: 1, max: MAX_COUNT, default: "1" }, commands: ["followup"], about: [{ commands: ["followup"], text: "propose an escalation when an agency has n recommendations to escalate" }] },
  { name: "min-days-overdue", value: "<n>", range: { min: 0, max: MAX_DAYS, default: "0" }, commands: ["followup"], about: [{ commands: ["followup"], text: "escalate only recommendations overdue by n days or more" }] },
  { name: "due-in-days", value: "<n>", range: { min: 0, max: MAX_DAYS, default: "none" }, commands: ["followup"], about: [{ commands: ["followup"], text: "give the drafts a due date n days after --as-of" }] },
  { name: "horizon", value: "<date>", commands: ["followup"], about: [{ commands: ["followup"], text: "the last day of the visit plan (default: --as-of)" }] },
  {
    name: "min-overdue-for-visit",
    value: "<n>",
    range: { min: 1, max: MAX_COUNT, default: "3" },
    commands: ["followup"],
    about: [{ commands: ["followup"], text: "overdue recommendations that make a facility a candidate for an intermediate visit" }],
  },
  { name: "max-rows", value: "<n|all>", range: { min: 1, max: MAX_COUNT, default: "10" }, commands: ["followup"], about: [{ commands: ["followup"], when: "--format text|markdown", text: "rows of each list, or all" }] },
  { name: "help", short: "h", default: false, about: [{ text: "Show this help (help <command>, or <command> --help: that command's)" }] },
  // The program's, not a command's: it is read before the command (`opcat-npm validate x --version` prints the version).
  { name: "version", short: "v", default: false, commands: [], about: [{ text: "Show the version of opcat-npm" }] },
];

/** Whether a command takes an option. */
export function takes(option: OptionSpec, command: CommandName): boolean {
  return option.commands === undefined || option.commands.includes(command);
}

/** The option of a name; every name asked for is in the table (a typo is a bug the tests find). */
export function optionNamed(name: string): OptionSpec {
  const option = OPTIONS.find((candidate) => candidate.name === name);
  if (option === undefined) throw new Error(`no option --${name} in the option table`);
  return option;
}

/** The range of a whole-number option of the table. */
export function rangeOf(name: string): OptionRange {
  const range = optionNamed(name).range;
  if (range === undefined) throw new Error(`--${name} has no range in the option table`);
  return range;
}
