import { addDays } from "../../domain/zoned-time.js";
import {
  isoWeek,
  lastWorkingDayOfMonth,
  mondayOfIsoWeek,
  nextWeekday,
  upcomingDate,
  upcomingDayOfMonth,
  weekdayInWeekOf,
  workingDayBefore,
} from "../calendar.js";
import { numericDateRule } from "../common-rules.js";
import type { Clock, DeadlineRule } from "../deadline-rules.js";
import { WORD_END as E, WORD_START as S } from "../word-pattern.js";
import { MONTHS, monthNumber, NUMBERS, numberValue, WEEKDAY_NAMES, WEEKDAYS } from "./words.js";

/**
 * English deadline phrases, one rule per phenomenon, tried in this order. Dates written with
 * month names ("December 3rd", "3 Dec") are left to chrono's English parser.
 */

const MONTH = Object.keys(MONTHS).join("|");
const NUMBER = `\\d+|${Object.keys(NUMBERS).join("|")}`;
const BEFORE = "(?:(before)\\s+)?";
const rx = (source: string) => new RegExp(`${S}${source}${E}`, "giu");

function timeOfDay(phrase: string): Clock | undefined {
  const lower = phrase.toLowerCase();
  if (/after\s+lunch/.test(lower)) return { hour: 13, minute: 0 };
  if (/morning|first thing/.test(lower)) return { hour: 9, minute: 0 };
  if (/noon|lunch|midday/.test(lower)) return { hour: 12, minute: 0 };
  if (/afternoon|eod|cob|end of (?:the )?(?:business )?day|close of business/.test(lower)) return { hour: 17, minute: 0 };
  if (/evening|tonight/.test(lower)) return { hour: 20, minute: 0 };
  return undefined;
}

