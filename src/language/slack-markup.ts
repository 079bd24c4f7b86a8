import { UNEVEN_SPACE } from "./word-pattern.js";

/**
 * Slack message markup to plain words: `<@U123|anna>` → "@anna", `<#C1|sälj>` → "#sälj",
 * `<https://x|offerten>` → "offerten", `&amp;` → "&", `:rocket:` and 🚀 → "". Line breaks are
 * kept, other white space becomes one space. Pure.
 */

/** The user a message starts with (`<@U123>` or `<@U123|anna>`), and the text after it. */
export function leadingMention(text: string): { userId: string; rest: string } | null {
  const match = /^\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>[\s,:]*/.exec(text);
  return match ? { userId: match[1], rest: text.slice(match[0].length) } : null;
}

/**
 * "<@A> och <@B> skickar …": the mentions after the first that share its promise, and the
 * promise's words after them. Empty when the first mention stands alone.
 */
export function sharedMentions(rest: string): { userIds: string[]; rest: string } {
  const userIds: string[] = [];
  let remaining = rest;
  for (;;) {
    const match = /^(?:(?:och|and|&amp;|&|samt|plus)\s+|,\s*)?<@([UW][A-Z0-9]+)(?:\|[^>]*)?>[\s,:]*/iu.exec(remaining);
    if (!match) return { userIds, rest: remaining };
    userIds.push(match[1]);
    remaining = remaining.slice(match[0].length);
  }
}

export function plainText(text: string): string {
  let plain = text;
  // Most messages have no markup at all: each family of replacements runs only when its mark is there.
  if (plain.includes("<")) {
    plain = plain
      .replace(/<@([UW][A-Z0-9]+)\|([^>]+)>/g, "@$2")
      .replace(/<@([UW][A-Z0-9]+)>/g, "@$1")
      .replace(/<#([CG][A-Z0-9]+)\|([^>]*)>/g, (_, id: string, name: string) => `#${name || id}`)
      .replace(/<!subteam\^[A-Z0-9]+\|?([^>]*)>/g, "$1")
      .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, "@$1")
      .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, "$2")
      .replace(/<((?:https?|mailto):[^>]+)>/g, "$1");
  }
  if (plain.includes(":")) plain = plain.replace(/:[a-z0-9_+'-]+:/g, "");
  // Emoji, then Slack's escapes, then invisible spaces: the order every message has been read in.
  const beyondAscii = BEYOND_ASCII.test(plain);
  if (beyondAscii) plain = plain.replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D/gu, "");
  if (plain.includes("&")) plain = plain.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  if (beyondAscii) plain = plain.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
  if (MARKERS.test(plain)) plain = plain.replace(/[*_~`]+(\S[^*_~`]*?)[*_~`]+/g, "$1");
  // Lines stay lines: two lines are two sentences ("…fredag\nringer Volvo måndag").
  if (UNEVEN_SPACE.test(plain)) plain = plain.replace(/[^\S\n]+/g, " ").replace(/ ?\n\s*/g, "\n");
  return plain.trim();
}

const BEYOND_ASCII = /[\u0080-\u{10FFFF}]/u;
const MARKERS = /[*_~`]/;

/**
 * What someone wrote, as text in a Slack message: `&`, `<` and `>` escaped (Slack's own rule for
 * mrkdwn), so a task such as "<!channel>" or "<https://evil|Acme>" is shown as written, never
 * sent as a mention or a disguised link. The one helper for every text a person wrote (tasks,
 * customers, notes, date phrases) on every surface; Lofte's own words around it are not escaped.
 */
export function slackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A message as typed in Slack, quoted back to whoever typed it: Slack already escaped what was
 * typed, so only its special mentions (<!channel>, <!here>, user groups) are made harmless text.
 */
export function typedText(text: string): string {
  return text.replace(/<!(?:subteam\^[A-Z0-9]+\|)?([^>|]+)(?:\|[^>]*)?>/g, (_, name: string) => `@${slackText(name.replace(/^@/, ""))}`);
}
