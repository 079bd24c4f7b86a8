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
import type { Clock, DeadlineRule, PhraseMeaning } from "../deadline-rules.js";
import { WORD_END as E, WORD_START as S } from "../word-pattern.js";
import { MONTHS, monthNumber, NUMBERS, numberValue, WEEKDAY_NAMES, WEEKDAYS } from "./words.js";

/**
 * Swedish deadline phrases, one rule per phenomenon, tried in this order. A phrase matched
 * by an earlier rule is not seen by later ones.
 */

const MONTH = Object.keys(MONTHS).join("|");
const NUMBER = `\\d+|${Object.keys(NUMBERS).join("|")}`;
const BEFORE = "(?:(innan|före|fore|senast\\s+innan)\\s+)?";
const rx = (source: string) => new RegExp(`${S}${source}${E}`, "giu");

const TIMES_OF_DAY: [RegExp, Clock][] = [
  [/bitti|morgon|morgonen|morron/i, { hour: 9, minute: 0 }],
  [/förmiddag|formiddag|innan lunch|före lunch|fore lunch|till lunch|lunch/i, { hour: 12, minute: 0 }],
  [/efter lunch/i, { hour: 13, minute: 0 }],
  [/eftermiddag|under dagen|dagens slut|slutet av dagen/i, { hour: 17, minute: 0 }],
  [/kväll|kvall/i, { hour: 20, minute: 0 }],
];

function timeOfDay(word: string): Clock | undefined {
  const lower = word.toLowerCase();
  // "efter lunch" must win over "lunch": check the longer phrases first.
  if (/efter\s+lunch/.test(lower)) return { hour: 13, minute: 0 };
  return TIMES_OF_DAY.find(([pattern]) => pattern.test(lower))?.[1];
}

/** "halv tre" is 14:30 in working hours: hours before 7 are read as afternoon. */
function workingHour(hour: number): number {
  return hour < 7 ? hour + 12 : hour;
}

