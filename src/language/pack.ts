import type * as chrono from "chrono-node";
import type { PointOfView } from "./address-customer.js";
import type { DeadlineRule } from "./deadline-rules.js";
import type { CommitmentGrammar } from "./grammar.js";
import type { Messages } from "./messages.js";

/** The two languages Lofte speaks, as stored on a promise and a workspace. */
export type Language = "sv" | "en";

/**
 * Everything Lofte knows about one language, assembled in `sv/index.ts` and `en/index.ts` the
 * way chrono assembles a locale: how promises are written (grammar, deadline phrases, words),
 * how to tell the language apart, what Lofte says, and the words of its commands. The rest of
 * the code asks `speak(code)` for this object and never branches on the language itself.
 */
export interface LanguagePack {
  code: Language;
  /** The language's own name for itself, as a person picks it: "Svenska", "English". */
  name: string;
  /** The BCP 47 locale for Intl (dates, relative times). */
  locale: string;
  /** Who promises what: questions, requests, past tense, promise shapes, verbs, customers. */
  grammar: CommitmentGrammar;
  deadlines: {
    /** Lofte's own deadline phrases, tried in order. */
    rules: readonly DeadlineRule[];
    /** chrono-node's parser for written-out dates the rules leave. */
    chrono: chrono.Chrono;
    /** Words a typo is corrected to, and real words that are never typos. */
    typoTargets: ReadonlySet<string>;
    notTypos: ReadonlySet<string>;
    /** A month name anywhere: only then is chrono asked. */
    monthWord: RegExp;
    /** Read a numeric date month first ("12/4" is 4 December) in this zone. */
    monthFirstIn(timeZone: string): boolean;
  };
  /** How strongly text reads as this language: its common words among `words` (folded, see wordsOf), letters of its own. */
  score(text: string, words: readonly string[]): number;
  /** The verb a writer says they will do, in folded text ("jag skickar" → "skickar"), for suggestions. */
  ownVerb(folded: string): string | undefined;
  messages: Messages;
  commands: CommandWords;
  /** A promise said to its customer, for the draft Lofte offers ("skicka offerten till er"); null reads oddly, drafted neutrally. */
  addressCustomer(said: string, customer: string | null): string | null;
  /** A promise written in its owner's first person as `view` reads it: "höra av mig" → "höra av dig" (the owner), "höra av sig" (others). */
  forReader(said: string, view: PointOfView): string;
}

/** The words of `/lofte …` and `/promise …` in one language (folded: "på" is "pa"). */
export interface CommandWords {
  /** The slash command itself, which also tells the language of whoever types it. */
  command: string;
  help: readonly string[];
  settings: readonly string[];
  export: readonly string[];
  list: readonly string[];
  team: readonly string[];
  /** After list or team: everyone's in this channel ("lista alla"). */
  all: readonly string[];
  /** Words after list that change nothing ("lista mina öppna löften"). */
  listFiller: readonly string[];
  customer: readonly string[];
  digest: readonly string[];
  suggestions: readonly string[];
  on: readonly string[];
  off: readonly string[];
  now: readonly string[];
  /** Weekday names for the digest (Monday = 1), singular and the plural people also type. */
  weekdays: Readonly<Record<string, number>>;
}
