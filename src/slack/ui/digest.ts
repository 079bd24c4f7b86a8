import type { types } from "@slack/bolt";
import type { DigestCommitment, DigestSummary } from "../../domain/digest.js";
import { formatDeadline } from "../../language/format-deadline.js";
import type { Language } from "../../language/language.js";
import { describePromise, messages } from "../../language/messages.js";
import type { Reply } from "./capture-replies.js";

type KnownBlock = types.KnownBlock;

/** Slack's limits: 50 blocks a message, 3,000 characters a section (a little kept spare). */
const MAX_BLOCKS = 50;
const MAX_SECTION = 2900;

export interface DigestReader {
  timeZone: string;
  language: Language;
}

function line(c: DigestCommitment, reader: DigestReader, now: Date, withOwner: boolean): string {
  const what = describePromise({ task: c.task, customer: c.customer, deadline: "" }, reader.language);
  const link = c.permalink ? ` <${c.permalink}|↗>` : "";
  return `• ${withOwner ? `<@${c.ownerId}> ` : ""}${what} — ${formatDeadline(c.dueAt, reader.timeZone, reader.language, now)}${link}`;
}

/**
 * The weekly digest: a headline (open, due this week, overdue, kept on time last week), then
 * overdue, at risk, due this week by owner, kept last week and new this week. Long sections
 * stop within Slack's limits and say how many more there are.
 */
export function digestMessage(summary: DigestSummary, channelId: string, reader: DigestReader, now: Date): Reply {
  const t = messages(reader.language).digest;
  const headline = t.headline(channelId, summary.open, summary.dueThisWeek, summary.overdue);
  const { kept, due } = summary.keptOnTime;
  const blocks: KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: headline } },
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: due > 0 ? t.keptOnTime(kept, due, Math.round((kept / due) * 100)) : t.noneDueLastWeek }],
    },
  ];
  const groups: [string, string[]][] = [
    [t.overdue, summary.overdueItems.map((c) => line(c, reader, now, true))],
    [t.atRisk, summary.atRiskItems.map((c) => line(c, reader, now, true))],
    ...summary.dueThisWeekByOwner.map(({ ownerId, items }): [string, string[]] => [
      `${t.thisWeek} · <@${ownerId}>`,
      items.map((c) => line(c, reader, now, false)),
    ]),
    [t.kept, summary.keptLastWeekItems.map((c) => line(c, reader, now, true))],
    [t.new, summary.newThisWeekItems.map((c) => line(c, reader, now, true))],
  ];
  let left = 0;
  for (const [heading, lines] of groups) {
    if (lines.length === 0) continue;
    // Each group is one section; keep one block spare for the closing "+N more".
    if (blocks.length >= MAX_BLOCKS - 1) {
      left += lines.length;
      continue;
    }
    let text = heading;
    let shown = 0;
    for (const l of lines) {
      if (text.length + l.length + 1 > MAX_SECTION - 60) break;
      text += `\n${l}`;
      shown++;
    }
    if (shown < lines.length) text += `\n_${t.more(lines.length - shown)}_`;
    blocks.push({ type: "section", text: { type: "mrkdwn", text } });
  }
  if (left > 0) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: t.more(left) }] });
  return { text: headline.replace(/\*/g, ""), blocks };
}
