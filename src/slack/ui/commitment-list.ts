import type { CommitmentList, ListKey } from "../../app/lists.js";
import { formatDeadline, relativeTime } from "../../language/format-deadline.js";
import { speak } from "../../language/index.js";
import { slackText } from "../../language/slack-markup.js";
import type { Commitment } from "../../store/commitments.js";
import { context, type KnownBlock, plain, type Reply, section } from "../blocks.js";
import { ACTION } from "../ids.js";
import { type Reader, saidText } from "./commitment-words.js";

/**
 * Promises as a list: one section each (what, for whom, who, when, and how far off), with a
 * menu to mark it done or snooze it. Used by /lofte lista, team, kund and the Home tab. Pure.
 */

/** Where a list came from travels in each item's menu, so it can be drawn again after a change. */
function encodeListKey(key: ListKey): string {
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

function commitmentLine(c: Commitment, reader: Reader, now: Date): string {
  const t = speak(reader.language).messages;
  const what = saidText(c);
  const deadline = formatDeadline(c.dueAt, reader.timeZone, reader.language, now);
  const link = c.permalink ? ` <${c.permalink}|↗>` : "";
  if (c.status === "done") return `:white_check_mark: *${what}* · <@${c.ownerId}> · ${t.lists.kept}${link}`;
  const overdue = c.dueAt.getTime() < now.getTime();
  // The owner said "I won't make it" and the deadline still stands: the lead should see that here too.
  const atRisk = !overdue && c.lastAnswer === "cant_make_it";
  const icon = overdue ? ":red_circle:" : atRisk ? ":warning:" : ":large_blue_circle:";
  const flag = overdue ? `*${t.lists.overdue}* ` : atRisk ? `*${t.lists.atRisk}* · ` : "";
  const when = `${deadline} (${relativeTime(c.dueAt, now, reader.language)})`;
  return `${icon} *${what}* · <@${c.ownerId}> · ${flag}${when}${link}`;
}

/** One promise as a section, with Done and Snooze in a menu when it is open. */
export function commitmentItem(c: Commitment, reader: Reader, now: Date, key: ListKey): KnownBlock {
  const t = speak(reader.language).messages.lists;
  const option = (text: string, choice: string) => ({
    text: plain(text),
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
function commitmentListBlocks(title: string, items: Commitment[], more: number, reader: Reader, now: Date, key: ListKey): KnownBlock[] {
  const t = speak(reader.language).messages.lists;
  const blocks: KnownBlock[] = [section(title)];
  if (items.length === 0) blocks.push(context(t.empty));
  for (const c of items) blocks.push(commitmentItem(c, reader, now, key));
  if (more > 0) blocks.push(context(t.more(more)));
  return blocks;
}

/** `/lofte lista`, `team`, `kund Acme` as a message, in the reader's zone and language. */
export function listReply(list: CommitmentList, reader: Reader, now: Date): Reply {
  const t = speak(reader.language).messages.lists;
  const { key } = list;
  const title = key.kind === "team" ? t.team(key.channelId) : key.kind === "customer" ? t.customer(slackText(key.customer)) : t.mine;
  return { text: title.replace(/\*/g, ""), blocks: commitmentListBlocks(title, list.items, list.more, reader, now, key) };
}
