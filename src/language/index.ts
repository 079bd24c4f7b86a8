import { english } from "./en/index.js";
import { fold } from "./match-text.js";
import type { Language, LanguagePack } from "./pack.js";
import { plainText } from "./slack-markup.js";
import { swedish } from "./sv/index.js";
import { wordsOf } from "./word-pattern.js";

export type { Language, LanguagePack } from "./pack.js";

/**
 * The languages Lofte speaks, each assembled in its own folder. Ask for one with `speak(code)`;
 * a new language is a new folder and one line here.
 */
export const LANGUAGES: Readonly<Record<Language, LanguagePack>> = { sv: swedish, en: english };

const ALL = Object.values(LANGUAGES);

/** The codes, for validating input ("sv", "en"). */
export const LANGUAGE_CODES = ALL.map((pack) => pack.code) as [Language, ...Language[]];

export function speak(code: Language): LanguagePack {
  return LANGUAGES[code];
}

/** A stored or sent language code, read safely: anything unknown is `fallback`. */
export function asLanguage(value: unknown, fallback: Language = "sv"): Language {
  return ALL.find((pack) => pack.code === value)?.code ?? fallback;
}

/** Slack locales look like "sv-SE" or "en-US"; anything else is not ours to pick. */
export function languageFromLocale(locale: string | undefined | null): Language | null {
  if (!locale) return null;
  const prefix = locale.slice(0, 2).toLowerCase();
  return ALL.find((pack) => pack.code === prefix)?.code ?? null;
}

/** The language whose slash command this is ("/lofte" Swedish, "/promise" English), if any. */
export function languageOfCommand(command: string): Language | null {
  return ALL.find((pack) => pack.commands.command === command)?.code ?? null;
}

/**
 * The language a message is written in: whichever reads it most strongly (its common words,
 * its own letters); `hint` (the command's or the person's language) decides a tie.
 */
export function detectLanguage(text: string, hint: Language): Language {
  const words = wordsOf(fold(text));
  let best = hint;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const pack of ALL) {
    const score = pack.score(text, words);
    if (score > bestScore || (score === bestScore && pack.code === hint)) [best, bestScore] = [pack.code, score];
  }
  return best;
}

/**
 * The language typed text is clearly written in, or null when it does not tell (one word Lofte
 * does not know, a name, a number): "I'll send the report by Friday" is English, whichever
 * command it came with.
 */
export function languageOfText(text: string): Language | null {
  const plain = plainText(text);
  const words = wordsOf(fold(plain));
  const scores = ALL.map((pack) => ({ code: pack.code, score: pack.score(plain, words) })).sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  return best && best.score > 0 && best.score > (next?.score ?? 0) ? best.code : null;
}
