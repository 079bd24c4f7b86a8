/** "30s", "5m", "2h", "1d" → milliseconds; null when it is not such a duration. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+)\s*(s|m|h|d)\s*$/i.exec(text);
  if (!match) return null;
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2].toLowerCase() as "s" | "m" | "h" | "d"];
  return Number(match[1]) * unit;
}
