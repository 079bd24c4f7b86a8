import type { DigestCommitment, DigestSummary } from "../../domain/digest.js";
import { formatDeadline } from "../../language/format-deadline.js";
import { speak } from "../../language/index.js";
import { slackText } from "../../language/slack-markup.js";
import { context, type KnownBlock, type Reply, section } from "../blocks.js";
import { type Reader, saidText } from "./commitment-words.js";

/** Slack's limits: 50 blocks a message, 3,000 characters a section (a little kept spare). */
const MAX_BLOCKS = 50;
const MAX_SECTION = 2900;
/** A digest is read, not searched: at most this many lines a section and in all; the rest are counted. */
const MAX_LINES_PER_SECTION = 10;
const MAX_LINES = 80;

/** One promise in the digest; one already kept is ticked, wherever it is listed ("Nya denna vecka" too). */
function line(c: DigestCommitment, reader: Reader, now: Date, withOwner: boolean): string {
  const what = saidText(c, reader);
  const link = c.permalink ? ` <${c.permalink}|↗>` : "";
  const repeat = c.repeatText ? ` · :repeat: ${slackText(c.repeatText)}` : "";
  const bullet = c.status === "done" ? ":white_check_mark:" : "•";
  return `${bullet} ${withOwner ? `<@${c.ownerId}>: ` : ""}${what} — ${formatDeadline(c.dueAt, reader.timeZone, reader.language, now)}${repeat}${link}`;
}

/**
 * The weekly digest: a headline (open, due this week, overdue, kept on time last week), then
 * overdue, at risk, due this week by owner, kept last week and new this week. Long sections
 * stop at ten lines (and the digest at eighty), within Slack's limits, and say how many more
 * there are; /lofte team has the rest. A promise is listed once, in its first section.
 */
export function digestMessage(summary: DigestSummary, channelId: string, reader: Reader, now: Date): Reply {
  const t = speak(reader.language).messages.digest;
  const headline = t.headline(channelId, summary.open, summary.dueThisWeek, summary.overdue);
  const { kept, due } = summary.keptOnTime;
  const blocks: KnownBlock[] = [
    section(headline),
    context(due > 0 ? t.keptOnTime(kept, due, Math.round((kept / due) * 100)) : t.noneDueLastWeek),
  ];
  // [heading, promises, whether each line names the owner]; lines are written only as far as they fit.
  const groups: [string, DigestCommitment[], boolean][] = [
    [t.overdue, summary.overdueItems, true],
    [t.atRisk, summary.atRiskItems, true],
    ...summary.dueThisWeekByOwner.map(({ ownerId, items }): [string, DigestCommitment[], boolean] => [
      `${t.thisWeek} · <@${ownerId}>`,
      items,
      false,
    ]),
    [t.kept, summary.keptLastWeekItems, true],
  ];
  // New this week, unless already listed above (due this week, overdue, at risk): each promise once.
  const listed = new Set(groups.flatMap(([, items]) => items.map((c) => c.id)));
  groups.push([t.new, summary.newThisWeekItems.filter((c) => !listed.has(c.id)), true]);
  let left = 0;
  let written = 0;
  for (const [heading, items, withOwner] of groups) {
    if (items.length === 0) continue;
    // Each group is one section; keep one block spare for the closing "+N more".
    if (blocks.length >= MAX_BLOCKS - 1 || written >= MAX_LINES) {
      left += items.length;
      continue;
    }
    let text = heading;
    let shown = 0;
    for (const c of items) {
      if (shown >= MAX_LINES_PER_SECTION || written >= MAX_LINES) break;
      const l = line(c, reader, now, withOwner);
      if (text.length + l.length + 1 > MAX_SECTION - 60) break;
      text += `\n${l}`;
      shown++;
      written++;
    }
    if (shown < items.length) text += `\n_${t.more(items.length - shown, channelId)}_`;
    blocks.push(section(text));
  }
  if (left > 0) blocks.push(context(t.more(left, channelId)));
  return { text: headline.replace(/\*/g, ""), blocks };
}
