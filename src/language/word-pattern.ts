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

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Calls `visit` with [start, end) of each run of characters for which `inRun` holds: a
 * character loop, as the parser cuts every message into words this way.
 */
export function eachRun(text: string, inRun: (text: string, i: number) => boolean, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && inRun(text, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
}

/** The words of folded text, apostrophes kept within them ("i'll", "kund's"). */
export function wordsOf(folded: string): string[] {
  const words: string[] = [];
  eachRun(folded, isWordCharAt, (start, end) => words.push(folded.slice(start, end)));
  return words;
}

/** A letter at `i`: a character code test for ASCII, which nearly all folded text is. */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : LETTER.test(characterAt(text, i));
}

/** A letter, digit, "_" or "'" at `i`. */
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
export const UNEVEN_SPACE = /[^\S ]| {2}/u;

/** `text` with every run of white space made one space; most text already is, and is returned as it is. */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(/\s+/gu, " ") : text;
}
