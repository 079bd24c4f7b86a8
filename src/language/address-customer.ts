import { nameSource } from "../domain/commitment.js";

/**
 * A promise said to the customer it was made to, for the ready-to-send draft: the customer's
 * name becomes "you" and the writer's "me" becomes "us". Each language gives its own words
 * (sv/address.ts, en/address.ts). Pure.
 */
export interface AddressWords {
  /** What replaces the customer's name, with the words that may stand before it ("kunden Acme" → "er"). */
  you: string;
  /** What replaces the customer's name as an owner ("Acme's contract" → "your contract"). */
  your: string;
  before: RegExp;
  /** The writer's own words and the team's: "mig" → "oss". Keys are lower case. */
  us: Readonly<Record<string, string>>;
  /** Promises about someone else than the customer ("påminna Anna", "ask legal"): drafted neutrally. */
  internal: RegExp;
  /** The writer's own words said back to them: "höra av mig" → "höra av dig". Keys are lower case. */
  yours: Readonly<Record<string, string>>;
  /** The writer's own words told to someone else: "skicka mina siffror" → "skicka sina siffror". */
  theirs: Readonly<Record<string, string>>;
}

/** Who reads a promise written in its owner's own words: the owner, or anyone else. */
export type PointOfView = "owner" | "others";

/** `said`, written by its owner in the first person, as `view` reads it ("höra av mig" → "höra av dig" / "höra av sig"). */
export function forReader(words: AddressWords, said: string, view: PointOfView): string {
  return swapWords(said, view === "owner" ? words.yours : words.theirs);
}

/** `text` with each whole word found in `swaps` (by its lower case) replaced, a capital kept. */
function swapWords(text: string, swaps: Readonly<Record<string, string>>): string {
  // "I'm", "I'll" are left alone: "you'm" is no word.
  return text.replace(/(?<![\p{L}'’])\p{L}+(?![\p{L}]|['’]\p{L})/gu, (word) => {
    const swap = swaps[word.toLowerCase()];
    if (swap === undefined) return word;
    return word.length > 1 && word[0] !== word[0].toLowerCase() ? swap[0].toUpperCase() + swap.slice(1) : swap;
  });
}

/** `said` addressed to `customer`, or null when it reads oddly to them (a neutral phrase is used then). */
export function addressCustomer(words: AddressWords, said: string, customer: string | null): string | null {
  if (/<[@#!]|@\w/.test(said) || words.internal.test(said.toLowerCase())) return null;
  let out = said;
  if (customer?.trim()) {
    // "kunden Acme", "Acme", "Acme's": the name (and the words before it) become "you".
    const name = nameSource(customer);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${words.before.source})\\s+)?${name}(?:['’]s)?(?![\\p{L}\\p{N}])`, "giu");
    out = out.replace(pattern, (match) => (/['’]s$/.test(match) ? words.your : words.you));
  }
  return swapWords(out, words.us);
}
