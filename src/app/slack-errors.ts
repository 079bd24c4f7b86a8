/**
 * What an error from Slack's Web API means to Lofte. The Web API client throws errors with the
 * error code in `data.error` and, for a 429, the seconds to wait in `retryAfter`.
 */

/** Lofte cannot post in the channel any more. */
const CHANNEL_GONE = new Set(["not_in_channel", "channel_not_found", "is_archived", "missing_scope"]);
/** The workspace's token is gone (an uninstall Lofte missed while it was down). */
const TOKEN_GONE = new Set(["token_revoked", "account_inactive", "invalid_auth", "not_authed"]);

/** Slack's error code ("not_in_channel"), or the error's message when it has none. */
export function slackErrorCode(error: unknown): string {
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  if (typeof code === "string" && code) return code;
  return error instanceof Error ? error.message : String(error);
}

export function channelGone(error: unknown): boolean {
  return CHANNEL_GONE.has(slackErrorCode(error));
}

export function tokenGone(error: unknown): boolean {
  return TOKEN_GONE.has(slackErrorCode(error));
}

/** Slack's Retry-After in seconds when it rate-limited us (a 429), else null. */
export function retryAfterOf(error: unknown): number | null {
  const retryAfter = (error as { retryAfter?: unknown } | null)?.retryAfter;
  return typeof retryAfter === "number" && retryAfter > 0 ? retryAfter : null;
}
