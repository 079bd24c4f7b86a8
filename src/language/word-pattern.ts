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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of folded text, apostrophes kept within them ("i'll", "kund's"). */
export function wordsOf(folded: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isWordCharAt(folded, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(folded.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** A letter, digit, "_" or "'" at `i`: a character code test for ASCII, which nearly all folded text is. */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x80) return LETTER_OR_DIGIT.test(characterAt(text, i));
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95 || code === 39;
}

/** The whole character at `i`: both halves of a surrogate pair ("𝐚"), from either half. */
export function characterAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return text.slice(i, i + 2);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return text.slice(i - 1, i + 1);
  return text[i];
}

/**
 * How many of `words` are in `known`. A word with an apostrophe that is not known counts its
 * known parts ("they're" → "they"), as a whole-word pattern would.
 */
export function countKnown(words: readonly string[], known: ReadonlySet<string>): number {
  let count = 0;
  for (const word of words) {
    if (known.has(word)) count++;
    else if (word.includes("'")) {
      // "'won't'" in quotes is "won't"; "they're", unknown, is "they".
      const quoted = word.replace(/^'+|'+$/g, "");
      if (known.has(quoted)) count++;
      else for (const part of quoted.split("'")) if (known.has(part)) count++;
    }
  }
  return count;
}

/** Any space but a single plain one: tabs, line breaks, runs of spaces. */
const UNEVEN_SPACE = /[^\S ]| {2}/u;

/** `text` with every run of white space made one space; most text already is, and is returned as it is. */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(/\s+/gu, " ") : text;
}
