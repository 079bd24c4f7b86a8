/**
 * CSV as spreadsheets read it (RFC 4180, CRLF line ends). A cell that a spreadsheet would read
 * as a formula (starting with =, +, -, @, a tab, a carriage return, ; or a full-width ＝, also
 * after zero-width characters) gets a leading apostrophe, so text someone typed into Slack can
 * never run as a formula when an admin opens the export. A cell holding a separator (a comma, or
 * the semicolon a Swedish-locale Excel splits on), a quote or a line break is quoted.
 */
export type Cell = string | number | boolean | Date | null | undefined;

const FORMULA = /^[\u200B-\u200D\u2060\uFEFF]*[=+\-@\t\r;＝]/;
const NEEDS_QUOTES = /[",;\r\n]/;

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
