import { compareDates } from "../domain/calendar.js";
import { addDays, type LocalDate, localDate } from "../domain/zoned-time.js";
import { type DeadlineOptions, phrasesIn } from "./find-deadline.js";
import { fold } from "./match-text.js";
import { plainText } from "./slack-markup.js";

/**
 * The days of an absence as written ("ledig 22 dec–6 jan", "sjuk idag", "out of office Dec
 * 22–Jan 6"): the first and the last day named, both included. One day named is a day away.
 * `sick`: the words say illness ("sjuk", "off sick"), not leave.
 */
export type AbsenceDays = { from: LocalDate; to: LocalDate; sick: boolean } | { problem: "noDates" | "backwards" | "past" };

const SICK = /(?:^|[^\p{L}])(?:sjuk|sjukskriven|sick|ill)(?![\p{L}])/u;

export function readAbsence(text: string, options: DeadlineOptions): AbsenceDays {
  const today = localDate(options.now, options.timeZone);
  const plain = plainText(text);
  const phrases = phrasesIn(plain, options).filter((p) => p.meaning.date || p.meaning.past);
  if (phrases.length === 0) return { problem: "noDates" };
  if (phrases.every((p) => p.meaning.past)) return { problem: "past" };
  const days = phrases.flatMap((p) => (p.meaning.date && !p.meaning.past ? [p.meaning.date] : []));
  // "22–26 dec": the first day is a bare number before the dash.
  const first = phrases.find((p) => p.meaning.date && !p.meaning.past);
  const bare = first?.meaning.date ? /(\d{1,2})\s*[-–—]\s*$/.exec(plain.slice(0, first.index)) : null;
  if (bare && first?.meaning.date && Number(bare[1]) >= 1 && Number(bare[1]) < first.meaning.date.day) {
    days.unshift({ ...first.meaning.date, day: Number(bare[1]) });
  }
  // "Dec 22–30": the last day is a bare number after the dash.
  const after =
    first?.meaning.date && days.length === 1 ? /^\s*[-–—]\s*(\d{1,2})(?!\d)/.exec(plain.slice(first.index + first.length)) : null;
  if (after && first?.meaning.date && Number(after[1]) > first.meaning.date.day && Number(after[1]) <= 31) {
    days.push({ ...first.meaning.date, day: Number(after[1]) });
  }
  const from = days[0];
  let to = days.at(-1) ?? from;
  // "22 dec–6 jan" read on its own may give January of the year before: the range runs forward.
  if (compareDates(to, from) < 0 && to.month < from.month) to = { ...to, year: from.year + 1 };
  if (compareDates(to, from) < 0) return { problem: "backwards" };
  if (compareDates(to, today) < 0) return { problem: "past" };
  // An absence longer than a year is a typo.
  if (compareDates(to, addDays(from, 366)) > 0) return { problem: "backwards" };
  return { from, to, sick: SICK.test(fold(plain)) };
}

/** Status emoji that say someone is away: holiday, travel, illness, parental leave. */
const AWAY_EMOJI = new Set([
  "palm_tree",
  "desert_island",
  "beach_with_umbrella",
  "airplane",
  "face_with_thermometer",
  "thermometer",
  "sneezing_face",
  "mask",
  "baby",
  "baby_bottle",
  "snow_capped_mountain",
  "skier",
  "christmas_tree",
  "no_entry",
]);
/** Status words that say someone is away, either language, folded. */
const AWAY_WORDS =
  /(?:^|[^\p{L}])(?:semester|ledig|ledigt|foraldraledig|pappaledig|mammaledig|tjanstledig|sjuk|sjukskriven|vab|vabbar|bortrest|franvarande|vacation|vacay|holiday|holidays|annual\s+leave|parental\s+leave|sick|sick\s+leave|out\s+sick|off\s+sick|out\s+of\s+(?:the\s+)?office|ooo|pto|on\s+leave|away)(?:$|[^\p{L}])/iu;

/**
 * Whether a Slack status says its person is away ("Semester", ":palm_tree:", "OOO until
 * Monday"). Lofte only offers to record time away on it, never records it by itself.
 */
export function statusSaysAway(statusText: string, statusEmoji: string): boolean {
  const emoji = statusEmoji.replace(/^:|:$/g, "").replace(/::skin-tone-\d$/, "");
  if (AWAY_EMOJI.has(emoji)) return true;
  return AWAY_WORDS.test(fold(statusText));
}
