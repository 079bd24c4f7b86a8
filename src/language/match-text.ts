import { correctTypo } from "./typos.js";
import { eachRun, isLetterAt } from "./word-pattern.js";

/**
 * The text rules and grammar match on: lower case, å/ä/ö folded to a/a/o (people type both
 * "på" and "pa"), typos in deadline words corrected ("tisdg" → "tisdag"), links blanked so
 * their digits are never read as dates. `origin` maps every index back to the message.
 */
export interface MatchText {
  text: string;
  /** origin[i] is the index in the message of text[i]; origin[text.length] is its length. */
  origin: number[];
}

/** What each folded character becomes, by character code. */
const FOLD = new Map(
  Object.entries({ å: "a", ä: "a", ö: "o", æ: "a", ø: "o", é: "e", è: "e", ü: "u", "’": "'", "‘": "'", "–": "-", "—": "-" }).map(
    ([from, to]) => [from.charCodeAt(0), to],
  ),
);
const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;

/** Lower case and folded, one character for one character. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  const same = lower.length === text.length ? lower : [...text].map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join("");
  // A loop over character codes: far cheaper than a replace, and most words have nothing to fold.
  let out = "";
  let copied = 0;
  for (let i = 0; i < same.length; i++) {
    const code = same.charCodeAt(i);
    if (code < 0xc0) continue;
    const folded = FOLD.get(code);
    if (folded === undefined) continue;
    out += same.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? same : out + same.slice(copied);
}

/** `text` ready for matching, with typos in `vocabulary` (folded words) corrected. */
export function matchText(text: string, vocabulary: ReadonlySet<string>, known: ReadonlySet<string>): MatchText {
  const lower = fold(text);
  const folded = lower.includes("http") || lower.includes("www.") ? lower.replace(LINK, (link) => " ".repeat(link.length)) : lower;
  let out = "";
  const origin: number[] = [];
  let last = 0;
  eachRun(folded, isLetterAt, (index, end) => {
    if (end - index < 4) return;
    const word = folded.slice(index, end);
    const fixed = !vocabulary.has(word) && !known.has(word) ? correctTypo(word, vocabulary) : undefined;
    if (!fixed) return;
    for (let i = last; i < index; i++) origin.push(i);
    out += folded.slice(last, index) + fixed;
    // The corrected word maps onto the typed one, letter by letter as far as they go.
    for (let i = 0; i < fixed.length; i++) origin.push(index + Math.min(i, word.length - 1));
    last = end;
  });
  if (last === 0) return { text: folded, origin: identity(folded.length + 1) };
  for (let i = last; i <= folded.length; i++) origin.push(i);
  return { text: out + folded.slice(last), origin };
}

/** The message span [start, end) for a span of the matching text. */
export function originalSpan(match: MatchText, index: number, length: number): { index: number; length: number } {
  const start = match.origin[index];
  const end = length > 0 ? match.origin[index + length - 1] + 1 : start;
  return { index: start, length: end - start };
}

const identities: number[][] = [];
function identity(length: number): number[] {
  let cached = identities[length];
  if (!cached) {
    cached = Array.from({ length }, (_, i) => i);
    if (length < 2048) identities[length] = cached;
  }
  return cached;
}
