import { type CommitmentList, type ListKey, PAGE_SIZE } from "../../app/lists.js";
import { doneLate } from "../../domain/commitment.js";
import { formatDeadline, relativeTime } from "../../language/format-deadline.js";
import { speak } from "../../language/index.js";
import { slackText } from "../../language/slack-markup.js";
import type { Commitment } from "../../store/commitments.js";
import { button, context, type KnownBlock, plain, type Reply, section } from "../blocks.js";
import { ACTION } from "../ids.js";
import { type Reader, saidText } from "./commitment-words.js";

/**
 * Promises as a list: one section each (what, for whom, who, when, and how far off), with a
 * menu to mark it done or snooze it. Used by /lofte lista, team, kund and the Home tab. Pure.
 */

/** Which list, and where in it: travels in each item's menu and the page buttons, so it can be drawn again. */
export interface ListPlace {
  key: ListKey;
  offset: number;
}

export function encodeListPlace({ key, offset }: ListPlace): string {
  const where =
    key.kind === "team"
      ? `t:${key.channelId}`
      : key.kind === "customer"
        ? `c:${key.customer}`
        : key.kind === "person"
          ? `p:${key.userId}`
          : key.kind === "home"
            ? "h"
            : "m";
  return `${offset}@${where}`;
}

/** Reads `encodeListPlace`'s text; one without "offset@" (lists posted before paging) is the first page. */
export function decodeListPlace(text: string): ListPlace | null {
  const at = /^\d+@/.test(text) ? text.indexOf("@") : -1;
  const offset = at < 0 ? 0 : Number(text.slice(0, at));
  const where = text.slice(at + 1);
  if (!Number.isInteger(offset) || offset > 100_000) return null;
  const key: ListKey | null =
    where === "m"
      ? { kind: "mine" }
      : where === "h"
        ? { kind: "home" }
        : where.startsWith("t:") && where.length > 2
          ? { kind: "team", channelId: where.slice(2) }
          : where.startsWith("c:") && where.length > 2
            ? { kind: "customer", customer: where.slice(2) }
            : /^p:[UW][A-Z0-9]+$/.test(where)
              ? { kind: "person", userId: where.slice(2) }
              : null;
  return key ? { key, offset } : null;
}

function commitmentLine(c: Commitment, reader: Reader, now: Date): string {
  const t = speak(reader.language).messages;
  const what = saidText(c, reader);
  const deadline = formatDeadline(c.dueAt, reader.timeZone, reader.language, now);
  const link = `${c.repeatText ? ` · :repeat: ${slackText(c.repeatText)}` : ""}${c.permalink ? ` <${c.permalink}|↗>` : ""}`;
  // Done after its deadline is done, not kept: said plainly, without the tick of a kept promise.
  if (c.status === "done" && doneLate(c)) return `:heavy_check_mark: *${what}* · <@${c.ownerId}> · ${t.lists.doneLate}${link}`;
  if (c.status === "done") return `:white_check_mark: *${what}* · <@${c.ownerId}> · ${t.lists.kept}${link}`;
  const overdue = c.dueAt.getTime() < now.getTime();
  // The owner said "I won't make it" and the deadline still stands: the lead should see that here too.
  const atRisk = !overdue && c.lastAnswer === "cant_make_it";
  const icon = overdue ? ":red_circle:" : atRisk ? ":warning:" : ":large_blue_circle:";
  const flag = overdue ? `*${t.lists.overdue}* ` : atRisk ? `*${t.lists.atRisk}* · ` : "";
  const when = `${deadline} (${relativeTime(c.dueAt, now, reader.language, reader.timeZone)})`;
  return `${icon} *${what}* · <@${c.ownerId}> · ${flag}${when}${link}`;
}

/**
 * One promise as a section and, when it is open, a menu (Slack allows five choices): Done,
 * Edit (the deadline, owner, words), two snoozes, and for its owner "Can't make it" (which
 * tells the lead); a repeating promise's last choice ends its series instead.
 */
export function commitmentItem(c: Commitment, reader: Reader, now: Date, place: ListPlace): KnownBlock {
  const all = speak(reader.language).messages;
  const t = all.lists;
  const option = (text: string, choice: string) => ({
    text: plain(text),
    value: `${choice}|${encodeListPlace(place)}`.slice(0, 150),
  });
  const last = c.seriesId
    ? [option(all.endSeries, "endSeries")]
    : reader.id === c.ownerId
      ? [option(all.reminders.cantMakeIt, "cant_make_it")]
      : [];
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
              option(all.edit, "edit"),
              option(t.snooze1h, "1h"),
              option(t.snoozeNextWorkingDay, "nextWorkingDay"),
              ...last,
            ],
          },
        }
      : {}),
  };
}

/**
 * Where a page is in its list ("41–80 av 112") and the buttons to the pages before and after;
 * nothing when everything fits on one page.
 */
export function pageBlocks(page: { offset: number; total: number; shown: number }, key: ListKey, reader: Reader): KnownBlock[] {
  const t = speak(reader.language).messages.lists;
  const { offset, total, shown } = page;
  if (offset === 0 && shown >= total) return [];
  const back = offset > 0 ? [button(ACTION.listBack, t.previous, encodeListPlace({ key, offset: Math.max(0, offset - PAGE_SIZE) }))] : [];
  const more = offset + shown < total ? [button(ACTION.listMore, t.showMore, encodeListPlace({ key, offset: offset + shown }))] : [];
  return [
    context(t.showing(offset + 1, offset + shown, total)),
    ...(back.length + more.length > 0 ? [{ type: "actions" as const, block_id: "list_pages", elements: [...back, ...more] }] : []),
  ];
}

function listTitle(key: ListKey, reader: Reader): string {
  const t = speak(reader.language).messages.lists;
  switch (key.kind) {
    case "team":
      return t.team(key.channelId);
    case "customer":
      return t.customer(slackText(key.customer));
    case "person":
      return t.person(key.userId);
    default:
      return t.mine;
  }
}

/** `/lofte lista`, `team`, `kund Acme`, `lista @Anna` as a message: a page of it, in the reader's zone and language. */
export function listReply(list: CommitmentList, reader: Reader, now: Date): Reply {
  const t = speak(reader.language).messages.lists;
  const title = listTitle(list.key, reader);
  const blocks: KnownBlock[] = [section(title)];
  if (list.items.length === 0) blocks.push(context(list.offset > 0 ? t.noMore : t.empty));
  for (const c of list.items) blocks.push(commitmentItem(c, reader, now, { key: list.key, offset: list.offset }));
  blocks.push(...pageBlocks({ offset: list.offset, total: list.total, shown: list.items.length }, list.key, reader));
  return { text: title.replace(/\*/g, ""), blocks };
}
