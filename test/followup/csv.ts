// A strict RFC 4180 reader for the tests: fields separated by commas, records by CRLF, a
// quoted field may hold commas, CRLF and doubled quotes. It throws on anything else.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endOfRecord = () => text.startsWith("\r\n", i);
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unclosed quote");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text.charAt(i);
        i++;
      }
    } else {
      while (i < text.length && text[i] !== "," && !endOfRecord()) {
        if (text[i] === '"' || text[i] === "\n" || text[i] === "\r") throw new Error(`bare ${JSON.stringify(text[i])} at ${String(i)}`);
        field += text.charAt(i);
        i++;
      }
    }
    row.push(field);
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (!endOfRecord()) throw new Error(`expected a comma or CRLF at ${String(i)}`);
    i += 2;
    rows.push(row);
    row = [];
  }
  return rows;
}
