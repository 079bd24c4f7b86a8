/**
 * The rules about a commitment that do not depend on Slack or the database.
 */

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
