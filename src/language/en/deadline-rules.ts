import {
  addMonths,
  addWorkingDays,
  fridayOfWeekInMonth,
  fridayOfWeekNumber,
  lastWorkingDayOfMonth,
  mondayOf,
  nextWeekday,
  upcomingDate,
  weekdayNextWeek,
  weekdayThisOrNext,
  weekdayWeeksOn,
  workingDayOnOrBefore,
  yearOfUpcomingMonth,
} from "../../domain/calendar.js";
import { addDays, isoWeekday } from "../../domain/zoned-time.js";
import {
  clockRule,
  dayOfMonthRule,
  dottedDateRule,
  holidayRule,
  monthDateRule,
  numericDateRule,
  ordinalWeekdayRule,
  overnightRule,
  quarterRule,
  repeatRule,
  workingDayRule,
} from "../common-rules.js";
import { alternatives, type Clock, type DeadlineRule, type PhraseMeaning, rulePattern as rx } from "../deadline-rules.js";
import { MONTHS, monthNumber, NUMBERS, numberValue, ORDINALS, WEEKDAY_SHORT, WEEKDAYS } from "./words.js";

/**
 * English deadline phrases, one rule per phenomenon, tried in this order on lower-case text.
 * A phrase matched by an earlier rule is not seen by later ones; chrono-node reads what is left.
 */

const WEEKDAY = alternatives(Object.keys(WEEKDAYS));
/** Red days by name, to their names in holidays.ts (Sweden's calendar: issue 13 makes it a setting). */
const HOLIDAYS: Record<string, string> = {
  "christmas eve": "julafton",
  "christmas day": "juldagen",
  "boxing day": "annandag jul",
  "new year's eve": "nyårsafton",
  "new years eve": "nyårsafton",
  "new year's day": "nyårsdagen",
  "new years day": "nyårsdagen",
  epiphany: "trettondedag jul",
  "good friday": "långfredagen",
  easter: "påskdagen",
  "easter sunday": "påskdagen",
  "easter monday": "annandag påsk",
  "ascension day": "Kristi himmelsfärdsdag",
  midsummer: "midsommarafton",
  "midsummer eve": "midsommarafton",
  "midsummer's eve": "midsommarafton",
  "may day": "första maj",
  "maundy thursday": "skärtorsdagen",
  walpurgis: "valborgsmässoafton",
  "walpurgis night": "valborgsmässoafton",
  pentecost: "pingstdagen",
  whitsun: "pingstdagen",
  "all saints' day": "alla helgons dag",
  "all saints day": "alla helgons dag",
};
const SHORT = alternatives(Object.keys(WEEKDAY_SHORT));
/** Short forms that are not everyday words ("sat", "sun" and "wed" are). */
const SAFE_SHORT = "mon|tues|tue|thurs|thur|thu|fri";
/** "Monday", "Tuesdays", "Monday and Thursday", "Mon, Wed and Fri": the days a repeat names. */
const WEEKDAY_LIST = `(?:${WEEKDAY})s?(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+)(?:${WEEKDAY})s?)*`;
const WEEKDAY_WRITTEN = `(?:${WEEKDAY}|${SHORT})\\.?`;
const MONTH = alternatives(Object.keys(MONTHS));
/** Month names a bare "in" or "before" can take: all but "may", which is mostly a verb. */
const MONTH_ALONE = alternatives(Object.keys(MONTHS).filter((m) => m !== "may"));
const NUMBER = `\\d+|${alternatives(Object.keys(NUMBERS)).replaceAll(" ", "\\s+")}`;
const ORDINAL = alternatives(Object.keys(ORDINALS));
/** Words before a deadline that only say "by": part of the phrase, so the task loses them. */
const BY =
  "(?:(?:no\\s+later\\s+than|not\\s+later\\s+than|at\\s+the\\s+latest\\s+by|latest\\s+by|by|until|till|til|through|on|for|in|during|sometime|some\\s+time|this\\s+coming|due|eta:?|at)\\s+)?";
