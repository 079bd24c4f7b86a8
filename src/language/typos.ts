/**
 * Typos in the few words deadlines hang on: a weekday, a month, "imorgon", "tomorrow". A word
 * one edit away (a letter missing, extra, wrong or two swapped) from exactly one vocabulary
 * word of length five or more is read as that word. The first letter must match: people
 * rarely get it wrong, and it keeps "mandat" from becoming "måndag" only with help from
 * the list of known words.
 */

const byFirstLetter = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

export function correctTypo(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  if (word.length < 4) return undefined;
  let index = byFirstLetter.get(vocabulary);
  if (!index) {
    index = new Map();
    for (const entry of vocabulary) {
      if (entry.length < 5) continue;
      const list = index.get(entry[0]) ?? [];
      list.push(entry);
      index.set(entry[0], list);
    }
    byFirstLetter.set(vocabulary, index);
  }
  let found: string | undefined;
  for (const candidate of index.get(word[0]) ?? []) {
    if (Math.abs(candidate.length - word.length) > 1) continue;
    if (withinOneEdit(word, candidate)) {
      if (found && found !== candidate) return undefined; // ambiguous: leave it
      found = candidate;
    }
  }
  return found;
}

/** True when `a` and `b` differ by one insertion, deletion, substitution or transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
