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
