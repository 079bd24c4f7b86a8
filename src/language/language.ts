import { wordsPattern } from "./word-pattern.js";

/** The two languages Lofte speaks. */
export type Language = "sv" | "en";

/** Slack locales look like "sv-SE" or "en-US"; anything else is not ours to pick. */
export function languageFromLocale(locale: string | undefined | null): Language | null {
  if (!locale) return null;
  const prefix = locale.slice(0, 2).toLowerCase();
  return prefix === "sv" || prefix === "en" ? prefix : null;
}

const SWEDISH_WORDS = wordsPattern(
  "jag vi du ska skall till tills senast innan före imorgon imorn idag ikväll nästa vecka och att kunden offerten på om med klockan kl måndag tisdag onsdag torsdag fredag lördag söndag återkommer skickar fixar ringer lovar efter under inom det den är har".split(
    " ",
  ),
  "giu",
);
const ENGLISH_WORDS = wordsPattern(
  "i i'll i’ll we we'll will the to by before tomorrow today tonight next week and send call monday tuesday wednesday thursday friday saturday sunday promise get back end of day eod cob for within it is have".split(
    " ",
  ),
  "giu",
);

/**
 * The language a message is written in: whichever has more of its common words (Swedish
 * letters count too); `hint` (the command's or the user's language) decides a tie.
 */
export function detectLanguage(text: string, hint: Language): Language {
  const sv = (text.match(SWEDISH_WORDS)?.length ?? 0) + (/[åäö]/i.test(text) ? 2 : 0);
  const en = text.match(ENGLISH_WORDS)?.length ?? 0;
  if (sv === en) return hint;
  return sv > en ? "sv" : "en";
}
