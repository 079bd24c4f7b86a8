import { fold } from "./match-text.js";
import { wordsPattern } from "./word-pattern.js";

/** The two languages Lofte speaks. */
export type Language = "sv" | "en";

/** Slack locales look like "sv-SE" or "en-US"; anything else is not ours to pick. */
export function languageFromLocale(locale: string | undefined | null): Language | null {
  if (!locale) return null;
  const prefix = locale.slice(0, 2).toLowerCase();
  return prefix === "sv" || prefix === "en" ? prefix : null;
}

/** Common words, folded (å/ä → a, ö → o), that only one of the languages uses. */
const SWEDISH_WORDS = wordsPattern(
  `jag vi du ni ska skall till tills senast innan fore imorgon imorn idag ikvall nasta vecka veckan och att kunden offerten avtalet fakturan pa
  om med klockan kl mandag tisdag onsdag torsdag fredag lordag sondag aterkommer skickar fixar ringer lovar efter inom det den ar har
  inte kan hinner tack mote motet hej ocksa eller men sa sen nu dag dagar timmar manaden manadsskiftet helgen jul tar gor ser kommer
  mejlar kollar bokar levererar uppdaterar dem dom mig dig oss er var vad nar hur vem varfor ledig semester igar morgon snarast
  skickade ringde pratade mejlade bokade fixade levererade morse alla god gott trevlig helg bra jobbat hjalpen ses hors ocksa kanske
  nagon nan som vill borde maste behover fram klart gjort skickat sjuk hemma kontoret tyvarr halv kvart over manad nyar av`.split(/\s+/),
  "gu",
);
const ENGLISH_WORDS = wordsPattern(
  `i i'll we we'll will the to by before tomorrow today tonight next week and send call monday tuesday wednesday thursday friday
  saturday sunday promise get back end of day eod cob for within it is have i'm i've you can could would please thanks this that
  on at in my our your with from sending calling be are was were did do does when what how who why not won't can't after noon
  morning afternoon evening month weekend yesterday ship deliver update review follow up let me going
  merry christmas happy everyone anyone someone has heard great job thank sent called done off out office vacation holiday meeting
  customer client contract quote deck report proposal invoice draft should will may might just already about of them they he she
  until ooo out back off meet due works sounds good see need want todo note self`.split(/\s+/),
  "gu",
);

/**
 * The language a message is written in: whichever has more of its common words (Swedish
 * letters count too); `hint` (the command's or the user's language) decides a tie.
 */
export function detectLanguage(text: string, hint: Language): Language {
  const folded = fold(text);
  const sv = (folded.match(SWEDISH_WORDS)?.length ?? 0) + (/[åäö]/i.test(text) ? 2 : 0);
  const en = folded.match(ENGLISH_WORDS)?.length ?? 0;
  if (sv === en) return hint;
  return sv > en ? "sv" : "en";
}
