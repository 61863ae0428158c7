import { COMMAND_HELP, COMMAND_NAMES, type CommandName, OPTIONS, type OptionPart, type OptionSpec, takes } from "./options";

/** The width the usage is wrapped to. */
const WIDTH = 93;

/** A space that the wrapping does not break at (the usage's texts hold no NUL). */
const UNBROKEN = "\u0000";

/** Where the descriptions of commands and of options start. */
const COMMAND_COLUMN = 20;
const OPTION_COLUMN = 25;

const DATA = `<data> is a dataset (format opcat-npm/dataset@1) in any form: a JSON file, or a folder with dataset.json and facilities.csv, visits.csv, recommendations.csv, accountability.csv (UTF-8 or Windows-1251, "," or ";") or the same as .ndjson. CSV and NDJSON are read as streams.`;

const STDIN = `A <data> of - is read from stdin: one JSON document, or NDJSON lines (the dataset's fields on the first line, then a record a line as {"visits": {…}}), as convert --to ndjson --out - writes them: cat kz-2023.json | opcat-npm report - --as-of 2024-11-08`;

const OUTPUT = `Text printed for people shows control characters, escape sequences and bidi controls from the data as \\uXXXX, as JSON does; --format json escapes them the same way (the same values); CSV on stdout is written exactly unless stdout is a terminal. When the reader of stdout goes away (| head), the rest of the output is dropped quietly and the command exits 0.`;

const EXIT_CODES = "Exit codes: 0 done, 1 the data has errors, 2 a usage error or a file that cannot be read or written, 70 an internal error (a bug in opcat-npm: please report it).";

/**
 * Text wrapped at {@link WIDTH}: the first line after `head` (padded to `column`, or two spaces
 * after it when it is longer), the others indented to `column`.
 */
function wrapped(head: string, text: string, column: number): string[] {
  const lines: string[] = [];
  let line = head.length < column || head === "" ? head.padEnd(column) : `${head}  `;
  let empty = true;
  for (const word of text.split(" ")) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = " ".repeat(column);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.map((text) => text.replaceAll(UNBROKEN, " "));
}

/** An option's name with its value's placeholder: `--lang <en|ru|kk>`, `--help, -h`. */
function optionHead(option: OptionSpec): string {
  const value = option.value ?? (option.choices === undefined ? undefined : `<${option.choices.join("|")}>`);
  return `  --${option.name}${value === undefined ? "" : ` ${value}`}${option.short === undefined ? "" : `, -${option.short}`}`;
}

/** A part of a description as the usage writes it: for whom, then what (`report --format csv: the folder of the tables`). */
function partText(part: OptionPart): string {
  if (part.commands === undefined) return part.text;
  return `${part.commands.join(", ")}${part.when === undefined ? "" : ` ${part.when}`}: ${part.text}`;
}

/** What the usage says of a whole-number option's range and default: `(0 to 3650; default 0)`, kept on one line. */
function rangeText(option: OptionSpec): string {
  const range = option.range;
  if (range === undefined) return "";
  const fallback = range.default === undefined ? "" : /^\d+$/.test(range.default) ? `; default ${range.default}` : `; default: ${range.default}`;
  return ` ${`(${String(range.min)} to ${String(range.max)}${fallback})`.replaceAll(" ", UNBROKEN)}`;
}

/** An option's lines: each part of its description (those for `command` only, when given) on lines of its own. */
function optionLines(option: OptionSpec, command?: CommandName): string[] {
  const parts = option.about.filter((part) => command === undefined || part.commands === undefined || part.commands.includes(command));
  const head = optionHead(option);
  return parts.flatMap((part, index) => wrapped(index === 0 ? head : "", partText(part) + rangeText(option), OPTION_COLUMN));
}

/** A command's entry: its synopsis, then what it does (on the next line when the synopsis is long). */
function commandLines(name: CommandName): string[] {
  const { synopsis, description } = COMMAND_HELP[name];
  const head = `  ${synopsis}`;
  if (head.length < COMMAND_COLUMN) return wrapped(head, description, COMMAND_COLUMN);
  return [head, ...wrapped("", description, COMMAND_COLUMN)];
}

/** A paragraph wrapped at the usage's width. */
function paragraph(text: string): string {
  return wrapped("", text, 0).join("\n");
}

/**
 * The general usage of the CLI (`opcat-npm --help`): the commands and every option, drawn
 * from the option table (see OPTIONS).
 */
export function generalUsage(): string {
  const options = OPTIONS.flatMap((option) => optionLines(option));
  return `Usage: opcat-npm <command> [options]\n\nCommands:\n${COMMAND_NAMES.flatMap(commandLines).join("\n")}\n\n${paragraph(DATA)}\n\n${paragraph(STDIN)}\n\nOptions:\n${options.join("\n")}\n\n${paragraph(OUTPUT)}\n\n${paragraph(EXIT_CODES)}\n`;
}

/** One command's usage (`opcat-npm help <command>`): its entry and the options it takes, their parts for it only. */
export function commandUsage(name: CommandName): string {
  const options = OPTIONS.filter((option) => takes(option, name)).flatMap((option) => optionLines(option, name));
  return `Usage: opcat-npm ${COMMAND_HELP[name].synopsis} [options]\n\n${commandLines(name).join("\n")}\n\nOptions:\n${options.join("\n")}\n\n${paragraph(EXIT_CODES)}\n`;
}
