/**
 * What a language tells Lofte about who promises what: the shapes of questions, requests,
 * information and past tense that are not promises, how a promise starts, and how its verb
 * reads in the infinitive. One per language, in sv/grammar.ts and en/grammar.ts.
 */
export interface CommitmentGrammar {
  /** A question: "Hinner vi till fredag?" */
  question: RegExp;
  /** A request to someone else: "Kan du skicka …", "Could you …" */
  request: RegExp;
  /** Availability or information, no promise: "Jag är ledig på fredag", "Thanks for today!" */
  information: RegExp;
  /** The speaker tells what already happened: "Jag skickade …", "I sent …" */
  pastTense: RegExp;
  /** The opening that says the speaker promises: "jag ska", "I'll", "we will" (removed from the task). */
  promiseOpening: RegExp;
  /** A promise without a date: "jag återkommer", "ASAP". */
  undatedPromise: RegExp;
  /** The customer after a preposition: "till Acme", "for Acme". Group 1 is the name. */
  customer: RegExp;
  /** Words left dangling where a date phrase was cut out ("senast", "by"). */
  dangling: RegExp;
  /** The promised verb in the infinitive: "skickar" → "skicka", "sends" → "send". */
  toInfinitive(verb: string): string;
}
