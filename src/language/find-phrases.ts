import type { LocalDate } from "../domain/zoned-time.js";
import type { PhraseMeaning, RuleContext } from "./deadline-rules.js";
import { speak } from "./index.js";
import { type MatchText, matchText, originalSpan } from "./match-text.js";
import type { Language, LanguagePack } from "./pack.js";
import { type Screen, screenFor } from "./required-text.js";

/**
 * Every deadline phrase in a message, in text order: the language's own rules first, each
 * masking what it matched, then chrono-node for written-out dates the rules left.
 */

export interface PhraseMatch {
  /** Where the phrase is in the message as written. */
  index: number;
  length: number;
  meaning: PhraseMeaning;
  rule: string;
}

const MASK = "\u0000";

export function findPhrases(text: string, language: Language, context: RuleContext): PhraseMatch[] {
  const deadlines = speak(language).deadlines;
  const { rules, typoTargets, notTypos } = deadlines;
  const match = matchText(text, typoTargets, notTypos);
  let masked = match.text;
  const found: PhraseMatch[] = [];
  const possible = screenOf(deadlines)(masked);
  for (let r = 0; r < rules.length; r++) {
    if (!possible[r]) continue;
    const rule = rules[r];
    const hits: RegExpExecArray[] = [];
    rule.pattern.lastIndex = 0;
    for (let hit = rule.pattern.exec(masked); hit !== null; hit = rule.pattern.exec(masked)) hits.push(hit);
    for (const hit of hits) {
      const meaning = rule.resolve(hit, context);
      if (!meaning) continue;
      found.push({ ...originalSpan(match, hit.index, hit[0].length), meaning, rule: rule.name });
      masked = masked.slice(0, hit.index) + MASK.repeat(hit[0].length) + masked.slice(hit.index + hit[0].length);
    }
  }
  if (possible[rules.length]) found.push(...chronoDates(masked, match, language, context.today));
  return found.sort((a, b) => a.index - b.index);
}

const screens = new WeakMap<LanguagePack["deadlines"], Screen>();

/**
 * Which of a language's rules may match a message, and last whether a month is named (for
 * chrono): made on first use, once per language.
 */
function screenOf(deadlines: LanguagePack["deadlines"]): Screen {
  let screen = screens.get(deadlines);
  if (!screen) {
    screen = screenFor([...deadlines.rules.map((rule) => rule.pattern), deadlines.monthWord]);
    screens.set(deadlines, screen);
  }
  return screen;
}

/** Dates chrono finds in what the rules left, when a month name is still there. */
function chronoDates(masked: string, match: MatchText, language: Language, today: LocalDate): PhraseMatch[] {
  const { chrono: parser, monthWord } = speak(language).deadlines;
  if (!monthWord.test(masked)) return [];
  // chrono reads the wall clock as if it were UTC; only its calendar dates are used.
  const reference = { instant: new Date(Date.UTC(today.year, today.month - 1, today.day, 12)), timezone: 0 };
  const results = parser.parse(masked.replaceAll(MASK, " "), reference, { forwardDate: true });
  return results
    .filter((r) => r.start.isCertain("day") && r.start.isCertain("month"))
    .map((r) => ({
      ...originalSpan(match, r.index, r.text.length),
      meaning: { date: { year: r.start.get("year") ?? today.year, month: r.start.get("month") ?? 1, day: r.start.get("day") ?? 1 } },
      rule: "chrono",
    }));
}
