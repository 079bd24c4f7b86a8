import {
  addMonths,
  addWorkingDays,
  fridayOfWeekInMonth,
  fridayOfWeekNumber,
  lastWorkingDayOfMonth,
  mondayOf,
  nextWeekday,
  upcomingDate,
  weekdayInWeekOf,
  weekdayNextWeek,
  weekdayThisOrNext,
  weekdayWeeksOn,
  workingDayOnOrBefore,
  yearOfUpcomingMonth,
} from "../../domain/calendar.js";
import { addDays, daysInMonth, isoWeekday } from "../../domain/zoned-time.js";
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
import { MONTHS, monthNumber, NUMBERS, numberValue, ORDINALS, SAFE_WEEKDAY_SHORT, WEEKDAY_SHORT, WEEKDAYS } from "./words.js";

/**
 * Swedish deadline phrases, one rule per phenomenon, tried in this order on folded text
 * ("på" is "pa", "nästa" is "nasta"). A phrase matched by an earlier rule is not seen by
 * later ones.
 */

const WEEKDAY = alternatives(Object.keys(WEEKDAYS));
/** Red days by name, folded, to their names in holidays.ts. "jul" and "nyår" alone only after "efter" (else the year-end rule). */
const HOLIDAYS: Record<string, string> = {
  julafton: "julafton",
  juldagen: "juldagen",
  juldag: "juldagen",
  "annandag jul": "annandag jul",
  nyarsafton: "nyårsafton",
  nyarsdagen: "nyårsdagen",
  trettondagen: "trettondedag jul",
  trettondedag: "trettondedag jul",
  "trettondedag jul": "trettondedag jul",
  trettonhelgen: "trettondedag jul",
  langfredag: "långfredagen",
  langfredagen: "långfredagen",
  pask: "påskdagen",
  pasken: "påskdagen",
  paskdagen: "påskdagen",
  "annandag pask": "annandag påsk",
  "kristi himmelsfard": "Kristi himmelsfärdsdag",
  "kristi himmelsfardsdag": "Kristi himmelsfärdsdag",
  midsommar: "midsommarafton",
  midsommarafton: "midsommarafton",
  midsommardagen: "midsommardagen",
  nationaldagen: "nationaldagen",
  "forsta maj": "första maj",
  skartorsdag: "skärtorsdagen",
  skartorsdagen: "skärtorsdagen",
  paskafton: "påskafton",
  valborg: "valborgsmässoafton",
  valborgsmassoafton: "valborgsmässoafton",
  pingst: "pingstdagen",
  pingsten: "pingstdagen",
  pingstdagen: "pingstdagen",
  allhelgona: "alla helgons dag",
  "alla helgons dag": "alla helgons dag",
};
const MONTH = alternatives(Object.keys(MONTHS));
/** Month names a bare "i" or "innan" can take: all but "jul", which after "i" is Christmas. */
const MONTH_ALONE = alternatives(Object.keys(MONTHS).filter((m) => m !== "jul"));
const NUMBER = `\\d+|${alternatives(Object.keys(NUMBERS)).replace(" ", "\\s+")}`;
const ORDINAL = alternatives(Object.keys(ORDINALS));
/** Words before a deadline that only say "by": part of the phrase, so the task loses them. */
const BY = "(?:(?:allra\\s+)?senast\\s+|till\\s+och\\s+med\\s+|fram\\s+till\\s+|tills\\s+|till\\s+|t\\s+|nu\\s+|helst\\s+|redan\\s+)?";
/** "innan/före": group 1 marks the working day before. */
const LEAD = `${BY}(?:(?<before>innan|fore|innen)\\s+|pa\\s+|under\\s+|i\\s+)?`;
/** "måndag", "tisdagar", "måndag och torsdag", "mån, ons och fre": the days a repeat names. */
const WEEKDAY_LIST = `(?:${WEEKDAY})(?:en|ar|arna)?(?:(?:\\s*,\\s*|\\s+(?:och|&)\\s+)(?:${WEEKDAY})(?:en|ar|arna)?)*`;
const WEEKDAY_WRITTEN = `(?:${WEEKDAY}|${alternatives(Object.keys(WEEKDAY_SHORT))})(?:en)?\\.?`;
const weekdayOf = (word: string) => WEEKDAYS[word] ?? WEEKDAY_SHORT[word.replace(/\.$/, "")];

