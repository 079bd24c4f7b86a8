import {
  addMonths,
  compareDates,
  isValidDate,
  isWorkingDay,
  lastWorkingDayOfMonth,
  mondayOf,
  nextWorkingDay,
  nthWeekdayOfMonth,
  upcomingDate,
  upcomingDayOfMonth,
  workingDayOnOrBefore,
} from "../domain/calendar.js";
import { holidayNamed } from "../domain/holidays.js";
import { addDays, daysInMonth, isoWeekday, type LocalDate } from "../domain/zoned-time.js";
import { type DeadlineRule, type PhraseMeaning, rulePattern } from "./deadline-rules.js";

/**
 * Deadline rules both languages write the same way, built from each language's words:
 * dates with a month name, numeric dates, the day of the month and clock times. In every
 * pattern the named group `before` ("innan", "before") asks for the working day before.
 */

const before = (match: RegExpExecArray): Pick<PhraseMeaning, "before"> => (match.groups?.before ? { before: true } : {});

/** How recently a date without a year may have passed and still be that date, not next year's. */
const RECENTLY_PASSED_DAYS = 62;

/**
 * A calendar date from a rule's parts: with a year as written, else the next one to come.
 * "passed" for a date without a year that went by in the last two months ("1 december" said on
 * 6 December): the person most likely means the one that passed, so it is not next year's.
 */
function dateOf(today: LocalDate, month: number, day: number, year?: number): LocalDate | "passed" | null {
  const date = year ? { year, month, day } : upcomingDate(today, month, day);
  if (!isValidDate(date.year, date.month, date.day)) return null;
  if (!year && compareDates(date, today) / 86_400_000 > 365 - RECENTLY_PASSED_DAYS) return "passed";
  return date;
}

/** What a rule's date means: a deadline, the past, or nothing. */
function meaningOf(date: LocalDate | "passed" | null, match: RegExpExecArray): PhraseMeaning | null {
  if (date === "passed") return { past: true, passedDate: true };
  return date && { date, ...before(match) };
}

function yearOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** `(\\d+)` → `(?<name>\\d+)`: the first capturing group of a pattern gets a name. */
function nameFirstGroup(source: string, name: string): string {
  return source.replace(/(?<!\\)\((?!\?)/, `(?<${name}>`);
}

export interface OrdinalWeekdayWords {
  lead: string;
  /** The ordinal ("första", "last") in group `ordinal`, the weekday in group `weekday`. */
  ordinalWeekday: string;
  /** A named month in group `month`; `thisMonth` ("månaden", "the month") or `nextMonth` ("nästa månad") instead. */
  month: string;
  ordinalValue(word: string): number | undefined;
  weekdayValue(word: string): number | undefined;
  monthValue(word: string): number | undefined;
}

/**
 * "första tisdagen i februari", "sista fredagen i månaden", "the last Monday of March": in the
 * named month's next coming round; "the month" is this one, or the next once its day has passed.
 */
export function ordinalWeekdayRule(words: OrdinalWeekdayWords): DeadlineRule {
  return {
    name: "ordinal weekday of a month",
    pattern: rulePattern(`${words.lead}${words.ordinalWeekday}\\s+${words.month}`),
    resolve(match, { today }) {
      const g = match.groups ?? {};
      const n = words.ordinalValue(g.ordinal);
      const weekday = words.weekdayValue(g.weekday);
      if (n === undefined || weekday === undefined) return null;
      const inMonth = (year: number, month: number) => nthWeekdayOfMonth(year, month, weekday, n);
      const next = (date: LocalDate) =>
        date.month === 12 ? { year: date.year + 1, month: 1 } : { year: date.year, month: date.month + 1 };
      let date: LocalDate | null;
      if (g.every) {
        // "första måndagen varje månad": this month's if still ahead, and every month after.
        date = inMonth(today.year, today.month);
        if (!date || compareDates(date, today) < 0) date = inMonth(next(today).year, next(today).month);
        const rule = `FREQ=MONTHLY;BYDAY=${n}${BYDAY[weekday]}`;
        return date && { date, repeat: { rule, next: (d: LocalDate) => inMonth(next(d).year, next(d).month) ?? d } };
      }
      if (g.month) {
        const month = words.monthValue(g.month);
        if (!month) return null;
        date = inMonth(today.year, month);
        if (!date || compareDates(date, today) < 0) date = inMonth(today.year + 1, month);
      } else if (g.nextMonth) {
        const { year, month } = next(today);
        date = inMonth(year, month);
      } else {
        date = inMonth(today.year, today.month);
        if (!date || compareDates(date, today) < 0) {
          const { year, month } = next(today);
          date = inMonth(year, month);
        }
      }
      return date ? { date, ...before(match) } : null;
    },
  };
}

/**
 * "18.12", "30.11.2026", "15-01": the everyday day.month of Swedish and most of Europe (the
 * dashed form only as two digits each and at the end of the phrase, so "2-3 offerter" and
 * "10-12 st" stay quantities). A dot
 * after "kl"/"at" is a time ("kl 18.12"), and so is one whose second number cannot be a month
 * ("14.30"), which the clock rule reads instead.
 */
export function dottedDateRule(lead: string, clockWord: string): DeadlineRule {
  return {
    name: "day.month",
    pattern: rulePattern(
      `(?<!(?:${clockWord})\\.?\\s*)${lead}(?:(?<day>\\d{1,2})\\.(?<month>\\d{1,2})(?:\\.(?<year>20\\d{2}))?|(?<day2>\\d{2})-(?<month2>\\d{2})(?:-(?<year2>20\\d{2}))?(?=\\s*(?:$|[,.!?;)]|kl|klockan|at|\\d)))(?![.:]?\\d|\\s*(?:am|pm|a\\.m|p\\.m)(?!\\p{L}))`,
    ),
    resolve(match, { today }) {
      const g = match.groups ?? {};
      const day = Number(g.day ?? g.day2);
      const month = Number(g.month ?? g.month2);
      if (month < 1 || month > 12) return null;
      return meaningOf(dateOf(today, month, day, yearOf(g.year ?? g.year2)), match);
    },
  };
}

/**
 * The days between Christmas and New Year, and quarters: "i mellandagarna", "between Christmas
 * and New Year" (the last working day before nyårsafton); "innan Q1 är slut", "by end of Q1",
 * "till kvartalsskiftet", "by the end of the quarter" (the quarter's last working day); "innan
 * Q2", "before Q2" (the working day before it starts). Groups: `between`; `q` (1–4) or
 * `thisQuarter`; `before` with `end` or `over` when the quarter's end is meant.
 */
export function quarterRule(pattern: string): DeadlineRule {
  return {
    name: "quarter and the days between",
    pattern: rulePattern(pattern),
    resolve(match, { today, workWeek }) {
      const g = match.groups ?? {};
      const ahead = (date: (year: number) => LocalDate) =>
        compareDates(date(today.year), today) >= 0 ? date(today.year) : date(today.year + 1);
      if (g.between) return { date: ahead((year) => workingDayOnOrBefore({ year, month: 12, day: 30 }, workWeek)) };
      // "Q1", "kvartalet" alone, or after "for" or "in", name no time ("the Q1 report", "what ships in Q1 on
      // Friday"); "till", "by", "end of" do, and "in Q1" ending the clause (`inQuarter`: "we'll deliver in Q1",
      // "vi levererar i Q2 till Volvo").
      const untilWord =
        g.inQuarter !== undefined || /^(?:till|tills|senast|fram|under|inom|by|until|no|not|at|latest|within|during)\s/.test(match[0]);
      if (!g.end && !g.over && !g.before && !untilWord && !/kvartalsskiftet|eoq/.test(match[0])) return null;
      if (g.q) {
        const last = Number(g.q) * 3;
        if (g.before && !g.end && !g.over) return { date: ahead((year) => ({ year, month: last - 2, day: 1 })), before: true };
        return { date: ahead((year) => lastWorkingDayOfMonth(year, last, workWeek)) };
      }
      // "this quarter" whose last working day has gone by (said on nyårsafton): the next quarter's.
      const end = lastWorkingDayOfMonth(today.year, Math.ceil(today.month / 3) * 3, workWeek);
      if (compareDates(end, today) >= 0) return { date: end };
      const next = addMonths({ ...today, day: 1 }, 3);
      return { date: lastWorkingDayOfMonth(next.year, Math.ceil(next.month / 3) * 3, workWeek) };
    },
  };
}

/**
 * "nästa arbetsdag", "sista arbetsdagen i månaden", "next business day", "the first working
 * day of next month", on the workspace's working days. The pattern has groups `next`, `last`
 * (this month's; next month's once it has passed) and `first` (next month's).
 */
export function workingDayRule(pattern: string, monthValue: (word: string) => number | undefined = () => undefined): DeadlineRule {
  return {
    name: "working day",
    pattern: rulePattern(pattern),
    resolve(match, { today, workWeek }) {
      const g = match.groups ?? {};
      const nextMonth = today.month === 12 ? { year: today.year + 1, month: 1 } : { year: today.year, month: today.month + 1 };
      if (g.next) return { date: nextWorkingDay(today, workWeek) };
      if (g.first) return { date: nextWorkingDay({ ...nextMonth, day: 0 }, workWeek) };
      // "the first working day of January", "första arbetsdagen i januari": the next one to come.
      const month = g.month ? monthValue(g.month) : undefined;
      if (month) {
        const thisYear = nextWorkingDay({ year: today.year, month, day: 0 }, workWeek);
        return { date: compareDates(thisYear, today) >= 0 ? thisYear : nextWorkingDay({ year: today.year + 1, month, day: 0 }, workWeek) };
      }
      if (!g.last) return null;
      const last = lastWorkingDayOfMonth(today.year, today.month, workWeek);
      return { date: compareDates(last, today) >= 0 ? last : lastWorkingDayOfMonth(nextMonth.year, nextMonth.month, workWeek) };
    },
  };
}

/** "i natt", "overnight": done by 06:00 the next morning (said in the small hours, this morning). */
export function overnightRule(pattern: string): DeadlineRule {
  return {
    name: "overnight",
    pattern: rulePattern(pattern),
    resolve: (_match, { today, nowTime }) => ({
      date: nowTime.hour < 5 ? today : addDays(today, 1),
      time: { hour: 6, minute: 0 },
      partOfDay: true,
    }),
  };
}

/**
 * Names of a holiday period rather than one day ("påsk", "midsommar", "Easter"): "till påsk" is
 * the working day before it starts, as "före påsk" is, unless said of the days themselves
 * ("på påsk", "over Easter", matched by `onTheDay` on the folded phrase).
 */
export interface HolidayPeriods {
  names: readonly string[];
  onTheDay: RegExp;
}

/**
 * A red day by name: "till julafton", "före midsommar", "efter påsk", "första arbetsdagen efter
 * påsk", "by Christmas Eve", "after New Year". `names` maps what is written (folded) to the
 * holiday's name in holidays.ts. The pattern has groups `name`, and `before` or `after`: the
 * working day before, or the first working day after; else the day itself.
 */
export function holidayRule(pattern: string, names: Readonly<Record<string, string>>, periods?: HolidayPeriods): DeadlineRule {
  return {
    name: "holiday",
    pattern: rulePattern(pattern),
    resolve(match, { today, workWeek }) {
      const g = match.groups ?? {};
      const typed = (g.name ?? "").replace(/\s+/g, " ");
      const holiday = names[typed];
      if (!holiday) return null;
      const thisYear = holidayNamed(holiday, today.year);
      const date = thisYear && compareDates(thisYear, today) >= 0 ? thisYear : holidayNamed(holiday, today.year + 1);
      if (!date) return null;
      if (g.after) return { date: nextWorkingDay(date, workWeek) };
      // "till julafton" names the day itself: kept as typed (the confirmation says it is a red day).
      const period = periods?.names.includes(typed) && !periods.onTheDay.test(match[0]);
      return g.before || period ? { date, before: true } : { date };
    },
  };
}

/** RFC 5545 weekday codes by ISO weekday. */
const BYDAY = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"];

const nextMonthOf = (date: LocalDate) =>
  date.month === 12 ? { year: date.year + 1, month: 1 } : { year: date.year, month: date.month + 1 };

/**
 * A promise that repeats: "varje fredag", "varannan måndag", "varje måndag och torsdag",
 * "varannan vecka på tisdagar", "varje vardag", "den sista varje månad", "den 15:e varje
 * månad", "every Friday", "every other Thursday", "every Monday and Thursday", "every two weeks
 * on Tuesday", "varje dag", "every day", "every weekday", "monthly on the 15th". The first occurrence is the deadline; the
 * rule goes along as an RRULE. Groups: `weekday` (one or a list; with `other` for every other
 * week; `weekday2` and `other2` where a pattern says it in two ways), `daily`, `workdays`, `monthEnd`,
 * `monthDay` (or `monthDay2`), the day a number or an ordinal word.
 */
export function repeatRule(
  pattern: string,
  weekdayValue: (word: string) => number | undefined,
  ordinalValue: (word: string) => number | undefined,
): DeadlineRule {
  return {
    name: "repeat",
    pattern: rulePattern(pattern),
    resolve(match, { today, workWeek }) {
      const g = match.groups ?? {};
      const weekdayList = g.weekday ?? g.weekday2;
      if (weekdayList) {
        // "tisdagar", "Tuesdays", "tisdagen": the weekday without its ending.
        const named = weekdayList
          .split(/[\s,&]+/)
          .map((word) => weekdayValue(word) ?? weekdayValue(word.replace(/(?:arna|ar|en|s)$/, "")))
          .filter((day): day is number => day !== undefined);
        const weekdays = [...new Set(named)].sort();
        if (weekdays.length === 0) return null;
        const weeks = g.other || g.other2 ? 2 : 1;
        const first = weekdays.map((day) => addDays(today, (day - isoWeekday(today) + 7) % 7)).sort(compareDates)[0];
        // Every other week counts from the first occurrence's week.
        const inRule = (d: LocalDate) =>
          weekdays.includes(isoWeekday(d)) && Math.round(compareDates(mondayOf(d), mondayOf(first)) / (7 * 86_400_000)) % weeks === 0;
        const next = (d: LocalDate) => {
          let day = addDays(d, 1);
          while (!inRule(day)) day = addDays(day, 1);
          return day;
        };
        const byDay = weekdays.map((day) => BYDAY[day]).join(",");
        return { date: first, repeat: { rule: `FREQ=WEEKLY;${weeks > 1 ? "INTERVAL=2;" : ""}BYDAY=${byDay}`, next } };
      }
      if (g.daily) {
        // "varje morgon", "every morning": daily, at the start of the day.
        const morning = g.morning ? { time: { hour: 9, minute: 0 }, partOfDay: true as const } : {};
        return { date: today, ...morning, repeat: { rule: "FREQ=DAILY", next: (d) => addDays(d, 1) } };
      }
      if (g.workdays) {
        const days = [...workWeek.days]
          .sort()
          .map((d) => BYDAY[d])
          .join(",");
        const first = isWorkingDay(today, workWeek) ? today : nextWorkingDay(today, workWeek);
        return { date: first, repeat: { rule: `FREQ=WEEKLY;BYDAY=${days}`, next: (d) => nextWorkingDay(d, workWeek) } };
      }
      if (g.monthEnd) {
        const last = (y: number, m: number) => ({ year: y, month: m, day: daysInMonth(y, m) });
        return {
          date: last(today.year, today.month),
          repeat: { rule: "FREQ=MONTHLY;BYMONTHDAY=-1", next: (d) => last(nextMonthOf(d).year, nextMonthOf(d).month) },
        };
      }
      const written = g.monthDay ?? g.monthDay2 ?? "";
      const day = /^\d/.test(written) ? Number.parseInt(written, 10) : (ordinalValue(written) ?? 0);
      if (!day || day > 31) return null;
      const on = (y: number, m: number) => ({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
      return {
        date: upcomingDayOfMonth(today, day),
        repeat: { rule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, next: (d) => on(nextMonthOf(d).year, nextMonthOf(d).month) },
      };
    },
  };
}

export interface MonthDateWords {
  lead: string;
  /** A weekday before the date, swallowed: "fredag den 4 december", "Friday, Dec 4". */
  weekday: string;
  /** The day, with the number in group `day`. */
  day: string;
  /** The month, with its name in group `month`. */
  month: string;
  /** An optional year in group `year`. */
  year: string;
  dayValue(word: string): number;
  monthValue(word: string): number | undefined;
  /** "Dec 3" rather than "3 Dec". */
  monthFirst?: boolean;
}

/** "15 mars", "den 3:e december 2027", "3rd of December", "Dec 3rd". */
export function monthDateRule(words: MonthDateWords): DeadlineRule {
  const day = nameFirstGroup(words.day, "day");
  const month = nameFirstGroup(words.month, "month");
  const year = nameFirstGroup(words.year, "year");
  const body = words.monthFirst ? `${month}\\s+${day}` : `${day}\\s+(?:of\\s+)?${month}`;
  return {
    name: words.monthFirst ? "month and day" : "day and month",
    pattern: rulePattern(`${words.lead}(?:${words.weekday},?\\s+)?${body}${year}`),
    resolve(match, { today }) {
      const groups = match.groups ?? {};
      const monthNumber = words.monthValue(groups.month);
      if (!monthNumber) return null;
      const dayValue = words.dayValue(groups.day);
      const date = dateOf(today, monthNumber, dayValue, yearOf(groups.year));
      // Written unmistakably as a date ("31 februari", "April 31st"), yet no such date: say so, do not guess.
      if (date === null && dayValue >= 1 && dayValue <= 31) return { impossible: "date" };
      return meaningOf(date, match);
    },
  };
}

/**
 * 2026-12-15, 15/3, 15/3-27, 4/12/2026: day before month, as the product decided; month
 * first when the day-first reading is impossible (12/15), when a weekday written with it
 * agrees only with that reading ("Fri 12/4"), or for English in an American time zone.
 */
export function numericDateRule(lead: string, weekday: string, weekdayOf: (word: string) => number | undefined): DeadlineRule {
  return {
    name: "numeric date",
    pattern: rulePattern(
      `${lead}(?:(?<weekday>${weekday}),?\\s+)?(?:(?<isoYear>\\d{4})-(?<isoMonth>\\d{1,2})-(?<isoDay>\\d{1,2})|(?<first>\\d{1,2})/(?<second>\\d{1,2})(?:(?:/|-|\\s+)(?<year>20\\d{2}|\\d{2}(?!\\d|[.:]\\d)))?(?!\\s*(?:dag|dagar|tim|timme|timmar|h|days?|hours?|kg|st|%)(?!\\p{L})))`,
    ),
    resolve(match, { today, monthFirst: usFirst }) {
      const g = match.groups ?? {};
      if (g.isoYear) {
        return meaningOf(dateOf(today, Number(g.isoMonth), Number(g.isoDay), Number(g.isoYear)), match);
      }
      const first = Number(g.first);
      const second = Number(g.second);
      const year = yearOf(g.year);
      const dayFirst = dateOf(today, second, first, year);
      const monthFirst = dateOf(today, first, second, year);
      const wanted = g.weekday ? weekdayOf(g.weekday.toLowerCase().replace(/en$|\.$/, "")) : undefined;
      const agrees = (d: LocalDate | "passed" | null) => d !== null && d !== "passed" && (wanted === undefined || isoWeekday(d) === wanted);
      const [preferred, other] = usFirst ? [monthFirst, dayFirst] : [dayFirst, monthFirst];
      // A date that just went by is that date, not the other reading of its numbers.
      if (preferred === "passed") return { past: true, passedDate: true };
      const date = agrees(preferred) || !agrees(other) ? (preferred ?? other) : other;
      return meaningOf(date, match);
    },
  };
}

/** "den 15:e", "the 15th": this month if still ahead, else next month. Group `day`. */
export function dayOfMonthRule(source: string): DeadlineRule {
  return {
    name: "day of month",
    pattern: rulePattern(source),
    resolve(match, { today }) {
      const day = Number(match.groups?.day ?? match.groups?.day2);
      return day >= 1 && day <= 31 ? { date: upcomingDayOfMonth(today, day), ...before(match) } : null;
    },
  };
}

export interface ClockWords {
  lead: string;
  /** "kl", "klockan", "at". */
  clockWord: string;
  /** "vid", "runt", "around". */
  around: string;
  /** The around words before an hour in words, which no amount takes: "vid tre", "around three" (not "ca tio", "about ten"). */
  aroundWord: string;
  /** "-tiden", "ish", "o'clock". */
  aroundSuffix: string;
  /** Words after which a bare hour is a time ("at 10", "by 5"). */
  bareHourAfter?: string;
  /** Hours written as words: after the clock word ("klockan två"), with the around words ("vid tretiden", "around three"). */
  hourWords?: Record<string, number>;
}

const MERIDIEM = "(?:am|pm|a\\.m\\.|p\\.m\\.)";

/** Zones people name after a time: "5pm ET", "kl 15 svensk tid". */
const ZONES: Record<string, string> = {
  et: "America/New_York",
  est: "America/New_York",
  edt: "America/New_York",
  ct: "America/Chicago",
  cst: "America/Chicago",
  cdt: "America/Chicago",
  mt: "America/Denver",
  mst: "America/Denver",
  mdt: "America/Denver",
  pt: "America/Los_Angeles",
  pst: "America/Los_Angeles",
  pdt: "America/Los_Angeles",
  gmt: "UTC",
  utc: "UTC",
  bst: "Europe/London",
  "uk time": "Europe/London",
  "london time": "Europe/London",
  cet: "Europe/Stockholm",
  cest: "Europe/Stockholm",
  "svensk tid": "Europe/Stockholm",
  "swedish time": "Europe/Stockholm",
};
const ZONE = `(?:\\s+(?<zone>${Object.keys(ZONES).join("|").replaceAll(" ", "\\s+")}))?`;
/** Not an amount, a count or part of a longer number. */
const NOT_MONEY =
  "(?!\\s*(?:kr|sek|kronor|eur|euro|usd|dollars?|%|procent|percent|:-|st|nd|rd|th|\\/|[.,:]?\\d|dagar|dag|timmar|timme|minuter|veckor|days?|hours?|weeks?|minutes?|mins?|pages?|sidor|personer|people)(?![\\p{L}]))";

/**
 * Clock times: "kl 14", "kl. 9.30", "14:30", "3pm", "vid 16-tiden", "at 10". A bare hour
 * from 1 to 6 is read in working hours ("kl 3" is 15:00); "02:30" keeps its zero.
 */
export function clockRule(words: ClockWords): DeadlineRule {
  const hour = (n: number) => `(?<h${n}>\\d{1,2})`;
  const hourWords = Object.entries(words.hourWords ?? {}).filter(([word, value]) => word.length >= 3 && value >= 1 && value <= 12);
  const wordList = hourWords.map(([word]) => word).join("|");
  const spelled = hourWords.length > 0 ? `|(?<w1>${wordList})` : "";
  // "vid tretiden", "threeish", and "runt tre" / "around three" where the clause ends or a day follows.
  const spelledAround =
    hourWords.length > 0
      ? [
          `(?<w2>${wordList})\\s*${words.aroundSuffix}`,
          `${words.aroundWord}\\s+(?<w3>${wordList})(?=\\s*(?:$|[,.!?;)\\u0000]|(?:och|and|men|but|idag|today|ikvall|tonight|imorgon|tomorrow|pa|on)(?:\\s|$)))`,
        ]
      : [];
  const alternatives = [
    `${words.clockWord}\\s*(?:${hour(1)}${spelled})(?:[.:](?<m1>\\d{2}))?(?:\\s*(?<ap1>${MERIDIEM}))?`,
    `${hour(2)}(?:[.:](?<m2>\\d{2}))?\\s*(?<ap2>${MERIDIEM})`,
    `${hour(3)}[.:](?<m3>\\d{2})${NOT_MONEY}`,
    `${words.around}\\s+${hour(4)}(?:\\s*${words.aroundSuffix})?${NOT_MONEY}`,
    `${hour(5)}\\s*${words.aroundSuffix}`,
    ...spelledAround,
    ...(words.bareHourAfter ? [`(?:${words.bareHourAfter})\\s+${hour(6)}(?:[.:](?<m6>\\d{2}))?${NOT_MONEY}`] : []),
    // "fredag 17", "Friday 5": a bare hour right after a day another rule read (masked), at the end of a clause.
    `(?<=\\u0000\\s)${hour(7)}(?=\\s*(?:$|[,.!?;)]|(?:och|and|men|but|till|to|for|med|with)\\s))`,
  ];
  return {
    name: "clock time",
    // "10am sharp", "kl 10 prick".
    pattern: rulePattern(`${words.lead}(?:${alternatives.join("|")})(?:\\s+(?:sharp|prick|precis))?${ZONE}`),
    resolve(match) {
      const g = match.groups ?? {};
      const word = g.w1 ?? g.w2 ?? g.w3;
      if (word) {
        const value = Object.fromEntries(hourWords)[word];
        return { time: { hour: value + (value <= 6 ? 12 : 0), minute: 0 } };
      }
      const n = [1, 2, 3, 4, 5, 6, 7].find((i) => g[`h${i}`] !== undefined);
      if (n === undefined) return null;
      const written = g[`h${n}`];
      let hourValue = Number(written);
      const minute = Number(g[`m${n}`] ?? 0);
      const meridiem = (g[`ap${n}`] ?? "").toLowerCase();
      // Written unmistakably as a time ("kl 25", "13pm", "25:00"), yet no such time: say so, do not guess.
      const surelyClock = n === 1 || n === 2 || (n === 3 && match[0].includes(":"));
      const impossible = () => (surelyClock ? { impossible: "time" as const } : null);
      if (minute > 59) return impossible();
      if (meridiem) {
        if (hourValue < 1 || hourValue > 12) return impossible();
        hourValue = (hourValue % 12) + (meridiem.startsWith("p") ? 12 : 0);
      } else if (hourValue >= 1 && hourValue <= 6 && !written.startsWith("0")) {
        hourValue += 12;
      }
      if (hourValue > 24 || (hourValue === 24 && minute > 0)) return impossible();
      // "fredag 24" is the 24th more likely than midnight.
      if (n === 7 && (hourValue === 0 || hourValue > 23)) return null;
      // "kl 24" is the day's end.
      const time = hourValue === 24 ? { hour: 23, minute: 59 } : { hour: hourValue, minute };
      const zone = g.zone ? ZONES[g.zone.replace(/\s+/g, " ")] : undefined;
      return zone ? { time, zone } : { time };
    },
  };
}
