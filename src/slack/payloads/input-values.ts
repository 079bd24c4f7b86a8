import type { LocalDate } from "../../domain/zoned-time.js";

/**
 * Values from Slack payloads, checked before use: Slack's own pickers only send real days and
 * real user ids, so anything else is refused rather than stored.
 */

const SLACK_USER_ID = /^[UW][A-Z0-9]+$/;
/** Any Slack id: a workspace, a user, a channel ("T0123ABC", "U0123ABC", "C0123ABC"). */
export const SLACK_ID = /^[A-Z0-9]{2,40}$/;

export function isSlackId(value: unknown): value is string {
  return typeof value === "string" && SLACK_ID.test(value);
}

/** A user id as Slack's user pickers send it ("U0123ABC"), or null. */
export function slackUserId(value: string | null | undefined): string | null {
  return value && SLACK_USER_ID.test(value) ? value : null;
}

/** A date picker's "YYYY-MM-DD", if it is a day on the calendar (not 2026-02-30 or 2026-13-01). */
export function calendarDay(value: string | null | undefined): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

/**
 * Whether a conversation is private: a DM, a group DM or a private channel. Slack says so in the
 * id (D…, G…) or, for a private channel, in the name it gives in payloads ("privategroup";
 * "directmessage" and "mpdm-…" for DMs).
 */
export function isPrivateConversation(channelId: string | null | undefined, channelName?: string | null): boolean {
  if (!channelId) return false;
  if (/^[DG]/.test(channelId)) return true;
  return channelName === "privategroup" || channelName === "directmessage" || Boolean(channelName?.startsWith("mpdm-"));
}
