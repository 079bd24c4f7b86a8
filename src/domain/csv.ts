/**
 * CSV as spreadsheets read it (RFC 4180, CRLF line ends). A cell that starts like a formula
 * (=, +, -, @, tab, carriage return) gets a leading apostrophe, so text someone typed into
 * Slack can never run as a formula when an admin opens the export.
 */
export type Cell = string | number | boolean | Date | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
