import type { Person } from "../../app/slack-port.js";
import { compareDates } from "../../domain/calendar.js";
import { formatIsoDate, type LocalDate, localDate } from "../../domain/zoned-time.js";
import { formatDay, formatDeadline } from "../../language/format-deadline.js";
import { speak } from "../../language/index.js";
import { slackText } from "../../language/slack-markup.js";
import type { Commitment } from "../../store/commitments.js";
import { button, fitSection, type KnownBlock, type Reply, section } from "../blocks.js";
import { ACTION, lineBlock } from "../ids.js";
import { saidText } from "./commitment-words.js";

/**
 * Block Kit for time away: what was recorded and what falls due meanwhile, the offer made on an
 * away status, and the handover a lead gets when an owner leaves the workspace. Pure.
 */

/**
 * Time away recorded: the days, what happens meanwhile, and each promise due then or just after
 * with Flytta (a new deadline), Ge till någon annan (the edit form, owner first) and Behåll.
 */
export function awayReply(away: { from: LocalDate; to: LocalDate; sick: boolean; due: Commitment[] }, reader: Person, now: Date): Reply {
  const { from, to, due } = away;
  const t = speak(reader.language).messages.away;
  // Sick today (not days of leave): get well, rather than "ledig".
  const today = formatIsoDate(localDate(now, reader.timeZone));
  const sickToday = away.sick && formatIsoDate(from) === today && formatIsoDate(to) === today;
  const text = sickToday ? t.recordedSick : t.recorded(formatDay(from, reader.language), formatDay(to, reader.language));
  if (due.length === 0) return { text, blocks: [section(`:palm_tree: ${text}`), section(t.nothingDue)] };
  const items = due.slice(0, MAX_AWAY_ITEMS).flatMap((c): KnownBlock[] => [
    section(promiseLine(c, reader, now)),
    {
      type: "actions",
      block_id: lineBlock(c.id),
      elements: [button(ACTION.moreTime, t.move, c.id), button(ACTION.edit, t.reassign, c.id), button(ACTION.awayKeep, t.keep, c.id)],
    },
  ]);
  const begun = compareDates(from, localDate(now, reader.timeZone)) <= 0;
  return { text, blocks: [section(`:palm_tree: ${text}`), section(begun ? t.dueMeanwhileNow : t.dueMeanwhile), ...items] };
}

/** Two blocks a promise: 20 of them and the heading stay within a message's 50 blocks. */
const MAX_AWAY_ITEMS = 20;

/** "Din status säger ”Semester”. Ska jag notera …?" with Yes (the days in the button) and No thanks. */
export function awayOfferMessage(from: LocalDate, to: LocalDate, status: string, reader: Person): Reply {
  const t = speak(reader.language).messages.away;
  const text = fitSection(t.offer(slackText(status), days(from, to, reader)));
  return {
    text,
    blocks: [
      section(`:palm_tree: ${text}`),
      {
        type: "actions",
        elements: [
          button(ACTION.awayOfferYes, t.offerYes, `${formatIsoDate(from)}|${formatIsoDate(to)}`, "primary"),
          button(ACTION.awayOfferNo, t.offerNo),
        ],
      },
    ],
  };
}

/** To a lead: an owner left, and each of their open promises with Reassign (and End series for a repeating one). */
export function handoverMessage(ownerId: string, promises: Commitment[], reader: Person, now: Date): Reply {
  const t = speak(reader.language).messages;
  const text = t.away.ownerLeft(`<@${ownerId}>`);
  const items = promises.slice(0, MAX_AWAY_ITEMS).flatMap((c): KnownBlock[] => [
    section(promiseLine(c, reader, now)),
    {
      type: "actions",
      block_id: lineBlock(c.id),
      elements: [button(ACTION.edit, t.away.reassign, c.id), ...(c.seriesId ? [button(ACTION.endSeries, t.endSeries, c.id)] : [])],
    },
  ]);
  return { text, blocks: [section(`:wave: ${text}`), ...items] };
}

/** To a lead, before an owner's time away: each promise still open and due then, with Reassign and Move. */
export function awayAheadMessage(
  ownerId: string,
  from: LocalDate,
  to: LocalDate,
  promises: Commitment[],
  reader: Person,
  now: Date,
): Reply {
  const t = speak(reader.language).messages.away;
  const text = t.leadAhead(`<@${ownerId}>`, days(from, to, reader));
  const items = promises.slice(0, MAX_AWAY_ITEMS).flatMap((c): KnownBlock[] => [
    section(promiseLine(c, reader, now)),
    {
      type: "actions",
      block_id: lineBlock(c.id),
      elements: [button(ACTION.edit, t.reassign, c.id), button(ACTION.moveDeadline, t.move, c.id)],
    },
  ]);
  return { text, blocks: [section(`:palm_tree: ${text}`), ...items] };
}

function days(from: LocalDate, to: LocalDate, reader: Person): string {
  return compareDates(from, to) === 0
    ? formatDay(from, reader.language)
    : `${formatDay(from, reader.language)}–${formatDay(to, reader.language)}`;
}

function promiseLine(c: Commitment, reader: Person, now: Date): string {
  const repeat = c.repeatText ? ` · :repeat: ${slackText(c.repeatText)}` : "";
  return fitSection(`• *${saidText(c, reader)}* — ${formatDeadline(c.dueAt, reader.timeZone, reader.language, now)}${repeat}`);
}
