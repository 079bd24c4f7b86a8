import * as chrono from "chrono-node/en";
import { addressCustomer, forReader } from "../address-customer.js";
import type { LanguagePack } from "../pack.js";
import { countKnown } from "../word-pattern.js";
import { ENGLISH_ADDRESS } from "./address.js";
import { commands } from "./commands.js";
import { ENGLISH_DEADLINE_RULES } from "./deadline-rules.js";
import { englishGrammar } from "./grammar.js";
import { messages } from "./messages.js";
import { MONTHS, NOT_TYPOS, TYPO_TARGETS } from "./words.js";

/** English, assembled: how promises are written, what Lofte says, and the words of /promise. */

/** Common words that Swedish does not use: they tell an English message. */
const COMMON_WORDS = new Set(
  `i i'll we we'll will the to by before tomorrow today tonight next week and send call monday tuesday wednesday thursday friday
  saturday sunday promise get back end of day eod cob for within it is have i'm i've you can could would please thanks this that
  on at in my our your with from sending calling be are was were did do does when what how who why not won't can't after noon
  morning afternoon evening month weekend yesterday ship deliver update review follow up let me going
  merry christmas happy everyone anyone someone has heard great job thank sent called done off out office vacation holiday meeting
  customer client contract quote deck report proposal invoice draft should will may might just already about of them they he she
  until ooo out back off meet due works sounds good see need want todo note self`.split(/\s+/),
);

/** "I'll send", "we are going to ship", "let me check": the verb after the writer's promise (folded text). */
const SPEAKER =
  /\b(?:i'll|i’ll|ill|we'll|we’ll|(?:i|we)\s+(?:will|shall|promise\s+to|am\s+going\s+to|are\s+going\s+to)|i'm\s+going\s+to|i’m\s+going\s+to|we're\s+going\s+to|let\s+me)\s+(\p{L}+)/u;

export const english: LanguagePack = {
  code: "en",
  name: "English",
  locale: "en-GB",
  grammar: englishGrammar,
  deadlines: {
    rules: ENGLISH_DEADLINE_RULES,
    chrono: chrono.GB,
    typoTargets: TYPO_TARGETS,
    notTypos: NOT_TYPOS,
    monthWord: new RegExp(`(?<![\\p{L}])(?:${Object.keys(MONTHS).join("|")})(?![\\p{L}])`, "u"),
    // In the United States 12/4 is the 4th of December.
    monthFirstIn: (timeZone) => timeZone.startsWith("America/"),
  },
  score: (_text, words) => countKnown(words, COMMON_WORDS),
  ownVerb: (folded) => SPEAKER.exec(folded)?.[1],
  messages,
  commands,
  addressCustomer: (said, customer) => addressCustomer(ENGLISH_ADDRESS, said, customer),
  forReader: (said, view) => forReader(ENGLISH_ADDRESS, said, view),
};