export const ENGLISH_DEADLINE_RULES: DeadlineRule[] = [
  {
    name: "past reference",
    pattern: rx(
      `(?:yesterday|last\\s+(?:week|month|${WEEKDAY_NAMES})|earlier\\s+today|this\\s+morning(?=[^.!?]*\\b(?:was|were|did|had|sent|called|talked|spoke|met)\\b))`,
    ),
    resolve: () => ({ past: true }),
  },
  {
    name: "relative day",
    pattern: rx(`(the\\s+day\\s+after\\s+tomorrow|tomorrow|tmrw|tmr|today|tonight)(?:\\s+(morning|afternoon|evening|night|noon))?`),
    resolve(match, { today }) {
      const word = match[1].toLowerCase();
      const days = word.includes("after") ? 2 : word.startsWith("t") && word !== "today" && word !== "tonight" ? 1 : 0;
      const time = match[2] ? timeOfDay(match[2]) : word === "tonight" ? timeOfDay(word) : undefined;
      return { date: addDays(today, days), time };
    },
  },
  {
    name: "duration from now",
    pattern: rx(
      `(?:in|within)\\s+(${NUMBER}|half\\s+an)\\s+(minutes|minute|mins|min|hours|hour|hrs|hr|h|days|day|weeks|week|months|month)`,
    ),
    resolve(match, { today }) {
      const amount = /half/i.test(match[1]) ? 0.5 : (numberValue(match[1]) ?? 1);
      const unit = match[2].toLowerCase();
      if (unit.startsWith("min")) return { minutesFromNow: amount };
      if (unit.startsWith("h")) return { minutesFromNow: amount * 60 };
      if (unit.startsWith("day")) return { date: addDays(today, Math.round(amount)) };
      if (unit.startsWith("week")) return { date: addDays(today, Math.round(amount * 7)) };
      const month = today.month + Math.round(amount);
      const year = today.year + Math.floor((month - 1) / 12);
      return { date: { year, month: ((month - 1) % 12) + 1, day: today.day } };
    },
  },
  {
    name: "week",
    pattern: rx(
      `(mid[-\\s]?week|middle\\s+of\\s+(?:next\\s+|the\\s+)?week|end\\s+of\\s+(?:the\\s+|this\\s+)?week|end\\s+of\\s+next\\s+week|eow|before\\s+the\\s+weekend|by\\s+the\\s+weekend|after\\s+the\\s+weekend|next\\s+week|this\\s+week|week\\s*(\\d{1,2})|first\\s+week\\s+of\\s+(${MONTH}))`,
    ),
    resolve(match, { today }) {
      const phrase = match[1].toLowerCase();
      if (match[2]) {
        const week = Number(match[2]);
        if (week < 1 || week > 53) return null;
        const current = isoWeek(today);
        return { date: addDays(mondayOfIsoWeek(week < current.week ? current.year + 1 : current.year, week), 4) };
      }
      if (match[3]) {
        const month = monthNumber(match[3]) ?? today.month;
        const friday = weekdayInWeekOf(upcomingDate(today, month, 1), 5);
        return { date: friday.month === month ? friday : addDays(friday, 7) };
      }
      if (phrase.startsWith("after")) return { date: nextWeekday(today, 1) };
      const base = phrase.includes("next") ? addDays(today, 7) : today;
      return { date: weekdayInWeekOf(base, /mid/.test(phrase) ? 3 : 5) };
    },
  },
  {
    name: "month end and holidays",
    pattern: rx(
      `(end\\s+of\\s+(?:the\\s+)?(month|${MONTH})|eom|before\\s+(?:the\\s+)?(?:new\\s+year|end\\s+of\\s+the\\s+year)|end\\s+of\\s+(?:the\\s+)?year|before\\s+christmas|by\\s+christmas)`,
    ),
    resolve(match, { today, workingDays }) {
      const phrase = match[1].toLowerCase();
      if (phrase.includes("christmas")) return { date: upcomingDate(today, 12, 23) };
      if (/year/.test(phrase)) return { date: lastWorkingDayOfMonth(today.year, 12, workingDays) };
      const month = match[2] && match[2].toLowerCase() !== "month" ? monthNumber(match[2]) : today.month;
      if (!month) return null;
      return { date: lastWorkingDayOfMonth(month < today.month ? today.year + 1 : today.year, month, workingDays) };
    },
  },
  {
    name: "weekday",
    pattern: rx(`${BEFORE}(?:(next|this\\s+coming|coming)\\s+)?(${WEEKDAY_NAMES})\\.?(?:\\s+(next)\\s+week)?`),
    resolve(match, { today, workingDays }) {
      const weekday = WEEKDAYS[match[3].toLowerCase()];
      const date = match[2] === "next" || match[4] ? weekdayInWeekOf(addDays(today, 7), weekday) : nextWeekday(today, weekday);
      return { date: match[1] ? workingDayBefore(date, workingDays) : date };
    },
  },
  numericDateRule("before"),
  {
    name: "day of month",
    pattern: rx(`(?:the\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?!\\s+(?:of\\s+)?(?:${MONTH}))`),
    resolve(match, { today }) {
      const day = Number(match[1]);
      return day >= 1 && day <= 31 ? { date: upcomingDayOfMonth(today, day) } : null;
    },
  },
  {
    name: "clock time",
    pattern: rx(`(?:(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)|(\\d{1,2}):(\\d{2})|at\\s+(\\d{1,2})(?!\\s*(?:st|nd|rd|th|/)))`),
    resolve(match) {
      if (match[3]) {
        let hour = Number(match[1]);
        if (hour < 1 || hour > 12) return null;
        const pm = match[3].toLowerCase().startsWith("p");
        hour = (hour % 12) + (pm ? 12 : 0);
        return { time: { hour, minute: Number(match[2] ?? 0) } };
      }
      const hour = Number(match[4] ?? match[6]);
      const minute = Number(match[5] ?? 0);
      if (hour > 23 || minute > 59) return null;
      // "at 3" in working context is 15:00.
      return { time: { hour: match[6] && hour >= 1 && hour <= 6 ? hour + 12 : hour, minute } };
    },
  },
  {
    name: "time of day",
    pattern: rx(
      `(?:in\\s+the\\s+|by\\s+|before\\s+|at\\s+|this\\s+)?(morning|first\\s+thing|noon|midday|lunch|after\\s+lunch|afternoon|evening|tonight|eod|cob|close\\s+of\\s+business|end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day)`,
    ),
    resolve(match) {
      const time = timeOfDay(match[0]);
      return time ? { time } : null;
    },
  },
];
