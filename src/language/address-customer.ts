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
  out = out.replace(/(?<![\p{L}])\p{L}+(?![\p{L}])/gu, (word) => {
    const swap = words.us[word.toLowerCase()];
    return swap === undefined ? word : swap;
  });
  return out;
}
