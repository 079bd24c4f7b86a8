import type { Clause } from "./clauses.js";
import { FIRST_NAMES } from "./first-names.js";
import type { CommitmentGrammar } from "./grammar.js";
import { singleSpaced } from "./word-pattern.js";

/**
 * What one clause does: promises, asks, informs, tells of the past, or none of these
 * ("Offerten till Acme på fredag"). Reads folded text with the deadline phrases blanked, so
 * "På fredag skickar jag" reads "skickar jag". Pure.
 */
export type ClauseKind = "promise" | "request" | "question" | "information" | "absence" | "past" | "neutral";

const WORD = /[\p{L}\p{N}'’:-]+/gu;
/** Third persons that open a statement about someone else ("Kunden har …", "The client is …"). */
const THIRD_PERSON =
  /^(?:han|hon|hen|de|dom|den|det|alla|ingen|kunden|kunderna|the|a|an|our|their|his|her|its|my|your|this|that|these|those|he|she|they|it|everyone|everybody|nobody)$/u;

/** Words after a verb-like first word that show it is a noun: "Quote for Globex", "Call with Acme". */
const NOT_AN_OBJECT = /^(?:for|with|on|at|in|from|about|of|due|med|om|hos)$/u;
/** "Send you the deck", "Get back to you": the listener is the object, so the speaker acts. */
const LISTENER_OBJECT = /^(?:you|u|ya|dig|er)$/u;
const LEADING_ADVERB = /^(?:just|already|also|finally|then|redan|nyss|precis|ocksa|sen|da)$/u;

/** The words of a clause as the grammar reads them: no opening "och", "ok," or closing "…, ok?". */
export function clauseWords(blanked: string, clause: Clause, grammar: CommitmentGrammar): string {
  let words = blanked.slice(clause.index, clause.index + clause.length).trim();
  for (let i = 0; i < 3; i++) {
    const before = words;
    words = words.replace(grammar.conjunction, "").replace(grammar.filler, "").trimStart();
    if (words === before) break;
  }
  return singleSpaced(words.replace(grammar.tagQuestion, "")).trim();
}

/** `frontedTime`: the clause opened with a deadline phrase, blanked in `words` ("[På fredag] ska jag …"). */
export function readClause(words: string, grammar: CommitmentGrammar, joinedTo?: ClauseKind, frontedTime = false): ClauseKind {
  const kind = classify(frontedTime ? straightOrder(words, grammar) : words, grammar);
  // "… och återkommer", "… and follow up": the promise before carries over to a bare verb.
  const bareVerb = kind === "neutral" || (kind === "request" && !grammar.request.test(words) && !grammar.question.test(words));
  return joinedTo === "promise" && bareVerb ? "promise" : kind;
}

/**
 * After a fronted time (blanked), the verb comes before its subject: "[På fredag] ska jag ringa
 * Acme", "[I morgon] har jag en demo". Read in the plain order, "jag ska ringa acme", so that it
 * is not taken for a question ("Ska jag …").
 */
function straightOrder(text: string, grammar: CommitmentGrammar): string {
  const [verb = "", subject = "", ...rest] = text.split(" ");
  if (!grammar.speaker.test(subject) || !(grammar.isFinite(verb) || grammar.modal.test(verb))) return text;
  return [subject, verb, ...rest].join(" ");
}

function classify(text: string, grammar: CommitmentGrammar): ClauseKind {
  if (text === "") return "neutral";
  if (grammar.absence.test(text)) return "absence";
  if (grammar.information.test(text)) return "information";
  // "Offerten kommer på fredag" is the speaker's promise; "Erik kommer på fredag" is news about Erik.
  if (grammar.passive.test(text) && !grammar.question.test(text) && !FIRST_NAMES.has(text.split(" ")[0] ?? "")) return "promise";
  if (grammar.request.test(text)) return "request";
  const all = text.match(WORD) ?? [];
  // "just sent", "redan skickat": the adverb does not change what the clause does.
  const words = LEADING_ADVERB.test(all[0] ?? "") ? all.slice(1) : all;
  const [first = "", second = ""] = words;
  const speakerFirst = grammar.speaker.test(first);
  // "Skicka offerten", "Send the deck": an order. "Quote for Globex" is a noun; "Get back to you" is the speaker's.
  const toListener = words.slice(1, 4).some((w) => LISTENER_OBJECT.test(w));
  if (
    grammar.isImperative(first) &&
    !grammar.isPresent(first) &&
    !grammar.speaker.test(second) &&
    !NOT_AN_OBJECT.test(second) &&
    !toListener
  ) {
    return "request";
  }
  if (grammar.question.test(text)) return "question";
  if (grammar.questionWord.test(first) && (grammar.isFinite(second) || grammar.modal.test(second))) return "question";
  if ((grammar.isPresent(first) || grammar.modal.test(first)) && grammar.listener.test(second)) return "question";
  if (grammar.past.test(text)) return "past";
  if ((grammar.isPast(first) && first !== "var") || (speakerFirst && grammar.isPast(second) && !grammar.isPresent(second))) return "past";
  if (grammar.negation.test(text) || grammar.hedge.test(text)) return "information";
  if (grammar.promise.test(text) || grammar.isPresent(first)) return "promise";
  // A fronted object or time: "Det fixar jag", "Offerten skickar vi på fredag".
  for (let i = 1; i < Math.min(words.length - 1, 10); i++) {
    if (!grammar.speaker.test(words[i + 1])) continue;
    if (grammar.isPresent(words[i]) || grammar.modal.test(words[i])) return "promise";
    if (grammar.isPast(words[i])) return "past";
  }
  if (THIRD_PERSON.test(first) && words.length > 1) return "information";
  if (words.slice(1, 5).some((w) => grammar.isFinite(w))) return "information";
  return "neutral";
}
