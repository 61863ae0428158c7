/**
 * How a table column is aligned: labels to the left, numbers to the right.
 *
 * @internal
 */
export type Align = "left" | "right";

/**
 * A table of the rendered report: columns with their titles, the rows, and an optional
 * footer row (a total), set apart in plain text.
 *
 * @internal
 */
export interface Table {
  readonly columns: readonly { readonly title: string; readonly align: Align }[];
  readonly rows: readonly (readonly string[])[];
  readonly footer?: readonly string[] | undefined;
}

/**
 * One block of the rendered report, in order: the title, section headings, paragraphs
 * (the summary, notes, sentences) and tables.
 *
 * @internal
 */
export type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "table"; readonly table: Table };

/**
 * The output format of {@link renderReport}.
 *
 * @internal
 */
export type ReportFormat = "markdown" | "text";

/** Line breaks and tabs inside a text would break a line-based layout: they become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, " ");
}

/**
 * A text for Markdown, with the characters that Markdown would read as syntax escaped
 * with a backslash (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `~`), so that a label
 * such as "A | B" stays one table cell and "*" stays an asterisk; line breaks become spaces.
 *
 * @internal
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|~]/g, "\\$&");
}

/** A paragraph for Markdown: escaped, and not read as a heading, list item or rule. */
function escapeParagraph(text: string): string {
  const escaped = escapeMarkdown(text);
  if (/^[#+=-]/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d+)([.)])/, "$1\\$2");
}

function widthsOf(table: Table, cells: (row: readonly string[]) => readonly string[], minimum: number): number[] {
  const all = [table.columns.map((column) => column.title), ...table.rows, ...(table.footer === undefined ? [] : [table.footer])].map(cells);
  // A fold, not Math.max(...rows): a table of 120,000 months would overflow the argument stack.
  return table.columns.map((_column, index) => all.reduce((width, row) => Math.max(width, (row[index] ?? "").length), minimum));
}

function aligned(cells: readonly string[], table: Table, widths: readonly number[]): string[] {
  return table.columns.map((column, index) => {
    const cell = cells[index] ?? "";
    const width = widths[index] ?? 0;
    return column.align === "right" ? cell.padStart(width) : cell.padEnd(width);
  });
}

function markdownTable(table: Table): string[] {
  const cells = (row: readonly string[]) => table.columns.map((_column, index) => escapeMarkdown(row[index] ?? ""));
  const widths = widthsOf(table, cells, 3);
  const line = (row: readonly string[]) => `| ${aligned(cells(row), table, widths).join(" | ")} |`;
  const rule = `| ${table.columns.map((column, index) => (column.align === "right" ? `${"-".repeat((widths[index] ?? 3) - 1)}:` : "-".repeat(widths[index] ?? 3))).join(" | ")} |`;
  const rows = [...table.rows, ...(table.footer === undefined ? [] : [table.footer])];
  return [line(table.columns.map((column) => column.title)), rule, ...rows.map(line)];
}

function textTable(table: Table): string[] {
  const cells = (row: readonly string[]) => table.columns.map((_column, index) => oneLine(row[index] ?? ""));
  const widths = widthsOf(table, cells, 1);
  const line = (row: readonly string[]) => aligned(cells(row), table, widths).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  const footer = table.footer === undefined ? [] : [rule, line(table.footer)];
  return [line(table.columns.map((column) => column.title)), rule, ...table.rows.map(line), ...footer];
}

function underlined(text: string, char: string): string {
  const line = oneLine(text);
  return `${line}\n${char.repeat(line.length)}`;
}

/**
 * The blocks laid out as Markdown (`#` title, `##` headings, pipe tables with numbers
 * right-aligned by `---:`) or as plain text (headings underlined with `=` and `-`, columns
 * padded with spaces), one blank line between blocks, every line ending with "\n" and the
 * whole with exactly one.
 *
 * @internal
 */
export function layout(blocks: readonly Block[], format: ReportFormat): string {
  const markdown = format === "markdown";
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case "title":
        return markdown ? `# ${escapeMarkdown(block.text)}` : underlined(block.text, "=");
      case "heading":
        return markdown ? `## ${escapeMarkdown(block.text)}` : underlined(block.text, "-");
      case "paragraph":
        return markdown ? escapeParagraph(block.text) : oneLine(block.text);
      case "table":
        return (markdown ? markdownTable(block.table) : textTable(block.table)).join("\n");
    }
  });
  return `${parts.join("\n\n")}\n`;
}
