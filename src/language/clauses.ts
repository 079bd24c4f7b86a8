import type { CommitmentGrammar } from "./grammar.js";

/**
 * A message in clauses: sentences, and inside them the parts a comma or a conjunction opens
 * with a new subject or verb ("Kunden ringde i fredags, jag återkommer på måndag"; "I sent
 * the draft and will send the rest on Friday"). Indices are into the message; pure.
 */
export interface Clause {
  index: number;
  length: number;
  /** Opened by "och", "and" or a comma: the subject of the clause before carries over. */
  joined: boolean;
  /** Opened by "och", "and": one predicate with the clause before ("skickar offerten och ringer kunden"). */
  conjoined: boolean;
  /** A subordinate clause before the main one: "[om vi får underlaget idag] kan jag …". */
  subordinate?: boolean;
  /** The main clause after a subordinate one, its verb before its subject: "[kan jag ha offerten klar imorgon]". */
  inverted?: boolean;
}

/** Short words a full stop follows without ending the sentence ("kl. 9", "Dec. 3"). */
const ABBREVIATION =
  /^(?:kl|ca|ex|bl|resp|jfr|tel|nr|fm|em|m|p|v|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|man|tis|ons|tors|fre|lor|son|approx|etc|inc|ltd|co|mr|mrs|ms|dr|st|no|vs)$/u;
const HARD = /[!?;:]+(?=\s|$)|\.+(?=\s)|\n+|\s-+\s/gu;
const SOFT =
  /,\s+|\s+(?=(?:och|o|men|sa|sen|samt|and|but|so|then|plus|i'll|we'll|i\s+will|we\s+will|i'm\s+going\s+to|we're\s+going\s+to)\s)/gu;
/** Words that open a subordinate clause: "Once legal signs off I'll send …". */
const SUBORDINATE = /^\s*(?:if|once|when|after|before|as\s+soon\s+as|since|because|as|until|unless)\s/u;
const WORD = /[\p{L}\p{N}'’:-]+/gu;

/** `folded` is the message folded (see match-text.ts): same length, same indices. */
export function splitClauses(folded: string, grammar: CommitmentGrammar): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const match of folded.matchAll(HARD)) {
    const end = (match.index ?? 0) + match[0].length;
    if (match[0].startsWith(".") && ABBREVIATION.test(lastWord(folded.slice(start, match.index)))) continue;
    splitSoft(folded, start, end, grammar, clauses);
    start = end;
  }
  splitSoft(folded, start, folded.length, grammar, clauses);
  return clauses
    .flatMap((c) => splitSubordinate(folded, c, grammar))
    .filter((c) => /[\p{L}\p{N}]/u.test(folded.slice(c.index, c.index + c.length)));
}

/**
 * "om vi får underlaget idag kan jag ha offerten klar imorgon": a subordinate clause, then the
 * main one where a verb comes before the speaker (Swedish word order after a fronted clause).
 * Split there, so that the condition's "idag" is not the promise's deadline.
 */
function splitSubordinate(folded: string, clause: Clause, grammar: CommitmentGrammar): Clause[] {
  const text = folded.slice(clause.index, clause.index + clause.length);
  if (!grammar.verbSecond || !grammar.subordinator.test(text)) return [clause];
  const words = [...text.matchAll(WORD)];
  for (let i = 2; i + 1 < words.length; i++) {
    const verb = words[i][0];
    if (!grammar.speaker.test(words[i + 1][0]) || !(grammar.isFinite(verb) || grammar.modal.test(verb))) continue;
    const at = words[i].index ?? 0;
    return [
      { ...clause, length: at, subordinate: true },
      { index: clause.index + at, length: clause.length - at, joined: false, conjoined: false, inverted: true },
    ];
  }
  return [clause];
}

function splitSoft(folded: string, start: number, end: number, grammar: CommitmentGrammar, out: Clause[]): void {
  const text = folded.slice(start, end);
  let from = 0;
  let joined = false;
  let conjoined = false;
  for (const match of text.matchAll(SOFT)) {
    const at = match.index ?? 0;
    const after = text.slice(at + match[0].length);
    const comma = match[0].startsWith(",");
    const main = /^\s+$/u.test(match[0]) && !/^(?:och|o|men|sa|sen|samt|and|but|so|then|plus)\s/u.test(after);
    if (main ? !SUBORDINATE.test(text.slice(from, at)) : !opensClause(text.slice(from, at), after, comma, grammar)) continue;
    const before = text.slice(from, at);
    // Blanks before "och" are the clause's own: a deadline phrase blanked there ("ringer Folksam [i morgon] och …").
    const clauseEnd = /^\s+$/u.test(match[0]) ? at + match[0].length : at;
    out.push({ index: start + from, length: clauseEnd - from, joined, conjoined });
    from = at + match[0].length;
    joined = true;
    // "… och Anna ringer dem", "<@anna> ringer … och jag skickar …": a subject of its own is a
    // promise of its own, never one predicate.
    conjoined = !comma && !ownSubject(after, grammar) && !(speakerFirst(after, grammar) && !speakerFirst(before, grammar));
  }
  out.push({ index: start + from, length: text.length - from, joined, conjoined });
}

/** Whether the words after a comma or conjunction start a clause of their own. */
function opensClause(before: string, after: string, comma: boolean, grammar: CommitmentGrammar): boolean {
  const words = after.replace(grammar.conjunction, "").match(WORD) ?? [];
  if (words.length === 0) return false;
  const [first = "", second = ""] = words;
  if (grammar.speaker.test(first) || grammar.modal.test(first) || ownSubject(after, grammar)) return true;
  if (grammar.isPresent(first) || grammar.isPast(first)) return !grammar.listener.test(second) || comma;
  // "Ok, …", "Hej Anna, …", "As discussed, …": a short opening.
  return comma && (before.match(WORD)?.length ?? 0) <= 2;
}

/** "Anna ringer …", "Tom will …", "Jake sends …": someone other than the speaker, then what they do. */
function ownSubject(after: string, grammar: CommitmentGrammar): boolean {
  const [first = "", second = ""] = after.replace(grammar.conjunction, "").match(WORD) ?? [];
  if (!first || grammar.speaker.test(first) || grammar.listener.test(first)) return false;
  if (grammar.isPresent(first) || grammar.isPast(first) || grammar.isImperative(first) || grammar.modal.test(first)) return false;
  return grammar.isPresent(second) || /^(?:will|ska|skall)$/u.test(second) || presentWithS(second, grammar);
}

/** "jag skickar …", "I'll send …": the speaker opens the words (after a conjunction). */
function speakerFirst(after: string, grammar: CommitmentGrammar): boolean {
  const [first = ""] = after.replace(grammar.conjunction, "").match(WORD) ?? [];
  return grammar.speaker.test(first);
}

/** "sends", "calls": an English present tense with its -s, after someone other than the speaker. */
export function presentWithS(word: string, grammar: CommitmentGrammar): boolean {
  return /[^s]s$/u.test(word) && grammar.isFinite(word);
}

function lastWord(text: string): string {
  const words = text.match(WORD);
  return words ? words[words.length - 1] : "";
}
