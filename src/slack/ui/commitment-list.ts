import type { types } from "@slack/bolt";
import { formatDeadline } from "../../language/format-deadline.js";
import type { Language } from "../../language/language.js";
import { describePromise, messages } from "../../language/messages.js";
import { relativeTime } from "../../language/nudge-messages.js";
import type { Commitment } from "../../store/commitments.js";
import { ACTION } from "../ids.js";

type KnownBlock = types.KnownBlock;

/**
 * Promises as a list: one section each (what, for whom, who, when, and how far off), with a
 * menu to mark it done or snooze it. Used by /lofte lista, team, kund and the Home tab. Pure.
 */

export interface ListReader {
  timeZone: string;
  language: Language;
}

/** Where a list came from, so it can be drawn again after a change: mine, a channel's, a customer's. */
export type ListKey = { kind: "mine" } | { kind: "team"; channelId: string } | { kind: "customer"; customer: string } | { kind: "home" };

export function encodeListKey(key: ListKey): string {
  if (key.kind === "team") return `t:${key.channelId}`;
  if (key.kind === "customer") return `c:${key.customer}`;
  return key.kind === "home" ? "h" : "m";
}

export function decodeListKey(text: string): ListKey | null {
  if (text === "m") return { kind: "mine" };
  if (text === "h") return { kind: "home" };
  if (text.startsWith("t:") && text.length > 2) return { kind: "team", channelId: text.slice(2) };
  if (text.startsWith("c:") && text.length > 2) return { kind: "customer", customer: text.slice(2) };
  return null;
}

export function commitmentLine(c: Commitment, reader: ListReader, now: Date): string {
  const t = messages(reader.language);
  const what = describePromise({ task: c.task, customer: c.customer, deadline: "" }, reader.language);
  const deadline = formatDeadline(c.dueAt, reader.timeZone, reader.language, now);
  const link = c.permalink ? ` <${c.permalink}|↗>` : "";
  if (c.status === "done") return `:white_check_mark: *${what}* · <@${c.ownerId}> · ${t.lists.kept}${link}`;
  const overdue = c.dueAt.getTime() < now.getTime();
  const when = `${deadline} (${relativeTime(c.dueAt, now, reader.language)})`;
  return `${overdue ? ":red_circle:" : ":large_blue_circle:"} *${what}* · <@${c.ownerId}> · ${overdue ? `*${t.lists.overdue}* ` : ""}${when}${link}`;
}

/** One promise as a section, with Done and Snooze in a menu when it is open. */
export function commitmentItem(c: Commitment, reader: ListReader, now: Date, key: ListKey): KnownBlock {
  const t = messages(reader.language).lists;
  const option = (text: string, choice: string) => ({
    text: { type: "plain_text" as const, text },
    value: `${choice}|${encodeListKey(key)}`,
  });
  return {
    type: "section",
    block_id: `item:${c.id}`,
    text: { type: "mrkdwn", text: commitmentLine(c, reader, now) },
    ...(c.status === "open"
      ? {
          accessory: {
            type: "overflow",
            action_id: ACTION.listItem,
            options: [
              option(t.done, "done"),
              option(t.snooze1h, "1h"),
              option(t.snoozeTomorrow, "tomorrow"),
              option(t.snoozeNextWorkingDay, "nextWorkingDay"),
            ],
          },
        }
      : {}),
  };
}

/** A list as a message: a title, up to `max` promises, and how many more there are. */
export function commitmentListBlocks(
  title: string,
  items: Commitment[],
  more: number,
  reader: ListReader,
  now: Date,
  key: ListKey,
): KnownBlock[] {
  const t = messages(reader.language).lists;
  const blocks: KnownBlock[] = [{ type: "section", text: { type: "mrkdwn", text: title } }];
  if (items.length === 0) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: t.empty }] });
  for (const c of items) blocks.push(commitmentItem(c, reader, now, key));
  if (more > 0) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: t.more(more) }] });
  return blocks;
}
