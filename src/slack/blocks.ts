import type { types } from "@slack/bolt";

/**
 * The few Block Kit pieces every builder uses, and Slack's limits on them. Pure.
 */

export type KnownBlock = types.KnownBlock;

/** A message as Lofte sends it: a plain-text fallback (notifications, screen readers) and its blocks. */
export interface Reply {
  text: string;
  blocks: KnownBlock[];
}

/** Slack refuses a section of more than 3,000 characters. */
const SECTION_MAX = 3000;

export function plain(text: string): { type: "plain_text"; text: string } {
  return { type: "plain_text", text };
}

export function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

export function context(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

export function button(actionId: string, text: string, value?: string, style?: "primary" | "danger"): types.Button {
  return {
    type: "button",
    action_id: actionId,
    text: plain(text),
    ...(value !== undefined ? { value } : {}),
    ...(style ? { style } : {}),
  };
}

/** A long text cut to fit a section (a quote of what someone typed, never the reply itself), without splitting a character. */
export function fitSection(text: string): string {
  if (text.length <= SECTION_MAX) return text;
  const cut = /[\ud800-\udbff]/.test(text[SECTION_MAX - 2]) ? SECTION_MAX - 2 : SECTION_MAX - 1;
  return `${text.slice(0, cut)}…`;
}

/** A plain message: one section, and more blocks if given. */
export function plainMessage(text: string, extra: KnownBlock[] = []): Reply {
  return { text, blocks: [section(text), ...extra] };
}
