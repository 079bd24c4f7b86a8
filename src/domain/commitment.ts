/**
 * The rules about a commitment that do not depend on Slack or the database.
 */

import { compareDates } from "./calendar.js";
import { daysInMonth, toLocal } from "./zoned-time.js";

export type CommitmentStatus = "open" | "done" | "cancelled";

/** Longest promise text Lofte stores (a Slack button value holds 2,000 characters). */
export const MAX_TEXT_LENGTH = 1500;
export const MAX_TASK_LENGTH = 500;
export const MAX_CUSTOMER_LENGTH = 100;

/**
 * Text as the database takes it: without NUL (PostgreSQL refuses it in text) and with a lone
 * surrogate (possible in JSON, never in UTF-8) as U+FFFD, as a UTF-8 form field would bring it.
 */
export function storable(text: string): string {
  return text.replaceAll("\u0000", "").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/**
 * A customer's name as it is searched: Slack's escapes undone, lower case, accents folded
 * ("Region Skåne" → "region skane", "H&amp;M" → "h&m"), spaces single. Two names match when
 * their keys are equal, give or take a company form (customerKeys): `kund H&M` finds "H&M",
 * never "H&M Home" or "AHM".
 */
export function customerKey(name: string): string {
  return name
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Company forms people add or leave out: "Acme" and "Acme AB" are the same customer. */
const COMPANY_FORMS = [
  "ab",
  "ab (publ)",
  "hb",
  "kb",
  "ek for",
  "as",
  "asa",
  "a/s",
  "aps",
  "oy",
  "oyj",
  "gmbh",
  "ag",
  "bv",
  "nv",
  "sa",
  "ltd",
  "limited",
  "plc",
  "inc",
  "inc.",
  "llc",
  "corp",
  "corp.",
];

/** Every stored key that names the same customer as `name`: with or without its company form. */
export function customerKeys(name: string): string[] {
  const key = customerKey(name);
  const form = COMPANY_FORMS.find((f) => key.endsWith(` ${f}`));
  const base = form
    ? key
        .slice(0, -(form.length + 1))
        .replace(/,$/, "")
        .trim()
    : key;
  if (!base) return [key];
  return [base, ...COMPANY_FORMS.flatMap((f) => [`${base} ${f}`, `${base}, ${f}`])];
}

/** A customer's name as a pattern source, any spacing: "Acme AB" → "Acme\\s+AB". */
export function nameSource(name: string): string {
  return name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
}

/**
 * The task's words after the customer's name changed in a form: "skicka offerten till Acme"
 * with Acme → Volvo reads "skicka offerten till Volvo". Words that do not name the old
 * customer stay as written.
 */
export function renameCustomer(task: string, from: string | null, to: string | null): string {
  if (!from?.trim() || !to?.trim() || from === to) return task;
  return task.replace(new RegExp(`(?<![\\p{L}\\p{N}])${nameSource(from)}(?![\\p{L}\\p{N}])`, "iu"), () => to.trim());
}

/** Done after its deadline: said plainly, never praised or counted as kept on time. */
export function doneLate(c: { completedAt: Date | null; dueAt: Date }): boolean {
  return c.completedAt !== null && c.completedAt.getTime() > c.dueAt.getTime();
}

/**
 * The furthest ahead a deadline may be, in years. A promise further off is a slip ("2062" for
 * "2026") more often than a plan, and nobody would be nudged about it for years.
 */
export const MAX_YEARS_AHEAD = 5;

/**
 * Why a deadline cannot be kept track of: it has passed, or it falls on a day further ahead
 * than Lofte follows up (today's date `MAX_YEARS_AHEAD` years on is the last, at any time).
 */
export function deadlineProblem(dueAt: Date, now: Date, timeZone: string): "past" | "tooFar" | null {
  if (dueAt.getTime() <= now.getTime()) return "past";
  const today = toLocal(now, timeZone);
  const year = today.year + MAX_YEARS_AHEAD;
  const last = { year, month: today.month, day: Math.min(today.day, daysInMonth(year, today.month)) };
  return compareDates(toLocal(dueAt, timeZone), last) > 0 ? "tooFar" : null;
}