export const SWEDISH_DEADLINE_RULES: DeadlineRule[] = [
  {
    name: "past reference",
    pattern: rx(
      `(?:i\\s*går|igår|igar|i\\s*förrgår|i\\s+(?:mån|tis|ons|tors|fre|lör|sön)dags|förra\\s+(?:veckan|månaden|${WEEKDAY_NAMES})|i\\s+morse|tidigare\\s+i\\s+dag)`,
    ),
    resolve: () => ({ past: true }),
  },
  {
    name: "relative day",
    pattern: rx(
      `(i\\s*övermorgon|iövermorgon|i\\s*overmorgon|i\\s*morgon|imorgon|imorn|imorrn|i\\s*morn|imon|i\\s*dag|idag|i\\s*kväll|ikväll|ikvall|i\\s*eftermiddag|i\\s*förmiddag)(?:\\s+(bitti|på\\s+morgonen|förmiddag|eftermiddag|kväll))?`,
    ),
    resolve(match, { today }) {
      const word = match[1].toLowerCase().replace(/\s+/g, "");
      const days = /över|over/.test(word) ? 2 : /morgon|morn|morrn|imon/.test(word) ? 1 : 0;
      const time = match[2] ? timeOfDay(match[2]) : /kväll|kvall|eftermiddag|förmiddag/.test(word) ? timeOfDay(word.slice(1)) : undefined;
      return { date: addDays(today, days), time };
    },
  },
  {
    name: "duration from now",
    pattern: rx(`(?:om|inom)\\s+(${NUMBER}|en\\s+halv)\\s+(minuter|minut|min|timmar|timme|tim|h|dagar|dag|veckor|vecka|månader|månad)`),
    resolve(match, { today }) {
      const amount = /halv/i.test(match[1]) ? 0.5 : (numberValue(match[1]) ?? 1);
      const unit = match[2].toLowerCase();
      if (unit.startsWith("min")) return { minutesFromNow: amount };
      if (unit.startsWith("tim") || unit === "h") return { minutesFromNow: amount * 60 };
      if (unit.startsWith("dag")) return { date: addDays(today, Math.round(amount)) };
      if (unit.startsWith("veck")) return { date: addDays(today, Math.round(amount * 7)) };
      const month = today.month + Math.round(amount);
      const year = today.year + Math.floor((month - 1) / 12);
      return { date: { year, month: ((month - 1) % 12) + 1, day: today.day } };
    },
  },
  {
    name: "week",
    pattern: rx(
      `(i\\s+mitten\\s+av\\s+(?:nästa\\s+)?veckan?|nästa\\s+veckas?\\s+slut|i\\s+slutet\\s+av\\s+(?:den\\s+här\\s+|denna\\s+)?veckan|i\\s+slutet\\s+av\\s+nästa\\s+vecka|till\\s+helgen|innan\\s+helgen|före\\s+helgen|efter\\s+helgen|nästa\\s+veckan?|nasta\\s+veckan?|under\\s+nästa\\s+vecka|i\\s+veckan|denna\\s+vecka|den\\s+här\\s+veckan|(?:vecka|v\\.?)\\s*(\\d{1,2})|första\\s+veckan\\s+i\\s+(${MONTH}))`,
    ),
    resolve(match, { today }) {
      const phrase = match[1].toLowerCase();
      if (match[2]) {
        const week = Number(match[2]);
        if (week < 1 || week > 53) return null;
        const current = isoWeek(today);
        const year = week < current.week ? current.year + 1 : current.year;
        return { date: addDays(mondayOfIsoWeek(year, week), 4) };
      }
      if (match[3]) {
        const month = monthNumber(match[3]) ?? today.month;
        const first = upcomingDate(today, month, 1);
        const friday = weekdayInWeekOf(first, 5);
        return { date: friday.month === month ? friday : addDays(friday, 7) };
      }
      if (phrase.startsWith("efter")) return { date: nextWeekday(today, 1) };
      const nextWeek = /nästa|nasta/.test(phrase);
      const base = nextWeek ? addDays(today, 7) : today;
      return { date: weekdayInWeekOf(base, phrase.includes("mitten") ? 3 : 5) };
    },
  },
  {
    name: "month end and holidays",
    pattern: rx(
      `(i\\s+slutet\\s+av\\s+(månaden|${MONTH})|(?:innan|före|till)\\s+månadsskiftet|(?:innan|före)\\s+månadens\\s+slut|(?:innan|före|till)\\s+årsskiftet|(?:innan|före)\\s+nyår|(?:innan|före|till)\\s+jul(?:en)?)`,
    ),
    resolve(match, { today, workingDays }) {
      const phrase = match[1].toLowerCase();
      if (/jul/.test(phrase) && !/juli/.test(phrase)) return { date: upcomingDate(today, 12, 23) };
      if (/års|nyår/.test(phrase)) return { date: lastWorkingDayOfMonth(today.year, 12, workingDays) };
      const month = match[2] && match[2].toLowerCase() !== "månaden" ? monthNumber(match[2]) : today.month;
      if (!month) return null;
      const year = month < today.month ? today.year + 1 : today.year;
      return { date: lastWorkingDayOfMonth(year, month, workingDays) };
    },
  },
  {
    name: "weekday",
    pattern: rx(`${BEFORE}(?:(nästa|nasta|kommande)\\s+)?(${WEEKDAY_NAMES})(?:en)?(?:\\s+(nästa|nasta|kommande)\\s+vecka)?`),
    resolve(match, { today, workingDays }) {
      const weekday = WEEKDAYS[match[3].toLowerCase()];
      const next = Boolean(match[2] || match[4]);
      const date = next ? weekdayInWeekOf(addDays(today, 7), weekday) : nextWeekday(today, weekday);
      return { date: match[1] ? workingDayBefore(date, workingDays) : date };
    },
  },
  {
    name: "date with month name",
    pattern: rx(`${BEFORE}(?:den\\s+)?(\\d{1,2})(?::e|:a|e|a)?\\s+(${MONTH})\\.?(?:\\s+(\\d{4}))?`),
    resolve(match, { today, workingDays }) {
      const month = monthNumber(match[3]);
      const day = Number(match[2]);
      if (!month || day < 1 || day > 31) return null;
      const date = match[4] ? { year: Number(match[4]), month, day } : upcomingDate(today, month, day);
      return { date: match[1] ? workingDayBefore(date, workingDays) : date };
    },
  },
  numericDateRule("innan|före|fore"),
  {
    name: "day of month",
    pattern: rx(`den\\s+(\\d{1,2})(?::e|:a|e|a)?`),
    resolve(match, { today }) {
      const day = Number(match[1]);
      return day >= 1 && day <= 31 ? { date: upcomingDayOfMonth(today, day) } : null;
    },
  },
  {
    name: "clock time",
    pattern: rx(
      `(?:(?:kl\\.?|klockan)\\s*(\\d{1,2})(?:[.:](\\d{2}))?|(\\d{1,2})[.:](\\d{2})|vid\\s+(\\d{1,2})-?\\s*tiden|(\\d{1,2})-tiden|halv\\s+(${NUMBER}))`,
    ),
    resolve(match): PhraseMeaning | null {
      if (match[7]) {
        const hour = numberValue(match[7]);
        return hour && hour <= 12 ? { time: { hour: workingHour(hour - 1), minute: 30 } } : null;
      }
      const hour = Number(match[1] ?? match[3] ?? match[5] ?? match[6]);
      const minute = Number(match[2] ?? match[4] ?? 0);
      if (hour > 23 || minute > 59) return null;
      return { time: { hour: match[1] && !match[2] ? workingHourForBareKl(hour) : hour, minute } };
    },
  },
  {
    name: "time of day",
    pattern: rx(
      `(?:på\\s+|under\\s+|vid\\s+|till\\s+|innan\\s+|före\\s+|efter\\s+)?(morgonen|bitti|förmiddagen|förmiddag|formiddag|efter\\s+lunch|innan\\s+lunch|före\\s+lunch|lunch|eftermiddagen|eftermiddag|kvällen|kväll|under\\s+dagen|dagens\\s+slut|slutet\\s+av\\s+dagen)`,
    ),
    resolve(match) {
      const time = timeOfDay(match[0]);
      return time ? { time } : null;
    },
  },
];

/** "kl 3" in a working context means 15:00; "kl 14" is 14:00. */
function workingHourForBareKl(hour: number): number {
  return hour >= 1 && hour <= 6 ? hour + 12 : hour;
}
