import * as chrono from "chrono-node";
import type { LocalDate } from "../domain/zoned-time.js";
import type { DeadlineRule, PhraseMeaning, RuleContext } from "./deadline-rules.js";
import { ENGLISH_DEADLINE_RULES } from "./en/deadline-rules.js";
import * as englishWords from "./en/words.js";
import type { Language } from "./language.js";
import { type MatchText, matchText, originalSpan } from "./match-text.js";
import { SWEDISH_DEADLINE_RULES } from "./sv/deadline-rules.js";
import * as swedishWords from "./sv/words.js";

/**
 * Every deadline phrase in a message, in text order: Lofte's own rules per language first,
 * each masking what it matched, then chrono-node for written-out dates the rules left.
 */

export interface PhraseMatch {
  /** Where the phrase is in the message as written. */
  index: number;
  length: number;
  meaning: PhraseMeaning;
  rule: string;
}

interface LanguageRules {
  rules: DeadlineRule[];
  chrono: chrono.Chrono;
  typoTargets: ReadonlySet<string>;
  notTypos: ReadonlySet<string>;
  monthWord: RegExp;
}

const MASK = "\u0000";

const LANGUAGES: Record<Language, LanguageRules> = {
  sv: {
    rules: SWEDISH_DEADLINE_RULES,
    chrono: chrono.sv.casual,
    typoTargets: swedishWords.TYPO_TARGETS,
    notTypos: swedishWords.NOT_TYPOS,
    monthWord: monthWordPattern(swedishWords.MONTHS),
  },
  en: {
    rules: ENGLISH_DEADLINE_RULES,
    chrono: chrono.en.GB,
    typoTargets: englishWords.TYPO_TARGETS,
    notTypos: englishWords.NOT_TYPOS,
    monthWord: monthWordPattern(englishWords.MONTHS),
  },
};

function monthWordPattern(months: Record<string, number>): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${Object.keys(months).join("|")})(?![\\p{L}])`, "u");
}

export function findPhrases(text: string, language: Language, context: RuleContext): PhraseMatch[] {
  const { rules, typoTargets, notTypos } = LANGUAGES[language];
  const match = matchText(text, typoTargets, notTypos);
  let masked = match.text;
  const found: PhraseMatch[] = [];
  for (const rule of rules) {
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
  found.push(...chronoDates(masked, match, language, context.today));
  return found.sort((a, b) => a.index - b.index);
}

/** Dates chrono finds in what the rules left, when a month name is still there. */
function chronoDates(masked: string, match: MatchText, language: Language, today: LocalDate): PhraseMatch[] {
  const { chrono: parser, monthWord } = LANGUAGES[language];
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