const PART_OF_DAY: [RegExp, Clock][] = [
  [/midnatt/, { hour: 23, minute: 59 }],
  [/efter\s+lunch/, { hour: 13, minute: 0 }],
  [/^(?:(?:i|under)\s+)?e\.?m\.?$/, { hour: 17, minute: 0 }],
  [/^(?:(?:i|under)\s+)?f\.?m\.?$/, { hour: 12, minute: 0 }],
  [/morgon|bitti|tidig/, { hour: 9, minute: 0 }],
  [/formiddag|lunch/, { hour: 12, minute: 0 }],
  [/eftermiddag|dagen|eod|cob|slut/, { hour: 17, minute: 0 }],
  [/kvall|afton/, { hour: 20, minute: 0 }],
];

function partOfDay(phrase: string): PhraseMeaning | null {
  const time = PART_OF_DAY.find(([pattern]) => pattern.test(phrase))?.[1];
  return time ? { time, partOfDay: true } : null;
}

const before = (match: RegExpExecArray): Pick<PhraseMeaning, "before"> => (match[1] ? { before: true } : {});

export const SWEDISH_DEADLINE_RULES: DeadlineRule[] = [
  {
    name: "past reference",
    pattern: rx(
      `i\\s*gar(?:\\s+(?:kvall|kvallen|morse|eftermiddag|formiddag|natt))?|i\\s*forrgar|forrgar|i\\s+(?:man|tis|ons|tors|fre|lor|son)dags|forra\\s+(?:veckan|manaden|aret|${WEEKDAY})|i\\s*morse|tidigare\\s+i\\s*dag|for\\s+\\S+\\s+(?:dagar|veckor|timmar)\\s+sedan|nyss`,
    ),
    resolve: () => ({ past: true }),
  },
  {
    name: "relative day",
    pattern: rx(
      `${BY}(?:(tidigt)\\s+|sent\\s+)?(?:(?<before>innan|fore)\\s+)?(?:senare\\s+|under\\s+|i\\s+)?(i\\s*overmorgon|overmorgon|i\\s*morgon|i\\s*morron|i\\s*morrn|imorrn|i\\s*morn|imon|imrn|i\\s*dag|morgondagen)(?:\\s+(bitti|tidigt))?`,
    ),
    resolve(match, { today }) {
      const word = match[3].replace(/\s+/g, "");
      const days = word.includes("over") ? 2 : word === "idag" ? 0 : 1;
      const morning = match[1] || match[4] ? { time: { hour: 9, minute: 0 }, partOfDay: true as const } : {};
      return { date: addDays(today, days), ...morning, ...(match[2] ? { before: true } : {}) };
    },
  },
  {
    name: "part of today",
    pattern: rx(`${BY}(?:(?:sent|senare|tidigt|tidig)\\s+)?(i\\s*kvall|i\\s*afton|i\\s*eftermiddag|i\\s*formiddag)`),
    resolve(match, { today }) {
      const meaning = partOfDay(match[1]);
      return meaning && { ...meaning, date: today };
    },
  },
  {
    // "natten till lördag": done by 06:00 that morning.
    name: "the night before a day",
    pattern: rx(`${BY}(?:under\\s+)?natten\\s+(?:till|mot)\\s+(?<weekday>${WEEKDAY})(?:en)?`),
    resolve: (match, { today }) => ({
      date: nextWeekday(today, WEEKDAYS[match.groups?.weekday ?? ""]),
      time: { hour: 6, minute: 0 },
      partOfDay: true,
    }),
  },
  // "i natt", "under natten"; "natten till lördag" is the rule above.
  overnightRule(`${BY}(?:i\\s*natt|under\\s+natten)(?![\\p{L}])(?!\\s+(?:till|mot)(?![\\p{L}]))`),
  {
    // "tisdag om två veckor", "om två veckor på fredag": calendar.ts weekdayWeeksOn.
    name: "weekday weeks from now",
    pattern: rx(
      `${LEAD}(?<weekday>${WEEKDAY})(?:en)?\\s+om\\s+(?<weeks>${NUMBER})\\s+veck(?:or|a)|(?:om|senast\\s+om)\\s+(?<weeks2>${NUMBER})\\s+veck(?:or|a)\\s+(?:pa\\s+)?(?<weekday2>${WEEKDAY})(?:en)?`,
    ),
    resolve(match, { today }) {
      const g = match.groups ?? {};
      const weeks = numberValue(g.weeks ?? g.weeks2 ?? "");
      if (!weeks || weeks > 52) return null;
      return { date: weekdayWeeksOn(today, WEEKDAYS[g.weekday ?? g.weekday2], weeks), ...before(match) };
    },
  },
  {
    name: "duration from now",
    pattern: rx(
      `(?<theHour>inom\\s+(?:den\\s+)?(?:narmaste\\s+)?timmen)|(?:om|inom|inom\\s+loppet\\s+av|senast\\s+om)\\s+(?:(?:ca\\.?|cirka|ungefar|runt|typ|max|hogst)\\s+)?(?:(?:\\d+\\s*-\\s*)?(?<amount>\\d+[.,]\\d+|${NUMBER}|en\\s+halv)(?<half>\\s+och\\s+en\\s+halv)?\\s*(?<unit>minuter|minut|min|m|timmar|timme|timma|tim|h|t|arbetsdagar|arbetsdag|vardagar|dagar|dag|veckor|vecka|manader|manad)|en\\s+(?<short>halvtimme|halvtimma|kvart))`,
    ),
    resolve(match, { today, workWeek }) {
      const g = match.groups ?? {};
      if (g.short) return { minutesFromNow: g.short === "kvart" ? 15 : 30 };
      if (g.theHour) return { minutesFromNow: 60 };
      // "om 1,5 vecka", "om en och en halv vecka".
      const amount = (g.amount.startsWith("en halv") ? 0.5 : (numberValue(g.amount) ?? 1)) + (g.half ? 0.5 : 0);
      const unit = g.unit;
      if (unit.startsWith("m") && !unit.startsWith("man")) return { minutesFromNow: amount };
      if (unit.startsWith("t") || unit === "h") return { minutesFromNow: amount * 60 };
      if (unit.startsWith("arb") || unit.startsWith("var")) return { date: addWorkingDays(today, Math.round(amount), workWeek) };
      if (unit.startsWith("dag")) return { date: addDays(today, Math.round(amount)), counted: true };
      if (unit.startsWith("veck")) return { date: addDays(today, Math.round(amount * 7)), counted: true };
      return { date: addDays(addMonths(today, Math.floor(amount)), Math.round((amount % 1) * 30)), counted: true };
    },
  },
  workingDayRule(
    `${BY}(?:(?<next>nasta|kommande)\\s+arbetsdag(?:en)?|(?<last>sista)\\s+arbetsdagen\\s+(?:i|denna)\\s+manad(?:en)?|(?<first>forsta)\\s+arbetsdagen\\s+(?:i\\s+)?nasta\\s+manad|forsta\\s+(?:arbetsdagen|vardagen)\\s+i\\s+(?<month>${MONTH}))`,
    monthNumber,
  ),
  repeatRule(
    `(?:(?:varje|varenda)\\s+|(?<other>varannan|vartannat)\\s+)(?<weekday>${WEEKDAY_LIST})|(?:(?<other2>varannan\\s+vecka|var\\s+(?:fjortonde|14:e)\\s+dag|varje\\s+(?:2|tva)\\s+veckor)|varje\\s+vecka),?\\s+(?:pa\\s+)?(?<weekday2>${WEEKDAY_LIST})|(?:varje|alla)\\s+(?<workdays>vardag|vardagar|arbetsdag|arbetsdagar)|(?<daily>(?:varje|varenda)\\s+(?:dag|(?<morning>morgon|formiddag))|dagligen)(?![\\p{L}])|(?:den\\s+)?sista\\s+(?:dagen\\s+)?(?:i\\s+)?varje\\s+(?<monthEnd>manad)|(?:den\\s+)?(?<monthDay>\\d{1,2}|${ORDINAL})(?::e|:a|e|a)?\\s+(?:(?:dagen\\s+)?i\\s+)?varje\\s+manad|varje\\s+manad\\s+den\\s+(?<monthDay2>\\d{1,2}|${ORDINAL})(?::e|:a|e|a)?`,
    (word) => WEEKDAYS[word],
    (word) => ORDINALS[word],
  ),
  ordinalWeekdayRule({
    lead: LEAD,
    ordinalWeekday: `(?:den\\s+)?(?<ordinal>forsta|andra|tredje|fjarde|femte|sista)\\s+(?<weekday>${WEEKDAY})(?:en|n)?`,
    month: `(?:i\\s+|(?<every>varje|i\\s+varje)\\s+)(?:(?<month>${MONTH})|(?<thisMonth>manaden|manad)|(?<nextMonth>nasta\\s+manad))`,
    ordinalValue: (word) => (word === "sista" ? -1 : ORDINALS[word]),
    weekdayValue: (word) => WEEKDAYS[word],
    monthValue: monthNumber,
  }),
  monthDateRule({
    lead: LEAD,
    weekday: WEEKDAY_WRITTEN,
    day: `(?:den\\s+)?(\\d{1,2}|${ORDINAL})(?::e|:a|e|a|\\.)?`,
    month: `(${MONTH})\\.?`,
    year: "(?:\\s+(\\d{4}))?",
    dayValue: (word) => ORDINALS[word] ?? Number(word),
    monthValue: monthNumber,
  }),
  numericDateRule(`${LEAD}(?:den\\s+)?`, WEEKDAY_WRITTEN, weekdayOf),
  dottedDateRule(`${LEAD}(?:den\\s+)?`, "kl|klockan|klo"),
  dayOfMonthRule(`${LEAD}(?:${WEEKDAY_WRITTEN}\\s+)?(?:den\\s+(?<day>\\d{1,2})(?::e|:a|e|a)?|(?<day2>\\d{1,2})(?::e|:a))`),
  {
    name: "weekday",
    pattern: rx(
      `(?:tidigt\\s+|sent\\s+)?${LEAD}(?:(nasta(?:\\s+veckas?)?|kommande|denna|den\\s+har)\\s+(?:pa\\s+)?)?(${WEEKDAY})(?:en)?(?:\\s+(?:i\\s+|pa\\s+)?(nasta|kommande|denna|den\\s+har)\\s+veckan?|\\s+(i)\\s+veckan|(?<afterNext>\\s+veckan\\s+efter\\s+nasta)|\\s+veckan\\s+(efter)|,?\\s+(?:i\\s+|under\\s+)?(?:vecka|veckan|v\\.?)\\s*(?<week>\\d{1,2}))?`,
    ),
    resolve(match, { today }) {
      const weekday = WEEKDAYS[match[3]];
      if (match.groups?.afterNext) return { date: weekdayInWeekOf(addDays(today, 14), weekday), ...before(match) };
      const friday = match.groups?.week ? fridayOfWeekNumber(today, Number(match.groups.week)) : null;
      if (friday) return { date: addDays(friday, weekday - 5), ...before(match) };
      // "tidigt på fredag" is its morning; "sent på fredag", the day's usual end.
      const early = match[0].startsWith("tidigt") ? { time: { hour: 9, minute: 0 }, partOfDay: true as const } : {};
      return { date: weekdayDate(today, weekday, match[2] ?? match[4] ?? match[5] ?? match[7]), ...before(match), ...early };
    },
  },
  {
    name: "weekday short form",
    pattern: rx(
      `(?:${BY}(?:(innan|fore)\\s+|pa\\s+)(?:(nasta)\\s+)?(${alternatives(Object.keys(WEEKDAY_SHORT))})|(?:(innan|fore)\\s+|(nasta)\\s+)?(${alternatives(SAFE_WEEKDAY_SHORT)})|(?:(?:senast|tills|till)\\s+|(?<=(?:klart?|klara)\\s))(?<afterDone>${alternatives(Object.keys(WEEKDAY_SHORT))})|(?<beforeTime>${alternatives(Object.keys(WEEKDAY_SHORT))})(?=\\s+(?:kvall|kvallen|morgon|morgonen|bitti|formiddag|eftermiddag|fm|em|kl\\.?\\s*\\d|klockan)))\\.?`,
    ),
    resolve(match, { today }) {
      // "mån", "lör", "sön" are words too ("man", "son"): a day only where a date stands ("klart lör", "sön kväll").
      const g = match.groups ?? {};
      const weekday = WEEKDAY_SHORT[match[3] ?? match[6] ?? g.afterDone ?? g.beforeTime];
      const meaning = { date: weekdayDate(today, weekday, match[2] ?? match[5]) };
      return match[1] || match[4] ? { ...meaning, before: true } : meaning;
    },
  },
  {
    name: "part of week",
    pattern: rx(
      `${LEAD}(?:i\\s+)?(mitten|borjan|slutet)\\s+(?:av|pa)\\s+(?:(nasta)\\s+|den\\s+har\\s+|denna\\s+)?veckan?|${BY}(nasta\\s+)?veckans\\s+(slut)`,
    ),
    resolve(match, { today }) {
      const next = Boolean(match[3] || match[4]);
      const part = match[2] ?? match[5];
      // Said at the weekend, "veckan" is the coming week.
      const monday = mondayOf(next || isoWeekday(today) >= 6 ? addDays(today, 7) : today);
      if (part === "mitten") return { date: addDays(monday, 2) };
      if (part === "slutet" || part === "slut") return { date: addDays(monday, 4), weekEnd: true };
      // "i början av veckan" said after Monday means next week's.
      return { date: !next && monday.day !== today.day ? nextWeekday(today, 1) : monday };
    },
  },
  {
    name: "weekend",
    pattern: rx(`(till|innan|fore|infor|efter|under|i|over)\\s+helgen`),
    resolve(match, { today }) {
      if (match[1] === "efter") return { date: nextWeekday(today, 1) };
      if (match[1] === "under" || match[1] === "i" || match[1] === "over") return { date: weekdayThisOrNext(today, 7) };
      return { date: weekdayThisOrNext(today, 5), weekEnd: true };
    },
  },
  {
    name: "week of a month",
    pattern: rx(`${BY}(?:under\\s+)?(forsta|andra|tredje|fjarde|sista)\\s+veckan\\s+(?:i|av|pa)\\s+(${MONTH})`),
    resolve(match, { today }) {
      const month = monthNumber(match[2]);
      if (!month) return null;
      const n = { forsta: 1, andra: 2, tredje: 3, fjarde: 4 }[match[1]] ?? -1;
      return { date: fridayOfWeekInMonth(yearOfUpcomingMonth(today, month), month, n) };
    },
  },
  {
    name: "week",
    pattern: rx(
      `${LEAD}(?:(?:vecka|veckan|v\\.|v\\s)\\s*(?<week>\\d{1,2})(?!\\s*(?:av|\\.\\d))|v(?<week2>\\d{1,2})(?=\\s*(?:[.,!?;:]|$))|(?<=(?:till|senast|under|i|innan|fore|pa)\\s)v(?<week3>\\d{1,2})|(?<afterNext>veckan\\s+efter\\s+nasta)|(?<next>nasta\\s+veckan?)|(?<=till\\s)(?<tillNext>veckan)(?!s)|(?<this>(?:i|under)\\s+veckan|denna\\s+vecka|den\\s+har\\s+veckan))`,
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
      // "till veckan" is Swedish for next week.
      const weeks = g.afterNext ? 2 : g.next || g.tillNext ? 1 : 0;
      return { date: weeks === 0 ? weekdayThisOrNext(today, 5) : addDays(mondayOf(addDays(today, 7 * weeks)), 4), weekEnd: true };
    },
  },
  quarterRule(
    `(?:(?<before>innan|fore)\\s+|(?:under|inom)\\s+(?=q\\d|kvartalet)|(?<inQuarter>i)\\s+(?=q\\d\\s*(?:(?:till|at|hos|for)\\s+\\S+\\s*)?(?:$|[,.!?;]))|${BY})(?:(?:i\\s+|under\\s+)?(?<between>mellandagarna|mellan\\s+jul\\s+och\\s+nyar)|(?:(?:i\\s+|till\\s+)?(?<end>slutet)\\s+av\\s+)?(?:q(?<q>[1-4])|(?<thisQuarter>kvartalet|detta\\s+kvartal|det\\s+har\\s+kvartalet|kvartalsskiftet))(?:\\s+(?<over>ar\\s+slut|ar\\s+over|tar\\s+slut))?)`,
  ),
  holidayRule(`(?<after>(?:(?:den\\s+)?forsta\\s+(?:arbetsdagen|vardagen)\\s+)?efter)\\s+(?<name>julen|jul|nyaret|nyar|helgerna)`, {
    jul: "juldagen",
    julen: "juldagen",
    nyar: "nyårsdagen",
    nyaret: "nyårsdagen",
    helgerna: "nyårsdagen",
  }),
  holidayRule(
    // Not "Glad påsk!", "Trevlig midsommar": a wish names no deadline.
    `(?<!(?<![\\p{L}])(?:glad|trevlig|god)\\s)${BY}(?:(?<before>innan|fore|infor)\\s+|(?<after>efter|(?:den\\s+)?forsta\\s+(?:arbetsdagen|vardagen)\\s+efter)\\s+|(?:till|pa|senast|vid|under|over|i)\\s+)?(?<name>${alternatives(Object.keys(HOLIDAYS))})`,
    HOLIDAYS,
    { names: ["pask", "pasken", "midsommar", "pingst", "pingsten"], onTheDay: /(?:^|\s)(?:pa|vid|under|over|i)\s/u },
  ),
  {
    name: "holidays and year end",
    pattern: rx(
      `${BY}(?:(?:till|innan|fore|infor)\\s+(jul|julen|julafton|julledigheten|juluppehallet)|(?:till|innan|fore|vid|infor)\\s+(arsskiftet|nyar|nyaret|arets\\s+slut)|(?:i\\s+)?slutet\\s+(?:av|pa)\\s+(aret))`,
    ),
    resolve(match, { today, workWeek }) {
      if (match[1]) return { date: upcomingDate(today, 12, 23) };
      return { date: lastWorkingDayOfMonth(today.year, 12, workWeek) };
    },
  },
  {
    // "sista april", "den sista juni": the month's last day.
    name: "last of a month",
    pattern: rx(`${LEAD}(?:den\\s+)?sista\\s+(?:dagen\\s+i\\s+)?(?<month>${MONTH})(?!\\s*\\d)`),
    resolve(match, { today }) {
      const month = monthNumber(match.groups?.month ?? "");
      if (!month) return null;
      const year = yearOfUpcomingMonth(today, month);
      return { date: { year, month, day: daysInMonth(year, month) }, ...before(match) };
    },
  },
  {
    name: "part of month",
    pattern: rx(
      `${LEAD}(?:i\\s+)?(mitten|borjan|slutet)\\s+(?:av|pa)\\s+(?:(nasta)\\s+manad|(manaden)|(${MONTH}))|${BY}(?:till|innan|fore|vid)\\s+(manadsskiftet|manadens\\s+slut)`,
    ),
    resolve(match, { today, workWeek }) {
      let year = today.year;
      let month = today.month;
      if (match[3]) ({ year, month } = addMonths({ ...today, day: 1 }, 1));
      if (match[5]) {
        month = monthNumber(match[5]) ?? month;
        year = yearOfUpcomingMonth(today, month);
      }
      if (match[2] === "mitten") {
        const date = workingDayOnOrBefore({ year, month, day: 15 }, workWeek);
        return {
          date: match[4] && date.day < today.day ? workingDayOnOrBefore(addMonths({ year, month, day: 15 }, 1), workWeek) : date,
        };
      }
      if (match[2] === "borjan") return { date: fridayOfWeekInMonth(year, month, 1) };
      return { date: lastWorkingDayOfMonth(year, month, workWeek) };
    },
  },
  {
    name: "month",
    pattern: rx(
      `${BY}(?:(?:under\\s+|i\\s+)?(nasta\\s+manad)|(innan|fore)\\s+(${MONTH_ALONE})|(?:under|i)\\s+(${MONTH_ALONE}))\\.?(?!\\s*\\d)`,
    ),
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
    lead: `${BY}(?:(?:innan|fore|efter|vid|runt|omkring|kring|ca\\.?|cirka|ungefar|typ|strax\\s+(?:efter|fore|innan))\\s+)?`,
    clockWord: "(?:kl\\.?|klockan|kloccan)",
    around: "(?:vid|runt|omkring|kring|ca\\.?|cirka|ungefar)",
    aroundWord: "(?:vid|runt|omkring|kring)",
    aroundSuffix: "-?\\s*tiden",
    bareHourAfter: "innan|fore|senast|till|tills|efter",
    hourWords: NUMBERS,
  }),
  {
    // "halv tre", "kvart över tre", "tjugo över två", "tio i fyra", "fem i halv fyra", "vid tre":
    // read in working hours, so "halv tre" is 14:30 and "tio i fyra" 15:50.
    name: "Swedish clock talk",
    pattern: rx(
      `${BY}(?:(?:innan|fore|vid|runt|ca|typ|strax\\s+(?:efter|fore|innan))\\s+)?(?:kl\\.?\\s*|klockan\\s+)?(?:(?<minutes>fem|tio|tjugo|kvart)\\s+(?<direction>over|i)\\s+(?<half>halv\\s+)?|(?<halfAlone>halv)\\s+)(?<hour>\\d{1,2}|${NUMBER})|(?:(?:strax\\s+)?(?:efter|innan|fore)\\s+|(?<=(?:^|\\s)vid\\s))(?<spelled>${alternatives(Object.keys(NUMBERS).filter((w) => (NUMBERS[w] ?? 0) <= 12 && w.length >= 3 && !w.includes(" ") && w !== "par"))})(?=\\s*(?:$|[,.!?;)\\u0000]|(?:och|men|eller|sa|idag|ikvall|imorgon|i|pa)(?:\\s|$)))`,
    ),
    resolve(match) {
      const g = match.groups ?? {};
      const hour = numberValue(g.hour ?? g.spelled ?? "");
      if (!hour || hour > 12) return null;
      const base = hour < 7 ? hour + 12 : hour; // working hours: "tre" is 15
      let minutes = base * 60 - (g.half || g.halfAlone ? 30 : 0);
      if (g.minutes) {
        const by = g.minutes === "kvart" ? 15 : (NUMBERS[g.minutes] ?? 0);
        minutes += g.direction === "over" ? by : -by;
      }
      return { time: { hour: Math.floor(minutes / 60), minute: minutes % 60 } };
    },
  },
  {
    name: "part of day",
    pattern: rx(
      // "Vi har lunch med Volvo": a lunch eaten is no time of day.
      `(?<!(?<![\\p{L}])(?:har|ha|hade|ater|at|tar|ta|en)\\s)(?:(?:senast\\s+)?(?:pa|under|vid|till|innan|fore|efter|senast|i|framat|fram\\s+emot)\\s+)?(?:(?:tidig|tidigt)\\s+)?(midnatt|morgonen|bitti|formiddagen|formiddag|efter\\s+lunch|lunch|lunchtid|eftermiddagen|eftermiddag|kvallen|kvall|(?:arbets)?dagen\\s+ar\\s+(?:slut|over)|dagen|dagens\\s+slut|slutet\\s+av\\s+dagen|arbetsdagens\\s+slut|eod|cob)|(?<=(?:dag|dagen|\\u0000)\\s)(?:morgon|fm|em|f\\.m\\.|e\\.m\\.)|(?:i|under)\\s+(?:fm|em|e\\.m\\.|f\\.m\\.)`,
    ),
    resolve(match) {
      const phrase = match[0];
      // "under dagen" is a part of the day; a bare "dagen" is not.
      if (match[1] === "dagen" && !/^under/.test(phrase)) return null;
      return partOfDay(phrase);
    },
  },
];

/** A weekday after "nästa" (next ISO week), "denna" (this week) or alone (next occurrence). */
function weekdayDate(today: { year: number; month: number; day: number }, weekday: number, which: string | undefined) {
  if (which?.startsWith("nasta") || which === "efter") return weekdayNextWeek(today, weekday);
  if (which === "denna" || which === "den har" || which === "i") return weekdayThisOrNext(today, weekday);
  return nextWeekday(today, weekday);
}
