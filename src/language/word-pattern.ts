/**
 * Regular expressions over whole words in Swedish and English. JavaScript's `\b` treats å, ä
 * and ö as non-word characters ("på" never ends at `\b`), so Lofte marks word edges with
 * Unicode letter classes instead.
 */
export const WORD_START = "(?<![\\p{L}\\p{N}_])";
export const WORD_END = "(?![\\p{L}\\p{N}_])";

/** A pattern matching any of `words` as a whole word; `flags` always include "u". */
export function wordsPattern(words: readonly string[], flags = "iu"): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`${WORD_START}(?:${alternatives.join("|")})${WORD_END}`, flags.includes("u") ? flags : `${flags}u`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const WORD = /[\p{L}\p{N}_']+/gu;

/** The words of folded text, apostrophes kept within them ("i'll", "kund's"). */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/**
 * How many of `words` are in `known`. A word with an apostrophe that is not known counts its
 * known parts ("they're" → "they"), as a whole-word pattern would.
 */
export function countKnown(words: readonly string[], known: ReadonlySet<string>): number {
  let count = 0;
  for (const word of words) {
    if (known.has(word)) count++;
    else if (word.includes("'")) for (const part of word.split("'")) if (known.has(part)) count++;
  }
  return count;
}