/** "before": the named group marks the working day before. */
const LEAD = `${BY}(?:(?<before>before|b4|prior\\s+to|ahead\\s+of)\\s+)?(?:the\\s+)?`;
const weekdayOf = (word: string) => WEEKDAYS[word] ?? WEEKDAY_SHORT[word.replace(/\.$/, "")];

function partOfDay(phrase: string): PhraseMeaning | null {
  let time: Clock | undefined;
  if (/after\s+lunch/.test(phrase)) time = { hour: 13, minute: 0 };
  else if (/morning|first\s+thing/.test(phrase)) time = { hour: 9, minute: 0 };
  else if (/afternoon|eod|cob|eop|eob|end\s+of|close\s+of/.test(phrase)) time = { hour: 17, minute: 0 };
  else if (/noon|midday|lunch/.test(phrase)) time = { hour: 12, minute: 0 };
  else if (/midnight/.test(phrase)) time = { hour: 23, minute: 59 };
  else if (/evening|night|tonight|tonite|2nite/.test(phrase)) time = { hour: 20, minute: 0 };
  return time ? { time, partOfDay: true } : null;
}

const before = (match: RegExpExecArray): Pick<PhraseMeaning, "before"> => (match.groups?.before ? { before: true } : {});

export const ENGLISH_DEADLINE_RULES: DeadlineRule[] = [
  workingDayRule(
    `${BY}(?:on\\s+)?(?:the\\s+)?(?:(?<next>next)\\s+(?:business|working|work)\\s+day|(?<last>last)\\s+(?:business|working|work)\\s+day\\s+of\\s+(?:the|this)\\s+month|(?<first>first)\\s+(?:business|working|work)\\s+day\\s+of\\s+next\\s+month|first\\s+(?:business|working|work)\\s+day\\s+(?:of|in)\\s+(?<month>${MONTH}))`,
    monthNumber,
  ),
  // Before "past reference": "the last Monday of March" is ahead, not behind.
  ordinalWeekdayRule({
    lead: `${LEAD}`,
    ordinalWeekday: `(?<ordinal>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+(?<weekday>${WEEKDAY})`,
    month: `(?:of|in)\\s+(?:(?<month>${MONTH})|(?<nextMonth>next\\s+month)|(?:the|this)\\s+(?<thisMonth>month)|(?<every>every|each)\\s+month)`,
    ordinalValue: (word) => (word === "last" ? -1 : (ORDINALS[word] ?? (Number.parseInt(word, 10) || undefined))),
    weekdayValue: (word) => WEEKDAYS[word],
    monthValue: monthNumber,
  }),
  repeatRule(
    `(?:every|each)\\s+(?<other>(?:other|second|2nd|alternate)\\s+)?(?<weekday>${WEEKDAY_LIST})|(?:(?<other2>every\\s+(?:two|2|other|second)\\s+weeks?|bi-?weekly|fortnightly)|every\\s+week|weekly),?\\s+(?:on\\s+)?(?<weekday2>${WEEKDAY_LIST})|(?:every|each)\\s+(?<workdays>weekday|working\\s+day|business\\s+day|workday)|(?:on\\s+)?the\\s+last\\s+day\\s+of\\s+(?:every|each)\\s+(?<monthEnd>month)|(?<daily>(?:every|each)\\s+(?:single\\s+)?(?:day|(?<morning>morning))|daily)(?![\\p{L}-])|(?:monthly|(?:every|each)\\s+month)\\s+on\\s+the\\s+(?<monthDay>\\d{1,2}|${ORDINAL})(?:st|nd|rd|th)?|(?:on\\s+)?the\\s+(?<monthDay2>\\d{1,2}(?:st|nd|rd|th)|${ORDINAL})(?:\\s+day)?\\s+of\\s+(?:every|each)\\s+month`,
    (word) => WEEKDAYS[word],
    (word) => ORDINALS[word],
  ),
  {
    name: "past reference",
    pattern: rx(
      `yesterday(?:\\s+(?:morning|afternoon|evening|night))?|last\\s+(?:week(?!\\s+(?:of|in)\\s)|month|year|night|time|${WEEKDAY})|earlier\\s+today|the\\s+other\\s+day|(?:\\d+|a|an|two|three|a\\s+few|a\\s+couple\\s+of)\\s+(?:days?|weeks?|hours?|months?)\\s+ago|a\\s+while\\s+ago`,
    ),
    resolve: () => ({ past: true }),
  },
  {
    name: "days from now",
    pattern: rx(`${BY}(${NUMBER})\\s+(days?|weeks?|months?)\\s+from\\s+(?:now|today)`),
    resolve(match, { today }) {
      const amount = numberValue(match[1]) ?? 1;
      if (match[2].startsWith("day")) return { date: addDays(today, amount), counted: true };
      return match[2].startsWith("week")
        ? { date: addDays(today, amount * 7), counted: true }
        : { date: addMonths(today, amount), counted: true };
    },
  },
  {
    name: "relative day",
    pattern: rx(
      `${BY}(?:(first\\s+thing|(?:the\\s+)?end\\s+of)\\s+)?(?:(?<before>before)\\s+)?(the\\s+day\\s+after\\s+tomorrow|day\\s+after\\s+tomorrow|tomorrow|tmrw|tmr|tmrow|tommorow|tommorrow|tomoz|2moro|2morrow|later\\s+today|today)(?!['’]s(?![\\p{L}]))(?:-?ish(?![\\p{L}]))?(?:\\s+(first\\s+thing)|\\s+(?<half>am|a\\.m\\.|pm|p\\.m\\.)(?=\\s|$|[,.!]))?`,
    ),
    resolve(match, { today }) {
      const word = match[3];
      const days = word.includes("after") ? 2 : word.includes("today") ? 0 : 1;
      // "tmrw am": in the morning (09:00); "tomorrow pm": in the afternoon (13:00 is too early to promise; 17:00).
      const half = match.groups?.half;
      const hour = match[1]?.endsWith("of") || half?.startsWith("p") ? 17 : 9;
      const time = match[1] || match[4] || half ? { time: { hour, minute: 0 }, partOfDay: true as const } : {};
      return { date: addDays(today, days), ...time, ...(match[2] ? { before: true } : {}) };
    },
  },
  {
    name: "part of today",
    pattern: rx(
      `${BY}(?:later\\s+)?(tonight|tonite|2nite|2night|this\\s+(?:morning|afternoon|evening))(?:\\s+at\\s+(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?(?!\\s*(?:am|pm|a\\.m|p\\.m)))?`,
    ),
    resolve(match, { today }) {
      const meaning = partOfDay(match[1]);
      const g = match.groups ?? {};
      // "tonight at 8" is 20:00; "this morning at 9" 09:00.
      if (meaning?.time && g.hour) {
        const hour = Number(g.hour);
        const evening = meaning.time.hour >= 12 && hour < 12;
        if (hour > 23) return null;
        return { date: today, time: { hour: evening ? hour + 12 : hour, minute: Number(g.minute ?? 0) } };
      }
      return meaning && { ...meaning, date: today };
    },
  },
  // "overnight" ending the clause; not "overnight courier", nor "overnight on Friday" (that day reads on its own).
  overnightRule(`${BY}overnight(?=\\s*(?:$|[,.!?;)]|(?:and|but|so|then)\\s))`),
  {
    // "a week from Friday", "Friday week": that Friday and a week on; "Tuesday in two weeks": calendar.ts weekdayWeeksOn.
    name: "weekday weeks from now",
    pattern: rx(
      `${LEAD}(?:(?<weeks>${NUMBER})\\s+weeks?\\s+(?:from|on)\\s+(?:this\\s+|next\\s+)?(?<weekday>${WEEKDAY})|(?<weekday2>${WEEKDAY})\\s+week(?![\\p{L}\\d])(?!\\s*\\d)(?!\\s+after\\s+next)|(?<weekday3>${WEEKDAY})\\s+in\\s+(?<weeks3>${NUMBER})\\s+weeks?(?:'?\\s+time)?)`,
    ),
    resolve(match, { today }) {
      const g = match.groups ?? {};
      if (g.weekday3) {
        const weeks = numberValue(g.weeks3);
        return weeks && weeks <= 52 ? { date: weekdayWeeksOn(today, WEEKDAYS[g.weekday3], weeks), ...before(match) } : null;
      }
      const weeks = g.weekday2 ? 1 : numberValue(g.weeks);
      if (!weeks || weeks > 52) return null;
      return { date: addDays(nextWeekday(today, WEEKDAYS[g.weekday ?? g.weekday2]), 7 * weeks), ...before(match) };
    },
  },
  {
    name: "duration from now",
    pattern: rx(
      `(?<theHour>within\\s+the\\s+(?:next\\s+)?hour|in\\s+the\\s+next\\s+hour)|(?:(?:in|within|(?:in|within)\\s+the\\s+next|inside\\s+of)\\s+(?:(?:about|around|approx\\.?|approximately|roughly|max|at\\s+most)\\s+)?(?:(?:\\d+\\s*-\\s*)?(?<amount>\\d+[.,]\\d+|${NUMBER}|half\\s+an)(?<half>\\s+and\\s+a\\s+half)?\\s*(?<unit>minutes|minute|mins|min|m|hours|hour|hrs|hr|h|business\\s+days?|working\\s+days?|days|day|weeks|week|fortnights?|months|month)(?<half2>\\s+and\\s+a\\s+half)?(?:'?\\s+time)?|(?<halfHour>half\\s+an\\s+hour)))`,
    ),
    resolve(match, { today, workWeek }) {
      const g = match.groups ?? {};
      if (g.halfHour) return { minutesFromNow: 30 };
      if (g.theHour) return { minutesFromNow: 60 };
      // "1.5 weeks", "a week and a half", "one and a half days".
      const amount = (g.amount.startsWith("half") ? 0.5 : (numberValue(g.amount) ?? 1)) + (g.half || g.half2 ? 0.5 : 0);
      const unit = g.unit;
      if (unit === "m" || unit.startsWith("min")) return { minutesFromNow: amount };
      if (unit.startsWith("h")) return { minutesFromNow: amount * 60 };
      if (unit.startsWith("business") || unit.startsWith("working")) return { date: addWorkingDays(today, Math.round(amount), workWeek) };
      if (unit.startsWith("day")) return { date: addDays(today, Math.round(amount)), counted: true };
      if (unit.startsWith("week")) return { date: addDays(today, Math.round(amount * 7)), counted: true };
      if (unit.startsWith("fortnight")) return { date: addDays(today, Math.round(amount * 14)), counted: true };
      return { date: addDays(addMonths(today, Math.floor(amount)), Math.round((amount % 1) * 30)), counted: true };
    },
  },
  monthDateRule({
    lead: LEAD,
    weekday: WEEKDAY_WRITTEN,
    day: `(\\d{1,2})(?:st|nd|rd|th)?`,
    month: `(${MONTH})\\.?`,
    year: "(?:,?\\s+(\\d{4}))?",
    dayValue: Number,
    monthValue: monthNumber,
    monthFirst: true,
  }),
  monthDateRule({
    lead: LEAD,
    weekday: WEEKDAY_WRITTEN,
    day: `(?:the\\s+)?(\\d{1,2}|${ORDINAL})(?:st|nd|rd|th)?`,
    month: `(${MONTH})\\.?`,
    year: "(?:,?\\s+(\\d{4}))?",
    dayValue: (word) => ORDINALS[word] ?? Number(word),
    monthValue: monthNumber,
  }),
  numericDateRule(LEAD, WEEKDAY_WRITTEN, weekdayOf),
  dottedDateRule(LEAD, "at|@"),
  dayOfMonthRule(
    `${LEAD}(?:${WEEKDAY_WRITTEN},?\\s+)?(?:the\\s+)?(?:(?<day>\\d{1,2})(?:st|nd|rd|th)|the\\s+(?<day2>\\d{1,2}))(?!\\s*(?:of\\s+)?(?:${MONTH}))`,
  ),
  {
    name: "weekday",
    pattern: rx(
      `(?:early\\s+|late\\s+)?${LEAD}(?:((?:next|nxt)(?:\\s+week(?:\\s+on)?)?|this|this\\s+coming|coming)\\s+)?(?:(${WEEKDAY}|${SHORT})|(${SAFE_SHORT}))\\.?(?:\\s+(?:of\\s+)?(next|nxt|this)\\s+week|,?\\s+(?:the\\s+)?week\\s+(after)\\s+next)?`,
    ),
    resolve(match, { today }) {
      const word = match[3] ?? match[4];
      // "I sat", "the sun" are not days; "Sat at 10", "Sun evening", "circle back wed" are.
      const timed = /^\s*(?:at\s+\d|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|(?:morning|afternoon|evening|night|eod|cob)(?!\p{L}))/u.test(
        match.input.slice(match.index + match[0].length),
      );
      if (match[0].startsWith(word) && /^(?:sat|sun)$/.test(word) && !timed) return null;
      const weekday = weekdayOf(word);
      const which = match[5] ?? match[2];
      let date = nextWeekday(today, weekday);
      if (match[6]) date = weekdayInWeekAfterNext(today, weekday);
      else if (which?.startsWith("n")) date = weekdayNextWeek(today, weekday);
      else if (which === "this") date = weekdayThisOrNext(today, weekday);
      // "early Friday" is its morning; "late Friday", the day's usual end.
      const early = match[0].startsWith("early") ? { time: { hour: 9, minute: 0 }, partOfDay: true as const } : {};
      return { date, ...before(match), ...early };
    },
  },
  {
    name: "part of week",
    pattern: rx(
      `${LEAD}(?:(end|middle|mid|start|beginning|early|late)(?:\\s+of|-)?\\s*(?:the\\s+|this\\s+)?(next\\s+)?(?:working\\s+|work\\s+)?(?:week|wk)|(eow)|(midweek))`,
    ),
    resolve(match, { today }) {
      const part = match[2] ?? (match[5] ? "mid" : "end");
      // Said at the weekend, "the week" is the coming one.
      const monday = mondayOf(match[3] || isoWeekday(today) >= 6 ? addDays(today, 7) : today);
      if (part === "mid" || part === "middle") return { date: addDays(monday, 2) };
      if (part === "end" || part === "late") return { date: addDays(monday, 4), weekEnd: true };
      return { date: !match[3] && monday.day !== today.day ? nextWeekday(today, 1) : monday };
    },
  },
  {
    name: "weekend",
    pattern: rx(`(?:(before|by|over|after|during|on|for|until)\\s+(?:the\\s+)?|(this)\\s+)weekend`),
    resolve(match, { today }) {
      const word = match[1] ?? match[2];
      if (word === "after") return { date: nextWeekday(today, 1) };
      if (word === "before" || word === "by" || word === "until") return { date: weekdayThisOrNext(today, 5), weekEnd: true };
      return { date: weekdayThisOrNext(today, 7) };
    },
  },
  {
    name: "week of a month",
    pattern: rx(`${BY}(?:the\\s+)?(first|second|third|fourth|last)\\s+week\\s+(?:of|in)\\s+(${MONTH})`),
    resolve(match, { today }) {
      const month = monthNumber(match[2]);
      if (!month) return null;
      const n = { first: 1, second: 2, third: 3, fourth: 4 }[match[1]] ?? -1;
      return { date: fridayOfWeekInMonth(yearOfUpcomingMonth(today, month), month, n) };
    },
  },
  {
    name: "week",
    pattern: rx(
      `${LEAD}(?:(?:week|wk)\\s*#?\\s*(?<week>\\d{1,2})(?!\\s*(?:of|\\.\\d))|w(?<week2>\\d{1,2})(?=\\s*(?:[.,!?;:]|$))|(?<=(?:by|in|until|before|during)\\s)w(?<week3>\\d{1,2})|(?<afterNext>week\\s+after\\s+next)|(?<next>(?:next|nxt)\\s+(?:week|wk))|(?<this>this\\s+(?:week|wk)))`,
    ),
    resolve(match, { today }) {
      const week = match.groups?.week ?? match.groups?.week2 ?? match.groups?.week3;
      const g = match.groups ?? {};
      if (week) {
        const friday = fridayOfWeekNumber(today, Number(week));
        // "innan v. 51", "before week 51": the working day before that week's Monday.
        if (friday && g.before) return { date: addDays(friday, -4), before: true };
        return friday && { date: friday, weekEnd: true };
      }
      // "innan nästa vecka", "before next week": by the end of this one.
      if (g.before && g.next) return { date: weekdayThisOrNext(today, 5), weekEnd: true };
      const weeks = g.afterNext ? 2 : g.next ? 1 : 0;
      return { date: weeks === 0 ? weekdayThisOrNext(today, 5) : addDays(mondayOf(addDays(today, 7 * weeks)), 4), weekEnd: true };
    },
  },
  quarterRule(
    `(?:(?<before>before)\\s+|within\\s+(?=(?:the\\s+)?q\\d|this\\s+quarter)|(?<inQuarter>in)\\s+(?=q\\d\\s*(?:(?:to|for|at)\\s+\\S+\\s*)?(?:$|[,.!?;]))|${BY})(?:(?<between>between\\s+christmas\\s+and\\s+new\\s+year'?s?)|(?:(?:the\\s+)?(?<end>end)\\s+of\\s+)?(?:(?:the\\s+)?q(?<q>[1-4])|(?<thisQuarter>(?:the|this)\\s+quarter)|(?<eoq>eoq))(?:\\s+(?<over>is\\s+over|ends))?)`,
  ),
  holidayRule(
    `(?<after>after)\\s+(?:the\\s+)?(?<name>christmas|xmas|new\\s+year'?s?|the\\s+holidays|easter)(?:\\s+(?:break|holidays?|weekend))?`,
    {
      christmas: "juldagen",
      xmas: "juldagen",
      "new year": "nyårsdagen",
      "new years": "nyårsdagen",
      "new year's": "nyårsdagen",
      "the holidays": "nyårsdagen",
      easter: "påskdagen",
    },
  ),
  holidayRule(
    `(?<!(?<![\\p{L}])(?:happy|merry)\\s)${BY}(?:(?<before>before|b4|ahead\\s+of|prior\\s+to)\\s+|(?<after>after|(?:on\\s+)?the\\s+first\\s+(?:working|business|work)\\s+day\\s+after)\\s+|(?:by|on|until|till|for|over)\\s+)?(?:the\\s+)?(?<name>${alternatives(Object.keys(HOLIDAYS))})(?:\\s+(?:break|holidays?|weekend))?`,
    HOLIDAYS,
    { names: ["easter", "midsummer", "pentecost", "whitsun"], onTheDay: /(?:^|\s)(?:on|over|during|at)\s/u },
  ),
  {
    name: "holidays and year end",
    pattern: rx(
      `${BY}(?:(?:before|by|for|until|ahead\\s+of)\\s+(christmas|xmas|the\\s+holidays|the\\s+christmas\\s+break|the\\s+holiday\\s+break)|(?:before\\s+)?(?:the\\s+)?(end\\s+of\\s+(?:the\\s+|this\\s+)?year|year[-\\s]end|eoy|new\\s+year'?s?(?:\\s+eve)?))`,
    ),
    resolve(match, { today, workWeek }) {
      if (match[1]) return { date: upcomingDate(today, 12, 23) };
      return { date: lastWorkingDayOfMonth(today.year, 12, workWeek) };
    },
  },
  {
    name: "part of month",
    pattern: rx(
      `${LEAD}(?:(end|middle|mid|start|beginning|early|late)(?:\\s+of|-)?\\s*(?:(next\\s+month)|(?:the\\s+|this\\s+)?(month)|(${MONTH}))|(eom))`,
    ),
    resolve(match, { today, workWeek }) {
      let year = today.year;
      let month = today.month;
      if (match[3]) ({ year, month } = addMonths({ ...today, day: 1 }, 1));
      if (match[5]) {
        month = monthNumber(match[5]) ?? month;
        year = yearOfUpcomingMonth(today, month);
      }
      const part = match[2] ?? "end";
      if (part === "mid" || part === "middle") return { date: workingDayOnOrBefore({ year, month, day: 15 }, workWeek) };
      if (part === "start" || part === "beginning" || part === "early") return { date: fridayOfWeekInMonth(year, month, 1) };
      return { date: lastWorkingDayOfMonth(year, month, workWeek) };
    },
  },
  {
    name: "month",
    pattern: rx(`${BY}(?:(next\\s+month)|(before)\\s+(${MONTH_ALONE})|(?:in|during)\\s+(${MONTH_ALONE}))\\.?(?!\\s*\\d)`),
    resolve(match, { today, workWeek }) {
      if (match[1]) {
        const next = addMonths({ ...today, day: 1 }, 1);
        return { date: lastWorkingDayOfMonth(next.year, next.month, workWeek) };
      }
      const month = monthNumber(match[3] ?? match[4]);
      if (!month) return null;
      const year = yearOfUpcomingMonth(today, month);
      if (match[2]) return { date: workingDayOnOrBefore(addDays({ year, month, day: 1 }, -1), workWeek) };
      return { date: lastWorkingDayOfMonth(year, month, workWeek) };
    },
  },
  clockRule({
    lead: `${BY}(?:(?:before|b4|around|about|approx\\.?|at\\s+around|at\\s+about|(?:shortly|just|right|soon)\\s+(?:after|before)|after|until|till)\\s+)?`,
    clockWord: "(?:at|@)",
    around: "(?:around|about|approx\\.?|~)",
    aroundWord: "around",
    aroundSuffix: "(?:ish|o'clock|oclock)",
    bareHourAfter: "by|before|b4|until|till|after",
    hourWords: NUMBERS,
  }),
  {
    name: "half and quarter hours",
    // "half three" is British for half past three.
    pattern: rx(
      `${BY}(?:(?:at|before|around|(?:shortly|just|right)\\s+(?:after|before)|after)\\s+)?(half\\s+past|half|quarter\\s+past|quarter\\s+to)\\s+(\\d{1,2}|${NUMBER})(?!\\s*(?:hours?|days?|weeks?|months?|minutes?|mins?)(?!\\p{L}))`,
    ),
    resolve(match) {
      const hour = numberValue(match[2]);
      if (!hour || hour > 12) return null;
      const base = hour < 7 ? hour + 12 : hour;
      if (match[1] === "half past" || match[1] === "half") return { time: { hour: base, minute: 30 } };
      return match[1] === "quarter past" ? { time: { hour: base, minute: 15 } } : { time: { hour: base - 1, minute: 45 } };
    },
  },
  {
    name: "part of day",
    pattern: rx(
      `(?<!(?<![\\p{L}])(?:have|having|had|grab|grabbing|eat|eating|a)\\s)${BY}(?:(?:(?:right|just|shortly|straight)\\s+)?(?:before|after|at|by|in\\s+the|around|until|till|first\\s+thing\\s+in\\s+the)\\s+)?(first\\s+thing(?:\\s+in\\s+the\\s+morning)?|morning|noon|midday|lunch(?:time)?|afternoon|evening|night|midnight|eod|cob|eop|eob|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:business\\s+|work(?:ing)?\\s+)?day|(?:close|end)\\s+of\\s+(?:business|play))`,
    ),
    resolve: (match) => partOfDay(match[0]),
  },
];

function weekdayInWeekAfterNext(today: { year: number; month: number; day: number }, weekday: number) {
  return weekdayNextWeek(addDays(today, 7), weekday);
}
