import type { Span } from "./find-deadline.js";
import { FIRST_NAMES } from "./first-names.js";
import type { CommitmentGrammar } from "./grammar.js";
import { fold } from "./match-text.js";
import { singleSpaced } from "./word-pattern.js";

/**
 * The task in clean words and the customer it is for, from the clause that carries the
 * promise: "Jag skickar offerten till Acme på fredag" → "skicka offerten", "Acme". Date
 * phrases and the words that only introduce them go; the opening ("jag ska", "I'll") goes;
 * the verb is written in the infinitive. Pure.
 */
export interface TaskAndCustomer {
  task: string | null;
  customer: string | null;
  /** The task as the person put it, the customer in their own words: "boka ett möte med Husqvarna". */
  said: string | null;
}

/** Words that open an adverbial or a subordinate clause, not an object. */
const ADVERBIAL =
  /^(?:om|nar|efter|innan|fore|eftersom|som|da|sedan|sen|under|pa|i|till|med|for|nu|idag|imorgon|direkt|redan|forst|sa|och|men|dessutom|annars|darfor|alltsa|ocksa|then|so|after|before|when|if|once)$/u;

export function taskAndCustomer(text: string, region: Span, phrases: readonly Span[], grammar: CommitmentGrammar): TaskAndCustomer {
  // A phrase cut from before a comma leaves "ringa Volvo , efter …": the comma closes up again.
  // `text` is plain text already (see slack-markup.ts): no markup, no emoji.
  let words = singleSpaced(withoutPhrases(text, region, phrases, grammar))
    .replace(/ (?=[,;:!?])/gu, "")
    .trim();
  words = cutEnd(cut(words, grammar.conjunction, grammar.filler), grammar.tagQuestion);
  words = withoutEdgeMarks(words);
  const opened = cut(words, grammar.opening);
  // Sentence case: "Offert till Acme" is a task that starts a sentence, not a name.
  const sentenceStart = opened === words;
  words = opened;

  const named = findCustomer(words, grammar).customer;
  const tokens = reorder(
    words.split(" ").filter((t) => t !== ""),
    grammar,
  );
  if (tokens.length > 1 && grammar.adverb.test(fold(tokens[1]))) tokens.splice(1, 1);
  const folded = tokens.map(fold);
  const first = folded[0] ?? "";
  const verbFirst = grammar.isPresent(first) || grammar.isImperative(first) || grammar.modal.test(first);
  if (tokens.length > 0) tokens[0] = grammar.toInfinitive(tokens[0]);
  if (verbFirst || (sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(tokens[0] ?? ""))) tokens[0] = tokens[0].toLowerCase();
  for (let i = 1; i < tokens.length; i++) {
    const before = folded[i - 1];
    // "och", "o" (as chat writes it), "and": one predicate, each verb as the task says it.
    if ((before === "och" || before === "o" || before === "and") && grammar.isPresent(folded[i]))
      tokens[i] = grammar.toInfinitive(tokens[i]);
  }
  words = tokens.join(" ");

  const found = findCustomer(words, grammar);
  const customer = found.customer ?? named ?? addressedCustomer(words, grammar);
  const said = tidy(words, grammar);
  // Without a customer taken out, the task is the words as said.
  const task = found.rest === words ? said : tidy(found.rest, grammar);
  return { task, customer, said: task === null ? null : said };
}

/** Words without "asap" and the like, and without a dangling "till" or "by" at the end. */
function tidy(words: string, grammar: CommitmentGrammar): string | null {
  let out = withoutDangling(singleSpaced(blankMatches(words, grammar.undated)).trim(), grammar).trim();
  out = withoutEdgeMarks(out);
  return out === "" ? null : out;
}

/** `words` without spaces and punctuation at either end (", ring Acme." → "ring Acme"). */
function withoutEdgeMarks(words: string): string {
  let start = 0;
  let end = words.length;
  while (start < end && isEdgeMark(words[start])) start++;
  while (end > start && isEdgeMark(words[end - 1])) end--;
  return words.slice(start, end);
}

function isEdgeMark(char: string): boolean {
  return ",.:;!?–—-".includes(char) || char.trim() === "";
}

/** The region's words with every deadline phrase cut out, and "senast", "by" before it. */
function withoutPhrases(text: string, region: Span, phrases: readonly Span[], grammar: CommitmentGrammar): string {
  const end = region.index + region.length;
  let out = "";
  let at = region.index;
  for (const phrase of [...phrases].sort((a, b) => a.index - b.index)) {
    if (phrase.index < at || phrase.index >= end) continue;
    out += `${withoutDangling(text.slice(at, phrase.index), grammar)} `;
    at = Math.min(end, phrase.index + phrase.length);
  }
  return out + text.slice(at, end);
}

/** `words` without the words a cut-out date phrase leaves at their end ("senast", "by", "till och med"). */
function withoutDangling(words: string, grammar: CommitmentGrammar): string {
  let out = words;
  for (let i = 0; i < 3; i++) {
    const cut = out.replace(grammar.dangling, "");
    if (cut === out) break;
    out = cut.trimEnd();
  }
  return out;
}

