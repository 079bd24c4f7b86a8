import type { PromisedToWords } from "./promised-to.js";
/**
 * What a language tells Lofte about who promises what: the shapes of questions, requests,
 * information and past tense that are not promises, how a promise starts, its verbs, and how
 * a customer is named. One per language, in sv/grammar.ts and en/grammar.ts. Patterns match
 * folded text (lower case, å/ä/ö as a/a/o), except `customer`, which needs capitals.
 */
export interface CommitmentGrammar {
  /** Words that open a message and carry nothing: "ok,", "absolut!", "hej". */
  filler: RegExp;
  /** A trailing "…, ok?" that does not turn a promise into a question. */
  tagQuestion: RegExp;
  /** A conjunction that opens a clause: "och", "men", "and". */
  conjunction: RegExp;
  /** A word that opens a subordinate clause before the main one: "om", "när", "if" (folded, at the start). */
  subordinator: RegExp;
  /**
   * The verb comes second, before its subject, after a fronted time or clause ("I morgon ska jag …",
   * "om de godkänner levererar vi …"): Swedish. In English that order asks ("Tomorrow can we call Acme").
   */
  verbSecond: boolean;
  /** The speaker as a subject: "jag", "vi", "I", "we" (a whole word). */
  speaker: RegExp;
  /** The listener as a subject: "du", "ni", "you". */
  listener: RegExp;
  /** Modal verbs that can carry a promise: "ska", "kommer", "will". */
  modal: RegExp;
  /** A question: "Hinner vi till fredag?" */
  question: RegExp;
  /** A word that asks when a verb follows it: "När skickar vi …?" (not "När kunden svarat, …"). */
  questionWord: RegExp;
  /** A request to someone else: "Kan du skicka …", "Could you …" */
  request: RegExp;
  /** Availability, greetings and news, no promise: "Jag är ledig på fredag", "Thanks for today!" */
  information: RegExp;
  /** Being away, said as a note: "ledig 22–26 dec", "VAB idag", "out of office 24 Dec – 2 Jan". */
  absence: RegExp;
  /** The task of a bare "Klart till fredag!" / "Done by Friday": "ha det klart", "have it done". */
  doneTask: string;
  /**
   * "gör det", "do it" as the whole task, and what it stands for: a task not done yet, said
   * before it ("har inte hunnit ringa Kone", "haven't had time to call Kone"): group `task`,
   * on folded text with indices (flags d and g: the last before the promise is the one meant).
   */
  proForm: { task: RegExp; notYet: RegExp };
  /**
   * A thing that will be so, said without who does it: "Offerten kommer senast måndag",
   * "Underlaget är klart till onsdag", "The deck goes out Monday". The speaker promises it.
   */
  passive: RegExp;
  /** Before a passive promise, so every frame reads: "se till att offerten kommer", "make sure the deck goes out". */
  makeSure: string;
  /** A team of ours as the subject, on the written text: "Supporten", "Vi på ekonomi", "The sales team". */
  ourTeam: RegExp;
  /** A day ruled out before the one promised, around its phrase: "inte [idag] utan", "not [today] but" (folded). */
  ruledOut: { before: RegExp; after: RegExp };
  /** What a team of ours is read as: "Vi", "We". */
  we: string;
  /** A note to oneself around the promise: "påminn mig att", "TODO:", "note to self:" (its length is cut). */
  selfNote: RegExp;
  /** A promise reported ("jag lovade Volvo att …", "I promised Acme I'd …"), said as one made (promised-to.ts). */
  promisedTo: PromisedToWords;
  /**
   * Said to oneself when recording on purpose (/lofte): "glöm inte att", "remember to". In a
   * channel the same words ask someone else, so they are cut only then.
   */
  ownReminder: RegExp;
  /** The speaker says no: "jag hinner inte", "I can't". */
  negation: RegExp;
  /** Anywhere in a message, takes a promise back: "lovar inget", "no promises". */
  retraction: RegExp;
  /** The speaker is unsure: "kanske", "might". */
  hedge: RegExp;
  /** Already done: "jag har skickat", "I've sent". */
  past: RegExp;
  /** The shapes of a promise: "jag ska", "I'll", "we will", "let me". */
  promise: RegExp;
  /** The words of a promise that are not the task: "jag ska", "I'm going to". */
  opening: RegExp;
  /** Adverbs after the promised verb that the task can do without: "nog", "definitely". */
  adverb: RegExp;
  /** Words that promise without a date and are not the task: "snarast", "ASAP" (global). */
  undated: RegExp;
  /** A customer after a preposition; group 1 is the name (case-sensitive, on the written text). */
  customer: RegExp;
  /** A customer right after a verb of contact ("ringa Volvo", "email Acme the specs"); group 1 is the name. */
  addressee: RegExp;
  /** Capitalised words that are never a customer ("Slack", "Q4", months, weekdays), folded. */
  notCustomers: ReadonlySet<string>;
  /** Words left dangling where a date phrase was cut out ("senast", "by"). */
  dangling: RegExp;
  isPresent(word: string): boolean;
  isImperative(word: string): boolean;
  isPast(word: string): boolean;
  /** A finite verb after a third-person subject: "Kunden har", "Acme is". */
  isFinite(word: string): boolean;
  /** The promised verb in the infinitive: "skickar" → "skicka", "sending" → "send". */
  toInfinitive(verb: string): string;
}
