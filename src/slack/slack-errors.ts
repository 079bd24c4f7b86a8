import { SlackRefused } from "../app/slack-port.js";

/**
 * What an error from Slack's Web API means to Lofte. The Web API client throws errors with the
 * error code in `data.error` and, for a 429, the seconds to wait in `retryAfter`; the port turns
 * them into SlackRefused, which the use cases understand.
 */

/** Lofte cannot post in the channel any more. */
const CHANNEL_GONE = new Set(["not_in_channel", "channel_not_found", "is_archived", "missing_scope"]);
/** The workspace's token is gone (an uninstall Lofte missed while it was down). */
const TOKEN_GONE = new Set(["token_revoked", "account_inactive", "invalid_auth", "not_authed"]);

export function asRefusal(error: unknown): SlackRefused {
  if (error instanceof SlackRefused) return error;
  const data = (error as { data?: { error?: unknown } } | null)?.data?.error;
  const code = typeof data === "string" && data ? data : error instanceof Error ? error.message : String(error);
  const retryAfter = (error as { retryAfter?: unknown } | null)?.retryAfter;
  const retryAfterS = typeof retryAfter === "number" && retryAfter > 0 ? retryAfter : null;
  const meaning =
    retryAfterS !== null ? "rateLimited" : CHANNEL_GONE.has(code) ? "channelGone" : TOKEN_GONE.has(code) ? "tokenGone" : "failed";
  return new SlackRefused(code, meaning, retryAfterS);
}

/** Runs a Web API call; its failure is thrown as a SlackRefused. */
export async function refusing<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw asRefusal(error);
  }
}
