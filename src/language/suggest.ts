import { speak } from "./index.js";
import { fold } from "./match-text.js";
import { type ParseOptions, parseCommitment } from "./parse-commitment.js";
import { plainText } from "./slack-markup.js";

/**
 * Whether a channel message reads like a promise by its author, with a deadline: the only
 * messages Lofte offers to track (in channels that opted in). Precision first: the parser
 * must read a promise with a date, and the message must say outright that the writer will do
 * something — "jag skickar", "vi levererar", "I'll send", "ringer dem i morgon" — with no
 * if, maybe, not or question about it. Notes, plans of others, states ("jobbar hemifrån")
 * and announcements are left alone.
 */

/** Verbs that tell where someone is or how things are, not what they will do. */
const STATES = new Set([
  "ar",
  "e",
  "var",
  "har",
  "hade",
  "sitter",
  "ligger",
  "star",
  "heter",
  "mar",
  "bor",
  "aker",
  "reser",
  "flyger",
  "jobbar",
  "gar",
  "kommer",
  "vabbar",
  "borjar",
  "slutar",
  "kan",
  "maste",
  "borde",
  "vill",
  "tror",
  "tanker",
  "hoppas",
  "forsoker",
  "vet",
  "far",
  "be",
  "have",
  "try",
  "hope",
  "think",
  "need",
  "want",
  "probably",
  "maybe",
  "also",
  "just",
  "still",
]);

const DOUBT =
  /\b(?:enligt|according|om|ifall|kanske|nog|troligen|eventuellt|if|unless|maybe|perhaps|probably|might|could|would|should|kunde|skulle|borde|inte|ej|aldrig|not|never|no)\b|n't\b|\?/u;

export function suggestsPromise(text: string, options: Omit<ParseOptions, "recording">): boolean {
  if (text.trim().length < 8 || text.length > 1500) return false;
  const parsed = parseCommitment(text, options);
  if (!parsed.isCommitment || parsed.dueAt === null || parsed.owner !== null || parsed.ownerName !== null || parsed.task === null)
    return false;
  const words = fold(plainText(text)).toLowerCase();
  if (DOUBT.test(words)) return false;
  const verb = speak(parsed.language).ownVerb(words);
  return verb !== undefined && !STATES.has(verb);
}
