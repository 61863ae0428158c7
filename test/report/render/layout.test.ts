import { describe, expect, it } from "vitest";
import { escapeMarkdown, layout, type Block, type Table } from "../../../src/report/render/layout";

const TABLE: Table = {
  columns: [
    { title: "Type", align: "left" },
    { title: "Visits", align: "right" },
  ],
  rows: [
    ["Planned | periodic", "422"],
    ["Special", "33"],
  ],
  footer: ["Total", "455"],
};

describe("escapeMarkdown", () => {
  it.each([
    ["A | B", "A \\| B"],
    ["a*b_c", "a\\*b\\_c"],
    ["back\\slash", "back\\\\slash"],
    ["[link](x) <b> `code` ~~del~~", "\\[link\\](x) \\<b\\> \\`code\\` \\~\\~del\\~\\~"],
    ["line\nbreak\ttab", "line break tab"],
    ["Children's home (SIZO), 3,125 — 40 %", "Children's home (SIZO), 3,125 — 40 %"],
  ])("escapes %j as %j", (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe("layout", () => {
  const blocks: Block[] = [
    { kind: "title", text: "Report" },
    { kind: "paragraph", text: "In 2023, 461 visits." },
    { kind: "heading", text: "Visits by type" },
    { kind: "table", table: TABLE },
    { kind: "paragraph", text: "# not a heading" },
  ];

  it("writes Markdown with pipe tables, numbers right-aligned", () => {
    expect(layout(blocks, "markdown")).toBe(
      [
        "# Report",
        "",
        "In 2023, 461 visits.",
        "",
        "## Visits by type",
        "",
        "| Type                | Visits |",
        "| ------------------- | -----: |",
        "| Planned \\| periodic |    422 |",
        "| Special             |     33 |",
        "| Total               |    455 |",
        "",
        "\\# not a heading",
        "",
      ].join("\n"),
    );
  });

  it("writes plain text with underlined headings and columns padded with spaces", () => {
    expect(layout(blocks, "text")).toBe(
      [
        "Report",
        "======",
        "",
        "In 2023, 461 visits.",
        "",
        "Visits by type",
        "--------------",
        "",
        "Type                Visits",
        "------------------  ------",
        "Planned | periodic     422",
        "Special                 33",
        "------------------  ------",
        "Total                  455",
        "",
        "# not a heading",
        "",
      ].join("\n"),
    );
  });

  it("keeps a paragraph from reading as a list item in Markdown", () => {
    expect(layout([{ kind: "paragraph", text: "1. item" }], "markdown")).toBe("1\\. item\n");
    expect(layout([{ kind: "paragraph", text: "- item" }], "markdown")).toBe("\\- item\n");
  });

  it("leaves no trailing spaces when the last column is a label", () => {
    const table: Table = { columns: [{ title: "N", align: "right" }, { title: "Label", align: "left" }], rows: [["1", "a"], ["22", "longer"]] };
    const text = layout([{ kind: "table", table }], "text");
    expect(text).toBe(" N  Label\n--  ------\n 1  a\n22  longer\n");
  });
});

describe("layout of a long table", () => {
  // Found by the hostile-input review: column widths were Math.max(...rows), which overflows
  // V8's argument stack somewhere past 100,000 rows (a period of thousands of years by month).
  it("lays out 300,000 rows in both formats without overflowing the stack", () => {
    const rows = Array.from({ length: 300_000 }, (_, index) => [`m${String(index)}`, String(index % 7)]);
    const table = { columns: [{ title: "Month", align: "left" as const }, { title: "Visits", align: "right" as const }], rows };
    for (const format of ["text", "markdown"] as const) {
      const lines = layout([{ kind: "table", table }], format).split("\n");
      // title + rule + 300,000 rows + the final empty string after the closing "\n"
      expect(lines.length).toBe(300_003);
    }
  });
});