/** `words` without what each pattern matches at its start, tried until none does. */
function cut(words: string, ...patterns: RegExp[]): string {
  let current = words;
  // Folding keeps every character in its place, so the folded words are cut alongside.
  let folded = fold(words);
  for (let round = 0; round < 4; round++) {
    const before = current;
    for (const pattern of patterns) {
      const match = pattern.exec(folded);
      if (match && match.index === 0 && match[0].length > 0) {
        current = current.slice(match[0].length).trimStart();
        folded = folded.slice(match[0].length).trimStart();
      }
    }
    if (current === before) break;
  }
  return current;
}

/** `words` with what the global `pattern` matches in their folded form blanked out. */
function blankMatches(words: string, pattern: RegExp): string {
  let out = words;
  for (const match of fold(words).matchAll(pattern)) {
    const index = match.index ?? 0;
    out = out.slice(0, index) + " ".repeat(match[0].length) + out.slice(index + match[0].length);
  }
  return out;
}

/** `words` without what `pattern` matches at its end. */
function cutEnd(words: string, pattern: RegExp): string {
  const match = pattern.exec(fold(words));
  return match ? words.slice(0, match.index).trimEnd() : words;
}

/** Swedish word order after a fronted word: "skickar jag offerten" → "skickar offerten", "Det fixar jag" → "fixar Det". */
function reorder(tokens: string[], grammar: CommitmentGrammar): string[] {
  const folded = tokens.slice(0, 11).map(fold);
  for (let i = 0; i < Math.min(tokens.length - 1, 10); i++) {
    const verb = folded[i];
    if (!grammar.speaker.test(folded[i + 1])) continue;
    if (!(grammar.isPresent(verb) || grammar.modal.test(verb))) continue;
    const rest = tokens.slice(i + 2);
    // "ska jag skicka …": the modal goes with the subject.
    if (grammar.modal.test(verb) && i === 0) return rest;
    // A fronted object moves after the verb ("Det fixar jag" → "fixar det"); a fronted
    // adverbial or clause goes ("Om Acme godkänner skickar vi avtalet" → "skickar avtalet").
    const fronted = tokens.slice(0, i);
    if (fronted.length === 0) return [tokens[i], ...rest];
    const object = fronted.length <= 3 && !ADVERBIAL.test(folded[0]) && !folded.slice(0, i).some((t) => grammar.isFinite(t));
    if (!object) return [tokens[i], ...rest];
    return [tokens[i], fronted[0][0].toLowerCase() + fronted[0].slice(1), ...fronted.slice(1), ...rest];
  }
  return tokens;
}

/**
 * Both languages' customer patterns name a customer by a capital or a digit after a space
 * ("till Acme", "call Hooli"): a message without one names none, and the patterns need not run.
 */
const NAME_AFTER_SPACE = /\s[\p{Lu}\d]/u;

/** A customer named after "till", "åt", "for" … ("till Acme AB"), taken out of the task. */
function findCustomer(words: string, grammar: CommitmentGrammar): { customer: string | null; rest: string } {
  if (!NAME_AFTER_SPACE.test(words)) return { customer: null, rest: words };
  for (const match of words.matchAll(everywhere(grammar.customer))) {
    const written = `${match[1]}${match[2] ?? ""}`;
    const index = match.index ?? 0;
    // "to Hooli's marketing team", "till Tele2:s driftteam": the customer owns what the task names, which stays whole.
    const owner =
      /^(.*?)['’]s(?=\s|$)/u.exec(written)?.[1] ?? (/^:s(?![\p{L}])/u.test(words.slice(index + match[0].length)) ? written : null);
    if (owner) {
      if (grammar.notCustomers.has(fold(owner))) continue;
      return { customer: owner, rest: words };
    }
    const name = written.replace(/[.,'’]+$/u, "");
    if (grammar.notCustomers.has(fold(name))) continue;
    return { customer: name, rest: `${words.slice(0, index)} ${words.slice(index + match[0].length)}` };
  }
  return { customer: null, rest: words };
}

const global = new WeakMap<RegExp, RegExp>();

/** The pattern, global: made once per pattern, not once per message. */
function everywhere(pattern: RegExp): RegExp {
  let found = global.get(pattern);
  if (!found) {
    found = new RegExp(pattern.source, `${pattern.flags}g`);
    global.set(pattern, found);
  }
  return found;
}

/**
 * A customer named right after a verb of contact: "ringa Volvo", "call Hooli", "email Acme the
 * specs". The name stays in the task; a colleague's first name ("ringa Erik") is no customer.
 */
function addressedCustomer(words: string, grammar: CommitmentGrammar): string | null {
  if (!NAME_AFTER_SPACE.test(words)) return null;
  const match = grammar.addressee.exec(words);
  // "uppdatera Opp 006XX (https://…)": a link's label is no customer.
  if (!match || /^\s*\S*\s*\(https?:/u.test(words.slice(match.index + match[0].length))) return null;
  const name = `${match[1]}${match[2] ?? ""}`.replace(/[.,'’]+$/u, "");
  // "ringa Anders Svensson", "send March numbers": a colleague or a month, not a customer.
  const first = fold(match[1]);
  return grammar.notCustomers.has(fold(name)) || grammar.notCustomers.has(first) || FIRST_NAMES.has(first) ? null : name;
}
